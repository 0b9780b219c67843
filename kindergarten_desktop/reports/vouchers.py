"""Phiếu thu (mẫu C40-BB) and phiếu chi (mẫu C41-BB) of Thông tư 107/2017/TT-BTC, drawn on half
an A4 page each: the unit, the form's number, the book and voucher number, the date, who pays or
receives, the address (the child's class), the reason naming the month(s), the amount in
figures and in words, the attachments, and the five signatures. A single voucher prints as
two copies on one page (liên 1 kept in the book, liên 2 for the payer); a cancelled one is
printed across with "ĐÃ HỦY", the reason, who cancelled it and when.

reportlab is imported inside the functions (this module is imported by the GUI on demand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.payments import Payment, default_months, months_text
from kindergarten_desktop.meals.payouts import Payout
from kindergarten_desktop.reports.meals_common import money, staff_name
from kindergarten_desktop.reports.money_words import money_words

METHOD = {"cash": "Tiền mặt", "transfer": "Chuyển khoản"}
COPIES = ("Liên 1: Lưu tại cuống", "Liên 2: Giao cho người nộp tiền")
PAYOUT_COPIES = ("Liên 1: Lưu tại cuống", "Liên 2: Giao cho người nhận tiền")


@dataclass(frozen=True)
class Voucher:
    """What one phiếu thu / phiếu chi prints."""
    title: str  # PHIẾU THU / PHIẾU CHI
    form: str  # C40-BB / C41-BB
    school_year: str
    book: str
    number: int
    day: dt.date
    person_label: str
    person: str
    address: str
    reason_label: str
    reason: str
    method: str
    amount: int
    attachments: str
    signers: tuple[tuple[str, str], ...]  # (title, name)
    received_label: str
    cancelled: str = ""  # "Đã hủy lúc ... bởi ... Lý do: ..." or ''


def class_on(db: Database, child_id: int, day: dt.date) -> str:
    """The child's class on ``day`` (else the latest one before it)."""
    row = db.execute(
        "SELECT c.name FROM enrollment e JOIN class c ON c.id = e.class_id WHERE e.child_id = ? "
        "AND e.start_date <= ? ORDER BY (e.end_date IS NULL OR e.end_date >= ?) DESC, e.start_date DESC LIMIT 1",
        [child_id, day.isoformat(), day.isoformat()]).fetchone()
    return row[0] if row else ""


def _school_year(day: dt.date) -> str:
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


def _cancel_text(at: dt.datetime | None, by: str, reason: str) -> str:
    if at is None:
        return ""
    return f"Đã hủy lúc {at:%H:%M} ngày {at:%d/%m/%Y}, người hủy: {by}. Lý do: {reason}"


def receipt_voucher(db: Database, payment: Payment, principal: str) -> Voucher:
    accountant = staff_name(db, "accountant")
    months = payment.for_months or default_months(db, payment.paid_on)
    reason = f"Nộp tiền ăn bán trú tháng {months_text(months)} cho trẻ {payment.child_name}"
    if payment.note:
        reason += f". {payment.note}"
    class_name = class_on(db, payment.child_id, payment.paid_on)
    return Voucher(
        "PHIẾU THU", "C40-BB", _school_year(payment.paid_on), payment.series, payment.number, payment.paid_on,
        "Họ và tên người nộp tiền:", payment.payer or f"Cha mẹ trẻ {payment.child_name}",
        f"Lớp {class_name}" if class_name else "", "Lý do nộp:", reason, METHOD.get(payment.method, payment.method),
        payment.amount, payment.attachments,
        (("THỦ TRƯỞNG\nĐƠN VỊ", principal), ("KẾ TOÁN\nTRƯỞNG", accountant), ("NGƯỜI NỘP\nTIỀN", payment.payer),
         ("NGƯỜI LẬP", payment.created_by or accountant), ("THỦ QUỸ", "")),
        "Đã nhận đủ số tiền (viết bằng chữ):",
        _cancel_text(payment.cancelled_at, payment.cancelled_by, payment.cancel_reason))


def payout_voucher(db: Database, payout: Payout, principal: str) -> Voucher:
    accountant = staff_name(db, "accountant")
    address = payout.address
    if payout.child_id is not None and not address:
        class_name = class_on(db, payout.child_id, payout.paid_on)
        address = f"Cha mẹ trẻ lớp {class_name}" if class_name else ""
    return Voucher(
        "PHIẾU CHI", "C41-BB", _school_year(payout.paid_on), "", payout.number, payout.paid_on,
        "Họ và tên người nhận tiền:", payout.payee, address, "Lý do chi:", payout.reason,
        METHOD.get(payout.method, payout.method), payout.amount, payout.attachments,
        (("THỦ TRƯỞNG\nĐƠN VỊ", principal), ("KẾ TOÁN\nTRƯỞNG", accountant),
         ("NGƯỜI LẬP", payout.created_by or accountant), ("THỦ QUỸ", ""), ("NGƯỜI NHẬN\nTIỀN", payout.payee)),
        "Đã nhận đủ số tiền (viết bằng chữ):",
        _cancel_text(payout.cancelled_at, payout.cancelled_by, payout.cancel_reason))


def voucher_flowable(voucher: Voucher, school: str, governing: str, width: float, height: float, copy: str,
                     cut_line: bool) -> Any:
    """One copy of a voucher on half a page (``height``), with a dashed cut line below if asked."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    from kindergarten_desktop.reports import pdf

    serif, bold, italic = pdf.SERIF, f"{pdf.SERIF}-Bold", f"{pdf.SERIF}-Italic"

    def wrap_text(text: str, font: str, size: float, first: float, rest: float) -> list[str]:
        words, lines, line, limit = text.split(), [], "", first
        for word in words:
            trial = f"{line} {word}".strip()
            if stringWidth(trial, font, size) <= limit or not line:
                line = trial
            else:
                lines.append(line)
                line, limit = word, rest
        return lines + ([line] if line else [])

    def at_most(lines: list[str], count: int, font: str, size: float, limit: float) -> list[str]:
        """The first ``count`` lines; when text is left over (or a line is too wide), the last
        one shown ends with "…" so the cut is seen."""
        kept = lines[:count]
        for i, line in enumerate(kept):
            cut = len(lines) > count and i == len(kept) - 1
            if not cut and stringWidth(line, font, size) <= limit:
                continue
            text = line
            while text and stringWidth(text.rstrip(" ,;.") + "…", font, size) > limit:
                text = text[:-1]
            kept[i] = text.rstrip(" ,;.") + "…"
        return kept

    class _Voucher(Flowable):
        def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            c = self.canv
            top = height - 6 * mm
            c.setFont(serif, 10.5)
            c.drawString(0, top, f"Đơn vị: {school}")
            c.drawString(0, top - 4.5 * mm, f"Cơ quan chủ quản: {governing}")
            c.setFont(bold, 10.5)
            c.drawRightString(width, top, f"Mẫu số {voucher.form}")
            c.setFont(italic, 8.5)
            c.drawRightString(width, top - 4 * mm, "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC")
            c.drawRightString(width, top - 7.5 * mm, "ngày 10/10/2017 của Bộ Tài chính)")
            c.setFont(bold, 16)
            c.drawCentredString(width / 2, top - 15 * mm, voucher.title)
            c.setFont(italic, 11.5)
            d = voucher.day
            c.drawCentredString(width / 2, top - 20.5 * mm, f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}")
            c.setFont(serif, 10.5)
            right = width - 38 * mm
            book = voucher.book or voucher.school_year
            c.drawString(right, top - 13 * mm, f"Quyển số: {book}")
            c.setFont(bold, 11)
            c.drawString(right, top - 17.5 * mm, f"Số: {voucher.number:04d}")
            c.setFont(serif, 10.5)
            c.drawString(right, top - 22 * mm, "Nợ: ...............")
            c.drawString(right, top - 26.5 * mm, "Có: ...............")
            y = top - 32 * mm
            label_w = 50 * mm
            amount_text = f"{money(voucher.amount)} đồng - Hình thức: {voucher.method}"
            lines = [
                (voucher.person_label, voucher.person, serif),
                ("Địa chỉ:", voucher.address, serif),
                (voucher.reason_label, voucher.reason, serif),
                ("Số tiền:", amount_text, bold),
                ("Viết bằng chữ:", money_words(voucher.amount), f"{pdf.SERIF}-BoldItalic"),
                ("Kèm theo:", voucher.attachments or "........ chứng từ kế toán", serif),
            ]
            for label, value, font in lines:
                c.setFont(serif, 11.5)
                c.drawString(0, y, label)
                wrapped = wrap_text(value, font, 11.5, width - label_w, width - label_w)
                c.setFont(font, 11.5)
                for i, part in enumerate(at_most(wrapped, 2, font, 11.5, width - label_w)):
                    c.drawString(label_w, y - i * 5 * mm, part)
                y -= 5.6 * mm * max(1, min(len(wrapped), 2))
            y -= 1.5 * mm
            column = width / len(voucher.signers)
            for i, (title, name) in enumerate(voucher.signers):
                x = column * i + column / 2
                c.setFont(bold, 9.5)
                parts = title.split("\n")
                for k, part in enumerate(parts):
                    c.drawCentredString(x, y - k * 3.8 * mm, part)
                c.setFont(italic, 8.5)
                hint = "(Ký, họ tên, đóng dấu)" if i == 0 else "(Ký, họ tên)"
                c.drawCentredString(x, y - 8 * mm, hint)
                c.setFont(bold, 9.5)
                for k, part in enumerate(at_most(wrap_text(name, bold, 9.5, column - 2, column - 2), 2, bold, 9.5,
                                                 column - 2)):
                    c.drawCentredString(x, 16 * mm - k * 4 * mm, part)
            c.setFont(serif, 10.5)
            c.drawString(0, 7 * mm, f"{voucher.received_label} {money_words(voucher.amount)}")
            c.setFont(italic, 9.5)
            c.drawString(0, 2.5 * mm, copy)
            if voucher.cancelled:
                c.saveState()
                c.setFillColor(colors.Color(0.8, 0, 0, alpha=0.35))
                c.setFont(bold, 54)
                c.translate(width / 2, height / 2)
                c.rotate(18)
                c.drawCentredString(0, 0, "ĐÃ HỦY")
                c.restoreState()
                _cancel_band(c, voucher.cancelled, width, 27 * mm,
                             lambda *a: at_most(wrap_text(*a), 2, a[1], a[2], a[3]), f"{pdf.SERIF}-BoldItalic")
            if cut_line:
                c.saveState()
                c.setDash(3, 3)
                c.setLineWidth(0.5)
                c.line(-10 * mm, -1 * mm, width + 8 * mm, -1 * mm)
                c.restoreState()

    return _Voucher()


def _cancel_band(c: Any, text: str, width: float, y: float, wrap_text: Any, font: str) -> None:
    """The cancellation note in red just above the signatures."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    c.saveState()
    c.setFillColor(colors.Color(0.75, 0, 0))
    c.setFont(font, 10.5)
    parts = wrap_text(text, font, 10.5, width - 10 * mm, width - 10 * mm)[:2]
    for k, part in enumerate(parts):
        c.drawCentredString(width / 2, y + (len(parts) - 1 - k) * 4.5 * mm, part)
    c.restoreState()


def build_vouchers(db: Database, vouchers: list[Voucher], out_path: str | Path, *, both_copies: bool,
                   title: str, copies: tuple[str, str] = COPIES, progress: Any = None) -> None:
    """Vouchers two halves to an A4 page: each voucher twice (liên 1, liên 2) with ``both_copies``,
    else one after the other (a month's book of receipts)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak

    from kindergarten_desktop.reports import pdf
    from kindergarten_desktop.reports.registry import check_progress

    doc = pdf.OfficialDocument(db, page_numbers=False, title=title)
    height = (doc.page_size[1] - (pdf.MARGINS["top"] + pdf.MARGINS["bottom"]) * mm) / 2 - 0.5
    school, governing = doc.head.school_name, doc.head.governing_body
    halves: list[tuple[Voucher, str]] = []
    for voucher in vouchers:
        if both_copies:
            halves += [(voucher, copies[0]), (voucher, copies[1])]
        else:
            halves.append((voucher, copies[0]))
    story: list[Any] = []
    for i, (voucher, copy) in enumerate(halves):
        if progress is not None and i % 50 == 0:
            check_progress(progress, i, len(halves), f"{voucher.title} số {voucher.number}")
        top_half = i % 2 == 0
        story.append(voucher_flowable(voucher, school, governing, doc.width, height, copy,
                                      cut_line=top_half and i < len(halves) - 1))
        if not top_half and i < len(halves) - 1:
            story.append(PageBreak())
    doc.build(out_path, story)


def print_receipt(db: Database, payment: Payment, out_path: str | Path) -> Path:
    """One receipt, liên 1 and liên 2 on one A4 page, written atomically to ``out_path``."""
    from kindergarten_desktop.reports.letterhead import letterhead
    from kindergarten_desktop.reports.output import atomic_output

    out_path = Path(out_path)
    voucher = receipt_voucher(db, payment, letterhead(db).principal_name)
    with atomic_output(out_path) as tmp:
        build_vouchers(db, [voucher], tmp, both_copies=True, title=f"Phiếu thu số {payment.number:04d}")
    return out_path


def print_payout(db: Database, payout: Payout, out_path: str | Path) -> Path:
    from kindergarten_desktop.reports.letterhead import letterhead
    from kindergarten_desktop.reports.output import atomic_output

    out_path = Path(out_path)
    voucher = payout_voucher(db, payout, letterhead(db).principal_name)
    with atomic_output(out_path) as tmp:
        build_vouchers(db, [voucher], tmp, both_copies=True, title=f"Phiếu chi số {payout.number:04d}",
                       copies=PAYOUT_COPIES)
    return out_path
