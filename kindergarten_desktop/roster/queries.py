"""Read-only queries over classes and their children."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.age_groups import class_sort_key


@dataclass(frozen=True)
class ClassInfo:
    id: int
    school_year_id: int
    name: str
    age_group: str
    room: str
    capacity: int | None
    children: int  # enrolled on the reference date


@dataclass(frozen=True)
class ChildRow:
    id: int
    full_name: str
    sex: int
    birth_date: dt.date
    ethnicity: str
    father_name: str
    mother_name: str
    phone: str
    enrollment_start: dt.date
    enrollment_end: dt.date | None
    parent_name: str = ""  # a parent of a combined "Họ tên cha/mẹ" column: father or mother unknown


_ACTIVE = "e.start_date <= :day AND (e.end_date IS NULL OR e.end_date >= :day)"


def list_classes(db: Database, school_year_id: int, on: dt.date | None = None) -> list[ClassInfo]:
    """Classes of a year, youngest age group first, each group in Vietnamese order, with the children enrolled on ``on``
    (default: today, clamped into the school year)."""
    day = reference_day(db, school_year_id, on)
    rows = db.execute(
        f"""SELECT c.id, c.school_year_id, c.name, c.age_group, c.room, c.capacity,
                   (SELECT count(*) FROM enrollment e WHERE e.class_id = c.id AND {_ACTIVE})
            FROM class c WHERE c.school_year_id = :year""",
        {"year": school_year_id, "day": day.isoformat()},
    ).fetchall()
    classes = [ClassInfo(*row) for row in rows]
    return sorted(classes, key=lambda c: class_sort_key(c.age_group, c.name))


def reference_day(db: Database, school_year_id: int, on: dt.date | None) -> dt.date:
    """``on`` (default today) clamped into the school year."""
    day = on or dt.date.today()
    row = db.execute("SELECT start_date, end_date FROM school_year WHERE id = ?", [school_year_id]).fetchone()
    if row:
        start, end = dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1])
        day = min(max(day, start), end)
    return day


def class_children(db: Database, class_id: int, on: dt.date | None = None) -> list[ChildRow]:
    """Children enrolled in a class on ``on`` (default: today clamped into its year),
    sorted on the given name in Vietnamese order."""
    year_id = db.execute("SELECT school_year_id FROM class WHERE id = ?", [class_id]).fetchone()
    if not year_id:
        return []
    day = reference_day(db, year_id[0], on)
    rows = db.execute(
        f"""SELECT ch.id, ch.full_name, ch.sex, ch.birth_date, ch.ethnicity, ch.father_name,
                   ch.mother_name,
                   CASE WHEN ch.mother_phone <> '' THEN ch.mother_phone WHEN ch.father_phone <> '' THEN ch.father_phone
                        WHEN ch.parent_phone <> '' THEN ch.parent_phone ELSE ch.guardian_phone END,
                   e.start_date, e.end_date, ch.parent_name
            FROM enrollment e JOIN child ch ON ch.id = e.child_id
            WHERE e.class_id = :cls AND {_ACTIVE}""",
        {"cls": class_id, "day": day.isoformat()},
    ).fetchall()
    children = [
        ChildRow(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5], r[6], r[7],
                 dt.date.fromisoformat(r[8]), dt.date.fromisoformat(r[9]) if r[9] else None, r[10])
        for r in rows
    ]
    return sorted(children, key=lambda c: name_sort_key(c.full_name))


def class_members(db: Database, class_id: int) -> list[ChildRow]:
    """Everyone who was in the class during its school year (their latest stay in it), including
    children who left, sorted on the given name in Vietnamese order."""
    rows = db.execute(
        """SELECT ch.id, ch.full_name, ch.sex, ch.birth_date, ch.ethnicity, ch.father_name, ch.mother_name,
                  CASE WHEN ch.mother_phone <> '' THEN ch.mother_phone WHEN ch.father_phone <> '' THEN ch.father_phone
                        WHEN ch.parent_phone <> '' THEN ch.parent_phone ELSE ch.guardian_phone END,
                  e.start_date, e.end_date, ch.parent_name
           FROM enrollment e JOIN child ch ON ch.id = e.child_id
           WHERE e.class_id = ? ORDER BY e.start_date""", [class_id]).fetchall()
    latest = {r[0]: r for r in rows}
    children = [
        ChildRow(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5], r[6], r[7],
                 dt.date.fromisoformat(r[8]), dt.date.fromisoformat(r[9]) if r[9] else None, r[10])
        for r in latest.values()
    ]
    return sorted(children, key=lambda c: name_sort_key(c.full_name))
