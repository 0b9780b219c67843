"""Data quality of a round, as WHO Anthro's survey analysis shows it: for each z-score the number of
values, mean and SD, the share flagged as implausible and the share missing, by sex and age band;
the children whose change since the previous measurement is implausible (growth/velocity.py); and
the children with no weight gain or a weight loss since the last measurement (trẻ không tăng cân /
sụt cân), for the nurse to follow up.

Everything comes from a handful of queries and one engine call for the whole school.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.assessment import INDICATORS, age_months, assess
from kindergarten_desktop.growth.measurements import Measurement, reading
from kindergarten_desktop.growth.problems import Problem
from kindergarten_desktop.growth.rounds import Round, RoundError, get_round
from kindergarten_desktop.growth.sheet import previous_measurements
from kindergarten_desktop.growth.velocity import Reading, check_changes
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.age_groups import class_sort_key

# Age bands in completed months (WHO Anthro's are 0–5, 6–11, 12–23, 24–35, 36–47, 48–60).
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("0-11", 0, 11), ("12-23", 12, 23), ("24-35", 24, 35), ("36-47", 36, 47), ("48-59", 48, 59), ("60+", 60, 999),
)
ALL = "all"


@dataclass
class ZStats:
    n: int = 0
    mean: float | None = None
    sd: float | None = None
    flagged: int = 0

    def flagged_percent(self, measured: int) -> float | None:
        return None if not measured else 100.0 * self.flagged / measured


@dataclass
class QualityGroup:
    sex: int | None  # None: boys and girls
    band: str  # a code of AGE_BANDS, or "all"
    enrolled: int = 0
    measured: int = 0
    z: dict[str, ZStats] = field(default_factory=dict)  # waz, haz, whz, baz

    def missing_percent(self, indicator: str | None = None) -> float | None:
        """Share of the enrolled children without a measurement (or without this z-score)."""
        if not self.enrolled:
            return None
        have = self.measured if indicator is None else self.z[indicator].n + self.z[indicator].flagged
        return 100.0 * (self.enrolled - have) / self.enrolled

    def flagged_percent(self) -> float | None:
        """Share of the measured children with at least one implausible z-score."""
        return None if not self.measured else 100.0 * self.any_flagged / self.measured

    any_flagged: int = 0


@dataclass(frozen=True)
class ChangeRow:
    """A child measured in the round compared with the previous measurement."""

    child_id: int
    full_name: str
    sex: int
    class_name: str
    age_months: int
    previous: Measurement
    current: Measurement
    problems: tuple[Problem, ...]  # implausible changes (growth-speed checks)

    @property
    def weight_change(self) -> float | None:
        if self.previous.weight_kg is None or self.current.weight_kg is None:
            return None
        return round(self.current.weight_kg - self.previous.weight_kg, 1)

    @property
    def days(self) -> int:
        return (self.current.visit_date - self.previous.visit_date).days


@dataclass
class RoundQuality:
    round: Round
    groups: list[QualityGroup]
    changes: list[ChangeRow]  # every child with a previous measurement, class by class

    def group(self, sex: int | None = None, band: str = ALL) -> QualityGroup:
        return next(g for g in self.groups if g.sex == sex and g.band == band)

    def implausible(self) -> list[ChangeRow]:
        return [c for c in self.changes if c.problems]

    def weight_loss(self) -> list[ChangeRow]:
        """Sụt cân: less than last time."""
        return [c for c in self.changes if c.weight_change is not None and c.weight_change < 0]

    def no_gain(self) -> list[ChangeRow]:
        """Không tăng cân: the same weight as last time."""
        return [c for c in self.changes if c.weight_change == 0]


def band_of(months: int) -> str:
    return next(code for code, low, high in AGE_BANDS if low <= months <= high)


def _enrolled(db: Database, round_: Round) -> list[tuple]:
    return db.execute(
        """SELECT ch.id, ch.full_name, ch.sex, ch.birth_date, c.name, c.age_group
           FROM enrollment e JOIN class c ON c.id = e.class_id AND c.school_year_id = :year
           JOIN child ch ON ch.id = e.child_id
           WHERE e.start_date <= :day AND (e.end_date IS NULL OR e.end_date >= :day)""",
        {"year": round_.school_year_id, "day": round_.day.isoformat()},
    ).fetchall()


def _measured(db: Database, round_id: int) -> dict[int, Measurement]:
    from kindergarten_desktop.growth.measurements import MEASUREMENT_COLUMNS, measurement_from_row

    rows = db.execute(f"SELECT {MEASUREMENT_COLUMNS} FROM measurement WHERE round_id = ? AND absent = 0 "
                      "AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL)", [round_id]).fetchall()
    return {r[0]: measurement_from_row(r) for r in rows}


def _stats(values: np.ndarray, flags: np.ndarray) -> ZStats:
    good = values[~np.isnan(values) & ~flags]
    if not len(good):
        return ZStats(0, None, None, int(flags.sum()))
    sd = float(np.std(good, ddof=1)) if len(good) > 1 else None
    return ZStats(len(good), float(np.mean(good)), sd, int(flags.sum()))


def round_quality(db: Database, round_id: int) -> RoundQuality:
    round_ = get_round(db, round_id)
    if round_ is None:
        raise RoundError("growth.missing_round")
    enrolled = _enrolled(db, round_)
    births = {r[0]: dt.date.fromisoformat(r[3]) for r in enrolled}
    measured = _measured(db, round_.id)
    rows = [r for r in enrolled if r[0] in measured]
    ms = [measured[r[0]] for r in rows]
    result = assess([r[2] for r in rows], [births[r[0]] for r in rows], [m.visit_date for m in ms],
                    [m.weight_kg for m in ms], [m.height_cm for m in ms], [m.measure for m in ms])

    # Bands of every enrolled child (on the round's day when not measured, on the visit when measured).
    months = {r[0]: age_months(births[r[0]], round_.day) for r in enrolled}
    for r, m in zip(rows, ms, strict=True):
        months[r[0]] = age_months(births[r[0]], m.visit_date)
    sex_of = np.array([r[2] for r in enrolled], dtype=int)
    band_enrolled = np.array([band_of(months[r[0]]) for r in enrolled], dtype=object)
    sex_m = np.array([r[2] for r in rows], dtype=int)
    band_m = np.array([band_of(months[r[0]]) for r in rows], dtype=object)
    flags = {k: np.asarray(result.flags[f"{k}_flag"], dtype=bool) for k in INDICATORS}
    any_flag = np.zeros(len(rows), dtype=bool)
    for k in INDICATORS:
        any_flag |= flags[k]

    groups = []
    for sex in (None, 1, 2):
        for band in (ALL, *(code for code, _l, _h in AGE_BANDS)):
            pick_e = np.ones(len(enrolled), dtype=bool) if sex is None else sex_of == sex
            pick = np.ones(len(rows), dtype=bool) if sex is None else sex_m == sex
            if band != ALL:
                pick_e &= band_enrolled == band
                pick &= band_m == band
            group = QualityGroup(sex, band, int(pick_e.sum()), int(pick.sum()))
            group.z = {k: _stats(np.asarray(result.z[k], dtype=float)[pick], flags[k][pick]) for k in INDICATORS}
            group.any_flagged = int(any_flag[pick].sum())
            groups.append(group)

    previous = previous_measurements(db, [r[0] for r in rows], round_.day, round_.id)
    with_prev = [(r, m) for r, m in zip(rows, ms, strict=True) if r[0] in previous]
    problems = check_changes([r[2] for r, _m in with_prev], [births[r[0]] for r, _m in with_prev],
                             [reading(previous[r[0]]) for r, _m in with_prev],
                             [Reading(m.visit_date, m.weight_kg, m.height_cm, m.measure) for _r, m in with_prev])
    changes = [ChangeRow(r[0], r[1], r[2], r[4], months[r[0]], previous[r[0]], m, tuple(p))
               for (r, m), p in zip(with_prev, problems, strict=True)]
    group_of = {r[0]: r[5] for r in enrolled}
    changes.sort(key=lambda c: (class_sort_key(group_of[c.child_id], c.class_name), name_sort_key(c.full_name)))
    return RoundQuality(round_, groups, changes)
