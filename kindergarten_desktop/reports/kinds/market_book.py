"""``market-book``: the month's market book (sổ chợ / sổ tính tiền ăn).

Per day: the purchases (supplier, item, quantity, unit, unit price, amount), then the day's
line: meals eaten, the food money of those meals, what was spent, the day's balance and the
balance carried forward from the start of the school year (meals.market.day_book). Monthly
totals at the end, and the month's purchases summed per item. Excel and landscape PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.meals.market import (
    DayBalance,
    Purchase,
    day_book,
    item_totals,
)
from kindergarten_desktop.meals.stock import StockLine, period
from kindergarten_desktop.meals.stock_value import food_lines
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.meals_common import (
    money,
    month_label,
    month_of,
    refuse_unpriced,
    signatures,
    signer,
    staff_name,
)
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.calendar import month_bounds

TITLE = "Sổ tính tiền ăn (sổ chợ)"
HEADERS = ("Ngày", "Nhà cung cấp", "Tên thực phẩm", "Số lượng", "ĐVT", "Đơn giá", "Thành tiền", "Số suất ăn",
           "Tiền ăn thu (phần thực phẩm)", "Tổng chi trong ngày", "Chênh lệch trong ngày", "Số dư chuyển sang")


@dataclass(frozen=True)
class MarketMonth:
    month: dt.date
    days: list[DayBalance]
    purchases: dict[dt.date, list[Purchase]]
    items: list[tuple[str, str, float, int]]
    stock: list[StockLine]
    stored: dict[dt.date, list[Purchase]] | None = None  # dry goods bought into the store (counted when used)

    @property
    def opening(self) -> int:
        return self.days[0].carried_in if self.days else 0

    @property
    def closing(self) -> int:
        return self.days[-1].carried_out if self.days else 0


def load(db: Database, params: ReportParams) -> MarketMonth:
    month = month_of(params)
    first, last = month_bounds(month.year, month.month)
    days = day_book(db, first, last)
    if not days:
        raise ReportError("reports.no_market_month", month=month_label(month))
    refuse_unpriced(db, last, "reports.unpriced_market_book")
    purchases, stored = food_lines(db, first, last)
    return MarketMonth(month, days, purchases, item_totals(db, first, last), period(db, first, last), stored)


STOCK_TITLE = "Nhập, xuất, tồn kho hàng khô"
STOCK_HEADERS = ("STT", "Tên hàng", "ĐVT", "Tồn đầu tháng", "Nhập trong tháng", "Xuất trong tháng",
                 "Tồn cuối tháng")


def stock_rows(book: MarketMonth, *, excel: bool) -> list[tuple]:
    def q(v: float):
        return v if excel else quantity_text(v)

    return [(i, s.item, s.unit, q(s.opening), q(s.bought), q(s.used), q(s.closing))
            for i, s in enumerate(book.stock, 1)]


def quantity_text(value: float) -> str:
    """1.5 -> '1,5'; 12.0 -> '12'."""
    if value % 1 == 0:
        return format_number(value, 0)
    return format_number(value, 3).rstrip("0").rstrip(",")


def meals_of(day: DayBalance) -> int:
    return sum(day.meals.values()) + day.staff


def table_rows(book: MarketMonth, *, excel: bool) -> tuple[list[list], list[int]]:
    """The rows (values for Excel, text for PDF) and the indexes of the day lines."""
    def m(v: int):
        return v if excel else money(v)

    rows: list[list] = [[None, None, "Số dư đầu tháng", None, None, None, None, None, None, None, None,
                         m(book.opening)]]
    day_lines = [0]
    for day in book.days:
        shown = day.day if excel else format_date(day.day)
        lines = book.purchases.get(day.day, [])
        for i, p in enumerate(lines):
            rows.append([shown if i == 0 else None, p.supplier, p.item, p.quantity if excel else
                         quantity_text(p.quantity), p.unit, m(p.unit_price), m(p.amount), None, None, None, None,
                         None])
        for i, p in enumerate((book.stored or {}).get(day.day, [])):
            # Bought into the store: shown, counted in the day it is used (no amount here).
            rows.append([shown if not lines and i == 0 else None, p.supplier,
                         f"{p.item} (nhập kho: {money(p.amount)} đ, tính khi xuất dùng)",
                         p.quantity if excel else quantity_text(p.quantity), p.unit, m(p.unit_price), None, None,
                         None, None, None, None])
        day_lines.append(len(rows))
        first = not lines and not (book.stored or {}).get(day.day)
        rows.append([shown if first else None, None, f"Cộng ngày {day.day:%d/%m}", None, None, None, None,
                     meals_of(day), m(day.money_in), m(day.spent), m(day.balance), m(day.carried_out)])
    return rows, day_lines


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    book = load(db, params)
    check_progress(progress, 1, 3, "")
    if fmt == "pdf":
        _pdf(db, params, book, out_path)
    else:
        _xlsx(db, params, book, out_path)
    check_progress(progress, 3, 3, "")


def _subtitle(book: MarketMonth) -> str:
    return f"Tháng {month_label(book.month)}"


def _xlsx(db: Database, params: ReportParams, book: MarketMonth, out_path: Path) -> None:
    from openpyxl.styles import Font

    from kindergarten_desktop.reports import excel

    workbook = excel.Workbook(db, document=params.document)
    sheet = workbook.sheet("Sổ chợ", title=TITLE, subtitle=_subtitle(book), landscape=True)
    kinds = ("date", "text", "text", "number", "text", "money", "money", "int", "money", "money", "money", "money")
    totals = {"Thành tiền", "Số suất ăn", "Tiền ăn thu (phần thực phẩm)", "Tổng chi trong ngày",
              "Chênh lệch trong ngày"}
    columns = [excel.Column(h, k, total=h in totals, width=14 if k == "money" else None)
               for h, k in zip(HEADERS, kinds, strict=True)]
    rows, day_lines = table_rows(book, excel=True)
    table = sheet.table(columns, rows, total_label="Cộng tháng")
    ws = sheet.ws
    for r in range(table.first_row, table.last_row + 1):
        ws.cell(r, 4).number_format = "General"  # 1,5 kg; 660 quả
    for index in day_lines:
        for c in range(1, len(HEADERS) + 1):
            ws.cell(table.first_row + index, c).font = Font(name=excel.FONT, size=12, bold=True)
    if table.total_row is not None:
        # The month's closing balance is the last day's "carried forward" (a live reference).
        last_day = table.first_row + day_lines[-1]
        col = excel.get_column_letter(len(HEADERS))
        cell = excel.put(ws, table.total_row, len(HEADERS), excel.Formula(f"={col}{last_day}"))
        cell.number_format = excel.NUMBER_FORMATS["money"]
        cell.font = Font(name=excel.FONT, size=12, bold=True)
    sheet.note("Số dư dương: thừa; số âm: thiếu so với tiền ăn đã thu (cộng dồn từ đầu năm học).", column=3,
               italic=True)
    summary = workbook.sheet("Tổng hợp thực phẩm", title="Tổng hợp thực phẩm mua trong tháng",
                             subtitle=_subtitle(book), closing=False)
    summary.table([excel.Column("STT", "int"), excel.Column("Tên thực phẩm"), excel.Column("ĐVT"),
                   excel.Column("Số lượng", "number"), excel.Column("Thành tiền", "money", total=True)],
                  [(i, name, unit, qty, amount) for i, (name, unit, qty, amount) in enumerate(book.items, 1)])
    if book.stock:
        store = workbook.sheet("Kho hàng khô", title=STOCK_TITLE, subtitle=_subtitle(book), closing=False)
        store.table([excel.Column(h, k) for h, k in zip(STOCK_HEADERS, ("int", "text", "text", "number", "number",
                                                                       "number", "number"), strict=True)],
                    stock_rows(book, excel=True))
    workbook.save(out_path)


def _pdf(db: Database, params: ReportParams, book: MarketMonth, out_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, TableStyle

    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, document=params.document, landscape=True)
    story = doc.heading(TITLE, _subtitle(book) + " (đơn vị: đồng)")
    rows, day_lines = table_rows(book, excel=False)
    rows.append([None, None, "Cộng tháng", None, None, None, money(sum(d.spent for d in book.days)),
                 sum(meals_of(d) for d in book.days), money(sum(d.money_in for d in book.days)),
                 money(sum(d.spent for d in book.days)), money(sum(d.balance for d in book.days)),
                 money(book.closing)])
    table = doc.table(HEADERS, rows, widths=[16, 26, 30, 11, 9, 13, 15, 10, 17, 15, 15, 17],
                      align=["center", "left", "left", "right", "center", "right", "right", "center", "right",
                             "right", "right", "right"], total_rows=1, font_size=8)
    table.setStyle(TableStyle([("BACKGROUND", (0, 1 + i), (-1, 1 + i), colors.Color(0.96, 0.96, 0.96))
                               for i in day_lines]))
    story.append(table)
    story.append(pdf.paragraph("Số dư dương: thừa; số âm: thiếu so với tiền ăn đã thu (cộng dồn từ đầu năm học).",
                               "body_left"))
    story += signatures(doc, [("NGƯỜI ĐI CHỢ", staff_name(db, "cook")), ("KẾ TOÁN", staff_name(db, "accountant")),
                              signer(doc)])
    if book.items:
        story += doc.new_section()
        story.append(pdf.paragraph("TỔNG HỢP THỰC PHẨM MUA TRONG THÁNG", "title"))
        story.append(pdf.paragraph(_subtitle(book), "subtitle"))
        story.append(doc.table(["STT", "Tên thực phẩm", "ĐVT", "Số lượng", "Thành tiền"],
                               [(i, name, unit, quantity_text(qty), money(amount))
                                for i, (name, unit, qty, amount) in enumerate(book.items, 1)]
                               + [("", "Cộng", "", "", money(sum(a for *_, a in book.items)))],
                               widths=[8, 50, 12, 18, 22], align=["center", "left", "center", "right", "right"],
                               total_rows=1))
    if book.stock:
        # Title and the few stocked items on one page.
        story.append(KeepTogether([
            Spacer(1, 8 * mm), pdf.paragraph(STOCK_TITLE.upper(), "title"), pdf.paragraph(_subtitle(book), "subtitle"),
            doc.table(STOCK_HEADERS, stock_rows(book, excel=False), widths=[8, 50, 12, 20, 20, 20, 20],
                      align=["center", "left", "center", "right", "right", "right", "right"])]))
    doc.build(out_path, story)


KINDS = (
    ReportKind(
        name="market-book",
        title="Sổ chợ (sổ tính tiền ăn) tháng",
        formats=("xlsx", "pdf"),
        build=build,
        file_stem=lambda p: f"So cho {p.month:%Y-%m}",
        needs=("year", "month"),
        description="The month's purchases day by day, the food money of the meals eaten, the day's balance "
                    "and the balance carried forward, with monthly totals.",
        document=DocSpec(symbol="SC", recipients=()),
    ),
)
