"""``daily-posting``: the day's public posting of meal finances (công khai tài chính bữa ăn),
one A4 page to pin on the notice board: children eating by age group, the food money of the
day's meals, the purchases item by item, the balance carried forward and the day's menu,
signed by the accountant, the kitchen and the principal. Numbers come from meals.counts,
meals.market and meals.menus."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.counts import DailyCount, daily_count
from kindergarten_desktop.meals.market import DayBalance, Purchase, day_book
from kindergarten_desktop.meals.menus import Menu, get_menu
from kindergarten_desktop.meals.stock_value import food_lines
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.kinds.market_book import quantity_text
from kindergarten_desktop.reports.meals_common import money, refuse_unpriced, signatures, signer, staff_name
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.age_groups import BY_CODE

TITLE = "Công khai tài chính bữa ăn"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class Posting:
    day: dt.date
    count: DailyCount
    balance: DayBalance
    purchases: list[Purchase]  # fresh food bought and dry goods taken out of the store
    menu: Menu
    stored: tuple[Purchase, ...] = ()  # dry goods bought into the store: counted when used

    def eating_rows(self) -> list[tuple[str, int]]:
        """(age group label, children eating), then staff meals."""
        rows = [(BY_CODE[code].label_vi if code in BY_CODE else code, eating)
                for code, eating, _ in self.count.by_age_group()]
        if self.balance.staff:
            rows.append(("Cán bộ, giáo viên, nhân viên", self.balance.staff))
        return rows


def load(db: Database, day: dt.date | None) -> Posting:
    if day is None:
        raise ReportError("reports.needs_date")
    book = day_book(db, day, day)
    if not book:
        raise ReportError("reports.no_posting_day", day=day)
    refuse_unpriced(db, day, "reports.unpriced_posting")
    counted, stored = food_lines(db, day, day)
    return Posting(day, daily_count(db, day), book[0], counted.get(day, []), get_menu(db, day),
                   tuple(stored.get(day, [])))


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, Table, TableStyle

    from kindergarten_desktop.reports import pdf

    posting = load(db, params.date)
    check_progress(progress, 1, 2, "")
    day = posting.day
    doc = pdf.OfficialDocument(db, document=params.document, date=day, page_numbers=False)
    story = doc.heading(TITLE, f"{WEEKDAYS[day.weekday()]}, ngày {format_date(day)}")
    entry = posting.balance

    # Sections 1 and 2 side by side, so the page holds a long purchase list too.
    gap = 6
    left_w, right_w = doc.width * 0.42 - gap / 2, doc.width * 0.58 - gap / 2
    eating = posting.eating_rows()
    meals = sum(n for _, n in eating)
    eating_table = _narrow(doc, left_w).table(["Khối / độ tuổi", "Số suất"], [*eating, ("Tổng số suất ăn", meals)],
                                             widths=[3, 1], align=["left", "center"], total_rows=1)
    balance_rows = [
        ("Số dư chuyển từ ngày trước", _signed(entry.carried_in)),
        (f"Tiền ăn thu trong ngày ({meals} suất)", money(entry.money_in)),
        ("Tiền thực phẩm dùng trong ngày", money(entry.spent)),
        ("Chênh lệch trong ngày (thu - chi)", _signed(entry.balance)),
        ("Số dư chuyển sang ngày sau", _signed(entry.carried_out)),
    ]
    balance_table = _narrow(doc, right_w).table(["Nội dung", "Số tiền (đ)"], balance_rows, widths=[2.6, 1.2],
                                                align=["left", "right"], total_rows=1)
    sides = Table([[[pdf.paragraph("1. Số trẻ ăn bán trú", "heading"), eating_table],
                    [pdf.paragraph("2. Cân đối tiền ăn (phần thực phẩm)", "heading"), balance_table]]],
                  colWidths=[left_w + gap / 2, right_w + gap / 2])
    sides.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), pdf.SERIF),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), gap),
                               ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    story.append(sides)

    story.append(pdf.paragraph("3. Thực phẩm dùng trong ngày (hàng khô tính theo lượng xuất kho)", "heading"))
    purchase_rows: list[tuple[int | str, ...]] = [
        (i, p.item, p.unit, quantity_text(p.quantity), money(p.unit_price), money(p.amount), p.supplier)
        for i, p in enumerate(posting.purchases, 1)]
    purchase_rows.append(("", "Cộng", "", "", "", money(entry.spent), ""))
    story.append(doc.table(["STT", "Tên thực phẩm", "ĐVT", "Số lượng", "Đơn giá (đ)", "Thành tiền (đ)",
                            "Nơi cung cấp"], purchase_rows, widths=[7, 30, 8, 11, 14, 16, 32],
                           align=["center", "left", "center", "right", "right", "right", "left"], total_rows=1))
    if posting.stored:
        bought = "; ".join(f"{p.item} {quantity_text(p.quantity)} {p.unit} × {money(p.unit_price)} = "
                           f"{money(p.amount)} đ" for p in posting.stored)
        story.append(pdf.paragraph(f"Nhập kho trong ngày (tính vào chi khi xuất dùng): {bought}.", "body_left"))

    story.append(pdf.paragraph("4. Thực đơn trong ngày", "heading"))
    from kindergarten_desktop.reports.kinds.nutrition import posting_menu

    kitchen = posting_menu(db, day)
    if kitchen is not None:  # the kitchen's menu and its nutrients (kitchen package)
        story += [doc.table(["Khối", "Thực đơn"], kitchen[0], widths=[1, 5], align=["left", "left"]),
                  pdf.paragraph("5. Giá trị dinh dưỡng một trẻ trong ngày", "heading"),
                  doc.table(kitchen[1][0], kitchen[1][1:], widths=[2, 2, 2, 2, 2, 3],
                            align=["left", "right", "right", "right", "right", "left"])]
    else:
        menu = posting.menu
        menu_rows = [(meal, text or "—") for meal, text in (("Bữa sáng", menu.breakfast), ("Bữa trưa", menu.lunch),
                                                           ("Bữa chiều", menu.snack))]
        story.append(doc.table(["Bữa ăn", "Món ăn"], menu_rows, widths=[1, 5], align=["left", "left"]))
    story += signatures(doc, [("KẾ TOÁN", staff_name(db, "accountant")), ("ĐẠI DIỆN TỔ BẾP", staff_name(db, "cook")),
                              signer(doc)], room_mm=16,
                       keep_together=False)
    # One page to pin up, however long the purchase list: shrink to fit rather than spill over.
    height = doc.page_size[1] - (pdf.MARGINS["top"] + pdf.MARGINS["bottom"]) * mm
    doc.build(out_path, [KeepInFrame(doc.width, height, story, mode="shrink")])
    check_progress(progress, 2, 2, "")


def _signed(amount: int) -> str:
    return ("-" if amount < 0 else "") + money(abs(amount))


def _narrow(doc, width: float):
    """The document's table maker for a narrower column (its tables scale to ``doc.width``)."""
    narrow = copy.copy(doc)
    narrow.width = width
    return narrow


KINDS = (
    ReportKind(
        name="daily-posting",
        title="Công khai tài chính bữa ăn trong ngày",
        formats=("pdf",),
        build=build,
        file_stem=lambda p: f"Cong khai bua an {p.date:%Y-%m-%d}",
        needs=("year", "date"),
        description="One A4 page for the notice board: children eating by age group, food money in, purchases "
                    "item by item, the balance carried forward and the day's menu.",
        document=DocSpec(symbol="CK", recipients=()),
    ),
)
