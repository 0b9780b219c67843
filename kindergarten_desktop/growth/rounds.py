"""Measurement rounds of a school year: the school-wide rounds (đợt 1/2/3) and monthly checks.

Rounds are numbered by date within their kind and year (đợt 1 is the year's first): adding,
moving or deleting a round numbers the others again (:func:`renumber`), so a report, a file name
or the usual name "Cân đo đợt N – tháng M/YYYY" always says the number of the round's place."""

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
                      typed_name: bool, other_than: int | None = None, shifted_from: int | None = None) -> None:
    """A second round of the same kind on the same day, or a second round of the year with the
    same name (two "Kiểm tra tháng 1/2026"), would be told apart by nobody: refused.
    ``shifted_from``: a round added as number N moves the others of its kind from N on up one,
    each compared under the usual name it will then have."""
    for other in list_rounds(db, school_year_id):
        if other.id == other_than:
            continue
        if other.kind == kind and other.day == day:
            raise RoundError("growth.duplicate_day", field="day", name=other.name, day=other.day)
        other_name = other.name
        if (shifted_from is not None and other.kind == kind and other.number >= shifted_from
                and other.name == default_round_name(kind, other.number, other.day)):
            other_name = default_round_name(kind, other.number + 1, other.day)
        if " ".join(other_name.split()).casefold() == " ".join(name.split()).casefold():
            raise RoundError("growth.duplicate_name", field="name" if typed_name else "day", name=other_name,
                             day=other.day, year=year_name)


def add_round(db: Database, year: SchoolYear, day: dt.date, kind: str = "round", name: str = "") -> Round:
    """Create a round on ``day`` (inside the school year); refused (RoundError naming the field)
    outside the year or as a duplicate of another. Rounds are numbered by date within their kind
    (:func:`renumber`): a round added before others takes its place, the later ones move up one."""
    if kind not in KINDS:
        raise RoundError("growth.bad_kind", field="kind", kind=kind)
    if not year.contains(day):
        raise RoundError("growth.outside_year", field="day", day=day, year=year.name)
    typed = bool(name.strip())
    with db.atomic():
        # Its place among the year's rounds of its kind, numbered by date (a day is never shared).
        number = 1 + db.execute(
            "SELECT count(*) FROM growth_round WHERE school_year_id = ? AND kind = ? AND day < ?",
            [year.id, kind, day.isoformat()],
        ).fetchone()[0]
        name = name.strip() or default_round_name(kind, number, day)
        # Compared with the names the others will have once numbered again.
        _refuse_duplicate(db, year.id, year.name, kind, day, name, typed, shifted_from=number)
        spare = db.execute("SELECT coalesce(max(number), 0) + 1 FROM growth_round WHERE school_year_id = ? "
                           "AND kind = ?", [year.id, kind]).fetchone()[0]
        round_id = db.insert(
            "INSERT INTO growth_round (school_year_id, kind, number, name, day) VALUES (?, ?, ?, ?, ?)",
            [year.id, kind, spare, name, day.isoformat()],
        )
        renumber(db, year.id, kind, names={round_id: name})
    found = get_round(db, round_id)
    assert found is not None
    return found


def renumber(db: Database, school_year_id: int, kind: str, names: dict[int, str] | None = None) -> list[Round]:
    """Number the year's rounds of ``kind`` 1, 2, 3 … in the order of their days (đợt 1 is the
    first round of the year); a name still the usual one ("Cân đo đợt 3 – tháng 3/2026") follows
    its new number, a name the nurse typed is kept. ``names`` gives rounds a name of their own
    whatever their number. Writes only the rounds whose number or name changes; returns those."""
    rows = db.execute("SELECT id, number, name, day FROM growth_round WHERE school_year_id = ? AND kind = ? "
                      "ORDER BY day, id", [school_year_id, kind]).fetchall()
    changes = []
    for place, (round_id, number, name, day) in enumerate(rows, start=1):
        wanted = (names or {}).get(round_id)
        if wanted is None:
            usual = name == default_round_name(kind, number, dt.date.fromisoformat(day))
            wanted = default_round_name(kind, place, dt.date.fromisoformat(day)) if usual else name
        if (number, name) != (place, wanted):
            changes.append((round_id, place, wanted))
    if not changes:
        return []
    with db.atomic():
        # Out of the way first: (year, kind, number) is unique at every step.
        clear = 1 + max(number for _id, number, _name, _day in rows) + len(rows)
        for round_id, place, _name in changes:
            db.execute("UPDATE growth_round SET number = ? WHERE id = ?", [clear + place, round_id])
        for round_id, place, name in changes:
            db.execute("UPDATE growth_round SET number = ?, name = ? WHERE id = ?", [place, name, round_id])
    found = [get_round(db, round_id) for round_id, _place, _name in changes]
    return [r for r in found if r is not None]


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
        renumber(db, current.school_year_id, current.kind)  # moved among the others
    updated = get_round(db, round_id)
    assert updated is not None
    return updated


def delete_round(db: Database, round_id: int) -> None:
    """Delete a round that holds no measurement (measurements are never dropped silently)."""
    count = db.execute("SELECT count(*) FROM measurement WHERE round_id = ?", [round_id]).fetchone()[0]
    if count:
        raise RoundError("growth.has_measurements", count=count)
    current = get_round(db, round_id)
    with db.atomic():
        db.execute("DELETE FROM growth_round WHERE id = ?", [round_id])
        if current is not None:
            renumber(db, current.school_year_id, current.kind)  # the later ones move down one


def current_round(db: Database, school_year_id: int, today: dt.date) -> Round | None:
    """The round the nurse is working on: the latest school-wide round that has started by
    ``today`` (the first one before any has started). The Growth tab and the report dialogs
    preselect it."""
    rounds = [r for r in list_rounds(db, school_year_id) if r.kind == "round"]
    started = [r for r in rounds if r.day <= today]
    return started[-1] if started else (rounds[0] if rounds else None)
