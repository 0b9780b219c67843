"""Dry-goods stock (kho hàng khô): rice, oil, milk powder ... bought in bulk and used over
many days. A purchase of a stocked item is its stock in (the market book is the only place
it is entered); the kitchen records what it takes out each day (xuất kho). On hand on a day
= everything bought up to that day − everything taken out up to that day, and it may never
go below 0 on any day: a use larger than what the store holds is refused."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.names import text_sort_key

# Quantities are stored as REAL; sums are compared in thousandths (1 g, 1 ml) to ignore float noise.
PLACES = 3


@dataclass(frozen=True)
class StockItem:
    id: int
    name: str
    unit: str
    on_hand: float


@dataclass(frozen=True)
class StockUse:
    id: int
    day: dt.date
    item: str
    unit: str
    quantity: float
    note: str
    adjustments: int = 0  # corrections recorded on this use
    recorded: float = 0.0  # the quantity first entered

    @property
    def cancelled(self) -> bool:
        return self.quantity <= 0


@dataclass(frozen=True)
class StockLine:
    """One item over a period: opening + bought − used = closing."""
    item: str
    unit: str
    opening: float
    bought: float
    used: float

    @property
    def closing(self) -> float:
        return round(self.opening + self.bought - self.used, PLACES)


def _item(db: Database, item: str | int) -> tuple[int, str, str, int]:
    if isinstance(item, int):
        row = db.execute("SELECT id, name, unit, stocked FROM market_item WHERE id = ?", [item]).fetchone()
    else:
        name = re.sub(r"\s+", " ", item or "").strip()
        if not name:
            raise MealsError("meals.name_empty", "item")
        row = db.execute("SELECT id, name, unit, stocked FROM market_item WHERE name = ?", [name]).fetchone()
    if row is None:
        raise MealsError("meals.item_unknown", "item", item=item)
    return row


def set_stocked(db: Database, item: str | int, stocked: bool = True) -> None:
    """Mark an item as kept in store (or not). An item with uses recorded stays stocked."""
    item_id, name, _, _ = _item(db, item)
    with db.atomic():
        if not stocked and db.execute("SELECT 1 FROM stock_use WHERE item_id = ? LIMIT 1", [item_id]).fetchone():
            raise MealsError("meals.item_has_uses", "item", item=name)
        db.execute("UPDATE market_item SET stocked = ? WHERE id = ?", [int(stocked), item_id])


def _quantity(value: object) -> Decimal:
    from kindergarten_desktop.meals.market import parse_quantity

    if isinstance(value, str) and value.strip().startswith("-"):
        raise MealsError("meals.quantity_zero", "quantity")
    return parse_quantity(value)


_VIEWS = {"purchase": "purchase_effective", "stock_use": "stock_use_effective"}


def _totals(db: Database, item_id: int, table: str, day: dt.date | None, before: bool = False) -> float:
    """Sum of an item's purchases or uses, corrections included."""
    sql = f"SELECT coalesce(sum(quantity), 0) FROM {_VIEWS[table]} WHERE item_id = ?"
    params: list = [item_id]
    if day is not None:
        sql += " AND day < ?" if before else " AND day <= ?"
        params.append(day.isoformat())
    return float(db.execute(sql, params).fetchone()[0])


def on_hand(db: Database, item: str | int, day: dt.date | None = None) -> float:
    """Quantity in store at the end of ``day`` (default: everything recorded)."""
    item_id = _item(db, item)[0]
    return round(_totals(db, item_id, "purchase", day) - _totals(db, item_id, "stock_use", day), PLACES)


def first_shortfall(db: Database, item_id: int) -> tuple[dt.date, float] | None:
    """The first day the store would hold less than nothing, and how much (negative)."""
    rows = db.execute(
        "SELECT day, sum(q) FROM (SELECT day, quantity AS q FROM purchase_effective WHERE item_id = :i "
        "UNION ALL SELECT day, -quantity FROM stock_use_effective WHERE item_id = :i) AS moves "
        "GROUP BY day ORDER BY day",
        {"i": item_id}).fetchall()
    running = 0.0
    for day, delta in rows:
        running = round(running + delta, PLACES)
        if running < 0:
            return dt.date.fromisoformat(day), running
    return None


def add_use(db: Database, day: dt.date, item: str | int, quantity: object, note: str = "") -> StockUse:
    """Record that the kitchen took ``quantity`` of a stocked item out of the store on ``day``."""
    item_id, name, unit, stocked = _item(db, item)
    if not stocked:
        raise MealsError("meals.item_not_stocked", "item", item=name)
    qty = _quantity(quantity)
    with db.atomic():
        held = on_hand(db, item_id, day)
        if float(qty) > held:
            raise MealsError("meals.stock_short", "quantity", held=_text(held), unit=unit, item=name, day=day)
        use_id = db.insert("INSERT INTO stock_use (item_id, day, quantity, note) VALUES (?,?,?,?)",
                           [item_id, day.isoformat(), float(qty), note.strip()])
        short = first_shortfall(db, item_id)
        if short is not None:
            # A later use already counts on what this one would take.
            raise MealsError("meals.stock_short_later", "quantity", item=name, day=short[0])
    return uses_between(db, day, day, use_id=use_id)[0]


def correct_use(db: Database, use_id: int, quantity: object, reason: str, by_whom: str = "",
                now: dt.datetime | None = None) -> StockUse:
    """Correct the quantity of a stock use: an adjustment entry records the change, the use
    itself stays as it was entered."""
    qty = float(_quantity(quantity))
    return _adjust_use(db, use_id, qty, "correct", reason, by_whom, now)


def cancel_use(db: Database, use_id: int, reason: str, by_whom: str = "", now: dt.datetime | None = None) -> None:
    """Cancel a stock use through an adjustment entry that takes its whole quantity back."""
    _adjust_use(db, use_id, 0.0, "cancel", reason, by_whom, now)


def _adjust_use(db: Database, use_id: int, new_quantity: float, action: str, reason: str, by_whom: str,
                now: dt.datetime | None) -> StockUse:
    row = db.execute("SELECT u.item_id, u.day, u.quantity, i.name FROM stock_use_effective u "
                     "JOIN market_item i ON i.id = u.item_id WHERE u.id = ?", [use_id]).fetchone()
    if row is None:
        raise AppError("meals.no_stock_use", id=use_id)
    item_id, day_text, current, name = row
    if not reason.strip():
        raise AppError("meals.adjust_reason")
    if round(current, PLACES) <= 0:
        raise AppError("meals.already_cancelled_entry")
    delta = round(new_quantity - current, PLACES)
    if delta == 0:
        raise AppError("meals.adjust_nothing")
    day = dt.date.fromisoformat(day_text)
    with db.atomic():
        # A day of a closed month is refused by the guard trigger on stock_adjustment (db/guards.py).
        db.execute("INSERT INTO stock_adjustment (use_id, item_id, day, action, quantity, reason, by_whom, at) "
                   "VALUES (?,?,?,?,?,?,?,?)", [use_id, item_id, day_text, action, delta, reason.strip(),
                                                by_whom.strip(), _stamp(now)])
        short = first_shortfall(db, item_id)
        if short is not None:
            raise MealsError("meals.store_short", "quantity", item=name, day=short[0])
    return uses_between(db, day, day, use_id=use_id, include_cancelled=True)[0]


def _stamp(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")


def ensure_covered(db: Database, item_id: int) -> None:
    """Refuse a change (a purchase corrected or cancelled) that leaves a recorded use without stock."""
    short = first_shortfall(db, item_id)
    if short is not None:
        name = db.execute("SELECT name FROM market_item WHERE id = ?", [item_id]).fetchone()[0]
        raise MealsError("meals.store_short", "quantity", item=name, day=short[0])


def uses_between(db: Database, start: dt.date, end: dt.date, *, use_id: int | None = None,
                 include_cancelled: bool = False) -> list[StockUse]:
    """Uses with their corrections applied; cancelled ones (quantity 0) only if asked."""
    sql = ("SELECT u.id, u.day, i.name, i.unit, u.quantity, u.note, u.adjustments, u.recorded_quantity "
           "FROM stock_use_effective u JOIN market_item i ON i.id = u.item_id WHERE u.day BETWEEN ? AND ?")
    params: list = [start.isoformat(), end.isoformat()]
    if not include_cancelled:
        sql += " AND u.quantity > 0.0005"
    if use_id is not None:
        sql += " AND u.id = ?"
        params.append(use_id)
    rows = db.execute(sql + " ORDER BY u.day, u.id", params).fetchall()
    return [StockUse(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], round(r[4], PLACES), r[5], r[6],
                     round(r[7], PLACES)) for r in rows]


def stocked_items(db: Database, day: dt.date | None = None) -> list[StockItem]:
    """The stocked items with what the store holds at the end of ``day``."""
    return [StockItem(i, n, u, on_hand(db, i, day)) for i, n, u in _stocked(db)]


def _stocked(db: Database) -> list[tuple[int, str, str]]:
    """(id, name, unit) of the stocked items in Vietnamese order."""
    rows = db.execute("SELECT id, name, unit FROM market_item WHERE stocked = 1").fetchall()
    return sorted(rows, key=lambda r: text_sort_key(r[1]))


def period(db: Database, start: dt.date, end: dt.date) -> list[StockLine]:
    """Opening, bought, used and closing of every stocked item from start to end."""
    lines = []
    for item_id, name, unit in _stocked(db):
        opening = _totals(db, item_id, "purchase", start, True) - _totals(db, item_id, "stock_use", start, True)
        bought = _totals(db, item_id, "purchase", end) - _totals(db, item_id, "purchase", start, True)
        used = _totals(db, item_id, "stock_use", end) - _totals(db, item_id, "stock_use", start, True)
        lines.append(StockLine(name, unit, round(opening, PLACES), round(bought, PLACES), round(used, PLACES)))
    return lines


def _text(value: float) -> str:
    return f"{value:.{PLACES}f}".rstrip("0").rstrip(".").replace(".", ",")
