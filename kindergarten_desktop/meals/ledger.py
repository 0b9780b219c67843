"""The monthly ledger: one row per child with the month's meal charge per rate period,
monthly fees, refunds, lunch support, discounts, payments and the balance carried on.

balance = opening + meal charge + fees − refund − support − discount − paid, to the đồng.

Collection modes (settings.MealRules.collection_mode):
- advance: the month's school days (while enrolled) × rate are charged; the days not eaten
  that qualify (excused absences, or all absences; overrides "does not eat") are refunded
  (food component or the whole rate), so the credit carries into next month's notice;
- after: the days eaten × rate are charged; nothing to refund.

Months chain: a month starts from the frozen balances of the latest closed month before it
(or from zero), and a closed month returns its frozen rows unchanged."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field, fields

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.errors import next_month
from kindergarten_desktop.meals.rates import CATEGORIES, RateTable, category_of, fees_for_month, list_fees, rate_table
from kindergarten_desktop.meals.settings import MealRules, load_rules
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.calendar import month_bounds, school_days
from kindergarten_desktop.roster.circumstances import LUNCH_SUPPORT_FLAGS


@dataclass
class RateLine:
    """Days at one daily rate within the month (one line per rate in force)."""

    rate: int  # whole daily rate
    food: int  # its food component
    days_eaten: int = 0
    days_charged: int = 0  # = days_eaten when paying after; school days enrolled when paying in advance

    @property
    def amount(self) -> int:
        return self.days_charged * self.rate


@dataclass
class LedgerRow:
    child_id: int
    full_name: str
    class_id: int | None
    class_name: str
    category: str
    opening: int = 0
    lines: list[RateLine] = field(default_factory=list)
    eaten_days: list[dt.date] = field(default_factory=list)
    school_days: int = 0  # school days enrolled
    fees: int = 0
    refund_days: int = 0
    refund: int = 0
    support: int = 0
    support_months: int = 0  # lunch-support months in this school year, this one included
    discount: int = 0
    paid: int = 0
    unpriced_days: int = 0  # school days enrolled with no daily rate in force: not charged yet

    @property
    def meal_charge(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def days_eaten(self) -> int:
        return len(self.eaten_days)

    @property
    def charges(self) -> int:
        return self.meal_charge + self.fees

    @property
    def balance(self) -> int:
        """What the family owes after this month (negative: the school owes them)."""
        return self.opening + self.charges - self.refund - self.support - self.discount - self.paid

    @property
    def food_money(self) -> int:
        """Food component of the meals actually eaten (what the kitchen may spend)."""
        return sum(line.days_eaten * line.food for line in self.lines)

    def to_json(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["lines"] = [vars(line).copy() for line in self.lines]
        data["eaten_days"] = [d.isoformat() for d in self.eaten_days]
        return data

    @classmethod
    def from_json(cls, data: dict) -> LedgerRow:
        data = dict(data)
        data["lines"] = [RateLine(**line) for line in data["lines"]]
        data["eaten_days"] = [dt.date.fromisoformat(d) for d in data["eaten_days"]]
        return cls(**data)


@dataclass
class MonthLedger:
    year: int
    month: int
    school_days: list[dt.date]
    rows: list[LedgerRow]
    closed: bool
    mode: str

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def unpriced(self) -> dict[str, int]:
        """Children per category ('nursery'/'kindergarten') enrolled on school days without a rate."""
        found: dict[str, int] = {}
        for row in self.rows:
            if row.unpriced_days:
                found[row.category] = found.get(row.category, 0) + 1
        return found

    def for_class(self, class_id: int) -> MonthLedger:
        return MonthLedger(self.year, self.month, self.school_days,
                           [r for r in self.rows if r.class_id == class_id], self.closed, self.mode)


def _key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _school_year_of(year: int, month: int) -> int:
    return year if month >= 9 else year - 1


def compute_month(db: Database, year: int, month: int, class_id: int | None = None) -> MonthLedger:
    """The ledger of a month for every child with something in it (or one class)."""
    key = _key(year, month)
    rules = load_rules(db)
    last = closing.last_closed(db)
    if last is not None and key <= last:
        ledger = _frozen(db, year, month, rules)
    else:
        openings: dict[int, tuple[int, int]] = {}
        start = _first_month(db)
        if last is not None:
            openings = {cid: (bal, sup) for cid, bal, sup in db.execute(
                "SELECT child_id, balance, support_months FROM meal_closing_balance WHERE month = ?", [last])}
            start = next_month(int(last[:4]), int(last[5:]))
        if start is None or _key(*start) > key:
            start = (year, month)
        rates = rate_table(db)
        fees = list_fees(db)
        support_flags = _support_children(db)
        y, m = start
        while True:
            ledger = _compute(db, y, m, openings, rates, fees, rules, support_flags)
            if (y, m) == (year, month):
                break
            openings = {r.child_id: (r.balance, r.support_months) for r in ledger.rows}
            y, m = next_month(y, m)
    return ledger.for_class(class_id) if class_id is not None else ledger


def _frozen(db: Database, year: int, month: int, rules: MealRules) -> MonthLedger:
    first, last = month_bounds(year, month)
    rows = [LedgerRow.from_json(json.loads(text)) for (text,) in db.execute(
        "SELECT row FROM meal_closing_balance WHERE month = ?", [_key(year, month)])]
    rows.sort(key=_row_order)
    return MonthLedger(year, month, school_days(db, first, last), rows, True, rules.collection_mode)


def _first_month(db: Database) -> tuple[int, int] | None:
    row = db.execute(
        "SELECT min(d) FROM (SELECT min(start_date) AS d FROM enrollment "
        "UNION ALL SELECT min(paid_on) FROM meal_payment "
        "UNION ALL SELECT min(month) || '-01' FROM meal_discount) AS firsts"
    ).fetchone()
    if not row or not row[0]:
        return None
    return int(row[0][:4]), int(row[0][5:7])


def _support_children(db: Database) -> set[int]:
    flags = sorted(LUNCH_SUPPORT_FLAGS)
    marks = ",".join("?" * len(flags))
    return {cid for (cid,) in db.execute(
        f"SELECT DISTINCT child_id FROM child_circumstance WHERE flag IN ({marks})", flags)}


def _row_order(row: LedgerRow) -> tuple:
    return (row.class_name, name_sort_key(row.full_name), row.child_id)


def _compute(db: Database, year: int, month: int, openings: dict[int, tuple[int, int]], rates: RateTable,
             fees: list, rules: MealRules, support_children: set[int]) -> MonthLedger:
    first, last = month_bounds(year, month)
    days = school_days(db, first, last)
    params = {"a": first.isoformat(), "b": last.isoformat()}

    by_iso = {d.isoformat(): d for d in days}
    # Enrolment per child and school day: (class id, class name, category).
    enrolled: dict[int, dict[str, tuple[int, str, str]]] = defaultdict(dict)
    for cid, class_id, name, group, start, end in db.execute(
            """SELECT e.child_id, c.id, c.name, c.age_group, e.start_date, coalesce(e.end_date, '9999-12-31')
               FROM enrollment e JOIN class c ON c.id = e.class_id
               WHERE e.start_date <= :b AND (e.end_date IS NULL OR e.end_date >= :a)
               ORDER BY e.start_date""", params):
        info = (class_id, name, category_of(group))
        own = enrolled[cid]
        for iso in by_iso:
            if start <= iso <= end:
                own[iso] = info

    status: dict[int, dict[str, str]] = defaultdict(dict)
    for cid, day, st in db.execute("SELECT child_id, day, status FROM attendance WHERE day BETWEEN :a AND :b",
                                   params):
        status[cid][day] = st
    override: dict[int, dict[str, int]] = defaultdict(dict)
    for cid, day, eats in db.execute("SELECT child_id, day, eats FROM meal_override WHERE day BETWEEN :a AND :b",
                                     params):
        override[cid][day] = eats
    rate_on = {(cat, iso): rates.on(cat, d) for cat in CATEGORIES for iso, d in by_iso.items()}
    paid = dict(db.execute("SELECT child_id, sum(amount) FROM meal_payment WHERE paid_on BETWEEN :a AND :b "
                           "GROUP BY child_id", params).fetchall())
    discount = dict(db.execute("SELECT child_id, sum(amount) FROM meal_discount WHERE month = ? GROUP BY child_id",
                               [_key(year, month)]).fetchall())

    wanted = set(enrolled) | {c for c, (bal, _) in openings.items() if bal} | set(paid) | set(discount)
    names = _names(db, wanted)
    last_class = _last_classes(db, wanted - set(enrolled), last)
    new_year = month == 9
    refund_all_absences = rules.refund_absences == "all"
    refund_food_only = rules.refund_components == "food"
    advance = rules.collection_mode == "advance"

    rows: list[LedgerRow] = []
    for cid in wanted:
        opening, support_months = openings.get(cid, (0, 0))
        if new_year:
            support_months = 0
        per_day = enrolled.get(cid, {})
        if per_day:
            class_id, class_name, category = per_day[max(per_day)]
        else:
            class_id, class_name, category = last_class.get(cid, (None, "", "kindergarten"))
        row = LedgerRow(cid, names.get(cid, ""), class_id, class_name, category, opening=opening,
                        school_days=len(per_day), support_months=support_months,
                        paid=paid.get(cid, 0), discount=discount.get(cid, 0))
        lines: dict[tuple[int, int], RateLine] = {}
        own_status = status.get(cid, {})
        own_override = override.get(cid, {})
        for iso, (_, _, cat) in sorted(per_day.items()):
            over = own_override.get(iso)
            st = own_status.get(iso)
            eats = over == 1 if over is not None else st == "P"
            if eats:
                row.eaten_days.append(by_iso[iso])
            rate = rate_on[(cat, iso)]
            if rate is None:
                if eats or advance:
                    row.unpriced_days += 1  # a day to charge but no rate yet: nothing charged, the UI warns
                continue
            line = lines.setdefault((rate.id, rate.total), RateLine(rate.total, rate.food))
            if eats:
                line.days_eaten += 1
                line.days_charged += 1
            elif advance:
                line.days_charged += 1
                if over == 0 or st == "E" or (st == "U" and refund_all_absences):
                    row.refund_days += 1
                    row.refund += rate.food if refund_food_only else rate.total
        row.lines = list(lines.values())
        if per_day:
            ate = bool(row.eaten_days)
            row.fees = sum(f.amount for f in fees_for_month(fees, category, first)
                           if f.rule == "enrolled" or ate)
            if ate and cid in support_children and row.support_months < rules.lunch_support_max_months:
                row.support = rules.lunch_support
                row.support_months += 1
        rows.append(row)
    rows.sort(key=_row_order)
    return MonthLedger(year, month, days, rows, False, rules.collection_mode)


def _names(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(db.execute(f"SELECT id, full_name FROM child WHERE id IN ({','.join(map(str, ids))})").fetchall())


def _last_classes(db: Database, ids: set[int], before: dt.date) -> dict[int, tuple[int, str, str]]:
    """The latest class of children not enrolled this month (withdrawn with a balance)."""
    found: dict[int, tuple[int, str, str]] = {}
    if not ids:
        return found
    for cid, class_id, name, group in db.execute(
            f"""SELECT e.child_id, c.id, c.name, c.age_group FROM enrollment e JOIN class c ON c.id = e.class_id
                WHERE e.child_id IN ({','.join(map(str, ids))}) AND e.start_date <= ?
                ORDER BY e.start_date""", [before.isoformat()]):
        found[cid] = (class_id, name, category_of(group))
    return found
