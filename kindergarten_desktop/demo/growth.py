"""Demo step 30: every child measured in every round of every year up to today.

Each child keeps a latent height-for-age and weight-for-height position that drifts a little
between rounds, so growth is consistent; the spread gives a few percent underweight and stunted
children and some overweight or obese ones, as Vietnamese kindergartens report.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.growth.assessment import STANDING_FROM_DAYS
from kindergarten_desktop.growth.rounds import ensure_default_rounds

ORDER = 30

ABSENT_RATE = 0.02
HEAVY_RATE = 0.08  # children with a clearly high weight-for-height
LAST_WFH_DAYS = 1826  # weight-for-height is defined to 5 years; BMI-for-age from then
SD_POINTS = np.array([-3.0, -2.0, 0.0, 2.0, 3.0])
ABSENT_NOTES = ["Nghỉ ốm", "Nghỉ phép", "Về quê"]


def _at_z(indicator: str, sex: int, x: np.ndarray, z: np.ndarray) -> np.ndarray:
    """The value at z-score ``z``, interpolated between the WHO SD curves (linear beyond ±3)."""
    from kindergarten_desktop.growth.who import sd_curves

    if len(x) == 0:
        return np.array([], dtype=float)
    curves = sd_curves(indicator, sex, x)
    values = np.stack([np.asarray(curves[int(k)], dtype=float) for k in SD_POINTS])
    seg = np.clip(np.searchsorted(SD_POINTS, z) - 1, 0, len(SD_POINTS) - 2)
    cols = np.arange(len(x))
    lo, hi = SD_POINTS[seg], SD_POINTS[seg + 1]
    t = (z - lo) / (hi - lo)
    return values[seg, cols] + t * (values[seg + 1, cols] - values[seg, cols])


class _Children:
    """Latent growth positions of each child, drawn on first measurement."""

    def __init__(self, ctx: DemoContext) -> None:
        self.rng = ctx.rng
        self.haz: dict[int, float] = {}
        self.whz: dict[int, float] = {}
        self.standing: dict[int, float] = {}  # last standing-equivalent height

    def positions(self, ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        rng = self.rng
        for cid in ids:
            if cid not in self.haz:
                self.haz[cid] = rng.gauss(-0.45, 0.9)
                heavy = rng.random() < HEAVY_RATE
                self.whz[cid] = rng.gauss(1.9, 0.8) if heavy else rng.gauss(-0.2, 0.85)
            else:
                self.haz[cid] += rng.gauss(0.02, 0.08)
                self.whz[cid] += rng.gauss(0.0, 0.15)
        return np.array([self.haz[c] for c in ids]), np.array([self.whz[c] for c in ids])


def _measure_round(ctx: DemoContext, round_id: int, day: dt.date, state: _Children) -> None:
    rng, db = ctx.rng, ctx.db
    rows = db.execute(
        """SELECT ch.id, ch.sex, ch.birth_date, e.class_id FROM enrollment e JOIN child ch ON ch.id = e.child_id
           WHERE e.start_date <= :day AND (e.end_date IS NULL OR e.end_date >= :day) ORDER BY ch.id""",
        {"day": day.isoformat()},
    ).fetchall()
    ids = [r[0] for r in rows]
    sex = np.array([r[1] for r in rows])
    # Classes are measured over the first days of the round, never after today.
    visits = [min(day + dt.timedelta(days=r[3] % 4), ctx.today) for r in rows]
    days = np.array([(v - dt.date.fromisoformat(r[2])).days for v, r in zip(visits, rows, strict=True)])
    haz, whz = state.positions(ids)
    height = np.zeros(len(ids))
    weight = np.zeros(len(ids))
    lying = days < STANDING_FROM_DAYS
    for s in (1, 2):
        m = sex == s
        height[m] = _at_z("hfa", s, days[m], haz[m])
        for mask, indicator in ((m & lying, "wfl"), (m & ~lying & (days <= LAST_WFH_DAYS), "wfh")):
            limits = (45.0, 110.0) if indicator == "wfl" else (65.0, 120.0)
            weight[mask] = _at_z(indicator, s, np.clip(height[mask], *limits), whz[mask])
        older = m & (days > LAST_WFH_DAYS)
        # From 5 years weight follows BMI-for-age, whose overweight cut-off sits one SD lower:
        # heavy children move down a little so the rates stay those of the same children.
        bmi = _at_z("bfa", s, days[older], np.where(whz[older] > 0, whz[older] * 0.7, whz[older]))
        weight[older] = bmi * (height[older] / 100) ** 2
    records: list[tuple[object, ...]] = []
    for i, cid in enumerate(ids):
        if rng.random() < ABSENT_RATE:
            records.append((cid, round_id, visits[i].isoformat(), None, None, None, 1, rng.choice(ABSENT_NOTES)))
            continue
        measure = "l" if lying[i] else "h"
        standing = height[i] - (0.7 if lying[i] else 0.0)
        standing = max(standing, state.standing.get(cid, 0.0) + 0.1)  # children do not shrink
        state.standing[cid] = standing
        h = round(standing + (0.7 if lying[i] else 0.0) + rng.gauss(0, 0.15), 1)
        w = round(float(weight[i]) + rng.gauss(0, 0.1), 1)
        records.append((cid, round_id, visits[i].isoformat(), w, h, measure, 0, ""))
    db.conn.executemany(
        "INSERT INTO measurement (child_id, round_id, visit_date, weight_kg, height_cm, measure, absent, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        records,
    )


def run(ctx: DemoContext) -> None:
    state = _Children(ctx)
    for year in ctx.years:
        for round_ in ensure_default_rounds(ctx.db, year):
            if round_.day <= ctx.year_end(year):
                _measure_round(ctx, round_.id, round_.day, state)
