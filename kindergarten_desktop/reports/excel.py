"""Formatted Excel workbooks (openpyxl) for every report: the editable official copy.

Imports openpyxl at module level: import this module inside a kind's ``build`` function.

Typical use::

    book = Workbook(db, document=params.document)
    sheet = book.sheet("Lá 1", title="DANH SÁCH TRẺ LỚP LÁ 1", subtitle="Năm học 2025-2026")
    sheet.table([Column("STT", "int"), Column("Họ và tên"), Column("Tiền ăn", "money", total=True)],
                [(1, "Nguyễn Văn An", 560000)])
    book.save(out_path)

Each sheet is laid out like the PDF (Nghị định 30/2020/NĐ-CP): the two-column header
(governing body and school, "Số: …" at the left; national title, motto and "<place>, ngày …"
at the right), the title with its trích yếu, the table (bold bordered header, frozen and
repeated on printed pages, column widths fitted to the content, number formats by column kind,
a totals row of SUM formulas for ``total=True`` columns), notes, and — written by ``save`` below
everything else — the closing block (Nơi nhận, the signer, the drafter of a statistical table).
A4 print set-up with the official margins, fitted to the page width, page numbers centred at
the top from page 2.

User text is never a formula: every value goes through :func:`set_value`, which stores a
string as text even when it starts with "=" (a child named "=HYPERLINK(…)" stays a name).
A kind that wants a live formula says so with :class:`Formula` ("=SUM(C7:C20)").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook as _OpenpyxlWorkbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import official_date_line
from kindergarten_desktop.reports.document import DocumentSettings
from kindergarten_desktop.reports.letterhead import Letterhead, letterhead
from kindergarten_desktop.school import SchoolSettings

FONT = "Times New Roman"  # what Vietnamese offices have; Liberation Serif stands in where it is missing
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
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
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
HEADER_ROWS = 4  # the two-column header and a blank row


class Formula(str):
    """A cell value meant as a live formula ("=SUM(C7:C20)"); any other string is text."""


def set_value(cell: Cell, value: Any) -> Cell:
    """The one way the kit writes a value: a :class:`Formula` stays a formula; any other string
    is stored as text, even when it starts with = + - @ (OWASP formula injection), without the
    control characters Excel refuses, and cut to Excel's cell limit."""
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]
        cell.value = text
        if cell.data_type != "s":  # openpyxl took it for a formula
            cell.data_type = "s"
    else:
        cell.value = value
    return cell


def put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """``ws.cell(row, column, value)`` through :func:`set_value`."""
    return set_value(ws.cell(row, column), value)


LINE_HEIGHT = 16  # points per line of 12-pt text in a row
MAX_ROW_HEIGHT = 409  # Excel's largest row height, in points


def wrapped_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width`` characters wide (a
    character of the serif font is about 1.1 of Excel's width unit)."""
    room = max(int(width) - 1, 1)
    return sum(max(1, -(-len(part) * 11 // 10 // room)) for part in text.split("\n"))


@dataclass(frozen=True)
class Column:
    """A table column: ``kind`` is one of NUMBER_FORMATS; ``total`` adds it to the SUM row;
    ``width`` (characters) overrides the fitted width; ``group`` a heading spanning the
    neighbouring columns with the same group (a second header row)."""

    header: str
    kind: str = "text"
    total: bool = False
    width: float | None = None
    group: str = ""

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
    """One worksheet with the header and title rows written; add a table, then notes below it.
    The closing block is written by ``Workbook.save`` (``closing=False`` for a sheet without)."""

    def __init__(self, ws: Worksheet, head: Letterhead, document: DocumentSettings, title: str, subtitle: str,
                 landscape: bool, *, closing: bool = True, summary: str = "") -> None:
        self.ws = ws
        self.head = head
        self.document = document
        self.landscape = landscape
        self.closing = closing
        self.width = 0  # columns of the widest table: the header and closing span them
        self._widths: dict[int, float] = {}
        self._table_just_written = False
        self._merged_header = False
        self.signed = False  # the sheet wrote its own signatures (a form)
        self.row = HEADER_ROWS + 1  # the header is written once the table width is known
        self._title_rows: list[tuple[int, str]] = []
        summary = document.summary or summary
        for text, size in ((title.upper(), 14), (summary, 13), (subtitle, 12)):
            for line in filter(None, text.split("\n")):
                self._title_rows.append((self.row, line))
                put(ws, self.row, 1, line).font = Font(name=FONT, bold=True, size=size)
                self.row += 1
        self.row += 1
        self._setup_print()

    def _setup_print(self) -> None:
        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if self.landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as needed
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        # Official margins in inches: left 30 mm, right 15 mm, top/bottom 20 mm; the page
        # number sits in the top margin, centred, from page 2 (none on the first page).
        ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
        ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
        ws.page_margins.header = 10 / 25.4
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = "&P"
        ws.oddHeader.center.font = FONT
        ws.oddHeader.center.size = 13

    # --- the header: written when the table width is known ------------------------------
    def _write_header(self, width: int) -> None:
        if self._merged_header:
            return
        self._merged_header = True
        self.width = width = max(width, 2)
        ws = self.ws
        split = max(1, round(width * 0.42))
        head, doc = self.head, self.document
        left = [(head.governing_body.upper(), False, False), (head.school_name.upper(), True, False),
                (f"Số: {doc.number}" if doc.number.strip() else "", False, False)]
        right = [(NATIONAL_TITLE, True, False), (MOTTO, True, False),
                 (official_date_line(doc.place or head.place, doc.date or dt.date.today()), False, True)]
        for r, ((ltext, lbold, _), (rtext, rbold, ritalic)) in enumerate(zip(left, right, strict=True), start=1):
            cell = put(ws, r, 1, ltext)
            cell.font = Font(name=FONT, bold=lbold, size=12 if r < 3 else 13)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=split)
            cell = put(ws, r, split + 1, rtext)
            cell.font = Font(name=FONT, bold=rbold, italic=ritalic, size=12 if r == 1 else 13)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            ws.merge_cells(start_row=r, start_column=split + 1, end_row=r, end_column=width)
        for title_row, _text in self._title_rows:  # centre the titles over the table
            ws.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=width)
            ws.cell(title_row, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        self._title_rows = []

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
              total_label: str = "Tổng cộng") -> TableRange:
        """Write a bordered table with a bold header (frozen, repeated on printed pages) and, if a
        column has ``total=True``, a totals row of SUM formulas labelled in the first text column.
        Row values: numbers, dates, text (always stored as text) or :class:`Formula`."""
        ws = self.ws
        self._write_header(len(columns))
        grouped = any(col.group for col in columns)
        top = self.row
        header_row = top + 1 if grouped else top
        for c, column in enumerate(columns, start=1):
            cell = put(ws, header_row, c, column.header)
            cell.font = Font(name=FONT, bold=True, size=12)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BORDER
            cell.fill = HEADER_FILL
            self._fit(c, column.header)
            if grouped:
                above = ws.cell(top, c)
                above.border, above.fill = BORDER, HEADER_FILL
                above.font = Font(name=FONT, bold=True, size=12)
                above.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if grouped:
            c = 1
            while c <= len(columns):
                group = columns[c - 1].group
                end = c
                while end < len(columns) and group and columns[end].group == group:
                    end += 1
                if group:
                    put(ws, top, c, group)
                    if end > c:
                        ws.merge_cells(start_row=top, start_column=c, end_row=top, end_column=end)
                else:  # a column without a group: its label spans both header rows
                    put(ws, top, c, columns[c - 1].header)
                    ws.cell(header_row, c).value = None
                    ws.merge_cells(start_row=top, start_column=c, end_row=header_row, end_column=c)
                c = end + 1
        body_font = Font(name=FONT, size=12)
        formats = [NUMBER_FORMATS[col.kind] for col in columns]
        centred = Alignment(horizontal="center")
        first = header_row + 1
        r = first - 1
        for r, values in enumerate(rows, start=first):
            for c, value in enumerate(values, start=1):
                cell = set_value(ws.cell(r, c), value)
                cell.font = body_font
                cell.border = BORDER
                if value is not None and not isinstance(value, str) or formats[c - 1] == "@" \
                        or isinstance(value, Formula):
                    cell.number_format = formats[c - 1]
                if columns[c - 1].kind in ("int", "date"):
                    cell.alignment = centred
                if not isinstance(value, Formula):
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
                    put(ws, total_row, c, total_label)
                cell.font = Font(name=FONT, bold=True, size=12)
                cell.border = BORDER
            self.row = total_row + 1
        else:
            self.row = last + 1
        ws.freeze_panes = ws.cell(first, 1)
        ws.print_title_rows = f"{top}:{header_row}"
        self._apply_widths(columns)
        # Header rows tall enough for their wrapped labels (Excel does not grow them itself).
        for r in range(top, header_row + 1):
            lines = 1
            for c, column in enumerate(columns, start=1):
                text = ws.cell(r, c).value
                width = ws.column_dimensions[get_column_letter(c)].width or 8
                if isinstance(text, str) and not (grouped and r == top and column.group):
                    lines = max(lines, *(-(-len(part) * 11 // 10 // max(int(width) - 1, 1)) for part in
                                         text.split("\n")), text.count("\n") + 1)
            ws.row_dimensions[r].height = 16 * min(lines, 6)
        self._table_just_written = True
        return TableRange(header_row, first, last, total_row)

    def note(self, text: str, *, column: int = 1, bold: bool = False, italic: bool = False) -> int:
        """A line of text below the table (after one blank row); returns its row."""
        if self._table_just_written:
            self.row += 1
            self._table_just_written = False
        row = self.row
        put(self.ws, row, column, text).font = Font(name=FONT, bold=bold, italic=italic, size=12)
        self.row += 1
        return row

    def signatures(self, signers: Sequence[tuple[str, str]], *, room_rows: int = 4) -> None:
        """A form's own signature blocks (sổ quỹ, thẻ kho …: "NGƯỜI GHI SỔ", "THỦ TRƯỞNG ĐƠN VỊ"),
        side by side below what is written, as the PDF prints them (meals_common.signatures):
        title in bold, "(Ký, ghi rõ họ tên)", room to sign, the name in bold. Such a sheet gets
        no Nơi nhận/signer closing on saving."""
        self._write_header(self.width or 2)
        if self._table_just_written:
            self.row += 1
            self._table_just_written = False
        width = max(self.width, len(signers))
        bounds = [round(width * i / len(signers)) for i in range(len(signers) + 1)]
        title_row = self.row
        names_row = title_row + 2 + room_rows
        bold, hint = Font(name=FONT, bold=True, size=13), Font(name=FONT, italic=True, size=11)
        for (title, name), first, last in zip(signers, bounds, bounds[1:], strict=False):
            self._merged(title_row, first + 1, last, title, bold)
            self._merged(title_row + 1, first + 1, last, "(Ký, ghi rõ họ tên)", hint)
            if name:
                self._merged(names_row, first + 1, last, name, bold)
        self.signed = True
        self.row = names_row + 1

    def write_closing(self) -> None:
        """Nơi nhận at the left, the signer at the right; for a statistical table the drafter
        (Người lập biểu) at the left and the signer at the right, Nơi nhận below them. Written
        below everything else, after one blank row."""
        self._write_header(self.width or 2)
        ws, doc = self.ws, self.document
        width = max(self.width, 2)
        split = max(1, round(width * 0.42))
        bold = Font(name=FONT, bold=True, size=13)
        titles = doc.signature_lines()
        signer = doc.signer_name or self.head.principal_name
        row = self.row + 1
        names_row = row + len(titles) + 4  # room to sign
        for i, line in enumerate(titles):
            self._merged(row + i, split + 1, width, line, bold)
        self._merged(names_row, split + 1, width, signer, bold)
        if doc.drafter_shown:
            self._merged(row, 1, split, "NGƯỜI LẬP BIỂU", bold)
            self._merged(names_row, 1, split, doc.drafter, bold)
            row = names_row + 2
        lines = doc.recipient_lines()
        put(ws, row, 1, "Nơi nhận:").font = Font(name=FONT, bold=True, italic=True, size=12)
        for i, line in enumerate(lines, start=1):
            put(ws, row + i, 1, line).font = Font(name=FONT, size=11)
        self.row = max(names_row, row + len(lines)) + 1

    def _merged(self, row: int, first: int, last: int, text: str, font: Font) -> None:
        cell = put(self.ws, row, first, text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center")
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

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
        wrap = Alignment(wrap_text=True, vertical="top")
        lines: dict[int, int] = {}  # row -> the lines its wrapped cells need
        for c, column in enumerate(columns, start=1):
            width = column.width or min(max(self._widths.get(c, 0) * 1.15 + 2, 6), 60)
            self.ws.column_dimensions[get_column_letter(c)].width = width
            if column.kind == "text" and self._widths.get(c, 0) > width:  # long text wraps in its column
                for (cell,) in self.ws.iter_rows(min_col=c, max_col=c, min_row=HEADER_ROWS + 1):
                    if isinstance(cell.value, str) and len(cell.value) > width:
                        cell.alignment = wrap
                        lines[cell.row] = max(lines.get(cell.row, 1), wrapped_lines(cell.value, width))
        # A wrapped row tall enough for its text: neither Excel nor LibreOffice grows a row of a
        # file they did not lay out themselves, so it printed one line high, over the next rows.
        for row, count in lines.items():
            if count > 1:
                self.ws.row_dimensions[row].height = min(LINE_HEIGHT * count, MAX_ROW_HEIGHT)
                for c in range(1, len(columns) + 1):  # the row's other cells beside its first line
                    cell = self.ws.cell(row, c)
                    if not cell.alignment.wrap_text:
                        cell.alignment = Alignment(horizontal=cell.alignment.horizontal, vertical="top")


class Workbook:
    """A workbook whose sheets carry the school's header and, on saving, the closing block.

    ``document`` is ``params.document`` (number, place, date, recipients, signer …)."""

    def __init__(self, school: Database | SchoolSettings, *, document: DocumentSettings | None = None,
                 date: dt.date | None = None) -> None:
        """``date``: the kind's own default date line (as pdf.OfficialDocument's), used when the
        person printing chose none."""
        from dataclasses import replace

        from kindergarten_desktop.reports.document import current

        self.head = letterhead(school)
        document = document or current()  # the report being built, for a kind that passes nothing
        self.document = document or DocumentSettings(signer_name=self.head.principal_name, place=self.head.place)
        if self.document.date is None and date is not None:
            self.document = replace(self.document, date=date)
        self.book = _OpenpyxlWorkbook()
        self._fresh = True  # the default sheet is reused by the first sheet() call
        self.sheets: list[Sheet] = []

    def sheet(self, name: str, *, title: str, subtitle: str = "", landscape: bool = False, closing: bool = True,
              summary: str = "") -> Sheet:
        """A new sheet with the header and ``title`` (its trích yếu: the document settings' or
        ``summary``; ``subtitle`` lines below). ``closing=False``: no Nơi nhận and signature
        (an annex sheet)."""
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
        sheet = Sheet(ws, self.head, self.document, title, subtitle, landscape, closing=closing, summary=summary)
        self.sheets.append(sheet)
        return sheet

    def save(self, out_path: str | Path) -> None:
        for sheet in self.sheets:
            if sheet.closing and self.document.official and not sheet.signed:  # a form signs its own way
                sheet.write_closing()
            else:
                sheet._write_header(sheet.width or 2)
        self.book.properties.creator = "kindergarten-desktop"
        self.book.save(str(out_path))
