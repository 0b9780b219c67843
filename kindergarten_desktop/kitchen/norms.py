"""Nutrition norms at school per age group, effective-dated and editable. Shipped defaults
(migration 40): Thông tư 28/2016/TT-BGDĐT — nhà trẻ 600-651 kcal, protein 13-20 %, fat 30-40 %,
carbohydrate 47-50 % of energy; mẫu giáo 615-726 kcal, 13-20 %, 25-35 %, 52-60 %. With them the
whole day's need (nhà trẻ 930-1000 kcal, mẫu giáo 1230-1320 kcal) and each meal's share of it
(nhà trẻ: lunch 30-35 %, afternoon meal 25-30 %, snack 5-10 %; mẫu giáo: lunch 30-35 %, snack
15-25 %); a meal's share is its energy over the middle of the day's need."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen import GROUPS, MEALS, MEASURES  # noqa: F401 - MEASURES: its home was here
from kindergarten_desktop.kitchen.menus import check_group, check_meal


@dataclass(frozen=True)
class Norm:
    group: str
    effective_from: dt.date
    energy: tuple[float, float]  # kcal per child per day at school
    protein: tuple[float, float]  # % of energy
    fat: tuple[float, float]
    carbohydrate: tuple[float, float]
    source: str = ""
    need: tuple[float, float] | None = None  # the whole day's need, kcal
    meal_shares: dict[str, tuple[float, float]] = field(default_factory=dict)  # meal -> % of the day's need

    def range(self, measure: str) -> tuple[float, float]:
        value: tuple[float, float] = getattr(self, measure)
        return value

    def meal_share(self, meal: str, kcal: float) -> float | None:
        """A meal's energy as % of the middle of the day's need (None without a need)."""
        if self.need is None or not sum(self.need):
            return None
        return 100.0 * kcal / (sum(self.need) / 2)


def list_norms(db: Database) -> list[Norm]:
    shares: dict[tuple[str, str], dict[str, tuple[float, float]]] = {}
    for group, start, meal, low, high in db.execute(
            "SELECT age_group, effective_from, meal, share_min, share_max FROM nutrition_meal_share"):
        shares.setdefault((group, start), {})[meal] = (low, high)
    rows = db.execute("SELECT age_group, effective_from, energy_min, energy_max, protein_min, protein_max, fat_min, "
                      "fat_max, carbohydrate_min, carbohydrate_max, source, need_min, need_max FROM nutrition_norm "
                      "ORDER BY age_group, effective_from").fetchall()
    return [Norm(r[0], dt.date.fromisoformat(r[1]), (r[2], r[3]), (r[4], r[5]), (r[6], r[7]), (r[8], r[9]), r[10],
                 (r[11], r[12]) if r[11] is not None else None,
                 {m: shares[(r[0], r[1])][m] for m in MEALS if m in shares.get((r[0], r[1]), {})})
            for r in rows]


class NormTable:
    def __init__(self, norms: list[Norm]) -> None:
        self._by_group = {g: sorted((n for n in norms if n.group == g), key=lambda n: n.effective_from)
                          for g in GROUPS}

    def on(self, group: str, day: dt.date) -> Norm | None:
        own = self._by_group.get(group, [])
        i = bisect.bisect_right([n.effective_from for n in own], day)
        return own[i - 1] if i else None


def norm_table(db: Database) -> NormTable:
    return NormTable(list_norms(db))


def set_norm(db: Database, group: str, effective_from: dt.date, energy: tuple[float, float],
             protein: tuple[float, float], fat: tuple[float, float], carbohydrate: tuple[float, float],
             source: str = "", *, need: tuple[float, float] | None = None,
             meal_shares: dict[str, tuple[float, float]] | None = None) -> None:
    """Add (or replace, for the same day) the norms of an age group from ``effective_from`` on,
    with the whole day's need and each meal's share of it (meals left out have no share norm)."""
    check_group(group)
    values = {"energy": energy, "protein": protein, "fat": fat, "carbohydrate": carbohydrate}
    if need is not None:
        values["need"] = need
    for meal, bounds in (meal_shares or {}).items():
        check_meal(meal)
        values[f"share_{meal}"] = bounds
    flat: list[float] = []
    for name, (low, high) in values.items():
        try:
            low, high = float(low), float(high)
        except (TypeError, ValueError):
            raise AppError("kitchen.bad_number", field=name, value=f"{low}-{high}") from None
        if low < 0 or (name not in ("energy", "need") and high > 100):
            raise AppError("kitchen.bad_number", field=name, value=f"{low}-{high}")
        if low > high:
            raise AppError("kitchen.norm_range", field=name, low=low, high=high)
        flat += [low, high]
    with db.atomic():
        db.execute(
            "INSERT INTO nutrition_norm (age_group, effective_from, energy_min, energy_max, protein_min, protein_max, "
            "fat_min, fat_max, carbohydrate_min, carbohydrate_max, need_min, need_max, source) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(age_group, effective_from) DO UPDATE SET energy_min = excluded.energy_min, "
            "energy_max = excluded.energy_max, protein_min = excluded.protein_min, protein_max = excluded.protein_max, "
            "fat_min = excluded.fat_min, fat_max = excluded.fat_max, carbohydrate_min = excluded.carbohydrate_min, "
            "carbohydrate_max = excluded.carbohydrate_max, need_min = excluded.need_min, "
            "need_max = excluded.need_max, source = excluded.source",
            [group, effective_from.isoformat(), *flat[:8], *(flat[8:10] if need is not None else (None, None)),
             source.strip()])
        db.execute("DELETE FROM nutrition_meal_share WHERE age_group = ? AND effective_from = ?",
                   [group, effective_from.isoformat()])
        db.conn.executemany("INSERT INTO nutrition_meal_share (age_group, effective_from, meal, share_min, share_max) "
                            "VALUES (?,?,?,?,?)", [(group, effective_from.isoformat(), meal, float(low), float(high))
                                                   for meal, (low, high) in (meal_shares or {}).items()])


def delete_norm(db: Database, group: str, effective_from: dt.date) -> None:
    with db.atomic():
        db.execute("DELETE FROM nutrition_meal_share WHERE age_group = ? AND effective_from = ?",
                   [group, effective_from.isoformat()])
        db.execute("DELETE FROM nutrition_norm WHERE age_group = ? AND effective_from = ?",
                   [group, effective_from.isoformat()])


def verdict(value: float, bounds: tuple[float, float]) -> str:
    """'below', 'within' or 'above' (compared at one decimal, as printed)."""
    shown = round(value, 1)
    if shown < bounds[0]:
        return "below"
    if shown > bounds[1]:
        return "above"
    return "within"
