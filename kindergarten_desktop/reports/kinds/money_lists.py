"""``debt-list`` (danh sách trẻ còn nợ tiền ăn) and ``collection-list`` (danh sách thu tiền ăn, one
section per class, with a column where the parent signs), from the month's ledger."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.ledger import LedgerRow, compute_month
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.reports.meals_common import money, month_label, month_of, staff_name
from kindergarten_desktop.reports.money_tables import table_then_signatures
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.age_groups import class_sort_key


def _by_class(db: Database, rows: list[LedgerRow]) -> list[tuple[str, list[LedgerRow]]]:
    groups = dict(db.execute("SELECT id, age_group FROM class").fetchall())
    blocks: dict[tuple, list[LedgerRow]] = defaultdict(list)
    for row in rows:
        blocks[(row.class_id, row.class_name)].append(row)
    ordered = sorted(blocks, key=lambda k: class_sort_key(groups.get(k[0]), k[1] or ""))
    return [(name or "Đã rời trường", sorted(blocks[(cid, name)], key=lambda r: name_sort_key(r.full_name)))
            for cid, name in ordered]


def _load(db: Database, params: ReportParams, *, owing_only: bool) -> list[tuple[str, list[LedgerRow]]]:
    month = month_of(params)
    ledger = compute_month(db, month.year, month.month, params.class_id)
    rows = [r for r in ledger.rows if (r.balance > 0 if owing_only else (r.due or r.paid or r.balance))]
    if params.class_id is not None:
        rows = [r for r in rows if r.class_id == params.class_id]
    if not rows:
        raise ReportError("reports.nobody_owes" if owing_only else "reports.ledger_empty", month=month_label(month))
    return _by_class(db, rows)


# The columns add across: owed from earlier months + due this month = total due; total due − paid =
# still owed (a credit carried from earlier months is a negative amount owed).
DEBT_HEADERS = ("STT", "Họ và tên trẻ", "Lớp", "Nợ các tháng trước", "Phải nộp tháng này", "Tổng phải nộp",
                "Đã nộp", "Còn nợ")
CREDIT_NOTE = "Số âm ở cột Nợ các tháng trước: tiền nộp thừa các tháng trước, đã trừ vào tổng phải nộp."


def _debt_amounts(r: LedgerRow) -> list[int]:
    return [r.opening, r.this_month, r.due, r.paid, r.balance]


def _debt_row(i: int, r: LedgerRow, excel: bool) -> list:
    amounts = _debt_amounts(r)
    return [i, r.full_name, r.class_name, *(amounts if excel else [money(v) for v in amounts])]


def build_debts(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    blocks = _load(db, params, owing_only=True)
    month = month_of(params)
    title, subtitle = "DANH SÁCH TRẺ CÒN NỢ TIỀN ĂN", f"Đến hết tháng {month_label(month)}" + (
        f" - Lớp {params.class_name}" if params.class_name else "")
    rows = [r for _, block in blocks for r in block]
    credit = any(r.opening < 0 for r in rows)
    check_progress(progress, 1, 3, "")
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, number="…/DS-MN", date=None, title=f"{title} {subtitle}")
        story = doc.heading(title, subtitle)
        lines = [_debt_row(i, r, False) for i, r in enumerate(rows, 1)]
        totals = [sum(column) for column in zip(*(_debt_amounts(r) for r in rows), strict=True)]
        lines.append(["", "Tổng cộng", f"{len(rows)} trẻ", *(money(v) for v in totals)])
        if credit:
            story.append(pdf.paragraph(CREDIT_NOTE))
        story += table_then_signatures(
            doc, DEBT_HEADERS, lines, widths=[5, 22, 9, 12, 12, 12, 12, 12], total_rows=1, font_size=9.5,
            align=["center", "left", "left", "right", "right", "right", "right", "right"],
            signers=[("NGƯỜI LẬP", staff_name(db, "accountant")), ("HIỆU TRƯỞNG", doc.head.principal_name)])
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        sheet = book.sheet("Còn nợ", title=title, subtitle=subtitle)
        kinds = ("int", "text", "text", "money", "money", "money", "money", "money")
        first = sheet.row + 1
        lines = [_debt_row(i, r, True) for i, r in enumerate(rows, 1)]
        for k, line in enumerate(lines):  # live in Excel: total due = D + E, still owed = F − G
            line[5] = excel.Formula(f"=D{first + k}+E{first + k}")
            line[7] = excel.Formula(f"=F{first + k}-G{first + k}")
        sheet.table([excel.Column(h, k, total=k == "money") for h, k in zip(DEBT_HEADERS, kinds, strict=True)],
                    lines)
        if credit:
            sheet.note(CREDIT_NOTE, italic=True)
        book.save(out_path)
    check_progress(progress, 3, 3, "")


COLLECTION_HEADERS = ("STT", "Họ và tên trẻ", "Số tiền phải nộp", "Đã nộp", "Còn phải nộp",
                      "Cha mẹ trẻ ký nhận", "Ghi chú")


def _collection_row(i: int, r: LedgerRow, excel: bool) -> list:
    def m(v: int) -> object:
        return v if excel else money(v)

    note = f"Thừa {money(-r.balance)}" if r.balance < 0 else ""
    return [i, r.full_name, m(r.due), m(r.paid), m(max(r.balance, 0)), "", note]


def build_collection(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    blocks = _load(db, params, owing_only=False)
    month = month_of(params)
    title = "DANH SÁCH THU TIỀN ĂN BÁN TRÚ"
    check_progress(progress, 1, len(blocks) + 1, "")
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, title=f"{title} tháng {month_label(month)}")
        story: list = []
        for n, (name, rows) in enumerate(blocks):
            if n:
                story += doc.new_document()  # one list per class, handed to its teachers
            story += doc.heading(title, f"Tháng {month_label(month)} - Lớp {name}")
            from reportlab.lib.units import mm
            from reportlab.platypus import Spacer

            lines = [_collection_row(i, r, False) for i, r in enumerate(rows, 1)]
            for line in lines:
                line[5] = Spacer(1, 7 * mm)  # room for the parent's signature
            lines.append(["", "Cộng", money(sum(r.due for r in rows)), money(sum(r.paid for r in rows)),
                          money(sum(max(r.balance, 0) for r in rows)), "", ""])
            story += table_then_signatures(
                doc, COLLECTION_HEADERS, lines, widths=[6, 27, 14, 13, 14, 20, 10], total_rows=1,
                align=["center", "left", "right", "right", "right", "left", "left"], room_mm=14,
                signers=[("GIÁO VIÊN THU", ""), ("KẾ TOÁN", staff_name(db, "accountant"))])
            check_progress(progress, n + 1, len(blocks) + 1, name)
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        kinds = ("int", "text", "money", "money", "money", "text", "text")
        for name, rows in blocks:
            sheet = book.sheet(name, title=title, subtitle=f"Tháng {month_label(month)} - Lớp {name}")
            first = sheet.row + 1
            lines = [_collection_row(i, r, True) for i, r in enumerate(rows, 1)]
            for k, line in enumerate(lines):
                line[4] = excel.Formula(f"=MAX(C{first + k}-D{first + k},0)")
            sheet.table([excel.Column(h, k, total=k == "money", width=22 if h.startswith("Cha") else None)
                         for h, k in zip(COLLECTION_HEADERS, kinds, strict=True)], lines, total_label="Cộng")
        book.save(out_path)
    check_progress(progress, len(blocks) + 1, len(blocks) + 1, "")


def _stem(name: str):
    return lambda p: f"{name} {p.month:%Y-%m}" + (f" {p.class_name}" if p.class_name else "")


KINDS = (
    ReportKind(name="debt-list", title="Danh sách trẻ còn nợ tiền ăn", formats=("pdf", "xlsx"), build=build_debts,
               file_stem=_stem("Danh sach con no"), needs=("year", "month"), accepts=("class",),
               description="Children who still owe at the end of the month, by class: owed from earlier months + due "
                           "this month = total due; total due − paid = still owed."),
    ReportKind(name="collection-list", title="Danh sách thu tiền ăn theo lớp", formats=("pdf", "xlsx"),
               build=build_collection, file_stem=_stem("Danh sach thu tien an"), needs=("year", "month"),
               accepts=("class",),
               description="One list per class: due, paid, still due and a column for the parent's signature."),
)
