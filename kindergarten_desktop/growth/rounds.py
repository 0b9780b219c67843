"""Measurement rounds of a school year: the school-wide rounds (đợt 1/2/3) and monthly checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.school import SchoolYear

KINDS = ("round", "monthly")
# (month, day) of the three usual rounds: September, December, March.
DEFAULT_ROUND_DAYS = ((9, 20), (12, 15), (3, 10))


@dataclass(frozen=True)
class Round:
    id: int
    school_year_id: int
    kind: str
    number: int
    name: str
    day: dt.date


class RoundError(AppError):
    """A round that cannot be created, changed or deleted (codes in growth/messages.py);
    ``field`` names the input to correct ("day", "name" or "kind"), None when none is at fault."""

    def __init__(self, code: str, /, *, field: str | None = None, **params: object) -> None:
        super().__init__(code, **params)
        self.field = field


_COLUMNS = "id, school_year_id, kind, number, name, day"


def _row(row: tuple) -> Round:
    return Round(row[0], row[1], row[2], row[3], row[4], dt.date.fromisoformat(row[5]))


def default_round_name(kind: str, number: int, day: dt.date) -> str:
    if kind == "round":
        return f"Cân đo đợt {number} – tháng {day.month}/{day.year}"
    return f"Kiểm tra tháng {day.month}/{day.year}"


def list_rounds(db: Database, school_year_id: int) -> list[Round]:
    """Rounds of a year in date order."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM growth_round WHERE school_year_id = ? ORDER BY day, kind, number",
        [school_year_id],
    ).fetchall()
    return [_row(r) for r in rows]


def get_round(db: Database, round_id: int) -> Round | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM growth_round WHERE id = ?", [round_id]).fetchone()
    return _row(row) if row else None


def find_round(db: Database, school_year_id: int, number: int, kind: str = "round") -> Round | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM growth_round WHERE school_year_id = ? AND kind = ? AND number = ?",
        [school_year_id, kind, number],
    ).fetchone()
    return _row(row) if row else None


def first_round(db: Database, school_year_id: int) -> Round | None:
    """The year's first school-wide round: the baseline for "change since the start of the year"."""
    rounds = [r for r in list_rounds(db, school_year_id) if r.kind == "round"]
    return rounds[0] if rounds else None


def _refuse_duplicate(db: Database, school_year_id: int, year_name: str, kind: str, day: dt.date, name: str,
                      typed_name: bool, other_than: int | None = None) -> None:
    """A second round of the same kind on the same day, or a second round of the year with the
    same name (two "Kiểm tra tháng 1/2026"), would be told apart by nobody: refused."""
    for other in list_rounds(db, school_year_id):
        if other.id == other_than:
            continue
        if other.kind == kind and other.day == day:
            raise RoundError("growth.duplicate_day", field="day", name=other.name, day=other.day)
        if " ".join(other.name.split()).casefold() == " ".join(name.split()).casefold():
            raise RoundError("growth.duplicate_name", field="name" if typed_name else "day", name=other.name,
                             day=other.day, year=year_name)


def add_round(db: Database, year: SchoolYear, day: dt.date, kind: str = "round", name: str = "") -> Round:
    """Create a round on ``day`` (inside the school year), numbered after the year's others of its
    kind; refused (RoundError naming the field) outside the year or as a duplicate of another."""
    if kind not in KINDS:
        raise RoundError("growth.bad_kind", field="kind", kind=kind)
    if not year.contains(day):
        raise RoundError("growth.outside_year", field="day", day=day, year=year.name)
    with db.atomic():
        number = db.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM growth_round WHERE school_year_id = ? AND kind = ?",
            [year.id, kind],
        ).fetchone()[0]
        typed = bool(name.strip())
        name = name.strip() or default_round_name(kind, number, day)
        _refuse_duplicate(db, year.id, year.name, kind, day, name, typed)
        round_id = db.insert(
            "INSERT INTO growth_round (school_year_id, kind, number, name, day) VALUES (?, ?, ?, ?, ?)",
            [year.id, kind, number, name, day.isoformat()],
        )
    found = get_round(db, round_id)
    assert found is not None
    return found


def ensure_default_rounds(db: Database, year: SchoolYear) -> list[Round]:
    """The year's rounds, creating the three usual ones (September, December, March) when the
    year has no school-wide round yet. Reads only when they exist (a write would wait for the
    start-up's damage check)."""
    rounds = list_rounds(db, year.id)
    if any(r.kind == "round" for r in rounds):
        return rounds
    with db.atomic():
        if not any(r.kind == "round" for r in list_rounds(db, year.id)):
            for month, day in DEFAULT_ROUND_DAYS:
                calendar_year = year.start_year if month >= 9 else year.start_year + 1
                add_round(db, year, dt.date(calendar_year, month, day))
    return list_rounds(db, year.id)


def update_round(db: Database, round_id: int, *, name: str, day: dt.date) -> Round:
    current = get_round(db, round_id)
    if current is None:
        raise RoundError("growth.missing_round")
    if not name.strip():
        raise RoundError("growth.no_name", field="name")
    end = db.execute("SELECT start_date, end_date, name FROM school_year WHERE id = ?",
                     [current.school_year_id]).fetchone()
    if not end[0] <= day.isoformat() <= end[1]:
        raise RoundError("growth.outside_year", field="day", day=day, year=end[2])
    _refuse_duplicate(db, current.school_year_id, end[2], current.kind, day, name.strip(), True, other_than=round_id)
    with db.atomic():
        db.execute("UPDATE growth_round SET name = ?, day = ? WHERE id = ?",
                   [name.strip(), day.isoformat(), round_id])
    updated = get_round(db, round_id)
    assert updated is not None
    return updated


def delete_round(db: Database, round_id: int) -> None:
    """Delete a round that holds no measurement (measurements are never dropped silently)."""
    count = db.execute("SELECT count(*) FROM measurement WHERE round_id = ?", [round_id]).fetchone()[0]
    if count:
        raise RoundError("growth.has_measurements", count=count)
    with db.atomic():
        db.execute("DELETE FROM growth_round WHERE id = ?", [round_id])


def current_round(db: Database, school_year_id: int, today: dt.date) -> Round | None:
    """The round the nurse is working on: the latest school-wide round that has started by
    ``today`` (the first one before any has started). The Growth tab and the report dialogs
    preselect it."""
    rounds = [r for r in list_rounds(db, school_year_id) if r.kind == "round"]
    started = [r for r in rounds if r.day <= today]
    return started[-1] if started else (rounds[0] if rounds else None)
