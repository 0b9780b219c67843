"""``meals-receipts``: one receipt (phiếu thu) per payment of the month, two to an A4 page
with a dashed cut line: the receipt number of the school year, date, payer, child and class,
cash or transfer, the amount in figures and in Vietnamese words, and the signatures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.payments import Payment, list_payments
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.meals_common import money, month_label, month_of, staff_name
from kindergarten_desktop.reports.money_words import money_words
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.calendar import month_bounds

PER_PAGE = 2
METHOD = {"cash": "Tiền mặt", "transfer": "Chuyển khoản"}
# Value fonts of the receipt lines that stand out (the others are regular).
FONTS = {"Số tiền:": "-Bold", "Bằng chữ:": "-BoldItalic"}


def class_on(db: Database, child_id: int, day: dt.date) -> str:
    """The child's class on the payment day (else the latest one before it)."""
    row = db.execute(
        "SELECT c.name FROM enrollment e JOIN class c ON c.id = e.class_id WHERE e.child_id = ? "
        "AND e.start_date <= ? ORDER BY (e.end_date IS NULL OR e.end_date >= ?) DESC, e.start_date DESC LIMIT 1",
        [child_id, day.isoformat(), day.isoformat()]).fetchone()
    return row[0] if row else ""


def receipt_lines(payment: Payment, class_name: str) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt body."""
    return [
        ("Họ và tên người nộp tiền:", payment.payer or f"Cha mẹ trẻ {payment.child_name}"),
        ("Nộp cho trẻ:", f"{payment.child_name} - Lớp: {class_name}"),
        ("Lý do nộp:", f"Nộp tiền ăn bán trú{'. ' + payment.note if payment.note else ''}"),
        ("Hình thức:", METHOD.get(payment.method, payment.method)),
        ("Số tiền:", f"{money(payment.amount)} đồng"),
        ("Bằng chữ:", money_words(payment.amount)),
    ]


def _school_year(day: dt.date) -> str:
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


def _receipt(width: float, height: float, school: str, address: str, payment: Payment, class_name: str,
             signers: dict[str, str], last_on_page: bool):
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable

    from kindergarten_desktop.reports import pdf

    class _Receipt(Flowable):
        def wrap(self, _aw, _ah):
            return width, height

        def draw(self) -> None:
            c = self.canv
            top = height - 8 * mm
            c.setFont(f"{pdf.SERIF}-Bold", 11)
            fit = pdf.fit_text  # long text is shortened with "…", never drawn past the edge
            c.drawString(0, top, fit(school.upper(), f"{pdf.SERIF}-Bold", 11, width * 0.62))
            c.setFont(pdf.SERIF, 10)
            if address:
                c.drawString(0, top - 4.5 * mm, fit(f"Địa chỉ: {address}", pdf.SERIF, 10, width * 0.62))
            c.drawRightString(width, top, f"Quyển: năm học {_school_year(payment.paid_on)}")
            c.setFont(f"{pdf.SERIF}-Bold", 11)
            c.drawRightString(width, top - 4.5 * mm, f"Số: {payment.number:04d}")
            c.setFont(f"{pdf.SERIF}-Bold", 16)
            c.drawCentredString(width / 2, top - 13 * mm, "PHIẾU THU")
            c.setFont(f"{pdf.SERIF}-Italic", 11.5)
            day = payment.paid_on
            c.drawCentredString(width / 2, top - 19 * mm, f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}")
            y = top - 28 * mm
            for label, value in receipt_lines(payment, class_name):
                c.setFont(pdf.SERIF, 12)
                c.drawString(0, y, label)
                c.setFont(pdf.SERIF + FONTS.get(label, ""), 12)
                c.drawString(48 * mm, y, fit(value, pdf.SERIF + FONTS.get(label, ""), 12, width - 48 * mm))
                y -= 6.5 * mm
            y -= 2 * mm
            column = width / len(signers)
            for i, (title, name) in enumerate(signers.items()):
                x = column * i + column / 2
                c.setFont(f"{pdf.SERIF}-Bold", 11)
                c.drawCentredString(x, y, title)
                c.setFont(f"{pdf.SERIF}-Italic", 9.5)
                c.drawCentredString(x, y - 4.5 * mm, "(Ký, họ tên)")
                c.setFont(f"{pdf.SERIF}-Bold", 11)
                c.drawCentredString(x, 8 * mm, fit(name, f"{pdf.SERIF}-Bold", 11, column - 2 * mm))
            if not last_on_page:
                c.saveState()
                c.setDash(3, 3)
                c.setLineWidth(0.5)
                c.line(-10 * mm, 0, width + 8 * mm, 0)
                c.restoreState()

    return _Receipt()


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak

    from kindergarten_desktop.reports import pdf

    month = month_of(params)
    payments = list_payments(db, *month_bounds(month.year, month.month))
    if params.class_id is not None:
        payments = [p for p in payments if class_on(db, p.child_id, p.paid_on) == params.class_name]
    if not payments:
        raise ReportError(f"--month: no payment was recorded in {month_label(month)}")
    doc = pdf.OfficialDocument(db, page_numbers=False, title=f"Phiếu thu tiền ăn tháng {month_label(month)}")
    height = (doc.page_size[1] - (pdf.MARGINS["top"] + pdf.MARGINS["bottom"]) * mm) / PER_PAGE - 0.5
    accountant = staff_name(db, "accountant")
    story: list = []
    for i, payment in enumerate(payments):
        if i % 50 == 0:
            check_progress(progress, i, len(payments), f"Phiếu thu số {payment.number}")
        signers = {"Hiệu trưởng": doc.head.principal_name, "Kế toán": accountant,
                   "Người nộp tiền": payment.payer, "Người thu tiền": accountant}
        last_on_page = i % PER_PAGE == PER_PAGE - 1 or i == len(payments) - 1
        story.append(_receipt(doc.width, height, doc.head.school_name, doc.head.address, payment,
                              class_on(db, payment.child_id, payment.paid_on), signers, last_on_page))
        if i % PER_PAGE == PER_PAGE - 1 and i < len(payments) - 1:
            story.append(PageBreak())
    doc.build(out_path, story)


KINDS = (
    ReportKind(
        name="meals-receipts",
        title="Phiếu thu tiền ăn tháng",
        formats=("pdf",),
        build=build,
        file_stem=lambda p: f"Phieu thu tien an {p.month:%Y-%m}" + (f" {p.class_name}" if p.class_name else ""),
        needs=("year", "month"),
        accepts=("class",),
        description="One receipt (phiếu thu) per payment of the month, two per A4 page, with the amount in "
                    "figures and in Vietnamese words.",
        document=DocSpec(symbol="", recipients=(), official=False),  # the C40-BB form, numbered per receipt
    ),
)
