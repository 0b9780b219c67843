"""Payments (phiếu thu) numbered per school year and never deleted (a wrong one is cancelled),
the day totals for the cash check, and who still owes (discounts: meals/discounts.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.formatting import format_money
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.errors import MealsError, month_key, parse_money
from kindergarten_desktop.meals.ledger import LedgerRow, compute_month
from kindergarten_desktop.meals.settings import load_rules
from kindergarten_desktop.school import ensure_school_year, school_year_start_for

METHODS = ("cash", "transfer")


class NeedsConfirmation(MealsError):
    """The input is allowed but unusual; save again with ``confirmed=True`` after asking."""


@dataclass(frozen=True)
class Payment:
    id: int
    school_year_id: int
    number: int
    child_id: int
    child_name: str
    paid_on: dt.date
    payer: str
    method: str
    amount: int
    note: str
    series: str = ""
    for_months: tuple[str, ...] = ()  # 'YYYY-MM' the payment is for (Lý do nộp)
    attachments: str = ""
    created_by: str = ""
    cancelled_at: dt.datetime | None = None
    cancelled_by: str = ""
    cancel_reason: str = ""

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


def parse_months(value: object) -> tuple[str, ...]:
    """'10/2025', '10,11/2025', '2025-10, 2025-11' or a sequence of 'YYYY-MM' -> ('2025-10', ...)."""
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        text = str(value).strip()
        match = re.fullmatch(r"((?:\d{1,2}\s*[,;]\s*)*\d{1,2})\s*/\s*(\d{4})", text)
        if match:
            items = [f"{match.group(2)}-{int(m):02d}" for m in re.split(r"[,;]", match.group(1))]
        else:
            items = [t for t in re.split(r"[,;\s]+", text) if t]
    months = []
    for item in items:
        found = re.fullmatch(r"(\d{4})-(\d{1,2})", item.strip()) or None
        if found is None:
            slash = re.fullmatch(r"(\d{1,2})/(\d{4})", item.strip())
            if slash is None or not 1 <= int(slash.group(1)) <= 12:
                raise AppError("meals.bad_months", text=str(value))
            months.append(f"{slash.group(2)}-{int(slash.group(1)):02d}")
            continue
        if not 1 <= int(found.group(2)) <= 12:
            raise AppError("meals.bad_months", text=str(value))
        months.append(f"{found.group(1)}-{int(found.group(2)):02d}")
    return tuple(sorted(set(months)))


def months_text(months: tuple[str, ...]) -> str:
    """('2025-10', '2025-11') -> '10, 11/2025'; across years -> '12/2025, 01/2026'."""
    if not months:
        return ""
    years = {m[:4] for m in months}
    if len(years) == 1:
        return ", ".join(m[5:] for m in months) + f"/{months[0][:4]}"
    return ", ".join(f"{m[5:]}/{m[:4]}" for m in months)


def default_months(db: Database, paid_on: dt.date) -> tuple[str, ...]:
    """What a payment on ``paid_on`` pays for by default: the month itself when the school
    collects in advance, the month before when it collects after the days eaten."""
    if load_rules(db).collection_mode == "advance":
        return (month_key(paid_on),)
    first = paid_on.replace(day=1) - dt.timedelta(days=1)
    return (month_key(first),)


def current_debt(db: Database, child_id: int, day: dt.date) -> int:
    """What the child owes at the end of ``day``'s month (0 when in credit)."""
    return max(0, child_balance(db, child_id, day))


def child_balance(db: Database, child_id: int, day: dt.date) -> int:
    """The child's ledger balance at the end of ``day``'s month (negative: credit)."""
    ledger = compute_month(db, day.year, day.month)
    return next((r.balance for r in ledger.rows if r.child_id == child_id), 0)


def add_payment(db: Database, child_id: int, paid_on: dt.date, amount: object, *, payer: str = "",
                method: str = "cash", note: str = "", confirmed: bool = False, for_months: object = None,
                attachments: str = "", created_by: str = "", series: str | None = None) -> Payment:
    """Record a payment with the next receipt number of its school year (numbers are never
    reused: receipts are cancelled, not deleted). A payment above what the child owes asks
    first (``NeedsConfirmation`` naming the debt); with ``confirmed=True`` the rest is paid ahead
    and stays as credit."""
    value = parse_money(amount, "amount", allow_zero=False)
    if method not in METHODS:
        raise MealsError("meals.method", "method")
    if not isinstance(paid_on, dt.date):
        raise MealsError("meals.date_required", "date")
    if paid_on > dt.date.today() + dt.timedelta(days=1):
        raise MealsError("meals.payment_future", "date")
    if not db.execute("SELECT 1 FROM child WHERE id = ?", [child_id]).fetchone():
        raise MealsError("meals.no_child", "child", child=child_id)
    months = parse_months(for_months) or default_months(db, paid_on)
    # An early check (the guard trigger refuses the write anyway): a closed month is refused
    # before asking about the amount.
    closing.ensure_open(db, paid_on, "meal_payment")
    if not confirmed:
        debt = current_debt(db, child_id, paid_on)
        if value > debt:
            raise NeedsConfirmation("meals.payment_above_debt", "amount", amount=format_money(value),
                                    debt=format_money(debt), ahead=format_money(value - debt))
    book = load_rules(db).receipt_book if series is None else series
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        year = ensure_school_year(db, school_year_start_for(paid_on))
        # Cancelled receipts keep their rows (and numbers): max + 1 never reuses one.
        number = db.execute("SELECT coalesce(max(number), 0) + 1 FROM meal_payment WHERE school_year_id = ?",
                            [year.id]).fetchone()[0]
        payment_id = db.insert(
            "INSERT INTO meal_payment (school_year_id, number, child_id, paid_on, payer, method, amount, note, "
            "series, for_months, attachments, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [year.id, number, child_id, paid_on.isoformat(), payer.strip(), method, value, note.strip(),
             book.strip(), ",".join(months), attachments.strip(), created_by.strip(), stamp])
    found = get_payment(db, payment_id)
    assert found is not None
    return found


def cancel_payment(db: Database, payment_id: int, by_whom: str, reason: str,
                   now: dt.datetime | None = None) -> Payment:
    """Cancel a wrong receipt: it keeps its number and is printed "ĐÃ HỦY" with the reason, who
    and when; it no longer counts in the ledger or the cash book."""
    payment = get_payment(db, payment_id)
    if payment is None:
        raise AppError("meals.no_receipt", id=payment_id)
    if not by_whom.strip():
        raise AppError("meals.cancel_who")
    if not reason.strip():
        raise AppError("meals.cancel_reason")
    if payment.cancelled:
        raise AppError("meals.receipt_already_cancelled", number=payment.number)
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        # A cancellation in a closed month is refused by the guard trigger (db/guards.py).
        db.execute("UPDATE meal_payment SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?",
                   [stamp, by_whom.strip(), reason.strip(), payment_id])
        if payment.method == "cash":
            from kindergarten_desktop.meals import cashbook

            short = cashbook.first_negative(db, "cash", payment.paid_on)
            if short is not None:  # the cash was already paid out: the book would go below 0
                raise AppError("meals.cash_short_cancel", number=payment.number, day=short[0],
                               amount=format_money(payment.amount))
    found = get_payment(db, payment_id)
    assert found is not None
    return found


_SELECT = ("SELECT p.id, p.school_year_id, p.number, p.child_id, c.full_name, p.paid_on, p.payer, p.method, "
           "p.amount, p.note, p.series, p.for_months, p.attachments, p.created_by, p.cancelled_at, "
           "p.cancelled_by, p.cancel_reason FROM meal_payment p JOIN child c ON c.id = p.child_id")


def _payment(row: tuple) -> Payment:
    return Payment(row[0], row[1], row[2], row[3], row[4], dt.date.fromisoformat(row[5]), row[6], row[7], row[8],
                   row[9], row[10], tuple(m for m in row[11].split(",") if m), row[12], row[13],
                   dt.datetime.fromisoformat(row[14]) if row[14] else None, row[15], row[16])


def get_payment(db: Database, payment_id: int) -> Payment | None:
    row = db.execute(_SELECT + " WHERE p.id = ?", [payment_id]).fetchone()
    return _payment(row) if row else None


def find_payment(db: Database, school_year_id: int, number: int) -> Payment | None:
    row = db.execute(_SELECT + " WHERE p.school_year_id = ? AND p.number = ?", [school_year_id, number]).fetchone()
    return _payment(row) if row else None


def list_payments(db: Database, start: dt.date, end: dt.date, child_id: int | None = None, *,
                  include_cancelled: bool = True) -> list[Payment]:
    sql = _SELECT + " WHERE p.paid_on BETWEEN ? AND ?"
    params: list = [start.isoformat(), end.isoformat()]
    if child_id is not None:
        sql += " AND p.child_id = ?"
        params.append(child_id)
    if not include_cancelled:
        sql += " AND p.cancelled_at IS NULL"
    return [_payment(r) for r in db.execute(sql + " ORDER BY p.paid_on, p.number", params)]


@dataclass(frozen=True)
class DayTotals:
    """Receipts of one day that count (cancelled ones apart), per method, for the cash check."""
    day: dt.date
    count: int
    cash: int
    transfer: int
    cancelled: int  # how many receipts of the day were cancelled

    @property
    def total(self) -> int:
        return self.cash + self.transfer


def day_totals(db: Database, start: dt.date, end: dt.date) -> list[DayTotals]:
    rows = db.execute(
        "SELECT paid_on, count(*) FILTER (WHERE cancelled_at IS NULL), "
        "coalesce(sum(amount) FILTER (WHERE method = 'cash' AND cancelled_at IS NULL), 0), "
        "coalesce(sum(amount) FILTER (WHERE method = 'transfer' AND cancelled_at IS NULL), 0), "
        "count(*) FILTER (WHERE cancelled_at IS NOT NULL) "
        "FROM meal_payment WHERE paid_on BETWEEN ? AND ? GROUP BY paid_on ORDER BY paid_on",
        [start.isoformat(), end.isoformat()]).fetchall()
    return [DayTotals(dt.date.fromisoformat(d), n, c, t, x) for d, n, c, t, x in rows]


def debts(db: Database, year: int, month: int) -> list[LedgerRow]:
    """Children who still owe at the end of a month, the largest debt first."""
    rows = [r for r in compute_month(db, year, month).rows if r.balance > 0]
    return sorted(rows, key=lambda r: -r.balance)
