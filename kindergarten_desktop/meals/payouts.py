"""Payouts (phiếu chi, mẫu C41-BB): a leaving child's credit refunded to the family, a supplier
paid, or another expense of the meals fund. Numbered per school year, never deleted: a wrong
payout is cancelled and keeps its number. A cash payout never takes the cash book below 0.
A payout (or its cancellation) dated in a closed month is refused by the guard triggers (db/guards.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.formatting import format_money
from kindergarten_desktop.meals.errors import parse_money
from kindergarten_desktop.meals.payments import METHODS, child_balance
from kindergarten_desktop.school import ensure_school_year, school_year_start_for

PURPOSES = ("refund", "supplier", "other")


@dataclass(frozen=True)
class Payout:
    id: int
    school_year_id: int
    number: int
    paid_on: dt.date
    purpose: str
    child_id: int | None
    supplier: str
    payee: str
    address: str
    reason: str
    method: str
    amount: int
    attachments: str
    created_by: str
    cancelled_at: dt.datetime | None
    cancelled_by: str
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


def add_payout(db: Database, paid_on: dt.date, purpose: str, amount: object, *, payee: str = "",
               reason: str = "", child_id: int | None = None, supplier: str = "", address: str = "",
               method: str = "cash", attachments: str = "", created_by: str = "") -> Payout:
    """Record a payout with the next payout number of its school year."""
    from kindergarten_desktop.meals import cashbook

    if purpose not in PURPOSES:
        raise AppError("meals.payout_purpose", purpose=purpose)
    value = parse_money(amount, "amount", allow_zero=False)
    if method not in METHODS:
        raise AppError("meals.payout_method", method=method)
    if not isinstance(paid_on, dt.date):
        raise AppError("meals.payout_date")
    if paid_on > dt.date.today() + dt.timedelta(days=1):
        raise AppError("meals.payout_future", day=paid_on)
    supplier_name = re.sub(r"\s+", " ", supplier or "").strip()
    child_name = ""
    if purpose == "refund":
        row = db.execute("SELECT full_name FROM child WHERE id = ?", [child_id]).fetchone() if child_id else None
        if row is None:
            raise AppError("meals.payout_child")
        child_name = row[0]
        credit = -child_balance(db, child_id, paid_on)  # type: ignore[arg-type]
        if value > credit:
            raise AppError("meals.refund_above_credit", name=child_name, amount=format_money(value),
                           credit=format_money(max(credit, 0)))
    elif purpose == "supplier" and not supplier_name:
        raise AppError("meals.payout_supplier")
    payee = re.sub(r"\s+", " ", payee or "").strip() or supplier_name
    if not payee:
        raise AppError("meals.payout_payee")
    reason = reason.strip() or (f"Hoàn trả tiền ăn thừa của trẻ {child_name}" if purpose == "refund" else "")
    if not reason:
        raise AppError("meals.payout_reason")
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        supplier_id = None
        if supplier_name:
            found = db.execute("SELECT id FROM supplier WHERE name = ?", [supplier_name]).fetchone()
            supplier_id = found[0] if found else db.insert("INSERT INTO supplier (name) VALUES (?)", [supplier_name])
        year = ensure_school_year(db, school_year_start_for(paid_on))
        number = db.execute("SELECT coalesce(max(number), 0) + 1 FROM meal_payout WHERE school_year_id = ?",
                            [year.id]).fetchone()[0]
        payout_id = db.insert(
            "INSERT INTO meal_payout (school_year_id, number, paid_on, purpose, child_id, supplier_id, payee, "
            "address, reason, method, amount, attachments, created_by, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [year.id, number, paid_on.isoformat(), purpose, child_id if purpose == "refund" else None, supplier_id,
             payee, address.strip(), reason, method, value, attachments.strip(), created_by.strip(),
             stamp])
        if method == "cash":
            short = cashbook.first_negative(db, "cash", paid_on)
            if short is not None:
                raise AppError("meals.cash_short", day=short[0], amount=format_money(value),
                               held=format_money(short[1] + value))
    found_payout = get_payout(db, payout_id)
    assert found_payout is not None
    return found_payout


def cancel_payout(db: Database, payout_id: int, by_whom: str, reason: str,
                  now: dt.datetime | None = None) -> Payout:
    payout = get_payout(db, payout_id)
    if payout is None:
        raise AppError("meals.no_payout", id=payout_id)
    if not by_whom.strip():
        raise AppError("meals.cancel_who")
    if not reason.strip():
        raise AppError("meals.cancel_reason")
    if payout.cancelled:
        raise AppError("meals.payout_already_cancelled", number=payout.number)
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        db.execute("UPDATE meal_payout SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?",
                   [stamp, by_whom.strip(), reason.strip(), payout_id])
    found = get_payout(db, payout_id)
    assert found is not None
    return found


_SELECT = ("SELECT p.id, p.school_year_id, p.number, p.paid_on, p.purpose, p.child_id, coalesce(s.name, ''), "
           "p.payee, p.address, p.reason, p.method, p.amount, p.attachments, p.created_by, p.cancelled_at, "
           "p.cancelled_by, p.cancel_reason FROM meal_payout p LEFT JOIN supplier s ON s.id = p.supplier_id")


def _payout(row: tuple) -> Payout:
    return Payout(row[0], row[1], row[2], dt.date.fromisoformat(row[3]), row[4], row[5], row[6], row[7], row[8],
                  row[9], row[10], row[11], row[12], row[13],
                  dt.datetime.fromisoformat(row[14]) if row[14] else None, row[15], row[16])


def get_payout(db: Database, payout_id: int) -> Payout | None:
    row = db.execute(_SELECT + " WHERE p.id = ?", [payout_id]).fetchone()
    return _payout(row) if row else None


def find_payout(db: Database, school_year_id: int, number: int) -> Payout | None:
    row = db.execute(_SELECT + " WHERE p.school_year_id = ? AND p.number = ?", [school_year_id, number]).fetchone()
    return _payout(row) if row else None


def list_payouts(db: Database, start: dt.date, end: dt.date) -> list[Payout]:
    rows = db.execute(_SELECT + " WHERE p.paid_on BETWEEN ? AND ? ORDER BY p.paid_on, p.number",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return [_payout(r) for r in rows]
