"""Growth-speed checks: is the change since the child's previous measurement plausible for the
time between the two?

WHO publishes growth-velocity standards only up to 24 months, so these limits are the project's
own, built on the WHO standards' medians and spread (README, "Growth-speed checks"):

* **Weight gain.** The previous weight-for-age z-score is carried to the new age; the new weight
  may be at most ``WEIGHT_Z_RISE`` SD above it (more for intervals longer than six months, up to
  ``WEIGHT_Z_RISE_MAX`` after two years) plus ``SCALE_TOLERANCE_KG`` for clothes and the scale.
  Where weight-for-age is not defined (after 10 years) a gain of more than
  ``WEIGHT_GAIN_FALLBACK`` of the previous weight asks.
* **Weight loss.** More than ``WEIGHT_DROP`` (10 %) of the previous weight asks.
* **Height gain.** At most ``HEIGHT_GAIN_FACTOR`` times the WHO median growth between the two
  ages, plus ``HEIGHT_ERROR_CM`` for measurement error.
* **Height loss.** More than ``HEIGHT_LOSS_ERROR_CM`` below the previous height asks (a smaller
  loss is measurement error).

Heights are compared as lengths: a standing height counts 0.7 cm more (WHO), so a child
measured lying at 23 months and standing at 25 months is not "shrinking"; the WHO median gets
the same treatment across the 24-month switch.

Examples (tests/growth/test_velocity.py): at 4 years, +10 kg or +8 cm in a school term ask;
+3 % weight and +1.5 cm in a term do not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from kindergarten_desktop.growth.problems import Problem

WEIGHT_DROP = 0.10
WEIGHT_Z_RISE = 1.0  # SD, for intervals up to six months
WEIGHT_Z_RISE_MAX = 2.0  # SD, reached at two years between the measurements
SCALE_TOLERANCE_KG = 0.3
WEIGHT_GAIN_FALLBACK = 0.20
HEIGHT_GAIN_FACTOR = 1.5
HEIGHT_ERROR_CM = 1.5
HEIGHT_LOSS_ERROR_CM = 1.0
LYING_OFFSET_CM = 0.7
STANDING_FROM_DAYS = 731
_DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Reading:
    """One measurement as the checks need it."""

    visit_date: dt.date
    weight_kg: float | None
    height_cm: float | None
    measure: str | None  # 'l', 'h' or None (by age)


def _floats(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def as_length(height: np.ndarray, measure: Sequence[str | None], days: np.ndarray) -> np.ndarray:
    """Heights as lengths: a standing height (given, or by age from 731 days) + 0.7 cm."""
    standing = np.array([m == "h" if m in ("l", "h") else d >= STANDING_FROM_DAYS
                         for m, d in zip(measure, days, strict=True)], dtype=bool)
    return height + np.where(standing, LYING_OFFSET_CM, 0.0)


def z_rise(interval_days: np.ndarray) -> np.ndarray:
    """The weight-for-age rise allowed: WEIGHT_Z_RISE up to six months, then linearly to the maximum at two years."""
    years = interval_days / _DAYS_PER_YEAR
    return np.clip(WEIGHT_Z_RISE + (years - 0.5) * (WEIGHT_Z_RISE_MAX - WEIGHT_Z_RISE) / 1.5,
                   WEIGHT_Z_RISE, WEIGHT_Z_RISE_MAX)


def check_changes(sex: Sequence[int], birth: Sequence[dt.date], previous: Sequence[Reading | None],
                  current: Sequence[Reading]) -> list[list[Problem]]:
    """The growth-speed problems of each row (empty list: plausible or nothing to compare)."""
    from kindergarten_desktop.growth.who import compute, value_at_z

    n = len(current)
    found: list[list[Problem]] = [[] for _ in range(n)]
    pairs = [(i, p, current[i]) for i, p in enumerate(previous)
             if p is not None and p.visit_date < current[i].visit_date]
    if not pairs:
        return found
    rows = [i for i, _p, _c in pairs]
    prev = [p for _i, p, _c in pairs]
    cur = [c for _i, _p, c in pairs]
    sexes = np.array([sex[i] for i in rows], dtype=int)
    born = np.array([birth[i] for i in rows], dtype="datetime64[D]")
    d0 = (np.array([p.visit_date for p in prev], dtype="datetime64[D]") - born).astype(int)
    d1 = (np.array([c.visit_date for c in cur], dtype="datetime64[D]") - born).astype(int)
    w0 = _floats([p.weight_kg for p in prev])
    h0, h1 = _floats([p.height_cm for p in prev]), _floats([c.height_cm for c in cur])
    interval = (d1 - d0).astype(float)

    # Weight: the previous weight-for-age z carried to the new age.
    waz0 = np.asarray(compute(sexes, d0, w0, np.full(len(rows), np.nan))["waz"], dtype=float)
    with np.errstate(invalid="ignore"):
        ceiling = value_at_z("wfa", sexes, d1, waz0 + z_rise(interval)) + SCALE_TOLERANCE_KG
        ceiling = np.where(np.isnan(waz0), w0 * (1 + WEIGHT_GAIN_FALLBACK), ceiling)
        # Heights as lengths, and the WHO median length growth between the two ages.
        l0 = as_length(h0, [p.measure for p in prev], d0)
        l1 = as_length(h1, [c.measure for c in cur], d1)
        both = np.concatenate([d0, d1])
        median = value_at_z("hfa", np.concatenate([sexes, sexes]), both, np.zeros(len(both)))
        median = median + np.where(both >= STANDING_FROM_DAYS, LYING_OFFSET_CM, 0.0)
        median_gain = np.maximum(median[len(rows):] - median[:len(rows)], 0.0)
        height_limit = HEIGHT_GAIN_FACTOR * np.nan_to_num(median_gain) + HEIGHT_ERROR_CM

    for j, i in enumerate(rows):
        p, c = prev[j], cur[j]
        days = int(interval[j])
        if c.weight_kg is not None and p.weight_kg:
            drop = (p.weight_kg - c.weight_kg) / p.weight_kg
            if drop > WEIGHT_DROP:
                found[i].append(Problem("weight", "weight_drop", {
                    "value": c.weight_kg, "previous": p.weight_kg, "percent": round(drop * 100),
                    "day": p.visit_date}))
            elif np.isfinite(ceiling[j]) and c.weight_kg > ceiling[j] + 1e-9:
                found[i].append(Problem("weight", "weight_gain_fast", {
                    "value": c.weight_kg, "previous": p.weight_kg, "gain": round(c.weight_kg - p.weight_kg, 1),
                    "limit": round(float(ceiling[j]) - p.weight_kg, 1), "days": days, "day": p.visit_date}))
        if c.height_cm is not None and p.height_cm is not None:
            gain = float(l1[j] - l0[j])
            if gain < -HEIGHT_LOSS_ERROR_CM - 1e-9:
                found[i].append(Problem("height", "height_drop", {
                    "value": c.height_cm, "previous": p.height_cm, "loss": round(-gain, 1),
                    "error": HEIGHT_LOSS_ERROR_CM, "day": p.visit_date}))
            elif gain > height_limit[j] + 1e-9:
                found[i].append(Problem("height", "height_gain_fast", {
                    "value": c.height_cm, "previous": p.height_cm, "gain": round(gain, 1),
                    "limit": round(float(height_limit[j]), 1), "days": days, "day": p.visit_date}))
    return found
