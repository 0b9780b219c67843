"""``stock-card``: the stock card (thẻ kho) of every dry-goods item over a school year or a month:
goods in and out with the quantity on hand, and the money at the moving average cost."""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.stock_value import StockCard, stock_cards
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.kinds.market_book import quantity_text
from kindergarten_desktop.reports.meals_common import money, month_label, staff_name
from kindergarten_desktop.reports.money_tables import table_then_signatures
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.calendar import month_bounds

HEADERS = ("Ngày", "Diễn giải", "Nhập (SL)", "Xuất (SL)", "Tồn (SL)", "Đơn giá BQ", "Tiền nhập", "Tiền xuất",
           "Tiền tồn")


def _rows(card: StockCard, excel: bool) -> list[list]:
    def q(v: float) -> object:
        return v if excel else quantity_text(v)

    def m(v: int) -> object:
        return v if excel else money(v)

    cost = round(card.opening_value / card.opening_qty) if card.opening_qty > 0 else 0
    rows: list[list] = [[None, "Tồn đầu kỳ", None, None, q(card.opening_qty), m(cost), None, None,
                         m(card.opening_value)]]
    for line in card.lines:
        rows.append([line.day if excel else format_date(line.day), line.text, q(line.qty_in) if line.qty_in else None,
                     q(line.qty_out) if line.qty_out else None, q(line.qty_after), m(line.unit_cost),
                     m(line.value_in) if line.value_in else None, m(line.value_out) if line.value_out else None,
                     m(line.value_after)])
    rows.append([None, "Cộng phát sinh / tồn cuối kỳ", q(card.qty_in), q(card.qty_out), q(card.closing_qty), None,
                 m(card.value_in), m(card.value_out), m(card.closing_value)])
    return rows


def _signers(db: Database, principal: str) -> list[tuple[str, str]]:
    """Who signs a stock card, on paper and in Excel alike."""
    return [("THỦ KHO", ""), ("KẾ TOÁN", staff_name(db, "accountant")), ("THỦ TRƯỞNG ĐƠN VỊ", principal)]


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    if params.month is not None:
        start, end = month_bounds(params.month.year, params.month.month)
        subtitle = f"Tháng {month_label(params.month)}"
    else:
        start, end, subtitle = params.year.start_date, params.year.end_date, f"Năm học {params.year.name}"
    cards = stock_cards(db, start, end)
    if not cards:
        raise ReportError("reports.no_stocked_item")
    check_progress(progress, 1, len(cards) + 1, "")
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, landscape=True, title=f"Thẻ kho {subtitle}")
        story: list = []
        for n, card in enumerate(cards):
            if n:
                story += doc.new_section()
            story.append(pdf.paragraph(f"Đơn vị: {doc.head.school_name}", "body_left"))
            story += doc.heading("THẺ KHO", f"Tên hàng: {card.item} - Đơn vị tính: {card.unit} - {subtitle}",
                                 letterhead=False)
            story += table_then_signatures(
                doc, HEADERS, _rows(card, False), widths=[10, 40, 10, 10, 10, 11, 13, 13, 14], total_rows=1,
                font_size=9, align=["center", "left", "right", "right", "right", "right", "right", "right", "right"],
                signers=_signers(db, doc.head.principal_name), room_mm=14)
            check_progress(progress, n + 1, len(cards) + 1, card.item)
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        kinds = ("date", "text", "number", "number", "number", "money", "money", "money", "money")
        for card in cards:
            sheet = book.sheet(card.item, title="THẺ KHO", subtitle=f"Tên hàng: {card.item} - Đơn vị tính: "
                                                                     f"{card.unit} - {subtitle}", landscape=True)
            sheet.table([excel.Column(h, k, width=50 if h == "Diễn giải" else None)
                         for h, k in zip(HEADERS, kinds, strict=True)], _rows(card, True))
            sheet.signatures(_signers(db, book.head.principal_name))
        book.save(out_path)
    check_progress(progress, len(cards) + 1, len(cards) + 1, "")


KINDS = (
    ReportKind(name="stock-card", title="Thẻ kho hàng khô", formats=("pdf", "xlsx"), build=build,
               file_stem=lambda p: "The kho " + (f"{p.month:%Y-%m}" if p.month else p.year.name),
               needs=("year",), accepts=("month",),
               description="Stock card per dry-goods item: in, out, on hand, and money at the average cost.",
               document=DocSpec(symbol="", recipients=(), official=False)),  # a Thông tư 107 card form
)
