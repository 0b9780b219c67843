"""WHO z-scores and categories for many measurements at once (one engine call per batch)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DAYS_PER_MONTH = 365.25 / 12
# Under 731 days children are measured lying (length), from then on standing (height).
STANDING_FROM_DAYS = 731
INDICATORS = ("waz", "haz", "whz", "baz")


def age_days(birth: dt.date, visit: dt.date) -> int:
    return (visit - birth).days


def completed_months(days: int) -> int:
    """Age in completed months as WHO counts it: 0 months = days 0–30 …"""
    return int(days // DAYS_PER_MONTH)


def age_months(birth: dt.date, day: dt.date) -> int:
    """The age in completed months shown everywhere (grid, cards, tables, notes): one function."""
    return completed_months(age_days(birth, day))


def default_measure(days: int) -> str:
    """'l' (lying, recumbent length) under 2 years, 'h' (standing height) from 2 years."""
    return "l" if days < STANDING_FROM_DAYS else "h"


@dataclass
class Assessment:
    """Arrays aligned with the input rows: the engine's result plus the categories."""

    age_days: np.ndarray
    z: dict[str, np.ndarray]  # waz, haz, whz, baz (NaN where undefined)
    flags: dict[str, np.ndarray]  # waz_flag ... (1 = implausible)
    categories: dict[str, np.ndarray]  # wa, ha, wh -> category codes (object arrays)

    def __len__(self) -> int:
        return len(self.age_days)

    def weight_for_height(self, i: int) -> float:
        """The weight-for-height z under 5 years, BMI-for-age from 5 (WHO 2007)."""
        whz = self.z["whz"][i]
        return float(whz) if not np.isnan(whz) else float(self.z["baz"][i])

    def flagged(self, i: int) -> list[str]:
        return [name[:3] for name, values in self.flags.items() if values[i] == 1]


def _floats(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def assess(
    sex: Sequence[int],
    birth: Sequence[dt.date],
    visit: Sequence[dt.date],
    weight_kg: Sequence[float | None],
    height_cm: Sequence[float | None],
    measure: Sequence[str | None],
) -> Assessment:
    """Compute every row with one call to the WHO engine and one to the classifier."""
    from kindergarten_desktop.growth.classify import classify
    from kindergarten_desktop.growth.who import compute

    days = (np.array(visit, dtype="datetime64[D]") - np.array(birth, dtype="datetime64[D]")).astype(int)
    if len(days) == 0:
        empty = np.array([], dtype=float)
        return Assessment(days, {k: empty for k in INDICATORS}, {f"{k}_flag": empty for k in INDICATORS},
                          {k: np.array([], dtype=object) for k in ("wa", "ha", "wh")})
    measures = [m if m in ("l", "h") else default_measure(int(d)) for m, d in zip(measure, days, strict=True)]
    result = compute(np.asarray(sex, dtype=int), days, _floats(weight_kg), _floats(height_cm), measures)
    categories = classify(result)
    return Assessment(
        age_days=days,
        z={k: np.asarray(result[k], dtype=float) for k in INDICATORS},
        flags={f"{k}_flag": np.asarray(result[f"{k}_flag"]) for k in INDICATORS},
        categories={k: np.asarray(v, dtype=object) for k, v in categories.items()},
    )
