"""Discounts (miễn giảm) given by the school: for one child and month, or standing, every month
from a first month to a last one (open-ended until ended), e.g. 50.000 đ a month for the
children of staff. Each has its reason, shown on the ledger and the notices. A discount in a
closed month can be neither added, changed nor removed (db/guards.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.errors import MealsError, month_key, parse_money
from kindergarten_desktop.months import key_label

MAX_MONTHLY = 10_000_000  # more than a year of meals: certainly a typing error


@dataclass(frozen=True)
class Discount:
    id: int
    standing: bool  # False: one month only (start == end)
    child_id: int
    child_name: str
    start: str  # 'YYYY-MM'
    end: str | None  # 'YYYY-MM', None: until further notice
    amount: int
    reason: str

    def covers(self, month: str) -> bool:
        return self.start <= month and (self.end is None or month <= self.end)


def _check(db: Database, child_id: int, amount: object, reason: str) -> int:
    value = parse_money(amount, "discount", allow_zero=False)
    if value > MAX_MONTHLY:
        from kindergarten_desktop.formatting import format_money

        raise MealsError("meals.discount_too_large", "discount", amount=format_money(value))
    if not reason.strip():
        raise MealsError("meals.discount_reason", "reason")
    if not db.execute("SELECT 1 FROM child WHERE id = ?", [child_id]).fetchone():
        raise MealsError("meals.no_child", "child", child=child_id)
    return value


def _month(value: dt.date | None, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dt.date):
        raise MealsError("meals.date_required", field)
    return month_key(value)


def add_discount(db: Database, child_id: int, month: dt.date, amount: object, reason: str) -> int:
    """A discount for one child and the month of ``month``."""
    value = _check(db, child_id, amount, reason)
    key = _month(month, "month")
    with db.atomic():
        return int(db.execute("INSERT INTO meal_discount (child_id, month, amount, reason) VALUES (?,?,?,?) "
                              "RETURNING id", [child_id, key, value, reason.strip()]).fetchone()[0])


def update_discount(db: Database, discount_id: int, amount: object, reason: str) -> None:
    row = db.execute("SELECT child_id FROM meal_discount WHERE id = ?", [discount_id]).fetchone()
    if row is None:
        raise MealsError("meals.discount_not_found")
    value = _check(db, row[0], amount, reason)
    with db.atomic():
        db.execute("UPDATE meal_discount SET amount = ?, reason = ? WHERE id = ?", [value, reason.strip(), discount_id])


def delete_discount(db: Database, discount_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM meal_discount WHERE id = ?", [discount_id])


def add_standing(db: Database, child_id: int, start: dt.date, end: dt.date | None, amount: object,
                 reason: str) -> int:
    """A discount every month from the month of ``start`` to the month of ``end`` (None: until ended)."""
    value = _check(db, child_id, amount, reason)
    first, last = _month(start, "start_month"), _month(end, "end_month")
    if first is None:
        raise MealsError("meals.date_required", "start_month")
    if last is not None and last < first:
        raise MealsError("meals.discount_end_before_start", "end_month", start=_label(first), end=_label(last))
    with db.atomic():
        return int(db.execute(
            "INSERT INTO meal_standing_discount (child_id, start_month, end_month, amount, reason) "
            "VALUES (?,?,?,?,?) RETURNING id", [child_id, first, last, value, reason.strip()]).fetchone()[0])


def update_standing(db: Database, discount_id: int, end: dt.date | None, amount: object, reason: str) -> None:
    """Change a standing discount: end it (or extend it), or correct its amount or reason."""
    row = db.execute("SELECT child_id, start_month FROM meal_standing_discount WHERE id = ?",
                     [discount_id]).fetchone()
    if row is None:
        raise MealsError("meals.discount_not_found")
    value = _check(db, row[0], amount, reason)
    last = _month(end, "end_month")
    if last is not None and last < row[1]:
        raise MealsError("meals.discount_end_before_start", "end_month", start=_label(row[1]), end=_label(last))
    with db.atomic():
        db.execute("UPDATE meal_standing_discount SET end_month = ?, amount = ?, reason = ? WHERE id = ?",
                   [last, value, reason.strip(), discount_id])


def delete_standing(db: Database, discount_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM meal_standing_discount WHERE id = ?", [discount_id])


_label = key_label


_ONE = ("SELECT d.id, 0, d.child_id, c.full_name, d.month, d.month, d.amount, d.reason "
        "FROM meal_discount d JOIN child c ON c.id = d.child_id")
_STANDING = ("SELECT d.id, 1, d.child_id, c.full_name, d.start_month, d.end_month, d.amount, d.reason "
             "FROM meal_standing_discount d JOIN child c ON c.id = d.child_id")


def _discount(row: tuple) -> Discount:
    return Discount(row[0], bool(row[1]), row[2], row[3], row[4], row[5], row[6], row[7])


def discounts_in(db: Database, year: int, month: int, child_id: int | None = None) -> list[Discount]:
    """Every discount that applies in a month (one-off and standing), by child then kind."""
    key = f"{year:04d}-{month:02d}"
    where_child = " AND d.child_id = :c" if child_id is not None else ""
    params = {"m": key, "c": child_id}
    rows = db.execute(_ONE + " WHERE d.month = :m" + where_child, params).fetchall()
    rows += db.execute(_STANDING + " WHERE d.start_month <= :m AND (d.end_month IS NULL OR d.end_month >= :m)"
                       + where_child, params).fetchall()
    return sorted((_discount(r) for r in rows), key=lambda d: (d.child_id, d.standing, d.id))


def standing_discounts(db: Database, child_id: int | None = None) -> list[Discount]:
    """Every standing discount (ended ones too), latest first."""
    sql = _STANDING + (" WHERE d.child_id = ?" if child_id is not None else "")
    rows = db.execute(sql, [child_id] if child_id is not None else []).fetchall()
    return sorted((_discount(r) for r in rows), key=lambda d: (d.start, d.id), reverse=True)


def by_child(discounts: list[Discount]) -> dict[int, list[Discount]]:
    found: dict[int, list[Discount]] = {}
    for d in discounts:
        found.setdefault(d.child_id, []).append(d)
    return found
