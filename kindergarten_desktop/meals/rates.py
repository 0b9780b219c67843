"""Daily meal rates and monthly fees, effective-dated per category (nursery / kindergarten).

A rate applies from its ``effective_from`` day until the next rate of its category, so a
new rate never rewrites days before it."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.errors import MealsError, parse_money
from kindergarten_desktop.names import text_sort_key
from kindergarten_desktop.roster.age_groups import BY_CODE

CATEGORIES = ("nursery", "kindergarten")


def category_of(age_group: str) -> str:
    group = BY_CODE.get(age_group)
    return "nursery" if group is not None and group.is_nursery else "kindergarten"


@dataclass(frozen=True)
class Rate:
    id: int
    category: str
    effective_from: dt.date
    food: int
    fuel: int
    other: int
    note: str = ""

    @property
    def total(self) -> int:
        return self.food + self.fuel + self.other


@dataclass(frozen=True)
class MonthlyFee:
    id: int
    name: str
    category: str  # 'all', 'nursery' or 'kindergarten'
    effective_from: dt.date
    amount: int
    rule: str  # 'enrolled' or 'attended'


class RateTable:
    """All rates, answering "which rate on this day" by bisection."""

    def __init__(self, rates: list[Rate]) -> None:
        self.rates = sorted(rates, key=lambda r: (r.category, r.effective_from))
        self._by_cat: dict[str, tuple[list[dt.date], list[Rate]]] = {}
        for cat in CATEGORIES:
            own = [r for r in self.rates if r.category == cat]
            self._by_cat[cat] = ([r.effective_from for r in own], own)

    def on(self, category: str, day: dt.date) -> Rate | None:
        starts, own = self._by_cat[category]
        i = bisect.bisect_right(starts, day)
        return own[i - 1] if i else None


def list_rates(db: Database) -> list[Rate]:
    rows = db.execute(
        "SELECT id, category, effective_from, food, fuel, other, note FROM meal_rate "
        "ORDER BY category, effective_from").fetchall()
    return [Rate(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


def rate_table(db: Database) -> RateTable:
    return RateTable(list_rates(db))


def add_rate(db: Database, category: str, effective_from: dt.date, food: object, fuel: object = 0,
             other: object = 0, note: str = "") -> int:
    """Add (or replace, for the same day) a rate. Refused when it would change a closed month."""
    if category not in CATEGORIES:
        raise MealsError("meals.category_two", "category")
    if not isinstance(effective_from, dt.date):
        raise MealsError("meals.date_required", "effective_from")
    food_v = parse_money(food, "food")
    fuel_v = parse_money(fuel, "fuel")
    other_v = parse_money(other, "other")
    if food_v + fuel_v + other_v == 0:
        raise MealsError("meals.rate_zero", "food")
    with db.atomic():
        cur = db.execute(
            "INSERT INTO meal_rate (category, effective_from, food, fuel, other, note) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(category, effective_from) DO UPDATE SET food=excluded.food, fuel=excluded.fuel, "
            "other=excluded.other, note=excluded.note RETURNING id",
            [category, effective_from.isoformat(), food_v, fuel_v, other_v, note.strip()])
        return int(cur.fetchall()[0][0])


def delete_rate(db: Database, rate_id: int) -> None:
    row = db.execute("SELECT effective_from FROM meal_rate WHERE id = ?", [rate_id]).fetchone()
    if row is None:
        return
    with db.atomic():
        db.execute("DELETE FROM meal_rate WHERE id = ?", [rate_id])


def list_fees(db: Database) -> list[MonthlyFee]:
    rows = db.execute("SELECT id, name, category, effective_from, amount, rule FROM monthly_fee").fetchall()
    fees = [MonthlyFee(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5]) for r in rows]
    return sorted(fees, key=lambda f: (text_sort_key(f.name), f.category, f.effective_from))


def add_fee(db: Database, name: str, effective_from: dt.date, amount: object, *,
            category: str = "all", rule: str = "enrolled") -> int:
    """A monthly fee (drinking water, care) from the month of ``effective_from``; amount 0 ends it."""
    if not name.strip():
        raise MealsError("meals.name_empty", "fee_name")
    if category not in ("all", *CATEGORIES):
        raise MealsError("meals.category_three", "category")
    if rule not in ("enrolled", "attended"):
        raise MealsError("meals.fee_rule", "rule")
    value = parse_money(amount, "amount")
    start = effective_from.replace(day=1)
    with db.atomic():
        cur = db.execute(
            "INSERT INTO monthly_fee (name, category, effective_from, amount, rule) VALUES (?,?,?,?,?) "
            "ON CONFLICT(name, category, effective_from) DO UPDATE SET amount=excluded.amount, rule=excluded.rule "
            "RETURNING id",
            [name.strip(), category, start.isoformat(), value, rule])
        return int(cur.fetchall()[0][0])


def fees_for_month(fees: list[MonthlyFee], category: str, first_day: dt.date) -> list[MonthlyFee]:
    """The fees in force in a month for a category: the latest version of each named fee."""
    latest: dict[str, MonthlyFee] = {}
    for fee in sorted(fees, key=lambda f: f.effective_from):
        if fee.effective_from <= first_day and fee.category in ("all", category):
            latest[f"{fee.name}\0{fee.category}"] = fee
    return [f for f in latest.values() if f.amount > 0]
