"""The monthly ledger: one row per child with the month's meal charge per rate period,
monthly fees, refunds, lunch support, discounts, payments and the balance carried on.

balance = opening + meal charge + fees − refund − support − discount − paid, to the đồng.

Collection modes (settings.MealRules.collection_mode):
- advance: the month's school days (while enrolled) × rate are charged; the days not eaten
  that qualify (excused absences, or all absences; overrides "does not eat") are refunded
  (food component or the whole rate), so the credit carries into next month's notice;
- after: the days eaten × rate are charged; nothing to refund.

Months chain: a month starts from the frozen balances of the latest closed month before it
(or from zero), and a closed month returns its frozen rows unchanged.

Loading is separate from arithmetic (as in Beancount): :func:`load_month` reads one month's
marks, enrolments, payments (cancelled receipts apart, refund payouts taken off) and
discounts into a :class:`MonthInputs`; :func:`compute` is a
pure function of it, the opening balances and the :class:`Book` (rates, fees, rules, lunch
support rules and who may receive it)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field, fields

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.discounts import Discount, by_child, discounts_in
from kindergarten_desktop.meals.errors import next_month
from kindergarten_desktop.meals.rates import (
    CATEGORIES,
    MonthlyFee,
    RateTable,
    category_of,
    fees_for_month,
    list_fees,
    rate_table,
)
from kindergarten_desktop.meals.settings import MealRules, load_rules
from kindergarten_desktop.meals.support import (
    FlagPeriods,
    SupportRules,
    eligible_periods,
    flags_in_month,
    support_rules,
)
from kindergarten_desktop.months import month_key
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.calendar import month_bounds, school_days


@dataclass
class RateLine:
    """Days at one daily rate within the month (one line per rate in force), with the days
    themselves so a report never works out again which day fell under which rate."""

    rate: int  # whole daily rate
    food: int  # its food component
    days_eaten: int = 0
    days_charged: int = 0  # = days_eaten when paying after; school days enrolled when paying in advance
    days: list[dt.date] = field(default_factory=list)  # the days eaten at this rate

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
    support_flags: list[str] = field(default_factory=list)  # why supported (Decree 105 art. 7 circumstances)
    age_group: str = ""  # of the class (the one class order); '' in rows frozen before it was kept
    discount_reasons: list[str] = field(default_factory=list)

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
    def this_month(self) -> int:
        """The month's own amount: its charges after its refund, lunch support and discounts."""
        return self.charges - self.refund - self.support - self.discount

    @property
    def due(self) -> int:
        """What the month's notice asks: what was owed before (negative: paid ahead) and this month's."""
        return self.opening + self.this_month

    @property
    def balance(self) -> int:
        """What the family owes after this month (negative: the school owes them)."""
        return self.due - self.paid

    @property
    def food_money(self) -> int:
        """Food component of the meals actually eaten (what the kitchen may spend)."""
        return sum(line.days_eaten * line.food for line in self.lines)

    def to_json(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["lines"] = [dict(vars(line), days=[d.isoformat() for d in line.days]) for line in self.lines]
        data["eaten_days"] = [d.isoformat() for d in self.eaten_days]
        return data

    @classmethod
    def from_json(cls, data: dict) -> LedgerRow:
        data = dict(data)
        data["lines"] = [RateLine(**dict(line, days=[dt.date.fromisoformat(d) for d in line.get("days", [])]))
                         for line in data["lines"]]
        data["eaten_days"] = [dt.date.fromisoformat(d) for d in data["eaten_days"]]
        if len(data["lines"]) == 1 and not data["lines"][0].days:  # frozen before days were kept per rate
            data["lines"][0].days = list(data["eaten_days"])
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


_key = month_key


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
        book = Book(rate_table(db), list_fees(db), rules, support_rules(db), eligible_periods(db))
        y, m = start
        while True:
            carried = {c for c, (bal, _) in openings.items() if bal}
            ledger = compute(load_month(db, y, m, carried), openings, book)
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
        "UNION ALL SELECT min(paid_on) FROM meal_payment UNION ALL SELECT min(month) || '-01' FROM meal_discount "
        "UNION ALL SELECT min(start_month) || '-01' FROM meal_standing_discount) AS firsts"
    ).fetchone()
    if not row or not row[0]:
        return None
    return int(row[0][:4]), int(row[0][5:7])


def _row_order(row: LedgerRow) -> tuple[object, ...]:
    """The one class order (age group, then the class name with numbers as numbers), then names."""
    from kindergarten_desktop.roster.age_groups import class_sort_key

    return (class_sort_key(row.age_group or None, row.class_name), name_sort_key(row.full_name), row.child_id)


Stay = tuple[int, str, str, str]  # class id, class name, category ('nursery' / 'kindergarten'), age group


@dataclass(frozen=True)
class Book:
    """What stays the same from month to month while a run of months is computed."""

    rates: RateTable
    fees: list[MonthlyFee]
    rules: MealRules
    support: SupportRules
    support_flags: FlagPeriods  # children with a Decree 105 art. 7 circumstance, and when it holds


@dataclass
class MonthInputs:
    """Everything one month's arithmetic reads from the database (load_month), so that
    :func:`compute` is a pure function of it."""

    year: int
    month: int
    days: list[dt.date]  # school days
    enrolled: dict[int, dict[dt.date, Stay]]  # child -> school day -> stay
    status: dict[int, dict[dt.date, str]]  # attendance marks
    override: dict[int, dict[dt.date, int]]  # meal overrides (1 eats, 0 does not)
    paid: dict[int, int]
    discounts: dict[int, list[Discount]]
    names: dict[int, str]
    last_class: dict[int, Stay]  # children not enrolled this month: their latest class


def load_month(db: Database, year: int, month: int, carried: set[int] | frozenset[int] = frozenset()) -> MonthInputs:
    """The month's inputs; ``carried``: children who open the month with a balance (their names
    and last class are loaded too)."""
    first, last = month_bounds(year, month)
    days = school_days(db, first, last)
    params = {"a": first.isoformat(), "b": last.isoformat()}
    by_iso = {d.isoformat(): d for d in days}
    enrolled: dict[int, dict[dt.date, Stay]] = defaultdict(dict)
    for cid, class_id, name, group, start, end in db.execute(
            """SELECT e.child_id, c.id, c.name, c.age_group, e.start_date, coalesce(e.end_date, '9999-12-31')
               FROM enrollment e JOIN class c ON c.id = e.class_id
               WHERE e.start_date <= :b AND (e.end_date IS NULL OR e.end_date >= :a)
               ORDER BY e.start_date""", params):
        info = (class_id, name, category_of(group), group)
        own = enrolled[cid]
        for iso, day in by_iso.items():
            if start <= iso <= end:
                own[day] = info
    status: dict[int, dict[dt.date, str]] = defaultdict(dict)
    for cid, day, st in db.execute("SELECT child_id, day, status FROM attendance WHERE day BETWEEN :a AND :b",
                                   params):
        if day in by_iso:
            status[cid][by_iso[day]] = st
    override: dict[int, dict[dt.date, int]] = defaultdict(dict)
    for cid, day, eats in db.execute("SELECT child_id, day, eats FROM meal_override WHERE day BETWEEN :a AND :b",
                                     params):
        if day in by_iso:
            override[cid][by_iso[day]] = eats
    paid = _paid(db, params)
    discounts = by_child(discounts_in(db, year, month))
    wanted = set(enrolled) | set(paid) | set(discounts) | set(carried)
    return MonthInputs(year, month, days, dict(enrolled), dict(status), dict(override), paid, discounts,
                       _names(db, wanted), _last_classes(db, wanted - set(enrolled), last))


def compute(inputs: MonthInputs, openings: dict[int, tuple[int, int]], book: Book) -> MonthLedger:
    """One month's ledger from its inputs and the balances (and support months) it opens with."""
    year, month = inputs.year, inputs.month
    first = dt.date(year, month, 1)
    rules = book.rules
    support_rule = book.support.on(first)
    last_day = month_bounds(year, month)[1]
    rate_on = {(cat, d): book.rates.on(cat, d) for cat in CATEGORIES for d in inputs.days}
    carried = {c for c, (bal, _) in openings.items() if bal}
    # A standing discount counts in the months the child is enrolled; a one-month discount always.
    one_month = {cid for cid, ds in inputs.discounts.items() if any(not d.standing for d in ds)}
    wanted = set(inputs.enrolled) | carried | set(inputs.paid) | one_month
    new_year = month == 9
    refund_all_absences = rules.refund_absences == "all"
    refund_food_only = rules.refund_components == "food"
    advance = rules.collection_mode == "advance"

    rows: list[LedgerRow] = []
    for cid in wanted:
        opening, support_months = openings.get(cid, (0, 0))
        if new_year:
            support_months = 0
        per_day = inputs.enrolled.get(cid, {})
        class_id: int | None
        if per_day:
            class_id, class_name, category, age_group = per_day[max(per_day)]
        elif cid in inputs.last_class:
            class_id, class_name, category, age_group = inputs.last_class[cid]
        else:
            class_id, class_name, category, age_group = None, "", "kindergarten", ""
        own_discounts = [d for d in inputs.discounts.get(cid, []) if per_day or not d.standing]
        row = LedgerRow(cid, inputs.names.get(cid, ""), class_id, class_name, category, opening=opening,
                        school_days=len(per_day), support_months=support_months,
                        paid=inputs.paid.get(cid, 0), discount=sum(d.amount for d in own_discounts),
                        discount_reasons=[d.reason for d in own_discounts], age_group=age_group)
        lines: dict[tuple[int, int], RateLine] = {}
        own_status = inputs.status.get(cid, {})
        own_override = inputs.override.get(cid, {})
        ate_in_kindergarten = False
        for day, (_, _, cat, _) in sorted(per_day.items()):
            over = own_override.get(day)
            st = own_status.get(day)
            eats = over == 1 if over is not None else st == "P"
            if eats:
                row.eaten_days.append(day)
                ate_in_kindergarten = ate_in_kindergarten or cat == "kindergarten"
            rate = rate_on[(cat, day)]
            if rate is None:
                if eats or advance:
                    row.unpriced_days += 1  # a day to charge but no rate yet: nothing charged, the UI warns
                continue
            line = lines.setdefault((rate.id, rate.total), RateLine(rate.total, rate.food))
            if eats:
                line.days_eaten += 1
                line.days_charged += 1
                line.days.append(day)
            elif advance:
                line.days_charged += 1
                if over == 0 or st == "E" or (st == "U" and refund_all_absences):
                    row.refund_days += 1
                    row.refund += rate.food if refund_food_only else rate.total
        row.lines = list(lines.values())
        if per_day:
            ate = bool(row.eaten_days)
            row.fees = sum(f.amount for f in fees_for_month(book.fees, category, first)
                           if f.rule == "enrolled" or ate)
            flags = flags_in_month(book.support_flags.get(cid, ()), first, last_day)
            # Decree 105 art. 7: kindergarten-age children only (never nursery), months eaten at school.
            if (flags and ate_in_kindergarten and support_rule is not None and support_rule.amount
                    and row.support_months < support_rule.max_months):
                row.support = support_rule.amount
                row.support_months += 1
                row.support_flags = list(flags)
        rows.append(row)
    rows.sort(key=_row_order)
    return MonthLedger(year, month, inputs.days, rows, False, rules.collection_mode)


def _paid(db: Database, params: dict[str, str]) -> dict[int, int]:
    """Receipts that count (cancelled ones apart) less the credit refunded by payouts (phiếu chi)."""
    return dict(db.execute(
        "SELECT child_id, sum(amount) FROM (SELECT child_id, amount FROM meal_payment WHERE paid_on BETWEEN :a "
        "AND :b AND cancelled_at IS NULL UNION ALL SELECT child_id, -amount FROM meal_payout WHERE purpose = "
        "'refund' AND paid_on BETWEEN :a AND :b AND cancelled_at IS NULL) AS money GROUP BY child_id",
        params).fetchall())


def _names(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(db.execute(f"SELECT id, full_name FROM child WHERE id IN ({','.join(map(str, ids))})").fetchall())


def _last_classes(db: Database, ids: set[int], before: dt.date) -> dict[int, Stay]:
    """The latest class of children not enrolled this month (withdrawn with a balance)."""
    found: dict[int, Stay] = {}
    if not ids:
        return found
    for cid, class_id, name, group in db.execute(
            f"""SELECT e.child_id, c.id, c.name, c.age_group FROM enrollment e JOIN class c ON c.id = e.class_id
                WHERE e.child_id IN ({','.join(map(str, ids))}) AND e.start_date <= ?
                ORDER BY e.start_date""", [before.isoformat()]):
        found[cid] = (class_id, name, category_of(group), group)
    return found


def classes_in_order(db: Database, ledger: MonthLedger) -> list[tuple[int, str]]:
    """(class id, name) of the ledger's classes in the one class order (age group, then name)."""
    from kindergarten_desktop.roster.age_groups import class_sort_key

    seen: dict[int, str] = {}
    for row in ledger.rows:
        if row.class_id is not None:
            seen.setdefault(row.class_id, row.class_name)
    if not seen:
        return []
    groups = dict(db.execute(f"SELECT id, age_group FROM class WHERE id IN ({','.join(map(str, seen))})").fetchall())
    return sorted(seen.items(), key=lambda kv: (class_sort_key(groups.get(kv[0], ""), kv[1]), kv[0]))
