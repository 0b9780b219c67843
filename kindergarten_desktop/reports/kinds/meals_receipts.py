"""``meals-receipts``: the month's receipts (phiếu thu, mẫu C40-BB) in number order, two to an A4
page with a dashed cut line; a cancelled receipt is printed with "ĐÃ HỦY", the reason, who and
when. One receipt at the counter is printed by ``reports.vouchers.print_receipt``."""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.payments import list_payments
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.meals_common import month_label, month_of
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams
from kindergarten_desktop.reports.vouchers import build_vouchers, class_on, receipt_voucher
from kindergarten_desktop.roster.calendar import month_bounds


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    from kindergarten_desktop.reports.letterhead import letterhead

    month = month_of(params)
    payments = list_payments(db, *month_bounds(month.year, month.month))
    if params.class_id is not None:
        payments = [p for p in payments if class_on(db, p.child_id, p.paid_on) == params.class_name]
    if not payments:
        raise ReportError("reports.no_payment", month=month_label(month))
    principal = letterhead(db).principal_name
    payments.sort(key=lambda p: p.number)
    build_vouchers(db, [receipt_voucher(db, p, principal) for p in payments], out_path, both_copies=False,
                   title=f"Phiếu thu tiền ăn tháng {month_label(month)}", progress=progress)


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
