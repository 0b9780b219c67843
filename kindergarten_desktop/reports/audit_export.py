"""The audit trail written to CSV or Excel (``audit`` command, the viewer's Export button).
Documents are Vietnamese: the headers, actions and table names are."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from kindergarten_desktop.accounts.audit import ACTIONS_VI, TABLES_VI, AuditFilter, Entry, all_entries
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError

HEADER = ["Thời điểm", "Người thực hiện", "Thao tác", "Dữ liệu", "Bảng", "Mã bản ghi", "Mã trẻ",
          "Thay đổi", "Trước (JSON)", "Sau (JSON)"]


def _row(entry: Entry) -> list[object]:
    return [entry.at.strftime("%d/%m/%Y %H:%M:%S"), entry.actor, ACTIONS_VI.get(entry.action, entry.action),
            TABLES_VI.get(entry.table, entry.table), entry.table, entry.record_id,
            "" if entry.child_id is None else entry.child_id, entry.summary(),
            json.dumps(entry.before, ensure_ascii=False) if entry.before is not None else "",
            json.dumps(entry.after, ensure_ascii=False) if entry.after is not None else ""]


def export_audit(db: Database, path: Path | str, *, since: dt.date | None = None,
                 flt: AuditFilter | None = None) -> int:
    """Write the trail (oldest first; from ``since``, or what ``flt`` chooses) to ``path`` (.csv
    or .xlsx); returns the number of entries. The principal's only (accounts.audit refuses anyone else)."""
    from kindergarten_desktop.reports.output import atomic_output

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise AppError("accounts.bad_export", path=str(path))
    entries = all_entries(db, since=since, flt=flt)
    with atomic_output(path) as tmp:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(HEADER)
                writer.writerows(_row(e) for e in entries)
        else:
            from openpyxl import Workbook
            from openpyxl.styles import Font

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
            sheet.freeze_panes = "A2"
            book.save(tmp)
    return len(entries)
