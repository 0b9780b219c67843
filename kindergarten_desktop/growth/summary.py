"""Round summaries: per class, age group and school, the children measured and the counts and
percentages of each WHO category, by sex, compared with the first round and with the targets.

Categories come from the WHO engine's classifier; wasting (W/H, under 5) and thinness (BMI/A,
from 5) are reported together as "gầy còm", as Vietnamese round reports do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.settings import get_setting
from kindergarten_desktop.growth.assessment import assess, completed_months
from kindergarten_desktop.growth.rounds import Round, first_round, get_round
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.age_groups import AGE_GROUPS

# Report categories per indicator, in column order (wa weight-for-age, ha height-for-age,
# wh weight-for-height under 5 / BMI-for-age from 5).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "wa": ("normal", "underweight", "severe_underweight", "above_normal", "recheck"),
    "ha": ("normal", "stunting", "severe_stunting", "recheck"),
    "wh": ("normal", "wasting", "severe_wasting", "overweight", "obese", "recheck"),
}
# The engine's BMI-for-age codes fold into the weight-for-height columns.
_FOLD = {"thinness": "wasting", "severe_thinness": "severe_wasting"}
MALNOURISHED = {("wa", "underweight"), ("wa", "severe_underweight"), ("ha", "stunting"),
                ("ha", "severe_stunting"), ("wh", "wasting"), ("wh", "severe_wasting")}
OVERWEIGHT = {("wh", "overweight"), ("wh", "obese")}
# Rates the school's plan sets targets for: metric -> the (indicator, category) pairs it covers.
METRICS: dict[str, set[tuple[str, str]]] = {
    "malnutrition": MALNOURISHED,
    "underweight": {("wa", "underweight"), ("wa", "severe_underweight")},
    "stunting": {("ha", "stunting"), ("ha", "severe_stunting")},
    "wasting": {("wh", "wasting"), ("wh", "severe_wasting")},
    "overweight_obesity": OVERWEIGHT,
}
TARGETS_KEY = "growth.targets"
DEFAULT_TARGETS = {"malnutrition": 2.0, "overweight_obesity": 5.0}  # maximum percentages
SEXES = (None, 1, 2)  # all, boys, girls


def report_category(indicator: str, code: str) -> str:
    """The report column of an engine category code ('' = not computed)."""
    code = _FOLD.get(code, code)
    return code if code in CATEGORIES[indicator] or code == "" else "normal"


def load_targets(db: Database) -> dict[str, float]:
    """Maximum percentages per metric from the settings (defaults: malnutrition 2 %, overweight 5 %)."""
    stored = get_setting(db, TARGETS_KEY, None)
    return dict(DEFAULT_TARGETS if stored is None else stored)


@dataclass
class ChildResult:
    child_id: int
    full_name: str
    sex: int
    birth_date: dt.date
    class_id: int
    class_name: str
    age_group: str
    visit_date: dt.date
    age_months: int
    weight_kg: float | None
    height_cm: float | None
    z: dict[str, float]  # waz, haz, whz, baz
    categories: dict[str, str]  # wa, ha, wh -> report category ('' = not computed)

    @property
    def malnourished(self) -> bool:
        return any((k, v) in MALNOURISHED for k, v in self.categories.items())

    @property
    def overweight(self) -> bool:
        return any((k, v) in OVERWEIGHT for k, v in self.categories.items())


def _tally() -> np.ndarray:
    return np.zeros(3, dtype=int)  # all, boys, girls


@dataclass
class GroupSummary:
    level: str  # class, age_group, school
    key: str  # class id, age-group code, "school"
    label: str
    enrolled: np.ndarray = field(default_factory=_tally)
    measured: np.ndarray = field(default_factory=_tally)
    counts: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    metric_counts: dict[str, np.ndarray] = field(default_factory=dict)

    def add(self, child: ChildResult) -> None:
        for slot in (0, child.sex):
            self.measured[slot] += 1
            for indicator, category in child.categories.items():
                if category:
                    self.counts.setdefault((indicator, category), _tally())[slot] += 1
            for metric, pairs in METRICS.items():
                if any((k, v) in pairs for k, v in child.categories.items()):
                    self.metric_counts.setdefault(metric, _tally())[slot] += 1

    def count(self, indicator: str, category: str, sex: int | None = None) -> int:
        return int(self.counts.get((indicator, category), _tally())[sex or 0])

    def percent(self, indicator: str, category: str, sex: int | None = None) -> float | None:
        measured = self.measured[sex or 0]
        return None if not measured else 100.0 * self.count(indicator, category, sex) / int(measured)

    def metric_count(self, metric: str, sex: int | None = None) -> int:
        return int(self.metric_counts.get(metric, _tally())[sex or 0])

    def metric_percent(self, metric: str, sex: int | None = None) -> float | None:
        measured = self.measured[sex or 0]
        return None if not measured else 100.0 * self.metric_count(metric, sex) / int(measured)


@dataclass
class RoundSummary:
    round: Round
    classes: list[GroupSummary]
    age_groups: list[GroupSummary]
    school: GroupSummary
    children: list[ChildResult]
    targets: dict[str, float]
    baseline: RoundSummary | None = None  # the year's first round, when this is a later one

    def groups(self) -> list[GroupSummary]:
        return [*self.classes, *self.age_groups, self.school]

    def _baseline_group(self, group: GroupSummary) -> GroupSummary | None:
        if self.baseline is None:
            return None
        return next((g for g in self.baseline.groups() if (g.level, g.key) == (group.level, group.key)), None)

    def change(self, group: GroupSummary, indicator: str, category: str) -> float | None:
        """Percentage points since the first round of the year (None without a baseline)."""
        before = self._baseline_group(group)
        now = group.percent(indicator, category)
        then = before.percent(indicator, category) if before else None
        return None if now is None or then is None else now - then

    def metric_change(self, group: GroupSummary, metric: str) -> float | None:
        before = self._baseline_group(group)
        now = group.metric_percent(metric)
        then = before.metric_percent(metric) if before else None
        return None if now is None or then is None else now - then

    def target_status(self, group: GroupSummary) -> dict[str, tuple[float | None, float, bool]]:
        """metric -> (percent, target maximum, met)."""
        status = {}
        for metric, limit in self.targets.items():
            value = group.metric_percent(metric)
            status[metric] = (value, float(limit), value is not None and value < limit)
        return status

    def follow_up(self, indicator: str, category: str) -> list[ChildResult]:
        """Children of a category, class by class, in Vietnamese order (for follow-up)."""
        return [c for c in self.children if c.categories.get(indicator) == category]


def _round_rows(db: Database, round_: Round) -> list[tuple]:
    return db.execute(
        """SELECT ch.id, ch.full_name, ch.sex, ch.birth_date, c.id, c.name, c.age_group,
                  m.visit_date, m.weight_kg, m.height_cm, m.measure
           FROM measurement m
           JOIN child ch ON ch.id = m.child_id
           JOIN enrollment e ON e.child_id = m.child_id AND e.start_date <= :day
                AND (e.end_date IS NULL OR e.end_date >= :day)
           JOIN class c ON c.id = e.class_id AND c.school_year_id = :year
           WHERE m.round_id = :round AND m.absent = 0
             AND (m.weight_kg IS NOT NULL OR m.height_cm IS NOT NULL)""",
        {"day": round_.day.isoformat(), "year": round_.school_year_id, "round": round_.id},
    ).fetchall()


def assess_round(db: Database, round_: Round) -> list[ChildResult]:
    """Every child measured in the round, with z-scores and categories (one engine call)."""
    rows = _round_rows(db, round_)
    births = [dt.date.fromisoformat(r[3]) for r in rows]
    visits = [dt.date.fromisoformat(r[7]) for r in rows]
    result = assess([r[2] for r in rows], births, visits, [r[8] for r in rows], [r[9] for r in rows],
                    [r[10] for r in rows])
    children = []
    for i, r in enumerate(rows):
        children.append(ChildResult(
            child_id=r[0], full_name=r[1], sex=r[2], birth_date=births[i], class_id=r[4], class_name=r[5],
            age_group=r[6], visit_date=visits[i], age_months=completed_months(int(result.age_days[i])),
            weight_kg=r[8], height_cm=r[9],
            z={k: float(v[i]) for k, v in result.z.items()},
            categories={k: report_category(k, str(v[i] or "")) for k, v in result.categories.items()},
        ))
    return children


def _enrolled(db: Database, round_: Round) -> list[tuple[int, str, str, int, int]]:
    """(class id, name, age group, sex, count) of the children enrolled on the round's date."""
    return db.execute(
        """SELECT c.id, c.name, c.age_group, ch.sex, count(*)
           FROM class c JOIN enrollment e ON e.class_id = c.id AND e.start_date <= :day
                AND (e.end_date IS NULL OR e.end_date >= :day)
           JOIN child ch ON ch.id = e.child_id
           WHERE c.school_year_id = :year GROUP BY c.id, ch.sex""",
        {"day": round_.day.isoformat(), "year": round_.school_year_id},
    ).fetchall()


def summarize_round(db: Database, round_id: int, *, with_baseline: bool = True) -> RoundSummary:
    from kindergarten_desktop.roster.queries import list_classes

    round_ = get_round(db, round_id)
    if round_ is None:
        raise LookupError(f"no round with id {round_id}")
    classes = {c.id: GroupSummary("class", str(c.id), c.name)
               for c in list_classes(db, round_.school_year_id, on=round_.day)}
    class_group = {}
    groups = {g.code: GroupSummary("age_group", g.code, g.label_vi) for g in AGE_GROUPS}
    school = GroupSummary("school", "school", "Toàn trường")
    for class_id, _name, age_group, sex, count in _enrolled(db, round_):
        class_group[class_id] = age_group
        for group in (classes[class_id], groups[age_group], school):
            group.enrolled[0] += count
            group.enrolled[sex] += count
    children = assess_round(db, round_)
    for child in children:
        for group in (classes[child.class_id], groups[child.age_group], school):
            group.add(child)
    children.sort(key=lambda c: (list(classes).index(c.class_id), name_sort_key(c.full_name)))
    used_groups = [groups[g.code] for g in AGE_GROUPS if groups[g.code].enrolled[0] or groups[g.code].measured[0]]
    baseline = None
    if with_baseline:
        first = first_round(db, round_.school_year_id)
        if first is not None and first.id != round_.id and first.day < round_.day:
            baseline = summarize_round(db, first.id, with_baseline=False)
    return RoundSummary(round_, list(classes.values()), used_groups, school, children, load_targets(db), baseline)

