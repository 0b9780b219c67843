"""The audit trail written to CSV or Excel (``audit`` command, the viewer's Export button).
Documents are Vietnamese: the headers, actions and table names are."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kindergarten_desktop.accounts.audit import ACTIONS_VI, TABLES_VI, Entry, all_entries
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER = ["Thời điểm", "Người thực hiện", "Thao tác", "Dữ liệu", "Bảng", "Mã bản ghi", "Mã trẻ",
          "Thay đổi", "Trước (JSON)", "Sau (JSON)"]


def _row(entry: Entry) -> list[object]:
    return [entry.at.strftime("%d/%m/%Y %H:%M:%S"), entry.actor, ACTIONS_VI.get(entry.action, entry.action),
            TABLES_VI.get(entry.table, entry.table), entry.table, entry.record_id,
            "" if entry.child_id is None else entry.child_id, entry.summary(),
            json.dumps(entry.before, ensure_ascii=False) if entry.before is not None else "",
            json.dumps(entry.after, ensure_ascii=False) if entry.after is not None else ""]


def _print_setup(sheet: Worksheet) -> None:
    """Printed: A4 landscape, one page wide, the header row on every page, without the JSON
    columns (I, J), which stay in the file for anyone who reads it by machine."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_area = f"A1:H{max(sheet.max_row, 1)}"
    sheet.oddFooter.center.text = "Trang &P / &N"


def export_audit(db: Database, path: Path | str, *, since: dt.date | None = None) -> int:
    """Write the trail (oldest first) to ``path`` (.csv or .xlsx); returns the number of entries.
    The principal's only (accounts.audit refuses anyone else)."""
    from kindergarten_desktop.reports.output import atomic_output

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise AppError("accounts.bad_export", path=str(path))
    entries = all_entries(db, since=since)
    with atomic_output(path) as tmp:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(HEADER)
                writer.writerows(_row(e) for e in entries)
        else:
            from openpyxl import Workbook
            from openpyxl.styles import Alignment, Font

            book = Workbook()
            sheet = book.active
            sheet.title = "Nhật ký thay đổi"
            sheet.append(HEADER)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for entry in entries:
                sheet.append(_row(entry))
                for cell in sheet[sheet.max_row]:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"  # a note typed "=..." stays text, never a formula
            for letter, width in zip("ABCDEFGHIJ", (20, 16, 10, 22, 18, 12, 8, 60, 40, 40), strict=True):
                sheet.column_dimensions[letter].width = width
            wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
            for row in sheet.iter_rows(min_row=2, max_col=7):
                for each in row:
                    each.alignment = top  # level with the first line of a wrapped change
            for (cell,) in sheet.iter_rows(min_row=2, min_col=8, max_col=8):
                cell.alignment = wrap  # the change, readable on paper; the JSON columns are for machines
                # Tall enough for the wrapped text (Excel and LibreOffice do not grow a row themselves).
                lines = -(-len(str(cell.value or "")) * 11 // 10 // 59)
                if lines > 1:
                    sheet.row_dimensions[cell.row].height = 15 * min(lines, 12)
            sheet.freeze_panes = "A2"
            sheet.auto_filter.ref = sheet.dimensions
            _print_setup(sheet)
            book.save(tmp)
    return len(entries)
