"""The market list (danh sách đi chợ): net grams per child × children eating → net and gross
quantities (gross = net × 100 / (100 − waste %)), in each food's purchase unit, by supplier,
priced at the latest prices; compared with the food money the day's meals bring (children per
category × the food part of the daily rate, staff at the kindergarten rate, as in the market
book). Staff eat the kindergarten menu. ``write_purchases`` turns the list into market-book
purchases, taking dry goods the store holds out of the store instead (meals.market and
meals.stock APIs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen import GROUPS
from kindergarten_desktop.kitchen.catalogue import Food
from kindergarten_desktop.kitchen.portion import DayPortion, day_portion
from kindergarten_desktop.meals.errors import MealsError


@dataclass(frozen=True)
class MarketLine:
    food: Food
    net_g: float  # whole school, grams
    gross_g: float
    supplier: str
    in_store: bool = False  # a dry good the store holds: taken out of the store, not bought

    @property
    def quantity(self) -> float:
        """Gross quantity in the food's purchase unit, rounded to 0.001."""
        return round(self.gross_g / self.food.unit_grams, 3)

    @property
    def amount(self) -> int | None:
        if self.food.price is None:
            return None
        return int((Decimal(str(self.quantity)) * self.food.price).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class MarketList:
    day: dt.date
    portion: DayPortion
    lines: list[MarketLine] = field(default_factory=list)
    money: int = 0  # food money of the day's meals
    unpriced_categories: list[str] = field(default_factory=list)  # meals without a daily rate
    ordered: bool = False  # already written to the market book

    @property
    def cost(self) -> int:
        """Cost of what is bought (not of what comes out of the store)."""
        return sum(line.amount or 0 for line in self.lines if not line.in_store)

    @property
    def store_value(self) -> int:
        return sum(line.amount or 0 for line in self.lines if line.in_store)

    @property
    def balance(self) -> int:
        """Surplus (positive) or deficit (negative) of the day's food money over the list's cost
        including what comes out of the store at its latest price."""
        return self.money - self.cost - self.store_value

    @property
    def unpriced(self) -> list[Food]:
        return [line.food for line in self.lines if line.food.price is None]

    def by_supplier(self) -> dict[str, list[MarketLine]]:
        found: dict[str, list[MarketLine]] = {}
        for line in self.lines:
            found.setdefault(line.supplier, []).append(line)
        return dict(sorted(found.items(), key=lambda kv: (kv[0] == "", kv[0])))


def _stocked(db: Database) -> set[str]:
    return {n for (n,) in db.execute("SELECT name FROM market_item WHERE stocked = 1")}


def market_list(db: Database, day: dt.date, portion: DayPortion | None = None) -> MarketList:
    from kindergarten_desktop.meals.market import food_money, unpriced_categories
    from kindergarten_desktop.meals.rates import rate_table

    portion = portion or day_portion(db, day)
    eaters = {g: portion.groups[g].children for g in GROUPS}
    eaters["kindergarten"] += portion.staff
    totals: dict[int, tuple[Food, float]] = {}
    for group in GROUPS:
        for line in portion.groups[group].lines:
            food, grams = totals.get(line.food.id, (line.food, 0.0))
            totals[line.food.id] = (food, grams + line.net * eaters[group])
    stocked = _stocked(db)
    lines = [MarketLine(food, net, food.gross_grams(net), food.supplier, food.item_name in stocked)
             for food, net in totals.values() if net > 0]
    lines.sort(key=lambda ln: (ln.food.group, ln.food.name))
    children = {g: portion.groups[g].children for g in GROUPS if portion.groups[g].children}
    rates = rate_table(db)
    ordered = db.execute("SELECT 1 FROM kitchen_order WHERE day = ?", [day.isoformat()]).fetchone() is not None
    return MarketList(day, portion, lines, food_money(children, portion.staff, rates, day),
                      unpriced_categories(children, portion.staff, rates, day), ordered)


def write_purchases(db: Database, day: dt.date, *, now: dt.datetime | None = None) -> int:
    """Turn the day's market list into market-book purchases (and store uses for dry goods the
    store holds, buying only what the store lacks), all or nothing; once per day. Returns the
    amount bought (đồng)."""
    from kindergarten_desktop.meals import market, stock

    plan = market_list(db, day)
    if plan.ordered:
        raise AppError("kitchen.already_ordered", day=day)
    if not plan.lines:
        raise AppError("kitchen.no_menu", day=day)
    for food in plan.unpriced:
        raise AppError("kitchen.no_price", name=food.name)
    spent = 0
    with db.atomic():
        for line in plan.lines:
            item = line.food.item_name
            try:
                if line.in_store:
                    short = round(line.quantity - stock.on_hand(db, item, day), 3)
                    if short > 0:  # the store holds less than the day needs: buy the difference
                        spent += market.add_purchase(db, day, item, short, line.food.price, unit=line.food.unit,
                                                     supplier=line.supplier).amount
                    stock.add_use(db, day, item, line.quantity, note=f"Bếp: {line.food.name}")
                else:
                    bought = market.add_purchase(db, day, item, line.quantity, line.food.price, unit=line.food.unit,
                                                 supplier=line.supplier)
                    spent += bought.amount
            except MealsError as exc:  # the market book's or store's own input checks, naming the food
                raise AppError("kitchen.market_refused", item=item, reason=exc.text()) from exc
        stamp = (now or dt.datetime.now()).isoformat(timespec="seconds")
        db.execute("INSERT INTO kitchen_order (day, at, amount) VALUES (?,?,?)", [day.isoformat(), stamp, spent])
    return spent


