"""The children to re-measure every month: under 24 months, or malnourished or overweight at
their last measurement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.assessment import age_months, assess
from kindergarten_desktop.growth.summary import MALNOURISHED, OVERWEIGHT, report_category
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.age_groups import class_sort_key

UNDER_MONTHS = 24


@dataclass(frozen=True)
class FollowUp:
    child_id: int
    full_name: str
    sex: int
    class_id: int
    class_name: str
    age_months: int
    last_visit: dt.date | None
    reasons: tuple[str, ...]  # "under_24_months" and/or report categories such as "stunting"


def follow_up_list(db: Database, school_year_id: int, on: dt.date, *, class_id: int | None = None,
                   other_than_round: int = 0) -> list[FollowUp]:
    """Children enrolled on ``on`` in the year's classes (or one class) who need a monthly check,
    class by class. ``other_than_round`` leaves out that round's measurements, so a monthly check
    keeps its list while the nurse types: the reason is the measurement *before* the check."""
    rows = db.execute(
        """SELECT ch.id, ch.full_name, ch.sex, ch.birth_date, c.id, c.name,
                  m.visit_date, m.weight_kg, m.height_cm, m.measure, c.age_group
           FROM enrollment e
           JOIN class c ON c.id = e.class_id AND c.school_year_id = :year
           JOIN child ch ON ch.id = e.child_id
           LEFT JOIN (SELECT *, row_number() OVER (PARTITION BY child_id ORDER BY visit_date DESC) AS rank
                      FROM measurement WHERE visit_date <= :day AND absent = 0 AND round_id <> :other
                        AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL)) m
                  ON m.child_id = ch.id AND m.rank = 1
           WHERE e.start_date <= :day AND (e.end_date IS NULL OR e.end_date >= :day)
             AND (CAST(:class AS INTEGER) IS NULL OR c.id = :class)""",
        {"year": school_year_id, "day": on.isoformat(), "other": other_than_round, "class": class_id},
    ).fetchall()
    measured = [r for r in rows if r[6] is not None]
    result = assess([r[2] for r in measured], [dt.date.fromisoformat(r[3]) for r in measured],
                    [dt.date.fromisoformat(r[6]) for r in measured], [r[7] for r in measured],
                    [r[8] for r in measured], [r[9] for r in measured])
    last_categories = {}
    for i, r in enumerate(measured):
        cats = [(k, report_category(k, str(v[i] or ""))) for k, v in result.categories.items()]
        last_categories[r[0]] = tuple(c for k, c in cats if (k, c) in MALNOURISHED | OVERWEIGHT)
    found = []
    for r in rows:
        months = age_months(dt.date.fromisoformat(r[3]), on)
        reasons = (("under_24_months",) if months < UNDER_MONTHS else ()) + last_categories.get(r[0], ())
        if reasons:
            found.append(FollowUp(r[0], r[1], r[2], r[4], r[5], months,
                                  dt.date.fromisoformat(r[6]) if r[6] else None, reasons))
    groups = {r[4]: r[10] for r in rows}
    return sorted(found, key=lambda f: (class_sort_key(groups[f.class_id], f.class_name), name_sort_key(f.full_name)))
