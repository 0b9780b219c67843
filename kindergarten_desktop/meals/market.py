"""The market book (sổ chợ): the kitchen's purchases and the day-to-day food balance.

A day's money in is the food component of the meals eaten that day (children per their
class's category, staff at the kindergarten rate); its balance is money in − spent, carried
forward from the start of the school year (surplus positive, shortfall negative)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.counts import EATS_SQL, staff_meals
from kindergarten_desktop.meals.errors import MealsError, parse_money
from kindergarten_desktop.meals.rates import RateTable, category_of, rate_table
from kindergarten_desktop.names import text_sort_key
from kindergarten_desktop.roster.calendar import school_days
from kindergarten_desktop.school import school_year_start_for

MAX_QUANTITY = Decimal(10_000)


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    unit: str
    last_price: int | None
    last_supplier: str


@dataclass(frozen=True)
class Purchase:
    id: int
    day: dt.date
    supplier: str
    item: str
    quantity: float
    unit: str
    unit_price: int
    amount: int
    adjustments: int = 0  # corrections recorded on this purchase

    @property
    def cancelled(self) -> bool:
        return self.quantity <= 0


@dataclass
class DayBalance:
    day: dt.date
    meals: dict[str, int] = field(default_factory=dict)  # category -> children eating
    staff: int = 0
    money_in: int = 0
    spent: int = 0
    carried_in: int = 0

    @property
    def balance(self) -> int:
        return self.money_in - self.spent

    @property
    def carried_out(self) -> int:
        return self.carried_in + self.balance


def parse_quantity(value: object) -> Decimal:
    text = str(value).strip().replace(",", ".") if value is not None else ""
    if not text:
        raise MealsError("meals.quantity_empty", "quantity")
    try:
        qty = Decimal(text)
    except InvalidOperation:
        raise MealsError("meals.quantity_not_number", "quantity", value=value) from None
    if not qty.is_finite() or qty <= 0:
        raise MealsError("meals.quantity_zero", "quantity")
    if qty > MAX_QUANTITY:
        raise MealsError("meals.quantity_implausible", "quantity", value=value)
    return qty


def _supplier_id(db: Database, name: str) -> int | None:
    name = re.sub(r"\s+", " ", name).strip()
    if not name:
        return None
    row = db.execute("SELECT id FROM supplier WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db.insert("INSERT INTO supplier (name) VALUES (?)", [name])


def add_supplier(db: Database, name: str, phone: str = "", address: str = "") -> int:
    if not name.strip():
        raise MealsError("meals.name_empty", "supplier")
    with db.atomic():
        sid = _supplier_id(db, name)
        db.execute("UPDATE supplier SET phone = ?, address = ? WHERE id = ?", [phone.strip(), address.strip(), sid])
        return int(sid or 0)


def list_suppliers(db: Database) -> list[str]:
    return sorted((n for (n,) in db.execute("SELECT name FROM supplier")), key=text_sort_key)


def list_items(db: Database) -> list[Item]:
    rows = db.execute("SELECT i.id, i.name, i.unit, i.last_price, coalesce(s.name, '') FROM market_item i "
                      "LEFT JOIN supplier s ON s.id = i.last_supplier_id").fetchall()
    return sorted((Item(*r) for r in rows), key=lambda item: text_sort_key(item.name))


def add_purchase(db: Database, day: dt.date, item: str, quantity: object, unit_price: object, *,
                 unit: str = "", supplier: str = "") -> Purchase:
    """Record one purchase; a new item or supplier is added, the item's last price remembered."""
    name = re.sub(r"\s+", " ", item or "").strip()
    if not name:
        raise MealsError("meals.name_empty", "item")
    qty = parse_quantity(quantity)
    if unit_price is None or (isinstance(unit_price, str) and not unit_price.strip()):
        raise MealsError("meals.price_missing", "unit_price")
    price = parse_money(unit_price, "unit_price")
    amount = int((qty * price).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    with db.atomic():
        row = db.execute("SELECT id, unit FROM market_item WHERE name = ?", [name]).fetchone()
        unit = unit.strip() or (row[1] if row else "kg")
        sid = _supplier_id(db, supplier)
        if row:
            item_id = row[0]
            db.execute("UPDATE market_item SET unit = ?, last_price = ?, last_supplier_id = coalesce(?, "
                       "last_supplier_id) WHERE id = ?", [unit, price, sid, item_id])
        else:
            item_id = db.insert("INSERT INTO market_item (name, unit, last_price, last_supplier_id) "
                                "VALUES (?,?,?,?)", [name, unit, price, sid])
        pid = db.insert(
            "INSERT INTO purchase (day, supplier_id, item_id, quantity, unit, unit_price, amount) "
            "VALUES (?,?,?,?,?,?,?)", [day.isoformat(), sid, item_id, float(qty), unit, price, amount])
    return purchases_between(db, day, day, purchase_id=pid)[0]


def correct_purchase(db: Database, purchase_id: int, quantity: object, unit_price: object, reason: str,
                     by_whom: str = "", now: dt.datetime | None = None) -> Purchase:
    """Correct a purchase's quantity and unit price: an adjustment entry records the change
    (quantity and money), the purchase stays as it was entered."""
    qty = parse_quantity(quantity)
    if unit_price is None or (isinstance(unit_price, str) and not unit_price.strip()):
        raise MealsError("meals.price_missing", "unit_price")
    price = parse_money(unit_price, "unit_price")
    amount = int((qty * price).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return _adjust_purchase(db, purchase_id, float(qty), amount, price, "correct", reason, by_whom, now)


def cancel_purchase(db: Database, purchase_id: int, reason: str, by_whom: str = "",
                    now: dt.datetime | None = None) -> None:
    """Cancel a purchase through an adjustment entry that takes back its quantity and money."""
    _adjust_purchase(db, purchase_id, 0.0, 0, None, "cancel", reason, by_whom, now)


def _adjust_purchase(db: Database, purchase_id: int, quantity: float, amount: int, price: int | None, action: str,
                     reason: str, by_whom: str, now: dt.datetime | None) -> Purchase:
    from kindergarten_desktop.errors import AppError
    from kindergarten_desktop.meals import stock

    row = db.execute("SELECT item_id, day, quantity, amount, unit_price FROM purchase_effective WHERE id = ?",
                     [purchase_id]).fetchone()
    if row is None:
        raise AppError("meals.no_purchase", id=purchase_id)
    item_id, day_text, current_qty, current_amount, current_price = row
    if not reason.strip():
        raise AppError("meals.adjust_reason")
    if current_qty <= 0.0005:
        raise AppError("meals.already_cancelled_entry")
    delta_qty = round(quantity - current_qty, 3)
    delta_amount = amount - current_amount
    if delta_qty == 0 and delta_amount == 0 and (price is None or price == current_price):
        raise AppError("meals.adjust_nothing")
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        # A day of a closed month is refused by the guard trigger on stock_adjustment (db/guards.py).
        db.execute("INSERT INTO stock_adjustment (purchase_id, item_id, day, action, quantity, amount, unit_price, "
                   "reason, by_whom, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [purchase_id, item_id, day_text, action, delta_qty, delta_amount, price, reason.strip(),
                    by_whom.strip(), stamp])
        stock.ensure_covered(db, item_id)  # a stocked item's purchase is its stock in
    day = dt.date.fromisoformat(day_text)
    return purchases_between(db, day, day, purchase_id=purchase_id, include_cancelled=True)[0]


def purchases_between(db: Database, start: dt.date, end: dt.date, *, purchase_id: int | None = None,
                      include_cancelled: bool = False) -> list[Purchase]:
    """Purchases with their corrections applied; cancelled ones (quantity 0) only if asked."""
    sql = ("SELECT p.id, p.day, coalesce(s.name, ''), i.name, round(p.quantity, 3), p.unit, p.unit_price, "
           "p.amount, p.adjustments FROM purchase_effective p JOIN market_item i ON i.id = p.item_id "
           "LEFT JOIN supplier s ON s.id = p.supplier_id WHERE p.day BETWEEN ? AND ?")
    params: list = [start.isoformat(), end.isoformat()]
    if not include_cancelled:
        sql += " AND p.quantity > 0.0005"
    if purchase_id is not None:
        sql += " AND p.id = ?"
        params.append(purchase_id)
    rows = db.execute(sql + " ORDER BY p.day, p.id", params).fetchall()
    return [Purchase(r[0], dt.date.fromisoformat(r[1]), *r[2:]) for r in rows]


def meals_eaten(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, dict[str, int]]:
    """Children eating per school day and category (nursery / kindergarten)."""
    rows = db.execute(
        f"""WITH marks AS (
                SELECT child_id, day FROM attendance WHERE day BETWEEN :a AND :b
                UNION SELECT child_id, day FROM meal_override WHERE day BETWEEN :a AND :b)
            SELECT m.day, c.age_group, count(DISTINCT m.child_id) FROM marks m
            JOIN enrollment e ON e.child_id = m.child_id AND e.start_date <= m.day
                 AND (e.end_date IS NULL OR e.end_date >= m.day)
            JOIN class c ON c.id = e.class_id
            LEFT JOIN attendance a ON a.child_id = m.child_id AND a.day = m.day
            LEFT JOIN meal_override o ON o.child_id = m.child_id AND o.day = m.day
            WHERE {EATS_SQL} = 1
            GROUP BY m.day, c.age_group""",
        {"a": start.isoformat(), "b": end.isoformat()}).fetchall()
    open_days = set(school_days(db, start, end))
    eaten: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, group, n in rows:
        d = dt.date.fromisoformat(day)
        if d in open_days:
            eaten[d][category_of(group)] += n
    return {d: dict(v) for d, v in eaten.items()}


def food_money(eaten: dict[str, int], staff: int, rates: RateTable, day: dt.date) -> int:
    """Food component of a day's meals: children per category, staff at the kindergarten rate."""
    total = 0
    for category, n in eaten.items():
        rate = rates.on(category, day)
        total += n * rate.food if rate else 0
    kg = rates.on("kindergarten", day)
    return total + (staff * kg.food if kg else 0)


def unpriced_categories(eaten: dict[str, int], staff: int, rates: RateTable, day: dt.date) -> list[str]:
    """Categories whose meals on ``day`` have no daily rate in force: ``food_money`` counts them 0 ₫."""
    eating = {category for category, n in eaten.items() if n} | ({"kindergarten"} if staff else set())
    return sorted(category for category in eating if rates.on(category, day) is None)


def unpriced_days_this_school_year(db: Database, day: dt.date) -> dict[dt.date, list[str]]:
    """unpriced_days from the start of ``day``'s school year: balances carry forward from there."""
    from kindergarten_desktop.school import school_year_start_for

    return unpriced_days(db, dt.date(school_year_start_for(day), 9, 1), day)


def unpriced_days(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, list[str]]:
    """School days from start to end whose meals (some category) have no daily rate."""
    rates = rate_table(db)
    eaten = meals_eaten(db, start, end)
    open_days = set(school_days(db, start, end))
    staff = {d: n for d, n in staff_meals(db, start, end).items() if d in open_days}
    found = {}
    for day in sorted(set(eaten) | set(staff)):
        missing = unpriced_categories(eaten.get(day, {}), staff.get(day, 0), rates, day)
        if missing:
            found[day] = missing
    return found


def _spent(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """Money spent on food each day: fresh food on the day it is bought, dry goods kept in the
    store (rice, oil ...) at their average cost on the day they are used."""
    from kindergarten_desktop.meals.stock_value import use_values

    rows = db.execute("SELECT p.day, sum(p.amount) FROM purchase_effective p JOIN market_item i ON i.id = p.item_id "
                      "WHERE i.stocked = 0 AND p.day BETWEEN ? AND ? GROUP BY p.day",
                      [start.isoformat(), end.isoformat()])
    spent: dict[dt.date, int] = {dt.date.fromisoformat(d): s for d, s in rows}
    for day, value in use_values(db, start, end).items():
        spent[day] = spent.get(day, 0) + value
    return {d: v for d, v in spent.items() if v}


def _net(db: Database, start: dt.date, end: dt.date, rates: RateTable) -> int:
    if end < start:
        return 0
    eaten = meals_eaten(db, start, end)
    open_days = set(school_days(db, start, end))
    staff = {d: n for d, n in staff_meals(db, start, end).items() if d in open_days}
    days = set(eaten) | set(staff)
    money = sum(food_money(eaten.get(d, {}), staff.get(d, 0), rates, d) for d in days)
    return money - sum(_spent(db, start, end).values())


def day_book(db: Database, start: dt.date, end: dt.date) -> list[DayBalance]:
    """Each school day (and any day with purchases) from start to end, with the balance
    carried forward from the start of the school year of ``start``."""
    rates = rate_table(db)
    year_start = dt.date(school_year_start_for(start), 9, 1)
    carried = _net(db, year_start, start - dt.timedelta(days=1), rates)
    eaten = meals_eaten(db, start, end)
    staff = staff_meals(db, start, end)
    spent = _spent(db, start, end)
    open_days = set(school_days(db, start, end))
    days = sorted(open_days | set(spent))
    book = []
    for d in days:
        staff_today = staff.get(d, 0) if d in open_days else 0
        entry = DayBalance(d, eaten.get(d, {}), staff_today,
                           food_money(eaten.get(d, {}), staff_today, rates, d), spent.get(d, 0), carried)
        carried = entry.carried_out
        book.append(entry)
    return book


def item_totals(db: Database, start: dt.date, end: dt.date) -> list[tuple[str, str, float, int]]:
    """(item, unit, total quantity, total amount) over a period, largest spending first."""
    rows = db.execute(
        "SELECT i.name, p.unit, sum(p.quantity), sum(p.amount) FROM purchase_effective p "
        "JOIN market_item i ON i.id = p.item_id WHERE p.day BETWEEN ? AND ? AND p.quantity > 0.0005 "
        "GROUP BY i.name, p.unit ORDER BY sum(p.amount) DESC",
        [start.isoformat(), end.isoformat()]).fetchall()
    return [(n, u, round(q, 3), a) for n, u, q, a in rows]
