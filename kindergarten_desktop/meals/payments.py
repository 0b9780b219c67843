"""Payments (phiếu thu) numbered per school year, school discounts, and who still owes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_money
from kindergarten_desktop.meals.errors import MealsError, parse_money
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


def add_payment(db: Database, child_id: int, paid_on: dt.date, amount: object, *, payer: str = "",
                method: str = "cash", note: str = "", confirmed: bool = False) -> Payment:
    """Record a payment with the next receipt number of its school year."""
    value = parse_money(amount, "amount", allow_zero=False)
    if method not in METHODS:
        raise MealsError("meals.method", "method")
    if not isinstance(paid_on, dt.date):
        raise MealsError("meals.date_required", "date")
    if paid_on > dt.date.today() + dt.timedelta(days=1):
        raise MealsError("meals.payment_future", "date")
    if not db.execute("SELECT 1 FROM child WHERE id = ?", [child_id]).fetchone():
        raise MealsError("meals.no_child", "child", child=child_id)
    limit = load_rules(db).payment_warning
    if value > limit and not confirmed:
        raise NeedsConfirmation("meals.payment_large", "amount", amount=format_money(value),
                                limit=format_money(limit))
    with db.atomic():
        year = ensure_school_year(db, school_year_start_for(paid_on))
        number = db.execute("SELECT coalesce(max(number), 0) + 1 FROM meal_payment WHERE school_year_id = ?",
                            [year.id]).fetchone()[0]
        payment_id = db.insert(
            "INSERT INTO meal_payment (school_year_id, number, child_id, paid_on, payer, method, amount, note) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [year.id, number, child_id, paid_on.isoformat(), payer.strip(), method, value, note.strip()])
    found = get_payment(db, payment_id)
    assert found is not None
    return found


def delete_payment(db: Database, payment_id: int) -> None:
    payment = get_payment(db, payment_id)
    if payment is None:
        return
    with db.atomic():
        db.execute("DELETE FROM meal_payment WHERE id = ?", [payment_id])


_SELECT = ("SELECT p.id, p.school_year_id, p.number, p.child_id, c.full_name, p.paid_on, p.payer, p.method, "
           "p.amount, p.note FROM meal_payment p JOIN child c ON c.id = p.child_id")


def _payment(row: tuple) -> Payment:
    return Payment(row[0], row[1], row[2], row[3], row[4], dt.date.fromisoformat(row[5]), *row[6:])


def get_payment(db: Database, payment_id: int) -> Payment | None:
    row = db.execute(_SELECT + " WHERE p.id = ?", [payment_id]).fetchone()
    return _payment(row) if row else None


def list_payments(db: Database, start: dt.date, end: dt.date, child_id: int | None = None) -> list[Payment]:
    sql = _SELECT + " WHERE p.paid_on BETWEEN ? AND ?"
    params: list = [start.isoformat(), end.isoformat()]
    if child_id is not None:
        sql += " AND p.child_id = ?"
        params.append(child_id)
    return [_payment(r) for r in db.execute(sql + " ORDER BY p.paid_on, p.number", params)]


def debts(db: Database, year: int, month: int) -> list[LedgerRow]:
    """Children who still owe at the end of a month, the largest debt first."""
    rows = [r for r in compute_month(db, year, month).rows if r.balance > 0]
    return sorted(rows, key=lambda r: -r.balance)
