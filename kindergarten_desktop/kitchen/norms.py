"""Nutrition norms at school per age group, effective-dated and editable. Shipped defaults
(migration 40): Thông tư 28/2016/TT-BGDĐT — nhà trẻ 600-651 kcal, protein 13-20 %, fat 30-40 %,
carbohydrate 47-50 % of energy; mẫu giáo 615-726 kcal, 13-20 %, 25-35 %, 52-60 %."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen import GROUPS
from kindergarten_desktop.kitchen.menus import check_group

MEASURES = ("energy", "protein", "fat", "carbohydrate")


@dataclass(frozen=True)
class Norm:
    group: str
    effective_from: dt.date
    energy: tuple[float, float]  # kcal per child per day at school
    protein: tuple[float, float]  # % of energy
    fat: tuple[float, float]
    carbohydrate: tuple[float, float]
    source: str = ""

    def range(self, measure: str) -> tuple[float, float]:
        value: tuple[float, float] = getattr(self, measure)
        return value


def list_norms(db: Database) -> list[Norm]:
    rows = db.execute("SELECT age_group, effective_from, energy_min, energy_max, protein_min, protein_max, fat_min, "
                      "fat_max, carbohydrate_min, carbohydrate_max, source FROM nutrition_norm "
                      "ORDER BY age_group, effective_from").fetchall()
    return [Norm(r[0], dt.date.fromisoformat(r[1]), (r[2], r[3]), (r[4], r[5]), (r[6], r[7]), (r[8], r[9]), r[10])
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
             source: str = "") -> None:
    """Add (or replace, for the same day) the norms of an age group from ``effective_from`` on."""
    check_group(group)
    values = {"energy": energy, "protein": protein, "fat": fat, "carbohydrate": carbohydrate}
    flat: list[float] = []
    for name, (low, high) in values.items():
        try:
            low, high = float(low), float(high)
        except (TypeError, ValueError):
            raise AppError("kitchen.bad_number", field=name, value=f"{low}-{high}") from None
        if low < 0 or (name != "energy" and high > 100):
            raise AppError("kitchen.bad_number", field=name, value=f"{low}-{high}")
        if low > high:
            raise AppError("kitchen.norm_range", field=name, low=low, high=high)
        flat += [low, high]
    with db.atomic():
        db.execute(
            "INSERT INTO nutrition_norm (age_group, effective_from, energy_min, energy_max, protein_min, protein_max, "
            "fat_min, fat_max, carbohydrate_min, carbohydrate_max, source) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(age_group, effective_from) DO UPDATE SET energy_min = excluded.energy_min, "
            "energy_max = excluded.energy_max, protein_min = excluded.protein_min, protein_max = excluded.protein_max, "
            "fat_min = excluded.fat_min, fat_max = excluded.fat_max, carbohydrate_min = excluded.carbohydrate_min, "
            "carbohydrate_max = excluded.carbohydrate_max, source = excluded.source",
            [group, effective_from.isoformat(), *flat, source.strip()])


def delete_norm(db: Database, group: str, effective_from: dt.date) -> None:
    with db.atomic():
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
