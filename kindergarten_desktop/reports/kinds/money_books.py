"""``cash-book`` (sổ quỹ tiền mặt), ``bank-book`` (sổ tiền gửi) and ``receipts-list`` (bảng kê
phiếu thu). The books run over a school year (one line per day: opening, receipts, payouts,
closing) or over a month (every voucher, with the day's totals); the receipts list shows a
day's or a month's receipts with totals per day and per method for the cash check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.cashbook import Book, book
from kindergarten_desktop.meals.payments import Payment, day_totals, list_payments, months_text
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.meals_common import money, month_label, signatures, staff_name
from kindergarten_desktop.reports.money_tables import table_then_signatures
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.calendar import month_bounds

TITLES = {"cash": "SỔ QUỸ TIỀN MẶT", "transfer": "SỔ TIỀN GỬI NGÂN HÀNG, KHO BẠC"}
METHOD = {"cash": "Tiền mặt", "transfer": "Chuyển khoản"}


def _period(params: ReportParams) -> tuple[dt.date, dt.date, str]:
    if params.month is not None:
        first, last = month_bounds(params.month.year, params.month.month)
        return first, last, f"Tháng {month_label(params.month)}"
    year = params.year
    return year.start_date, year.end_date, f"Năm học {year.name}"


def _book_rows(b: Book, monthly: bool, excel: bool) -> tuple[list[list], list[int]]:
    """Rows and the indexes of the bold ones (opening, day totals, closing)."""
    def m(v: int | None) -> object:
        if v is None:
            return None
        return v if excel else money(v)

    label = "Số tồn đầu kỳ"
    if b.entered is not None:  # the book starts here: the balance the school counted when it began
        label += f" (số dư đầu ngày {format_date(b.entered.day)}" + (f": {b.entered.note})" if b.entered.note
                                                                       else ")")
    rows: list[list] = [[None, None, None, label, None, None, m(b.opening)]]
    bold = [0]
    for day in b.days:
        shown = day.day if excel else format_date(day.day)
        if monthly:
            for line in day.lines:
                number = f"{'PT' if line.kind == 'receipt' else 'PC'} {line.number:04d}"
                text = f"{line.reason} - {line.who}" if line.who else line.reason
                rows.append([shown, number if line.kind == "receipt" else None,
                             number if line.kind == "payout" else None, text, m(line.money_in or None),
                             m(line.money_out or None), m(line.balance)])
            bold.append(len(rows))
            rows.append([shown, None, None, f"Cộng ngày {day.day:%d/%m/%Y}", m(day.money_in), m(day.money_out),
                         m(day.closing)])
        else:
            receipts = [line.number for line in day.lines if line.kind == "receipt"]
            payouts = [line.number for line in day.lines if line.kind == "payout"]
            parts = []
            if receipts:
                parts.append(f"Thu {len(receipts)} phiếu")
            if payouts:
                parts.append(f"Chi {len(payouts)} phiếu")
            rows.append([shown, _numbers(receipts), _numbers(payouts), ", ".join(parts), m(day.money_in or None),
                         m(day.money_out or None), m(day.closing)])
    bold.append(len(rows))
    rows.append([None, None, None, "Cộng phát sinh trong kỳ", m(b.money_in), m(b.money_out), None])
    bold.append(len(rows))
    rows.append([None, None, None, "Số tồn cuối kỳ", None, None, m(b.closing)])
    return rows, bold


def _numbers(numbers: list[int]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"{numbers[0]:04d}"
    return f"{min(numbers):04d}–{max(numbers):04d}"


HEADERS = ("Ngày", "Số phiếu thu", "Số phiếu chi", "Diễn giải", "Thu (đồng)", "Chi (đồng)", "Tồn (đồng)")


def _book_signers(db: Database, principal: str) -> list[tuple[str, str]]:
    """Who signs a cash or bank book, on paper and in Excel alike."""
    return [("NGƯỜI GHI SỔ", staff_name(db, "accountant")), ("KẾ TOÁN TRƯỞNG", ""), ("THỦ TRƯỞNG ĐƠN VỊ", principal)]


def _receipts_signers(db: Database, principal: str) -> list[tuple[str, str]]:
    return [("NGƯỜI LẬP", staff_name(db, "accountant")), ("THỦ QUỸ", ""), ("THỦ TRƯỞNG ĐƠN VỊ", principal)]


def _build_book(account: str):
    def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
        start, end, subtitle = _period(params)
        b = book(db, account, start, end)
        monthly = params.month is not None
        check_progress(progress, 1, 3, "")
        title = TITLES[account]
        if fmt == "pdf":
            from kindergarten_desktop.reports import pdf

            doc = pdf.OfficialDocument(db, title=f"{title} {subtitle}", landscape=True)
            story = [pdf.paragraph(f"Đơn vị: {doc.head.school_name}", "body_left"),
                     *doc.heading(title, subtitle + " — Quỹ tiền ăn bán trú", letterhead=False)]
            rows, bold = _book_rows(b, monthly, excel=False)
            align = ["center", "center", "center", "left", "right", "right", "right"]
            _bold_cells(rows, bold, align)
            story += table_then_signatures(
                doc, HEADERS, rows, widths=[11, 10, 10, 47, 13, 13, 15], align=align, font_size=9,
                signers=_book_signers(db, doc.head.principal_name))
            doc.build(out_path, story)
        else:
            _book_xlsx(db, b, monthly, title, subtitle, out_path)
        check_progress(progress, 3, 3, "")

    return build


def _bold_cells(rows: list[list], bold: list[int], align: list[str]) -> None:
    """Bold text for the opening, day-total and closing rows of a PDF table."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from kindergarten_desktop.reports import pdf

    base = pdf.styles()
    made = {a: ParagraphStyle(f"book_bold_{a}", base[f"table_{a}"], fontName=f"{pdf.SERIF}-Bold", fontSize=9,
                              leading=11.25) for a in set(align)}
    for r in bold:
        rows[r] = [Paragraph(escape("" if v is None else str(v)), made[align[c]]) for c, v in enumerate(rows[r])]


def _book_xlsx(db: Database, b: Book, monthly: bool, title: str, subtitle: str, out_path: Path) -> None:
    from openpyxl.styles import Font

    from kindergarten_desktop.reports import excel

    workbook = excel.Workbook(db)
    sheet = workbook.sheet("Sổ quỹ" if b.account == "cash" else "Sổ tiền gửi", title=title, subtitle=subtitle,
                           landscape=True)
    rows, bold = _book_rows(b, monthly, excel=True)
    first = sheet.row + 1  # the opening row (the header is written on sheet.row)
    # Balances and totals are formulas over the visible cells: a correction in Excel carries through.
    prev, day_start, day_totals = first, first + 1, []
    for i, row in enumerate(rows[1:-2], start=1):
        r = first + i
        if i in bold:  # a day's total (month book)
            row[4] = excel.Formula(f"=SUM(E{day_start}:E{r - 1})")
            row[5] = excel.Formula(f"=SUM(F{day_start}:F{r - 1})")
            row[6] = excel.Formula(f"=G{r - 1}")
            day_totals.append(r)
            day_start = r + 1
        else:
            row[6] = excel.Formula(f"=G{prev}+E{r}-F{r}")
            prev = r
    sums = first + len(rows) - 2
    if day_totals:
        rows[-2][4] = excel.Formula("=" + "+".join(f"E{r}" for r in day_totals))
        rows[-2][5] = excel.Formula("=" + "+".join(f"F{r}" for r in day_totals))
    else:
        rows[-2][4] = excel.Formula(f"=SUM(E{first + 1}:E{sums - 1})")
        rows[-2][5] = excel.Formula(f"=SUM(F{first + 1}:F{sums - 1})")
    rows[-1][6] = excel.Formula(f"=G{first}+E{sums}-F{sums}")
    kinds = ("date", "text", "text", "text", "money", "money", "money")
    range_ = sheet.table([excel.Column(h, k, width=w) for h, k, w in zip(
        HEADERS, kinds, (12, 12, 12, 60, 15, 15, 16), strict=True)], rows)
    for i in bold:
        for c in range(1, 8):
            sheet.ws.cell(range_.first_row + i, c).font = Font(name=excel.FONT, bold=True, size=12)
    sheet.signatures(_book_signers(db, workbook.head.principal_name))
    workbook.save(out_path)


def _receipts_period(params: ReportParams) -> tuple[dt.date, dt.date, str]:
    if params.date is not None:
        return params.date, params.date, f"Ngày {format_date(params.date)}"
    if params.month is not None:
        first, last = month_bounds(params.month.year, params.month.month)
        return first, last, f"Tháng {month_label(params.month)}"
    raise ReportError("reports.receipts_needs_period")


def _receipt_row(i: int, p: Payment, excel: bool) -> list:
    def m(v: int) -> object:
        return v if excel else money(v)

    status = f"ĐÃ HỦY ({money(p.amount)} đ): {p.cancel_reason}" if p.cancelled else ""
    return [i, f"{p.number:04d}", p.paid_on if excel else format_date(p.paid_on), p.child_name,
            months_text(p.for_months), METHOD.get(p.method, p.method),
            None if p.cancelled or p.method != "cash" else m(p.amount),
            None if p.cancelled or p.method != "transfer" else m(p.amount), status]


RECEIPT_HEADERS = ("STT", "Số phiếu", "Ngày", "Nộp cho trẻ", "Tháng", "Hình thức", "Tiền mặt", "Chuyển khoản",
                   "Ghi chú")


def build_receipts(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    start, end, subtitle = _receipts_period(params)
    payments = list_payments(db, start, end)
    if not payments:
        raise ReportError("reports.no_receipt", start=start, end=end)
    totals = day_totals(db, start, end)
    check_progress(progress, 1, 3, "")
    title = "BẢNG KÊ PHIẾU THU TIỀN ĂN"
    cash, transfer = sum(t.cash for t in totals), sum(t.transfer for t in totals)
    cancelled = sum(p.cancelled for p in payments)
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, title=f"{title} {subtitle}")
        story = [pdf.paragraph(f"Đơn vị: {doc.head.school_name}", "body_left"),
                 *doc.heading(title, subtitle, letterhead=False)]
        rows = [_receipt_row(i, p, False) for i, p in enumerate(payments, 1)]
        rows.append(["", "", "", "Tổng cộng", "", "", money(cash), money(transfer), ""])
        story.append(doc.table(RECEIPT_HEADERS, rows, widths=[6, 8, 12, 24, 9, 11, 12, 12, 14], total_rows=1,
                               align=["center", "center", "center", "left", "center", "left", "right", "right",
                                      "left"], font_size=9))
        if len(totals) > 1 or params.date is None:
            story.append(pdf.paragraph("Tổng hợp theo ngày", "heading"))
            day_rows = [[format_date(t.day), t.count, money(t.cash), money(t.transfer), money(t.total), t.cancelled]
                        for t in totals]
            day_rows.append(["Cộng", sum(t.count for t in totals), money(cash), money(transfer),
                             money(cash + transfer), cancelled])
            story.append(doc.table(("Ngày", "Số phiếu", "Tiền mặt", "Chuyển khoản", "Cộng", "Phiếu đã hủy"),
                                   day_rows, widths=[14, 10, 16, 16, 16, 12], total_rows=1,
                                   align=["center", "center", "right", "right", "right", "center"]))
        from reportlab.platypus import KeepTogether

        story.append(KeepTogether([pdf.paragraph(
            f"Tiền mặt phải có trong quỹ từ các phiếu thu trên: {money(cash)} đồng. Chuyển khoản: {money(transfer)} "
            f"đồng. Phiếu đã hủy: {cancelled} (không tính tiền).", "body_left"),
            *signatures(doc, _receipts_signers(db, doc.head.principal_name), keep_together=False)]))
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        workbook = excel.Workbook(db)
        sheet = workbook.sheet("Phiếu thu", title=title, subtitle=subtitle, landscape=True)
        kinds = ("int", "text", "date", "text", "text", "text", "money", "money", "text")
        sheet.table([excel.Column(h, k, total=k == "money") for h, k in zip(RECEIPT_HEADERS, kinds, strict=True)],
                    [_receipt_row(i, p, True) for i, p in enumerate(payments, 1)])
        sheet.note(f"Tiền mặt phải có trong quỹ từ các phiếu thu trên: {money(cash)} đồng. Chuyển khoản: "
                   f"{money(transfer)} đồng. Phiếu đã hủy: {cancelled} (không tính tiền).")
        sheet.signatures(_receipts_signers(db, workbook.head.principal_name))
        days = workbook.sheet("Theo ngày", title=title, subtitle=subtitle)
        days.table([excel.Column("Ngày", "date"), excel.Column("Số phiếu", "int", total=True),
                    excel.Column("Tiền mặt", "money", total=True), excel.Column("Chuyển khoản", "money", total=True),
                    excel.Column("Cộng", "money", total=True), excel.Column("Phiếu đã hủy", "int", total=True)],
                   [[t.day, t.count, t.cash, t.transfer, t.total, t.cancelled] for t in totals])
        workbook.save(out_path)
    check_progress(progress, 3, 3, "")


def _stem(name: str):
    def stem(p: ReportParams) -> str:
        if p.date is not None:
            return f"{name} {p.date:%Y-%m-%d}"
        return f"{name} {p.month:%Y-%m}" if p.month is not None else f"{name} {p.year.name}"

    return stem


KINDS = (
    ReportKind(name="cash-book", title="Sổ quỹ tiền mặt", formats=("pdf", "xlsx"), build=_build_book("cash"),
               file_stem=_stem("So quy tien mat"), needs=("year",), accepts=("month",),
               description="Cash book: opening, receipts, payouts and closing per day (a school year, or every "
                           "voucher of a month).",
               document=DocSpec(symbol="", recipients=(), official=False)),  # a Thông tư 107 book form
    ReportKind(name="bank-book", title="Sổ tiền gửi (chuyển khoản)", formats=("pdf", "xlsx"),
               build=_build_book("transfer"), file_stem=_stem("So tien gui"), needs=("year",), accepts=("month",),
               description="Bank-transfer book: the same for receipts and payouts by transfer.",
               document=DocSpec(symbol="", recipients=(), official=False)),
    ReportKind(name="receipts-list", title="Bảng kê phiếu thu", formats=("pdf", "xlsx"), build=build_receipts,
               file_stem=_stem("Bang ke phieu thu"), needs=("year",), accepts=("date", "month"),
               description="Receipts of a day or a month with totals per day and per method, cancelled ones "
                           "marked, for the day's cash check.",
               document=DocSpec(symbol="", recipients=(), official=False)),
)
