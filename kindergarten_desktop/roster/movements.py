"""Movements of children between classes, kept as enrolment history: enrolment, transfer,
withdrawal and return. Nothing is deleted; an enrolment is closed with a date and a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date

START_REASONS = ("new", "promotion", "transfer", "return")
END_REASONS = ("transfer", "withdrawal", "graduation", "promotion")


class MovementError(ValueError):
    pass


@dataclass(frozen=True)
class Stay:
    """One enrolment: a stay of a child in a class."""

    id: int
    class_id: int
    class_name: str
    school_year: str
    start: dt.date
    end: dt.date | None
    start_reason: str
    end_reason: str | None
    note: str


def history(db: Database, child_id: int) -> list[Stay]:
    """The child's class history, oldest first."""
    rows = db.execute(
        """SELECT e.id, c.id, c.name, y.name, e.start_date, e.end_date, e.start_reason, e.end_reason, e.note
           FROM enrollment e JOIN class c ON c.id = e.class_id JOIN school_year y ON y.id = c.school_year_id
           WHERE e.child_id = ? ORDER BY e.start_date, e.id""", [child_id]).fetchall()
    return [Stay(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), dt.date.fromisoformat(r[5]) if r[5] else None,
                 r[6], r[7], r[8]) for r in rows]


def current_stay(db: Database, child_id: int, on: dt.date) -> Stay | None:
    for stay in history(db, child_id):
        if stay.start <= on and (stay.end is None or stay.end >= on):
            return stay
    return None


def _class_year(db: Database, class_id: int) -> tuple[dt.date, dt.date, str]:
    row = db.execute("""SELECT y.start_date, y.end_date, c.name FROM class c
                        JOIN school_year y ON y.id = c.school_year_id WHERE c.id = ?""", [class_id]).fetchone()
    if row is None:
        raise MovementError(f"No class with id {class_id}")
    return dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1]), row[2]


def enrol(db: Database, child_id: int, class_id: int, start: dt.date, reason: str = "new", note: str = "") -> int:
    """Open an enrolment; refused when the date is outside the class's school year or the
    child is already in a class on or after that date."""
    if reason not in START_REASONS:
        raise MovementError(f"Unknown reason {reason!r}")
    year_start, year_end, name = _class_year(db, class_id)
    if not year_start <= start <= year_end:
        raise MovementError(f"{format_date(start)} is outside the school year of class {name} "
                            f"({format_date(year_start)} – {format_date(year_end)})")
    for stay in history(db, child_id):
        if stay.end is None or stay.end >= start:
            raise MovementError(f"The child is already in class {stay.class_name} from {format_date(stay.start)}"
                                + (f" to {format_date(stay.end)}" if stay.end else ""))
    with db.atomic():
        return db.insert("INSERT INTO enrollment (child_id, class_id, start_date, start_reason, note) "
                         "VALUES (?, ?, ?, ?, ?)", [child_id, class_id, start.isoformat(), reason, note])


def _close(db: Database, child_id: int, last_day: dt.date, reason: str, note: str) -> Stay:
    stay = current_stay(db, child_id, last_day)
    if stay is None:
        raise MovementError(f"The child is in no class on {format_date(last_day)}")
    if stay.end is not None and stay.end <= last_day:
        raise MovementError(f"The stay in {stay.class_name} already ends on {format_date(stay.end)}")
    later = db.execute("SELECT count(*) FROM attendance WHERE child_id = ? AND day > ?",
                       [child_id, last_day.isoformat()]).fetchone()[0]
    if later and reason == "withdrawal":
        raise MovementError(f"The child has {later} attendance marks after {format_date(last_day)}; "
                            "remove them first or choose a later date")
    db.execute("UPDATE enrollment SET end_date = ?, end_reason = ?, note = trim(note || ' ' || ?) WHERE id = ?",
               [last_day.isoformat(), reason, note, stay.id])
    return stay


def transfer(db: Database, child_id: int, to_class_id: int, on: dt.date, note: str = "") -> int:
    """Move a child to another class from ``on`` (the old stay ends the day before)."""
    stay = current_stay(db, child_id, on)
    if stay is None:
        raise MovementError(f"The child is in no class on {format_date(on)}")
    if stay.class_id == to_class_id:
        raise MovementError(f"The child is already in class {stay.class_name}")
    if stay.start >= on:
        raise MovementError(f"The transfer date must be after the start in {stay.class_name} "
                            f"({format_date(stay.start)})")
    with db.atomic():
        _close(db, child_id, on - dt.timedelta(days=1), "transfer", note)
        return enrol(db, child_id, to_class_id, on, "transfer", note)


def withdraw(db: Database, child_id: int, last_day: dt.date, reason: str) -> None:
    """The child leaves the school after ``last_day``; the reason is kept in the history."""
    if not reason.strip():
        raise MovementError("Give the reason for the withdrawal")
    with db.atomic():
        _close(db, child_id, last_day, "withdrawal", reason.strip())


def return_child(db: Database, child_id: int, class_id: int, on: dt.date, note: str = "") -> int:
    """A child who had left comes back (a new stay, reason 'return')."""
    if not history(db, child_id):
        raise MovementError("The child has never been enrolled; enrol it as a new child")
    return enrol(db, child_id, class_id, on, "return", note)
