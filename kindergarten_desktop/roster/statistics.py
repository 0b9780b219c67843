"""School statistics per age group, as a school puts them in its yearly plan:
classes, children, average per class, by sex, ethnic minority, circumstance flags, and the
attendance rate of the year so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_number
from kindergarten_desktop.roster.age_groups import AGE_GROUPS
from kindergarten_desktop.roster.attendance import Tally, class_tallies
from kindergarten_desktop.roster.circumstances import CIRCUMSTANCES
from kindergarten_desktop.roster.queries import reference_day
from kindergarten_desktop.school import SchoolYear

# How plans name the age groups ("4 tuổi: 4 lớp – 117 cháu").
SHORT_LABELS_VI = {"nursery_3_12": "Nhà trẻ 3–12 tháng", "nursery_13_24": "Nhà trẻ 13–24 tháng",
                   "nursery_25_36": "Nhà trẻ 25–36 tháng", "age_3_4": "3 tuổi", "age_4_5": "4 tuổi",
                   "age_5_6": "5 tuổi", "mixed": "Lớp ghép"}


@dataclass
class GroupStats:
    code: str
    label: str
    classes: int = 0
    children: int = 0
    boys: int = 0
    girls: int = 0
    minority: int = 0
    flags: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CIRCUMSTANCES, 0))
    attendance: Tally = field(default_factory=Tally)

    @property
    def average(self) -> float | None:
        return self.children / self.classes if self.classes else None

    def line_vi(self) -> str:
        """'4 tuổi: 4 lớp – 117 cháu, bình quân 29,3 cháu/lớp'."""
        average = format_number(self.average, 1) if self.average is not None else "0"
        return f"{self.label}: {self.classes} lớp – {self.children} cháu, bình quân {average} cháu/lớp"


@dataclass
class SchoolStats:
    year: SchoolYear
    on: dt.date
    groups: list[GroupStats]
    total: GroupStats


def school_stats(db: Database, year: SchoolYear, on: dt.date | None = None) -> SchoolStats:
    """Counts of the children enrolled on ``on`` (default today, clamped into the year); the
    attendance rate runs from the first day of the year to ``on``."""
    day = reference_day(db, year.id, on)
    rows = db.execute(
        """SELECT c.id, c.age_group, ch.id, ch.sex, ch.ethnicity FROM class c
           LEFT JOIN enrollment e ON e.class_id = c.id AND e.start_date <= :d
                AND (e.end_date IS NULL OR e.end_date >= :d)
           LEFT JOIN child ch ON ch.id = e.child_id
           WHERE c.school_year_id = :y""", {"d": day.isoformat(), "y": year.id}).fetchall()
    flags: dict[int, list[str]] = {}
    for child, flag in db.execute(
            """SELECT cc.child_id, cc.flag FROM child_circumstance cc JOIN enrollment e ON e.child_id = cc.child_id
               JOIN class c ON c.id = e.class_id WHERE c.school_year_id = ? AND e.start_date <= ?
               AND (e.end_date IS NULL OR e.end_date >= ?)
               AND cc.valid_from <= ? AND (cc.valid_to IS NULL OR cc.valid_to >= ?)""",
            [year.id, day.isoformat(), day.isoformat(), day.isoformat(), day.isoformat()]):
        flags.setdefault(child, []).append(flag)
    tallies = class_tallies(db, year.id, year.start_date, day)
    by_code = {g.code: GroupStats(g.code, SHORT_LABELS_VI[g.code]) for g in AGE_GROUPS}
    seen_classes: set[int] = set()
    for class_id, group, child, sex, ethnicity in rows:
        stats = by_code[group]
        if class_id not in seen_classes:
            seen_classes.add(class_id)
            stats.classes += 1
            tally = tallies.get(class_id, Tally())
            stats.attendance = Tally(stats.attendance.present + tally.present,
                                     stats.attendance.excused + tally.excused,
                                     stats.attendance.unexcused + tally.unexcused)
        if child is None:
            continue
        stats.children += 1
        stats.boys += sex == 1
        stats.girls += sex == 2
        stats.minority += ethnicity != "Kinh"
        for flag in flags.get(child, ()):
            if flag in stats.flags:
                stats.flags[flag] += 1
    groups = [g for g in by_code.values() if g.classes]
    total = GroupStats("total", "Toàn trường")
    for g in groups:
        total.classes += g.classes
        total.children += g.children
        total.boys += g.boys
        total.girls += g.girls
        total.minority += g.minority
        for flag, n in g.flags.items():
            total.flags[flag] += n
        total.attendance = Tally(total.attendance.present + g.attendance.present,
                                 total.attendance.excused + g.attendance.excused,
                                 total.attendance.unexcused + g.attendance.unexcused)
    return SchoolStats(year, day, groups, total)
