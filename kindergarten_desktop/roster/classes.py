"""Classes of a school year: create and edit (name, age group, room, teachers, capacity)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.age_groups import BY_CODE, age_group
from kindergarten_desktop.roster.children import Check
from kindergarten_desktop.roster.errors import ProblemsError, RosterError

# Long enough for any real name ("Nhà trẻ 25-36 tháng A2"), short enough to fit the tables and
# the printed documents' headers.
MAX_CLASS_NAME = 50


@dataclass
class ClassData:
    name: str = ""
    age_group: str = "age_3_4"
    room: str = ""
    capacity: int | None = None
    teacher_ids: list[int] = field(default_factory=list)


def teachers(db: Database) -> list[tuple[int, str]]:
    """Active staff who can lead a class (teachers and the school's managers)."""
    rows = db.execute("SELECT id, full_name FROM staff WHERE active = 1 AND role IN "
                      "('teacher', 'principal', 'vice_principal') ORDER BY role <> 'teacher', id")
    return [(r[0], r[1]) for r in rows]


def load_class(db: Database, class_id: int) -> ClassData:
    row = db.execute("SELECT name, age_group, room, capacity FROM class WHERE id = ?", [class_id]).fetchone()
    if row is None:
        raise RosterError("roster.class_not_found", id=class_id)
    staff = [r[0] for r in db.execute("SELECT staff_id FROM class_staff WHERE class_id = ? ORDER BY staff_id",
                                      [class_id])]
    return ClassData(row[0], row[1], row[2], row[3], staff)


def class_age_group(db: Database, class_id: int) -> str | None:
    """The age group code of the class (``age_3_4``...), or None when there is no such class."""
    row = db.execute("SELECT age_group FROM class WHERE id = ?", [class_id]).fetchone()
    return str(row[0]) if row else None


def class_name_problem(name: str) -> RosterError | None:
    """Why a class name (already tidied) cannot be used, or None; shared by the class dialog and the
    importer."""
    if not name:
        return RosterError("roster.class_name_empty")
    if len(name) > MAX_CLASS_NAME:
        return RosterError("roster.class_name_too_long", length=len(name), limit=MAX_CLASS_NAME)
    return None


def check_class(db: Database, year_id: int, data: ClassData, class_id: int | None = None) -> Check:
    check = Check()
    data.name = unicodedata.normalize("NFC", " ".join(data.name.split()))  # see children.validate_child
    data.room = unicodedata.normalize("NFC", " ".join(data.room.split()))
    problem = class_name_problem(data.name)
    if problem:
        check.errors.append(problem)
    elif db.execute("SELECT count(*) FROM class WHERE school_year_id = ? AND name = ? AND id IS DISTINCT FROM ?",
                    [year_id, data.name, class_id]).fetchone()[0]:
        check.errors.append(RosterError("roster.class_exists", name=data.name))
    if data.age_group not in BY_CODE:
        check.errors.append(RosterError("roster.age_group_unknown", code=data.age_group))
        return check
    legal = age_group(data.age_group).legal_max
    if data.capacity is not None:
        if data.capacity < 1:
            check.errors.append(RosterError("roster.capacity_below_one"))
        elif data.capacity > legal:
            check.warnings.append(RosterError("roster.capacity_above_legal", capacity=data.capacity, legal=legal))
    if class_id is not None:
        enrolled = db.execute("SELECT count(*) FROM enrollment WHERE class_id = ? AND end_date IS NULL",
                              [class_id]).fetchone()[0]
        if enrolled > legal:
            check.warnings.append(RosterError("roster.class_holds_above_legal", children=enrolled, legal=legal))
    return check


def save_class(db: Database, year_id: int, data: ClassData, class_id: int | None = None) -> int:
    """Insert or update a class and its teachers; raises ProblemsError with the errors (warnings
    are for the caller to confirm beforehand)."""
    check = check_class(db, year_id, data, class_id)
    if not check.ok:
        raise ProblemsError(check.errors)
    with db.atomic():
        if class_id is None:
            class_id = db.insert("INSERT INTO class (school_year_id, name, age_group, room, capacity) "
                                 "VALUES (?,?,?,?,?)", [year_id, data.name, data.age_group, data.room, data.capacity])
        else:
            db.execute("UPDATE class SET name = ?, age_group = ?, room = ?, capacity = ? WHERE id = ?",
                       [data.name, data.age_group, data.room, data.capacity, class_id])
            db.execute("DELETE FROM class_staff WHERE class_id = ?", [class_id])
        db.conn.executemany("INSERT INTO class_staff (class_id, staff_id) VALUES (?, ?)",
                            [(class_id, s) for s in dict.fromkeys(data.teacher_ids)])
    return class_id
