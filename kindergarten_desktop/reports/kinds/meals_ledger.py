"""``meals-ledger``: the month's meal ledger (sổ theo dõi tiền ăn) per class.

One row per child with an "x" under each school day the child ate, then "Số ngày ăn",
"Đơn giá" and "Thành tiền" (a row per rate when the rate changed during the month), the
other monthly fees, the previous balance, refunds, lunch support (Decree 105/2020),
discounts, payments and what is still owed. Every amount comes from meals.ledger; the
report only lays it out. Excel: one sheet per class (each prints on its own, with class
totals as SUM formulas and "Thành tiền" as days × rate). PDF: landscape, one section per class.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.ledger import LedgerRow, MonthLedger, compute_month
from kindergarten_desktop.meals.rates import RateTable, rate_table
from kindergarten_desktop.meals.support import reason_text
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.meals_common import (
    money,
    month_label,
    month_of,
    sort_by_class,
)
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

TITLE = "Sổ theo dõi trẻ ăn và thu tiền ăn"
MARK = "x"
# Money columns after "Thành tiền": (header, LedgerRow attribute).
MONEY_COLUMNS = (
    ("Các khoản thu khác", "fees"),
    ("Số dư tháng trước", "opening"),
    ("Trả lại ngày nghỉ", "refund"),
    ("Hỗ trợ ăn trưa (NĐ 105)", "support"),
    ("Miễn giảm", "discount"),
    ("Đã nộp", "paid"),
    ("Còn phải nộp", "balance"),
)
MODE_NOTE = {
    "after": "Thu sau theo số ngày trẻ ăn.",
    "advance": "Thu trước theo số ngày học của tháng; ngày nghỉ đủ điều kiện được trả lại.",
}


@dataclass(frozen=True)
class LineRow:
    """One printed row: a child's days at one rate (the child's first row carries the money)."""

    row: LedgerRow
    first: bool
    marks: frozenset[dt.date]
    days_eaten: int
    days_charged: int
    rate: int


@dataclass(frozen=True)
class ClassBlock:
    name: str
    rows: list[LineRow]


def line_rows(row: LedgerRow, rates: RateTable) -> list[LineRow]:
    """The child's rate lines, each with the days eaten at that rate (kept per rate by the ledger)."""
    if not row.lines:
        return [LineRow(row, True, frozenset(row.eaten_days), row.days_eaten, 0, 0)]
    days: list[set[dt.date]] = [set(line.days) for line in row.lines]
    if row.eaten_days and not any(days):
        # A month frozen before the ledger kept the days per rate: find each day's rate again.
        for day in row.eaten_days:
            rate = rates.on(row.category, day)
            index = next((i for i, line in enumerate(row.lines)
                          if rate is not None and (line.rate, line.food) == (rate.total, rate.food)), 0)
            days[index].add(day)
    return [LineRow(row, i == 0, frozenset(days[i]), line.days_eaten, line.days_charged, line.rate)
            for i, line in enumerate(row.lines)]


def class_blocks(db: Database, ledger: MonthLedger) -> list[ClassBlock]:
    rates = rate_table(db)
    blocks: dict[str, list[LineRow]] = {}
    for row in ledger.rows:
        blocks.setdefault(row.class_name or "Không thuộc lớp", []).extend(line_rows(row, rates))
    order = {r.class_name or "Không thuộc lớp": i for i, r in enumerate(sort_by_class(db, ledger.rows))}
    return [ClassBlock(name, blocks[name]) for name in sorted(blocks, key=order.__getitem__)]


def load(db: Database, params: ReportParams) -> tuple[MonthLedger, list[ClassBlock]]:
    month = month_of(params)
    ledger = compute_month(db, month.year, month.month, params.class_id)
    if not ledger.rows:
        raise ReportError("reports.no_meals_in_class" if params.class_name else "reports.no_meals_in_month",
                          month=month_label(month), class_name=params.class_name or "")
    if ledger.unpriced:
        # A signed ledger would book those meals at 0 ₫, as the notices and the closing would.
        raise ReportError("reports.unpriced_ledger", categories=", ".join(sorted(ledger.unpriced)),
                          month=month_label(month))
    return ledger, class_blocks(db, ledger)


def reasons_note(block: ClassBlock) -> str:
    """Who is supported (Decree 105, with the art. 7 circumstance) and who discounted, and why."""
    firsts = [line.row for line in block.rows if line.first]
    supported = [f"{r.full_name} ({reason_text(r.support_flags)})" for r in firsts if r.support]
    discounted = [f"{r.full_name} ({'; '.join(r.discount_reasons)})" for r in firsts if r.discount]
    parts = []
    if supported:
        parts.append("Hỗ trợ ăn trưa theo NĐ 105/2020/NĐ-CP: " + ", ".join(supported) + ".")
    if discounted:
        parts.append("Miễn giảm: " + ", ".join(discounted) + ".")
    return " ".join(parts)


def subtitle(ledger: MonthLedger, block: ClassBlock) -> str:
    return f"Lớp {block.name} - Tháng {ledger.month:02d}/{ledger.year}"


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    ledger, blocks = load(db, params)
    if fmt == "pdf":
        _pdf(db, params, ledger, blocks, out_path, progress)
    else:
        _xlsx(db, params, ledger, blocks, out_path, progress)


def _xlsx(db: Database, params: ReportParams, ledger: MonthLedger, blocks: list[ClassBlock], out_path: Path,
          progress: Progress) -> None:
    """A live workbook: the days eaten count the "x" of the row, "Thành tiền" is days × rate,
    the balance is opening + amounts + fees − refund − support − discount − paid of the child's
    rows, and the totals are SUMs, so a correction typed in Excel carries through. Inputs the
    grid does not show (days charged when paying in advance, fees, refunds, support,
    discounts, payments) are values."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    from kindergarten_desktop.reports import excel

    advance = ledger.mode == "advance"
    days = ledger.school_days
    centred = Alignment(horizontal="center")  # one shared style object: openpyxl hashes each assignment
    book = excel.Workbook(db, document=params.document)
    columns = [excel.Column("STT", "int"), excel.Column("Họ và tên trẻ")]
    columns += [excel.Column(str(d.day), "text", width=3.6) for d in days]
    first_money = len(columns) + 1
    columns.append(excel.Column("Số ngày ăn", "int", total=True, width=7))
    if advance:
        columns.append(excel.Column("Số ngày thu", "int", total=True, width=7))
    columns += [excel.Column("Đơn giá", "money", width=9), excel.Column("Thành tiền", "money", total=True, width=12)]
    columns += [excel.Column(header, "money", total=True, width=12) for header, _ in MONEY_COLUMNS]
    charged_col = first_money + (1 if advance else 0)
    rate_col, amount_col = charged_col + 1, charged_col + 2
    money_col = {attr: amount_col + 1 + i for i, (_, attr) in enumerate(MONEY_COLUMNS)}
    letter = {c: get_column_letter(c) for c in range(1, len(columns) + 1)}
    first_day, last_day = letter[3], letter[2 + len(days)] if days else letter[3]
    for index, block in enumerate(blocks):
        check_progress(progress, index, len(blocks), block.name)
        sheet = book.sheet(block.name, title=TITLE, subtitle=subtitle(ledger, block), landscape=True)
        first_row = sheet.row + 1
        # The rows of each child (one per rate), for the balance formula on the child's first row.
        spans: list[tuple[int, int]] = []
        for r, line in enumerate(block.rows, start=first_row):
            if line.first:
                spans.append((r, r))
            else:
                spans[-1] = (spans[-1][0], r)
        span_of = {start: end for start, end in spans}
        rows = []
        number = 0
        for r, line in enumerate(block.rows, start=first_row):
            if line.first:
                number += 1
            child = line.row
            values: list[object] = [number if line.first else None, child.full_name if line.first else None]
            values += [MARK if d in line.marks else None for d in days]
            values.append(excel.Formula(f'=COUNTIF({first_day}{r}:{last_day}{r},"{MARK}")') if days else 0)
            if advance:
                values.append(line.days_charged)
            charged = letter[charged_col]
            values += [line.rate or None, excel.Formula(f"={charged}{r}*{letter[rate_col]}{r}")]
            for _, attr in MONEY_COLUMNS:
                if not line.first:
                    values.append(None)
                elif attr == "balance":
                    end = span_of[r]
                    m = {a: f"{letter[c]}{r}" for a, c in money_col.items()}
                    values.append(excel.Formula(
                        f"={m['opening']}+SUM({letter[amount_col]}{r}:{letter[amount_col]}{end})"
                        f"+{m['fees']}-{m['refund']}-{m['support']}-{m['discount']}-{m['paid']}"))
                else:
                    values.append(getattr(child, attr))
            rows.append(values)
        table = sheet.table(columns, rows, total_label="Cộng")
        ws = sheet.ws
        money_format = excel.NUMBER_FORMATS["money"]
        for r in range(table.first_row, table.last_row + 1):
            # Formula cells (text to the kit) get their number format here; "Số ngày ăn" shows as General.
            ws.cell(r, amount_col).number_format = money_format
            ws.cell(r, money_col["balance"]).number_format = money_format
            for c in range(3, 3 + len(days)):
                ws.cell(r, c).alignment = centred
        if table.total_row is not None:
            for c in range(3, 3 + len(days)):  # meals eaten per day
                col = letter[c]
                cell = excel.put(ws, table.total_row, c, excel.Formula(
                    f'=COUNTIF({col}{table.first_row}:{col}{table.last_row},"{MARK}")'))
                cell.alignment = centred
        sheet.note(f"Số ngày học trong tháng: {len(days)}. {MODE_NOTE.get(ledger.mode, '')}", column=2, italic=True)
        if reasons_note(block):
            sheet.note(reasons_note(block), column=2, italic=True)
        sheet.note("Số dư, còn phải nộp: số âm là tiền thừa chuyển sang tháng sau. Số ngày ăn, thành tiền, "
                   "còn phải nộp và dòng cộng là công thức: sửa một ô, các số liên quan tự tính lại.",
                   column=2, italic=True)
    book.save(out_path)


def _pdf(db: Database, params: ReportParams, ledger: MonthLedger, blocks: list[ClassBlock], out_path: Path,
         progress: Progress) -> None:
    from reportlab.platypus import TableStyle

    from kindergarten_desktop.reports import pdf

    advance = ledger.mode == "advance"
    days = ledger.school_days
    doc = pdf.OfficialDocument(db, document=params.document, landscape=True,
                               title=f"{TITLE} tháng {ledger.month:02d}/{ledger.year}")
    header = ["STT", "Họ và tên trẻ", *[str(d.day) for d in days], "Số ngày ăn"]
    header += ["Số ngày thu"] if advance else []
    header += ["Đơn giá", "Thành tiền", *[h for h, _ in MONEY_COLUMNS]]
    n_money = len(MONEY_COLUMNS) + 2
    widths = [5, 26] + [3.5] * len(days) + [5.5] + ([5.5] if advance else []) + [11] * n_money
    align = ["center", "left"] + ["center"] * len(days) + ["center"] * (2 if advance else 1) + ["right"] * n_money
    story: list = []
    for index, block in enumerate(blocks):
        check_progress(progress, index, len(blocks), block.name)
        if index:
            story += doc.new_document()  # each class's ledger is signed on its own
        story += doc.heading(TITLE, subtitle(ledger, block) + " (đơn vị: đồng)")
        rows: list[list[object]] = []
        number = 0
        for line in block.rows:
            number += line.first
            child = line.row
            values: list[object] = [number if line.first else "", child.full_name if line.first else ""]
            values += [MARK if d in line.marks else "" for d in days]
            values.append(line.days_eaten)
            if advance:
                values.append(line.days_charged)
            values += [money(line.rate) if line.rate else "", money(line.days_charged * line.rate)]
            values += [_cell(getattr(child, attr), attr) if line.first else "" for _, attr in MONEY_COLUMNS]
            rows.append(values)
        firsts = [line.row for line in block.rows if line.first]
        total: list[object] = ["", "Cộng", *[sum(d in line.marks for line in block.rows) for d in days],
                 sum(line.days_eaten for line in block.rows)]
        total += [sum(line.days_charged for line in block.rows)] if advance else []
        total += ["", money(sum(r.meal_charge for r in firsts))]
        total += [money(sum(getattr(r, attr) for r in firsts)) for _, attr in MONEY_COLUMNS]
        rows.append(total)
        table = doc.table(header, rows, widths=widths, align=align, total_rows=1, font_size=6.5)
        # Narrow padding so two-digit day numbers and full amounts fit the dense grid.
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LEFTPADDING", (2, 0), (1 + len(days), -1), 0),
                                   ("RIGHTPADDING", (2, 0), (1 + len(days), -1), 0)]))
        story.append(table)
        story.append(pdf.paragraph(f"Số ngày học trong tháng: {len(days)}. {MODE_NOTE.get(ledger.mode, '')} "
                                   "Số âm: tiền thừa chuyển sang tháng sau.", "body_left"))
        if reasons_note(block):
            story.append(pdf.paragraph(reasons_note(block), "body_left"))
        story += doc.closing()  # Người lập biểu (the accountant) and the signer
    doc.build(out_path, story)


def _cell(amount: int, attr: str) -> str:
    """Amounts as '1.234.000'; a zero left blank so the grid stays readable (the balance shows 0)."""
    return money(amount) if amount or attr == "balance" else ""


KINDS = (
    ReportKind(
        name="meals-ledger",
        title="Sổ theo dõi tiền ăn tháng",
        formats=("xlsx", "pdf"),
        build=build,
        file_stem=lambda p: f"So tien an {p.month:%Y-%m}" + (f" {p.class_name}" if p.class_name else ""),
        needs=("year", "month"),
        accepts=("class",),
        description="The month's meals per child and school day, days × rate, refunds, lunch support, "
                    "discounts, payments and balance, per class (--class for one).",
        document=DocSpec(symbol="TA", recipients=(), drafter_role="accountant"),
    ),
)
