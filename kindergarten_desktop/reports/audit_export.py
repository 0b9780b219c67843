"""The audit trail written to CSV or Excel (``audit`` command, the viewer's Export button).
Documents are Vietnamese: the headers, actions and table names are."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kindergarten_desktop.accounts.audit import (
    ACTIONS_VI,
    FIELDS_VI,
    TABLES_VI,
    AuditFilter,
    Entry,
    all_entries,
    count_entries,
)
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.reports.registry import Cancelled

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

Progress = Callable[[int, int, str], bool]
HEADER = ["Thời điểm", "Người thực hiện", "Thao tác", "Dữ liệu", "Bảng", "Mã bản ghi", "Mã trẻ",
          "Thay đổi", "Trước (JSON)", "Sau (JSON)"]


def _row(entry: Entry) -> list[object]:
    return [entry.at.strftime("%d/%m/%Y %H:%M:%S"), entry.actor, ACTIONS_VI.get(entry.action, entry.action),
            TABLES_VI.get(entry.table, entry.table), entry.table, entry.record_id,
            "" if entry.child_id is None else entry.child_id, entry.summary(lambda f: FIELDS_VI.get(f, f)),
            json.dumps(entry.before, ensure_ascii=False) if entry.before is not None else "",
            json.dumps(entry.after, ensure_ascii=False) if entry.after is not None else ""]


# An .xlsx sheet holds 1,048,576 rows: a longer trail goes on in a second sheet, header again.
SHEET_ROWS = 1_048_576
WIDTHS = (20, 16, 10, 22, 18, 12, 8, 60, 40, 40)
CHANGE_CHARS_PER_LINE = 59  # column H, 60 wide


def _page_setup(sheet: Worksheet) -> None:
    """Printed: A4 landscape, one page wide, the header row on every page. Set before the first
    row: a write-only sheet streams its properties with it."""
    sheet.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4; write-only sheets lack the name)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.oddFooter.center.text = "Trang &P / &N"


def _print_area(sheet: Worksheet, rows: int) -> None:
    """Without the JSON columns (I, J), which stay in the file for anyone who reads it by machine."""
    sheet.print_area = f"A1:H{rows}"
    sheet.auto_filter.ref = f"A1:J{rows}"


def _write_csv(path: Path, entries: Iterable[Entry]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for entry in entries:
            writer.writerow(_row(entry))
            count += 1
    return count


def _write_xlsx(path: Path, entries: Iterable[Entry], sheet_rows: int = SHEET_ROWS) -> int:
    """Streamed (openpyxl's write-only mode): memory stays flat however long the trail."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    top, wrap = Alignment(vertical="top"), Alignment(wrap_text=True, vertical="top")
    sheets: list[tuple[Worksheet, int]] = []
    sheet: Worksheet | None = None
    rows = count = 0

    def new_sheet() -> Worksheet:
        title = "Nhật ký thay đổi" if not sheets else f"Nhật ký thay đổi ({len(sheets) + 1})"
        ws = book.create_sheet(title)
        for letter, width in zip("ABCDEFGHIJ", WIDTHS, strict=True):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
        _page_setup(ws)
        header = []
        for text in HEADER:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        return ws

    for entry in entries:
        if sheet is None or rows >= sheet_rows:
            if sheet is not None:
                sheets.append((sheet, rows))
            sheet, rows = new_sheet(), 1
        values = _row(entry)
        rows += 1
        # Tall enough for the wrapped change (neither Excel nor LibreOffice grows a row itself);
        # only such rows carry styles: a styled cell costs openpyxl twice a plain one.
        lines = -(-len(str(values[7])) * 11 // 10 // CHANGE_CHARS_PER_LINE)
        formula_like = any(isinstance(v, str) and v.startswith("=") for v in values)
        if lines > 1 or formula_like:
            cells = []
            for column, value in enumerate(values):
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # a note typed "=..." stays text, never a formula
                if lines > 1:
                    cell.alignment = wrap if column == 7 else top  # level with the change's first line
                cells.append(cell)
            if lines > 1:
                sheet.row_dimensions[rows].height = 15 * min(lines, 12)
            sheet.append(cells)
        else:
            sheet.append(values)
        count += 1
    if sheet is None:
        sheet, rows = new_sheet(), 1
    sheets.append((sheet, rows))
    for ws, n in sheets:
        _print_area(ws, n)
    book.save(path)
    return count


def _reporting(entries: Iterator[Entry], total: int, progress: Progress | None) -> Iterator[Entry]:
    for done, entry in enumerate(entries):
        if progress is not None and done % 1000 == 0 and not progress(done, total, ""):
            raise Cancelled("reports.cancelled")
        yield entry


def export_audit(db: Database, path: Path | str, *, since: dt.date | None = None,
                 flt: AuditFilter | None = None, progress: Progress | None = None) -> int:
    """Write the trail (oldest first; from ``since``, or what ``flt`` chooses) to ``path`` (.csv
    or .xlsx); returns the number of entries. The principal's only (accounts.audit refuses anyone
    else). ``progress(done, total, text)`` returning False cancels (``Cancelled``; ``path`` is left
    as it was)."""
    from kindergarten_desktop.reports.output import atomic_output

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise AppError("accounts.bad_export", path=str(path))
    entries = all_entries(db, since=since, flt=flt)
    if progress is not None:
        entries = _reporting(entries, count_entries(db, since=since, flt=flt), progress)
    with atomic_output(path) as tmp:
        return _write_csv(tmp, entries) if suffix == ".csv" else _write_xlsx(tmp, entries)
