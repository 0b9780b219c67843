"""Formatted Excel workbooks (openpyxl) for every report.

Imports openpyxl at module level: import this module inside a kind's ``build`` function.

Typical use::

    book = Workbook(db)
    sheet = book.sheet("Lá 1", title="DANH SÁCH TRẺ LỚP LÁ 1", subtitle="Năm học 2025-2026")
    sheet.table([Column("STT", "int"), Column("Họ và tên"), Column("Tiền ăn", "money", total=True)],
                [(1, "Nguyễn Văn An", 560000)])
    book.save(out_path)

Each sheet gets: the governing body and school name, the title rows, a bold bordered header,
column widths fitted to the content, number formats by column kind, the header frozen, A4
print set-up fitted to the page width with the header rows repeated and "Trang x / y" in the
footer, and (for ``total=True`` columns) a totals row of SUM formulas.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook as _OpenpyxlWorkbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.reports.letterhead import Letterhead, letterhead
from kindergarten_desktop.school import SchoolSettings

FONT = "Times New Roman"  # what Vietnamese offices have; Liberation Serif stands in where it is missing
NUMBER_FORMATS = {
    "text": "@",
    "int": "0",
    "money": "#,##0",  # whole đồng
    "number": "0.0",  # kg, cm
    "date": "dd/mm/yyyy",
    "percent": "0.0%",
}
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
_SHEET_NAME_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Column:
    """A table column: ``kind`` is one of NUMBER_FORMATS; ``total`` adds it to the SUM row;
    ``width`` (characters) overrides the fitted width."""

    header: str
    kind: str = "text"
    total: bool = False
    width: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in NUMBER_FORMATS:
            raise ValueError(f"column {self.header!r}: unknown kind {self.kind!r}")


@dataclass(frozen=True)
class TableRange:
    """Where a written table sits (1-based rows): header, first and last data rows, totals row."""

    header_row: int
    first_row: int
    last_row: int
    total_row: int | None


def sheet_title(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    return text.translate(_SHEET_NAME_FORBIDDEN).strip("'")[:31] or "Sheet"


class Sheet:
    """One worksheet with the school and title rows written; add a table, then notes below it."""

    def __init__(self, ws: Worksheet, head: Letterhead, title: str, subtitle: str, landscape: bool) -> None:
        self.ws = ws
        self.head = head
        self.landscape = landscape
        self.row = 1  # next free row
        self._widths: dict[int, float] = {}
        self._table_just_written = False
        self._write_line(head.governing_body.upper(), bold=False)
        self._write_line(head.school_name.upper(), bold=True)
        self.row += 1
        self._title_rows: list[tuple[int, str]] = []
        for text, size in ((title.upper(), 14), (subtitle, 12)):
            for line in filter(None, text.split("\n")):
                self._title_rows.append((self.row, line))
                self.ws.cell(self.row, 1, line).font = Font(name=FONT, bold=True, size=size)
                self.row += 1
        self.row += 1
        self._setup_print()

    def _write_line(self, text: str, *, bold: bool) -> None:
        self.ws.cell(self.row, 1, text).font = Font(name=FONT, bold=bold, size=12)
        self.row += 1

    def _setup_print(self) -> None:
        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if self.landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as needed
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        # Official margins in inches: left 30 mm, right 15 mm, top/bottom 20 mm.
        ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
        ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
        ws.oddFooter.center.text = "Trang &P / &N"
        ws.oddFooter.center.font = FONT

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
              total_label: str = "Tổng cộng") -> TableRange:
        """Write a bordered table with a bold header (frozen, repeated on printed pages) and, if a
        column has ``total=True``, a totals row of SUM formulas labelled in the first text column."""
        ws = self.ws
        header_row = self.row
        for c, column in enumerate(columns, start=1):
            cell = ws.cell(header_row, c, column.header)
            cell.font = Font(name=FONT, bold=True, size=12)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BORDER
            cell.fill = HEADER_FILL
            self._fit(c, column.header)
        body_font = Font(name=FONT, size=12)
        formats = [NUMBER_FORMATS[col.kind] for col in columns]
        first = header_row + 1
        r = first - 1
        for r, values in enumerate(rows, start=first):
            for c, value in enumerate(values, start=1):
                cell = ws.cell(r, c, value)
                cell.font = body_font
                cell.border = BORDER
                if value is not None and not isinstance(value, str) or formats[c - 1] == "@":
                    cell.number_format = formats[c - 1]
                if columns[c - 1].kind in ("int", "date"):
                    cell.alignment = Alignment(horizontal="center")
                self._fit(c, value, formats[c - 1])
        last = max(r, first - 1)
        total_row = None
        if any(col.total for col in columns):
            total_row = last + 1
            label_col = next((i for i, col in enumerate(columns, 1) if col.kind == "text"), 1)
            for c, column in enumerate(columns, start=1):
                cell = ws.cell(total_row, c)
                if column.total:
                    letter = get_column_letter(c)
                    cell.value = f"=SUM({letter}{first}:{letter}{last})" if last >= first else 0
                    cell.number_format = formats[c - 1]
                elif c == label_col:
                    cell.value = total_label
                cell.font = Font(name=FONT, bold=True, size=12)
                cell.border = BORDER
            self.row = total_row + 1
        else:
            self.row = last + 1
        ws.freeze_panes = ws.cell(first, 1)
        for title_row, _text in self._title_rows:  # centre the titles over the table
            ws.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=len(columns))
            ws.cell(title_row, 1).alignment = Alignment(horizontal="center")
        self._title_rows = []
        ws.print_title_rows = f"{header_row}:{header_row}"
        self._apply_widths(columns)
        self._table_just_written = True
        return TableRange(header_row, first, last, total_row)

    def note(self, text: str, *, column: int = 1, bold: bool = False, italic: bool = False) -> int:
        """A line of text below the table (after one blank row); returns its row."""
        if self._table_just_written:
            self.row += 1
            self._table_just_written = False
        row = self.row
        self.ws.cell(row, column, text).font = Font(name=FONT, bold=bold, italic=italic, size=12)
        self.row += 1
        return row

    def _fit(self, column: int, value: Any, number_format: str = "@") -> None:
        if value is None:
            return
        if isinstance(value, dt.date):
            length = 10
        elif isinstance(value, int | float) and number_format in ("#,##0", "0.0%"):
            length = len(f"{value:,.1f}")
        else:
            length = max(len(line) for line in str(value).split("\n")) if str(value) else 0
        self._widths[column] = max(self._widths.get(column, 0), length)

    def _apply_widths(self, columns: Sequence[Column]) -> None:
        for c, column in enumerate(columns, start=1):
            width = column.width or min(max(self._widths.get(c, 0) * 1.15 + 2, 6), 60)
            self.ws.column_dimensions[get_column_letter(c)].width = width
            if column.kind == "text" and column.width is None and self._widths.get(c, 0) > 58:
                for row in self.ws.iter_rows(min_col=c, max_col=c):
                    row[0].alignment = Alignment(wrap_text=True, vertical="top")


class Workbook:
    """A workbook whose sheets carry the school's letterhead rows."""

    def __init__(self, school: Database | SchoolSettings) -> None:
        self.head = letterhead(school)
        self.book = _OpenpyxlWorkbook()
        self._fresh = True  # the default sheet is reused by the first sheet() call

    def sheet(self, name: str, *, title: str, subtitle: str = "", landscape: bool = False) -> Sheet:
        name = sheet_title(name)
        existing = {ws.title for ws in self.book.worksheets}
        if self._fresh:
            ws = self.book.active
            ws.title = name
            self._fresh = False
        else:
            base, n = name, 2
            while name in existing:
                name = sheet_title(f"{base[:27]} ({n})")
                n += 1
            ws = self.book.create_sheet(name)
        return Sheet(ws, self.head, title, subtitle, landscape)

    def save(self, out_path: str | Path) -> None:
        self.book.properties.creator = "kindergarten-desktop"
        self.book.save(str(out_path))
