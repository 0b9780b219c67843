"""The daily meal count (báo ăn): who eats on a day, per class, age group and school.

By default a child marked present eats; an override per child and day says otherwise
(absence reported in advance, left before lunch, or eats though not marked). Staff meals
are added per day. Everything is one SQL pass so today's count is instant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
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
        return [(g.code, totals[g.code][0], totals[g.code][1]) for g in AGE_GROUPS if g.code in totals]


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


@dataclass(frozen=True)
class ChildMeal:
    """One child enrolled on the day: the attendance mark, the override and whether it eats."""

    child_id: int
    full_name: str
    class_id: int
    class_name: str
    age_group: str
    status: str | None  # 'P', 'E', 'U' or None (not marked yet)
    override: bool | None  # True eats / False does not, whatever the mark; None: follows the mark
    reason: str

    @property
    def eats(self) -> bool:
        return self.override if self.override is not None else self.status == "P"


def children_on(db: Database, day: dt.date, class_id: int | None = None) -> list[ChildMeal]:
    """The children enrolled on ``day`` with their mark and meal, in class order then name order
    (what the kitchen slip lists and the meal-count page shows for a class)."""
    from kindergarten_desktop.names import name_sort_key

    rows = db.execute(
        """SELECT e.child_id, ch.full_name, c.id, c.name, c.age_group, a.status, o.eats, coalesce(o.reason, '')
           FROM class c
           JOIN school_year y ON y.id = c.school_year_id AND :d BETWEEN y.start_date AND y.end_date
           JOIN enrollment e ON e.class_id = c.id AND e.start_date <= :d AND (e.end_date IS NULL OR e.end_date >= :d)
           JOIN child ch ON ch.id = e.child_id
           LEFT JOIN attendance a ON a.child_id = e.child_id AND a.day = :d
           LEFT JOIN meal_override o ON o.child_id = e.child_id AND o.day = :d
           WHERE CAST(:cls AS INTEGER) IS NULL OR c.id = :cls""", {"d": day.isoformat(), "cls": class_id}).fetchall()
    found = [ChildMeal(r[0], r[1], r[2], r[3], r[4], r[5], None if r[6] is None else bool(r[6]), r[7]) for r in rows]
    return sorted(found, key=lambda m: (class_sort_key(m.age_group, m.class_name), name_sort_key(m.full_name)))


def last_meal_day(db: Database, start: dt.date, end: dt.date) -> dt.date | None:
    """The last day between ``start`` and ``end`` with attendance or purchases (the day to show
    when the meals tab opens on another school year)."""
    row = db.execute(
        "SELECT max(day) FROM (SELECT max(day) AS day FROM attendance WHERE day BETWEEN :a AND :b "
        "UNION ALL SELECT max(day) FROM purchase WHERE day BETWEEN :a AND :b) AS last_days",
        {"a": start.isoformat(), "b": end.isoformat()}).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def set_override(db: Database, child_id: int, day: dt.date, eats: bool | None, reason: str = "") -> None:
    """Say whether a child eats on a day regardless of attendance; None removes the override."""
    with db.atomic():
        if eats is None:
            db.execute("DELETE FROM meal_override WHERE child_id = ? AND day = ?", [child_id, day.isoformat()])
            return
        if not db.execute("SELECT 1 FROM child WHERE id = ?", [child_id]).fetchone():
            raise MealsError("meals.no_child", "child", child=child_id)
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
            raise MealsError("meals.whole_number", "staff_meals")
        count = int(count)
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise MealsError("meals.whole_number", "staff_meals")
    if count > 500:
        raise MealsError("meals.staff_meals_implausible", "staff_meals", count=count)
    with db.atomic():
        if count == 0 and not note.strip():
            db.execute("DELETE FROM staff_meal WHERE day = ?", [day.isoformat()])
        else:
            db.execute("INSERT INTO staff_meal (day, count, note) VALUES (?,?,?) ON CONFLICT(day) DO UPDATE "
                       "SET count = excluded.count, note = excluded.note", [day.isoformat(), count, note.strip()])


def staff_meals(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    rows = db.execute("SELECT day, count FROM staff_meal WHERE day BETWEEN ? AND ?",
                      [start.isoformat(), end.isoformat()])
    return {dt.date.fromisoformat(d): n for d, n in rows}
