"""What the store holds is worth: the stock card (thẻ kho) of each dry-goods item, valued at the
moving average cost, and the money of the goods used each day.

Goods in are the item's purchases, goods out its stock uses; corrections (stock_adjustment)
appear as their own lines right after the entry they correct, on that entry's day. Each use
is valued at the average cost of what the store holds just before it (all of it when the
store is emptied, so no đồng is left behind). The market book and the daily posting count a
stocked item's money on the day it is *used*, not the day it is bought."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.stock import PLACES

EPS = 0.0005


@dataclass(frozen=True)
class CardLine:
    day: dt.date
    kind: str  # 'in' (nhập), 'out' (xuất), 'adjust_in', 'adjust_out'
    text: str
    qty_in: float
    qty_out: float
    value_in: int
    value_out: int
    qty_after: float
    value_after: int

    @property
    def unit_cost(self) -> int:
        """Average cost after this line (đồng per unit)."""
        return round(self.value_after / self.qty_after) if self.qty_after > EPS else 0


@dataclass
class StockCard:
    item_id: int
    item: str
    unit: str
    start: dt.date
    end: dt.date
    opening_qty: float = 0.0
    opening_value: int = 0
    lines: list[CardLine] = field(default_factory=list)

    @property
    def qty_in(self) -> float:
        return round(sum(line.qty_in for line in self.lines), PLACES)

    @property
    def qty_out(self) -> float:
        return round(sum(line.qty_out for line in self.lines), PLACES)

    @property
    def value_in(self) -> int:
        return sum(line.value_in for line in self.lines)

    @property
    def value_out(self) -> int:
        return sum(line.value_out for line in self.lines)

    @property
    def closing_qty(self) -> float:
        return round(self.opening_qty + self.qty_in - self.qty_out, PLACES)

    @property
    def closing_value(self) -> int:
        return self.opening_value + self.value_in - self.value_out


def _events(db: Database, item_ids: list[int] | None, end: dt.date) -> dict[int, list[tuple]]:
    """Per item, chronological (day, order, kind, qty, money, text) up to ``end``."""
    # Only the stocked items' entries (fresh food is most of the market book and never stored).
    where = "day <= :end AND {t}.item_id IN (SELECT id FROM market_item WHERE stocked = 1)"
    params = {"end": end.isoformat()}
    rows = db.execute(
        f"""SELECT p.item_id, p.day, 0, p.id, 0, 'in', p.quantity, p.amount, coalesce(s.name, '')
            FROM purchase p LEFT JOIN supplier s ON s.id = p.supplier_id WHERE p.{where.format(t="p")}
            UNION ALL
            SELECT a.item_id, a.day, 0, a.purchase_id, a.id, 'adjust_in', a.quantity, a.amount, a.reason
            FROM stock_adjustment a WHERE a.purchase_id IS NOT NULL AND a.{where.format(t="a")}
            UNION ALL
            SELECT u.item_id, u.day, 1, u.id, 0, 'out', u.quantity, 0, u.note FROM stock_use u
            WHERE u.{where.format(t="u")}
            UNION ALL
            SELECT a.item_id, a.day, 1, a.use_id, a.id, 'adjust_out', a.quantity, 0, a.reason
            FROM stock_adjustment a WHERE a.use_id IS NOT NULL AND a.{where.format(t="a")}""", params).fetchall()
    wanted = set(item_ids) if item_ids is not None else None
    stocked = {i for (i,) in db.execute("SELECT id FROM market_item WHERE stocked = 1")}
    found: dict[int, list[tuple]] = defaultdict(list)
    for item_id, day, order, entry, adj, kind, qty, money, text in rows:
        if item_id in stocked and (wanted is None or item_id in wanted):
            found[item_id].append((day, order, entry, adj, kind, qty, money, text))
    for events in found.values():
        events.sort()
    return found


def _walk(events: list[tuple]):
    """Yield (day, kind, text, qty_in, qty_out, value_in, value_out, qty_after, value_after)."""
    qty, value, last_cost = 0.0, 0, 0.0
    for day, _order, _entry, _adj, kind, q, money, text in events:
        if kind in ("in", "adjust_in"):
            qty_in, value_in, qty_out, value_out = q, money, 0.0, 0
        else:
            qty_in, value_in, qty_out = 0.0, 0, q
            if q > 0 and q >= qty - EPS:
                value_out = value  # the store is emptied: all its money goes
            else:
                cost = value / qty if qty > EPS else last_cost
                value_out = round(q * cost)
        qty = round(qty + qty_in - qty_out, PLACES)
        value = value + value_in - value_out
        if qty > EPS:
            last_cost = value / qty
        yield day, kind, text, qty_in, qty_out, value_in, value_out, qty, value


def use_values(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """Money of the stocked goods used each day from start to end, at average cost."""
    used: dict[dt.date, int] = defaultdict(int)
    lo, hi = start.isoformat(), end.isoformat()
    for events in _events(db, None, end).values():
        for day, kind, _t, _qi, _qo, _vi, value_out, _q, _v in _walk(events):
            if kind in ("out", "adjust_out") and lo <= day <= hi and value_out:
                used[dt.date.fromisoformat(day)] += value_out
    return dict(used)


def stock_cards(db: Database, start: dt.date, end: dt.date, item_ids: list[int] | None = None) -> list[StockCard]:
    """The stock card of every stocked item (or those given) from start to end."""
    from kindergarten_desktop.names import text_sort_key

    items = {i: (n, u) for i, n, u in db.execute("SELECT id, name, unit FROM market_item WHERE stocked = 1")}
    if item_ids is not None:
        items = {i: v for i, v in items.items() if i in item_ids}
    events = _events(db, list(items), end)
    lo = start.isoformat()
    cards = []
    for item_id, (name, unit) in sorted(items.items(), key=lambda kv: text_sort_key(kv[1][0])):
        card = StockCard(item_id, name, unit, start, end)
        for day, kind, text, qi, qo, vi, vo, qty, value in _walk(events.get(item_id, [])):
            if day < lo:
                card.opening_qty, card.opening_value = qty, value
                continue
            label = {"in": f"Nhập kho (mua{' của ' + text if text else ''})", "out": "Xuất kho" + (
                f" ({text})" if text else ""), "adjust_in": f"Điều chỉnh phiếu nhập: {text}",
                "adjust_out": f"Điều chỉnh phiếu xuất: {text}"}[kind]
            card.lines.append(CardLine(dt.date.fromisoformat(day), kind, label, round(qi, PLACES),
                                       round(qo, PLACES), vi, vo, qty, value))
        cards.append(card)
    return cards


def food_lines(db: Database, start: dt.date, end: dt.date) -> tuple[dict[dt.date, list], dict[dt.date, list]]:
    """What each day's food money was spent on, and what went into the store.

    The first mapping holds, per day, the fresh purchases and one line per dry-goods item taken
    out of the store (its quantity, average cost and money): their amounts add up to the day's
    ``spent`` in the market book. The second holds the day's purchases of stocked items, which
    count only when used."""
    from kindergarten_desktop.meals.market import Purchase, purchases_between

    stocked = {n for (n,) in db.execute("SELECT name FROM market_item WHERE stocked = 1")}
    counted: dict[dt.date, list[Purchase]] = defaultdict(list)
    stored: dict[dt.date, list[Purchase]] = defaultdict(list)
    for purchase in purchases_between(db, start, end):
        (stored if purchase.item in stocked else counted)[purchase.day].append(purchase)
    for card in stock_cards(db, start, end):
        used: dict[dt.date, list] = defaultdict(lambda: [0.0, 0])
        for line in card.lines:
            if line.kind in ("out", "adjust_out"):
                used[line.day][0] += line.qty_out
                used[line.day][1] += line.value_out
        for day, (qty, value) in sorted(used.items()):
            qty = round(qty, PLACES)
            if qty > EPS or value:
                counted[day].append(Purchase(0, day, "Kho của trường", f"{card.item} (xuất kho)", qty, card.unit,
                                             round(value / qty) if qty > EPS else 0, value))
    return dict(counted), dict(stored)
