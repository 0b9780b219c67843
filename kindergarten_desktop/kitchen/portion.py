"""The day's portion (khẩu phần): what one child of each age group eats at school that day,
from the menu and the food composition table, and the children eating from the meal count.

Per child: energy, protein, fat, carbohydrate (g), their % of energy (protein % = 4·P / E,
fat % = 9·L / E, carbohydrate % = 4·G / E, E the sum of the table's energy values), the animal
share of protein and fat, calcium, iron, vitamin A, B1 and C; a verdict against the norms.
A food without a value for a nutrient (a dash in the table) counts 0 and is listed in
``unknown``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.kitchen import GROUPS, MEALS
from kindergarten_desktop.kitchen.catalogue import NUTRIENTS, Food, foods_by_id
from kindergarten_desktop.kitchen.menus import MenuLine, menus_between
from kindergarten_desktop.kitchen.norms import MEASURES, Norm, NormTable, norm_table, verdict


@dataclass(frozen=True)
class Totals:
    """Nutrients of one child's portion (or an average of several days)."""

    values: dict[str, float]
    animal_protein: float = 0.0
    animal_fat: float = 0.0

    @property
    def energy(self) -> float:
        return self.values["energy_kcal"]

    @property
    def protein(self) -> float:
        return self.values["protein_g"]

    @property
    def fat(self) -> float:
        return self.values["fat_g"]

    @property
    def carbohydrate(self) -> float:
        return self.values["carbohydrate_g"]

    def _pct(self, kcal: float) -> float:
        return 100.0 * kcal / self.energy if self.energy else 0.0

    @property
    def protein_pct(self) -> float:
        return self._pct(4 * self.protein)

    @property
    def fat_pct(self) -> float:
        return self._pct(9 * self.fat)

    @property
    def carbohydrate_pct(self) -> float:
        return self._pct(4 * self.carbohydrate)

    @property
    def animal_protein_pct(self) -> float:
        return 100.0 * self.animal_protein / self.protein if self.protein else 0.0

    @property
    def animal_fat_pct(self) -> float:
        return 100.0 * self.animal_fat / self.fat if self.fat else 0.0

    def measure(self, name: str) -> float:
        return {"energy": self.energy, "protein": self.protein_pct, "fat": self.fat_pct,
                "carbohydrate": self.carbohydrate_pct}[name]

    def verdicts(self, norm: Norm | None) -> dict[str, str]:
        if norm is None:
            return {}
        return {m: verdict(self.measure(m), norm.range(m)) for m in MEASURES}


ZERO = Totals({n: 0.0 for n in NUTRIENTS})


@dataclass(frozen=True)
class PortionLine:
    meal: str
    dish: str
    food: Food
    net: float  # grams per child
    nutrients: dict[str, float]  # per child

    @property
    def gross(self) -> float:
        return self.food.gross_grams(self.net)


@dataclass(frozen=True)
class GroupPortion:
    group: str
    day: dt.date
    children: int
    lines: list[PortionLine]
    per_child: Totals
    norm: Norm | None
    unknown: dict[str, list[str]] = field(default_factory=dict)  # nutrient -> foods without a value

    @property
    def verdicts(self) -> dict[str, str]:
        return self.per_child.verdicts(self.norm)

    @property
    def empty(self) -> bool:
        return not self.lines

    def meal_shares(self) -> list[MealShare]:
        """Each meal served: its energy per child and its share of the day's need against the norm."""
        energy: dict[str, float] = {}
        for line in self.lines:
            energy[line.meal] = energy.get(line.meal, 0.0) + line.nutrients["energy_kcal"]
        shares = []
        for meal in MEALS:
            if meal not in energy:
                continue
            pct = self.norm.meal_share(meal, energy[meal]) if self.norm else None
            bounds = self.norm.meal_shares.get(meal) if self.norm else None
            shares.append(MealShare(meal, energy[meal], pct, bounds,
                                    verdict(pct, bounds) if pct is not None and bounds else ""))
        return shares


@dataclass(frozen=True)
class MealShare:
    meal: str
    energy: float  # kcal per child
    pct: float | None  # % of the middle of the day's need
    norm: tuple[float, float] | None
    verdict: str  # '' without a norm for the meal


@dataclass(frozen=True)
class DayPortion:
    day: dt.date
    groups: dict[str, GroupPortion]
    staff: int = 0


def compute(lines: list[MenuLine], foods: dict[int, Food]) -> tuple[list[PortionLine], Totals, dict[str, list[str]]]:
    """Portion lines and per-child totals of a menu."""
    sums = dict.fromkeys(NUTRIENTS, 0.0)
    animal_protein = animal_fat = 0.0
    unknown: dict[str, list[str]] = defaultdict(list)
    out = []
    for line in lines:
        food = foods[line.food_id]
        factor = line.grams / 100.0
        values = {}
        for n, per100 in zip(NUTRIENTS, food.nutrients, strict=True):
            if per100 is None:
                if food.name not in unknown[n]:
                    unknown[n].append(food.name)
                per100 = 0.0
            values[n] = per100 * factor
            sums[n] += values[n]
        if food.animal:
            animal_protein += values["protein_g"]
            animal_fat += values["fat_g"]
        out.append(PortionLine(line.meal, line.dish, food, line.grams, values))
    return out, Totals(sums, animal_protein, animal_fat), dict(unknown)


def children_eating(db: Database, day: dt.date) -> tuple[dict[str, int], int]:
    """Children per age group (nursery / kindergarten) on ``day`` from the meal count, and staff
    meals. Before attendance is taken, unmarked children count (what the kitchen cooks for)."""
    from kindergarten_desktop.meals.counts import daily_count
    from kindergarten_desktop.meals.rates import category_of

    count = daily_count(db, day)
    children = dict.fromkeys(GROUPS, 0)
    for c in count.classes:
        children[category_of(c.age_group)] += c.expected
    return children, count.staff


def day_portion(db: Database, day: dt.date, *, norms: NormTable | None = None) -> DayPortion:
    children, staff = children_eating(db, day)
    menus = menus_between(db, day, day)
    return _portion(db, day, menus, children, staff, norms or norm_table(db))


def _portion(db: Database, day: dt.date, menus: dict[tuple[dt.date, str], list[MenuLine]], children: dict[str, int],
             staff: int, norms: NormTable, foods: dict[int, Food] | None = None) -> DayPortion:
    if foods is None:
        foods = foods_by_id(db, {ln.food_id for lines in menus.values() for ln in lines})
    groups = {}
    for group in GROUPS:
        lines, totals, unknown = compute(menus.get((day, group), []), foods)
        groups[group] = GroupPortion(group, day, children.get(group, 0), lines, totals, norms.on(group, day), unknown)
    return DayPortion(day, groups, staff)


def portions_between(db: Database, start: dt.date, end: dt.date) -> list[DayPortion]:
    """Every day with a menu from start to end (one read of menus, foods and norms)."""
    menus = menus_between(db, start, end)
    foods = foods_by_id(db, {ln.food_id for lines in menus.values() for ln in lines})
    norms = norm_table(db)
    days = sorted({d for d, _ in menus})
    result = []
    for day in days:
        children, staff = children_eating(db, day)
        result.append(_portion(db, day, menus, children, staff, norms, foods))
    return result


def average(totals: list[Totals]) -> Totals:
    if not totals:
        return ZERO
    n = len(totals)
    return Totals({k: sum(t.values[k] for t in totals) / n for k in NUTRIENTS},
                  sum(t.animal_protein for t in totals) / n, sum(t.animal_fat for t in totals) / n)


@dataclass(frozen=True)
class WeekAverage:
    group: str
    days: int
    per_child: Totals
    norm: Norm | None

    @property
    def verdicts(self) -> dict[str, str]:
        return self.per_child.verdicts(self.norm)


def week_average(db: Database, day: dt.date) -> dict[str, WeekAverage]:
    """Average per child over the days of ``day``'s week (Monday-Sunday) that have a menu."""
    monday = day - dt.timedelta(days=day.weekday())
    portions = portions_between(db, monday, monday + dt.timedelta(days=6))
    norms = norm_table(db)
    result = {}
    for group in GROUPS:
        own = [p.groups[group].per_child for p in portions if not p.groups[group].empty]
        result[group] = WeekAverage(group, len(own), average(own), norms.on(group, day))
    return result
