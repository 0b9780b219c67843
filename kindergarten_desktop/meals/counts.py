"""The daily meal count (báo ăn): who eats on a day, per class, age group and school.

By default a child marked present eats; an override per child and day says otherwise
(absence reported in advance, left before lunch, or eats though not marked). Staff meals
are added per day. Everything is one SQL pass so today's count is instant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.roster.age_groups import AGE_GROUPS, class_sort_key
from kindergarten_desktop.roster.calendar import is_school_day

# SQL for "this child eats that day", given aliases a (attendance) and o (meal_override).
EATS_SQL = "CASE WHEN o.eats IS NOT NULL THEN o.eats WHEN a.status = 'P' THEN 1 ELSE 0 END"


@dataclass(frozen=True)
class ClassCount:
    class_id: int
    name: str
    age_group: str
    enrolled: int
    present: int
    absent: int
    unmarked: int  # attendance not taken yet, no override
    eating: int

    @property
    def expected(self) -> int:
        """What the kitchen cooks for: those eating plus those not marked yet."""
        return self.eating + self.unmarked


@dataclass(frozen=True)
class DailyCount:
    day: dt.date
    school_day: bool
    classes: list[ClassCount] = field(default_factory=list)
    staff: int = 0

    @property
    def eating(self) -> int:
        return sum(c.eating for c in self.classes)

    @property
    def expected(self) -> int:
        return sum(c.expected for c in self.classes)

    @property
    def to_cook(self) -> int:
        return self.expected + self.staff

    def by_age_group(self) -> list[tuple[str, int, int]]:
        """(age group code, eating, expected) in age order, groups with classes only."""
        totals: dict[str, list[int]] = {}
        for c in self.classes:
            t = totals.setdefault(c.age_group, [0, 0])
            t[0] += c.eating
            t[1] += c.expected
        return [(g.code, *totals[g.code]) for g in AGE_GROUPS if g.code in totals]


def daily_count(db: Database, day: dt.date) -> DailyCount:
    iso = day.isoformat()
    rows = db.execute(
        f"""SELECT c.id, c.name, c.age_group, count(e.child_id),
                   count(*) FILTER (WHERE a.status = 'P'), count(*) FILTER (WHERE a.status IN ('E', 'U')),
                   count(*) FILTER (WHERE a.status IS NULL AND o.eats IS NULL),
                   coalesce(sum({EATS_SQL}), 0)
            FROM class c
            JOIN school_year y ON y.id = c.school_year_id AND :d BETWEEN y.start_date AND y.end_date
            JOIN enrollment e ON e.class_id = c.id AND e.start_date <= :d
                 AND (e.end_date IS NULL OR e.end_date >= :d)
            LEFT JOIN attendance a ON a.child_id = e.child_id AND a.day = :d
            LEFT JOIN meal_override o ON o.child_id = e.child_id AND o.day = :d
            GROUP BY c.id""",
        {"d": iso}).fetchall()
    classes = sorted((ClassCount(*r) for r in rows), key=lambda c: class_sort_key(c.age_group, c.name))
    staff = db.execute("SELECT count FROM staff_meal WHERE day = ?", [iso]).fetchone()
    school_day = is_school_day(db, day)
    if not school_day:
        # Nobody eats at school on a closed day, whatever was marked.
        classes = [ClassCount(c.class_id, c.name, c.age_group, c.enrolled, 0, 0, 0, 0) for c in classes]
    return DailyCount(day, school_day, classes, staff[0] if staff and school_day else 0)


def set_override(db: Database, child_id: int, day: dt.date, eats: bool | None, reason: str = "") -> None:
    """Say whether a child eats on a day regardless of attendance; None removes the override."""
    with db.atomic():
        closing.ensure_open(db, day, "meal override")
        if eats is None:
            db.execute("DELETE FROM meal_override WHERE child_id = ? AND day = ?", [child_id, day.isoformat()])
            return
        if not db.execute("SELECT 1 FROM child WHERE id = ?", [child_id]).fetchone():
            raise MealsError("child", "no child with number %1", child_id)
        db.execute(
            "INSERT INTO meal_override (child_id, day, eats, reason) VALUES (?,?,?,?) "
            "ON CONFLICT(child_id, day) DO UPDATE SET eats = excluded.eats, reason = excluded.reason",
            [child_id, day.isoformat(), int(bool(eats)), reason.strip()])


def overrides_on(db: Database, day: dt.date) -> dict[int, tuple[bool, str]]:
    rows = db.execute("SELECT child_id, eats, reason FROM meal_override WHERE day = ?", [day.isoformat()])
    return {cid: (bool(eats), reason) for cid, eats, reason in rows}


def set_staff_meals(db: Database, day: dt.date, count: object, note: str = "") -> None:
    if isinstance(count, str):
        count = count.strip() or "0"
        if not count.isdigit():
            raise MealsError("staff meals", "must be a whole number, 0 or more")
        count = int(count)
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise MealsError("staff meals", "must be a whole number, 0 or more")
    if count > 500:
        raise MealsError("staff meals", "%1 staff meals in one day is not plausible", count)
    with db.atomic():
        closing.ensure_open(db, day, "staff meals")
        if count == 0 and not note.strip():
            db.execute("DELETE FROM staff_meal WHERE day = ?", [day.isoformat()])
        else:
            db.execute("INSERT INTO staff_meal (day, count, note) VALUES (?,?,?) ON CONFLICT(day) DO UPDATE "
                       "SET count = excluded.count, note = excluded.note", [day.isoformat(), count, note.strip()])


def staff_meals(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    rows = db.execute("SELECT day, count FROM staff_meal WHERE day BETWEEN ? AND ?",
                      [start.isoformat(), end.isoformat()])
    return {dt.date.fromisoformat(d): n for d, n in rows}
