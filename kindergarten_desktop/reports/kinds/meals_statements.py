"""``meals-statements``: the monthly meal-fee notice per child (thông báo tiền ăn), three to
an A4 page with dashed cut lines, to hand to the parents.

Each notice: school and class, the child, the previous balance, this month's meals (days ×
rate, a line per rate), other fees, refunds, lunch support, discounts, payments, and the
amount to pay (or the credit carried to next month). All amounts come from meals.ledger.
Notices are drawn straight on the canvas (one fixed-size flowable each): fast for the whole
school, and every notice has the same size so the cut lines fall in the same place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.ledger import LedgerRow, MonthLedger, compute_month
from kindergarten_desktop.meals.support import reason_text
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.meals_common import money, month_label, month_of, sort_by_class, staff_name
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

PER_PAGE = 3


def notice_lines(row: LedgerRow) -> list[tuple[str, int | None]]:
    """(label, signed amount) in notice order; None for a label-only line. Amounts that lower
    what is owed are negative, so the lines add up to the balance."""
    lines: list[tuple[str, int | None]] = []
    if row.opening > 0:
        lines.append(("Tháng trước còn nợ", row.opening))
    elif row.opening < 0:
        lines.append(("Tháng trước còn thừa", row.opening))
    else:
        lines.append(("Số dư tháng trước", 0))
    if not row.lines:
        lines.append(("Tiền ăn trong tháng", 0))
    for line in row.lines:
        days = f"{line.days_charged} ngày × {money(line.rate)} đ"
        lines.append((f"Tiền ăn: {days}", line.amount))
    if row.fees:
        lines.append(("Các khoản thu khác (nước uống ...)", row.fees))
    if row.refund:
        lines.append((f"Trả lại tiền ăn {row.refund_days} ngày nghỉ", -row.refund))
    if row.support:
        why = reason_text(row.support_flags)
        lines.append(("Hỗ trợ ăn trưa (NĐ 105/2020/NĐ-CP)" + (f": {why}" if why else ""), -row.support))
    if row.discount:
        why = "; ".join(row.discount_reasons)
        lines.append(("Miễn giảm" + (f": {why}" if why else ""), -row.discount))
    if row.paid:
        lines.append(("Đã nộp trong tháng", -row.paid))
    return lines


def _signed(amount: int) -> str:
    return ("- " if amount < 0 else "") + money(abs(amount)) + " đ"


class Notice:
    """Factory for the fixed-size notice flowable (reportlab imported on first use)."""

    @staticmethod
    def make(width: float, height: float, school: str, month: str, row: LedgerRow, issued: str,
             accountant: str, last_on_page: bool):
        from reportlab.lib.units import mm
        from reportlab.platypus import Flowable

        from kindergarten_desktop.reports import pdf

        class _Notice(Flowable):
            def wrap(self, _aw, _ah):
                return width, height

            def draw(self) -> None:
                c = self.canv
                top = height - 7 * mm
                fit = pdf.fit_text  # long text is shortened with "…", never drawn past the edge
                c.setFont(f"{pdf.SERIF}-Bold", 10.5)
                c.drawString(0, top, fit(school.upper(), f"{pdf.SERIF}-Bold", 10.5, width * 0.65))
                c.setFont(pdf.SERIF, 10.5)
                c.drawRightString(width, top, fit(f"Lớp: {row.class_name}", pdf.SERIF, 10.5, width * 0.33))
                c.setFont(f"{pdf.SERIF}-Bold", 13)
                c.drawCentredString(width / 2, top - 7 * mm, f"THÔNG BÁO TIỀN ĂN THÁNG {month}")
                c.setFont(pdf.SERIF, 11.5)
                y = top - 13.5 * mm
                c.drawString(0, y, "Kính gửi cha mẹ trẻ: ")
                c.setFont(f"{pdf.SERIF}-Bold", 11.5)
                start = c.stringWidth("Kính gửi cha mẹ trẻ: ", pdf.SERIF, 11.5)
                c.drawString(start, y, fit(row.full_name, f"{pdf.SERIF}-Bold", 11.5, width * 0.55 - start))
                c.setFont(pdf.SERIF, 11.5)
                c.drawRightString(width, y, f"Số ngày học: {row.school_days} - Số ngày trẻ ăn: {row.days_eaten}")
                y -= 6.5 * mm
                label_x, amount_x = 6 * mm, width - 40 * mm
                for label, amount in notice_lines(row):
                    c.drawString(label_x, y, f"- {label}")
                    if amount is not None:
                        c.drawRightString(amount_x, y, _signed(amount))
                    y -= 5 * mm
                c.line(label_x, y + 3.2 * mm, amount_x, y + 3.2 * mm)
                c.setFont(f"{pdf.SERIF}-Bold", 12)
                y -= 1 * mm
                if row.balance >= 0:
                    c.drawString(label_x, y, "SỐ TIỀN PHẢI NỘP:")
                    c.drawRightString(amount_x, y, money(row.balance) + " đ")
                else:
                    c.drawString(label_x, y, "SỐ TIỀN THỪA CHUYỂN SANG THÁNG SAU:")
                    c.drawRightString(amount_x, y, money(-row.balance) + " đ")
                c.setFont(f"{pdf.SERIF}-Italic", 10.5)
                c.drawCentredString(width - 20 * mm, top - 13.5 * mm - 6.5 * mm, issued)
                c.setFont(f"{pdf.SERIF}-Bold", 10.5)
                c.drawCentredString(width - 20 * mm, top - 13.5 * mm - 11.5 * mm, "KẾ TOÁN")
                c.drawCentredString(width - 20 * mm, 9 * mm, fit(accountant, f"{pdf.SERIF}-Bold", 10.5, 50 * mm))
                c.setFont(f"{pdf.SERIF}-Italic", 9.5)
                c.drawString(0, 3.5 * mm, "Kính đề nghị cha mẹ trẻ nộp tiền trước ngày 10 hằng tháng. Xin cảm ơn!")
                if not last_on_page:
                    c.saveState()
                    c.setDash(3, 3)
                    c.setLineWidth(0.5)
                    c.line(-10 * mm, 0, width + 8 * mm, 0)
                    c.restoreState()

        return _Notice()


def children(ledger: MonthLedger) -> list[LedgerRow]:
    """Rows worth a notice: enrolled this month, or with money still open."""
    return [r for r in ledger.rows if r.school_days or r.balance or r.paid]


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak

    from kindergarten_desktop.reports import pdf

    month = month_of(params)
    ledger = compute_month(db, month.year, month.month, params.class_id)
    rows = sort_by_class(db, children(ledger))
    if not rows:
        raise ReportError("reports.no_meals_in_month", month=month_label(month), where="")
    if ledger.unpriced:
        # Notices would ask parents for 0 đ for those meals.
        raise ReportError("reports.unpriced_notices", categories=", ".join(sorted(ledger.unpriced)),
                          month=month_label(month))
    doc = pdf.OfficialDocument(db, page_numbers=False, title=f"Thông báo tiền ăn tháng {month_label(month)}")
    height = (doc.page_size[1] - (pdf.MARGINS["top"] + pdf.MARGINS["bottom"]) * mm) / PER_PAGE - 0.5
    issued = f"Ngày {format_date(dt.date.today())}"
    accountant = staff_name(db, "accountant")
    story: list = []
    for i, row in enumerate(rows):
        if i % 50 == 0:
            check_progress(progress, i, len(rows) * 2, row.class_name)
        last_on_page = i % PER_PAGE == PER_PAGE - 1 or i == len(rows) - 1
        story.append(Notice.make(doc.width, height, doc.head.school_name, month_label(month), row, issued,
                                 accountant, last_on_page))
        if i % PER_PAGE == PER_PAGE - 1 and i < len(rows) - 1:
            story.append(PageBreak())

    def layout(done: int, total: int, _text: str) -> bool:
        return progress(len(rows) + done * len(rows) // max(total, 1), len(rows) * 2, "")

    doc.build(out_path, story, layout)


KINDS = (
    ReportKind(
        name="meals-statements",
        title="Thông báo tiền ăn tháng",
        formats=("pdf",),
        build=build,
        file_stem=lambda p: f"Thong bao tien an {p.month:%Y-%m}" + (f" {p.class_name}" if p.class_name else ""),
        needs=("year", "month"),
        accepts=("class",),
        description="One notice per child (three per A4 page, to cut apart): previous balance, the month's "
                    "meals (days × rate), refunds, lunch support, payments and the amount to pay.",
        document=DocSpec(symbol="", recipients=(), official=False),  # notices to cut apart for parents
    ),
)
