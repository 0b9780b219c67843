"""Movements of children between classes, kept as enrolment history: enrolment, transfer,
withdrawal and return. An enrolment is closed with a date and a reason; a wrong movement is undone
or moved to the right class with :func:`undo_last_movement` / :func:`change_class`, and every such
correction is recorded (table ``enrollment_correction``) with the rows as they were."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.age_groups import age_group
from kindergarten_desktop.roster.errors import MovementError, RosterError

START_REASONS = ("new", "promotion", "transfer", "return")
END_REASONS = ("transfer", "withdrawal", "graduation", "promotion")


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
        raise MovementError("roster.class_not_found", id=class_id)
    return dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1]), row[2]


def _check_enrolment(db: Database, child_id: int, class_id: int, start: dt.date, reason: str,
                     years: dict[int, tuple[dt.date, dt.date, str]] | None = None,
                     stays: list[Stay] | None = None) -> None:
    """The rules of opening an enrolment (``years``: classes already looked up; ``stays``: the
    child's history when the caller knows it, e.g. none for a child created in the same write)."""
    if reason not in START_REASONS:
        raise MovementError("roster.movement_reason_unknown", reason=reason)
    if years is None or class_id not in years:
        found = _class_year(db, class_id)
        if years is not None:
            years[class_id] = found
    year_start, year_end, name = years[class_id] if years is not None else found
    if not year_start <= start <= year_end:
        raise MovementError("roster.outside_school_year", day=start, name=name, start=year_start, end=year_end)
    for stay in history(db, child_id) if stays is None else stays:
        if stay.end is not None and stay.end >= start:
            raise MovementError("roster.already_in_class_until", name=stay.class_name, start=stay.start,
                                end=stay.end)
        if stay.end is None:
            raise MovementError("roster.already_in_class_from", name=stay.class_name, start=stay.start)


def enrol(db: Database, child_id: int, class_id: int, start: dt.date, reason: str = "new", note: str = "") -> int:
    """Open an enrolment; refused when the date is outside the class's school year or the
    child is already in a class on or after that date."""
    _check_enrolment(db, child_id, class_id, start, reason)
    with db.atomic():
        return db.insert("INSERT INTO enrollment (child_id, class_id, start_date, start_reason, note) "
                         "VALUES (?, ?, ?, ?, ?)", [child_id, class_id, start.isoformat(), reason, note])


# Rows per INSERT of a bulk write: one statement's overhead (its statement journal copies every
# page it changes, audit_log's included) shared by a hundred rows, far below SQLite's limit on
# parameters.
BULK_ROWS = 100


def enrol_new_children(db: Database, entries: list[tuple[int, int, dt.date]], reason: str = "new") -> None:
    """First enrolments (child id, class id, from) of children created in the same write: the
    rules of :func:`enrol` (they have no class yet), written a hundred rows per statement."""
    years: dict[int, tuple[dt.date, dt.date, str]] = {}
    for child_id, class_id, start in entries:
        _check_enrolment(db, child_id, class_id, start, reason, years, stays=[])
    with db.atomic():
        for k in range(0, len(entries), BULK_ROWS):
            chunk = entries[k:k + BULK_ROWS]
            db.execute("INSERT INTO enrollment (child_id, class_id, start_date, start_reason, note) VALUES "
                       + ", ".join(["(?, ?, ?, ?, '')"] * len(chunk)),
                       [v for child_id, class_id, start in chunk
                        for v in (child_id, class_id, start.isoformat(), reason)])


def _close(db: Database, child_id: int, last_day: dt.date, reason: str, note: str) -> Stay:
    stay = current_stay(db, child_id, last_day)
    if stay is None:
        raise MovementError("roster.in_no_class", day=last_day)
    if stay.end is not None and stay.end <= last_day:
        raise MovementError("roster.stay_already_ends", name=stay.class_name, end=stay.end)
    later = db.execute("SELECT count(*) FROM attendance WHERE child_id = ? AND day > ?",
                       [child_id, last_day.isoformat()]).fetchone()[0]
    if later and reason == "withdrawal":
        raise MovementError("roster.marks_after", count=later, day=last_day)
    db.execute("UPDATE enrollment SET end_date = ?, end_reason = ?, note = trim(note || ' ' || ?) WHERE id = ?",
               [last_day.isoformat(), reason, note, stay.id])
    return stay


def transfer(db: Database, child_id: int, to_class_id: int, on: dt.date, note: str = "") -> int:
    """Move a child to another class from ``on`` (the old stay ends the day before)."""
    stay = current_stay(db, child_id, on)
    if stay is None:
        raise MovementError("roster.in_no_class", day=on)
    if stay.class_id == to_class_id:
        raise MovementError("roster.already_in_that_class", name=stay.class_name)
    if stay.start >= on:
        raise MovementError("roster.transfer_before_start", name=stay.class_name, start=stay.start)
    with db.atomic():
        _close(db, child_id, on - dt.timedelta(days=1), "transfer", note)
        return enrol(db, child_id, to_class_id, on, "transfer", note)


def withdraw(db: Database, child_id: int, last_day: dt.date, reason: str) -> None:
    """The child leaves the school after ``last_day``; the reason is kept in the history."""
    if not reason.strip():
        raise MovementError("roster.withdrawal_reason_missing")
    with db.atomic():
        _close(db, child_id, last_day, "withdrawal", reason.strip())


def return_child(db: Database, child_id: int, class_id: int, on: dt.date, note: str = "") -> int:
    """A child who had left comes back (a new stay, reason 'return')."""
    if not history(db, child_id):
        raise MovementError("roster.never_enrolled")
    return enrol(db, child_id, class_id, on, "return", note)


# --- warnings before a move -------------------------------------------------------------

def class_size_on(db: Database, class_id: int, on: dt.date) -> int:
    return int(db.execute("SELECT count(DISTINCT child_id) FROM enrollment WHERE class_id = ? AND start_date <= ? "
                          "AND (end_date IS NULL OR end_date >= ?)",
                          [class_id, on.isoformat(), on.isoformat()]).fetchone()[0])


def move_warnings(db: Database, child_id: int, class_id: int, on: dt.date) -> list[RosterError]:
    """What the user should confirm before putting a child in ``class_id`` from ``on``: a child
    born outside the class's age group, a class already at its capacity or legal maximum."""
    row = db.execute("""SELECT c.name, c.age_group, c.capacity, y.start_date FROM class c
                        JOIN school_year y ON y.id = c.school_year_id WHERE c.id = ?""", [class_id]).fetchone()
    birth = db.execute("SELECT birth_date FROM child WHERE id = ?", [child_id]).fetchone()
    if row is None or birth is None:
        return []
    name, group_code, _capacity, year_start = row
    group = age_group(group_code)
    warnings: list[RosterError] = []
    born = dt.date.fromisoformat(birth[0]).year
    start_year = dt.date.fromisoformat(year_start).year
    if group_code != "mixed":
        expected = start_year - group.min_months // 12
        if born != expected:
            warnings.append(RosterError("roster.class_for_other_births", name=name, year=born, expected=expected))
    return warnings + capacity_warnings(db, class_id, on)


def capacity_warnings(db: Database, class_id: int, on: dt.date) -> list[RosterError]:
    """One more child in ``class_id`` from ``on`` would pass its capacity or the legal maximum."""
    row = db.execute("SELECT name, age_group, capacity FROM class WHERE id = ?", [class_id]).fetchone()
    if row is None:
        return []
    name, group_code, capacity = row
    legal = age_group(group_code).legal_max
    size = class_size_on(db, class_id, on) + 1
    if size > legal:
        return [RosterError("roster.class_above_legal", name=name, children=size, legal=legal)]
    if capacity and size > capacity:
        return [RosterError("roster.class_above_capacity", name=name, children=size, capacity=capacity)]
    return []


# --- corrections ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Undoable:
    """The latest movement of a child, which :func:`undo_last_movement` would remove."""

    kind: str  # 'transfer', 'withdrawal' or 'return'
    stay: Stay  # the stay the movement opened (transfer, return) or closed (withdrawal)
    previous: Stay | None  # the stay a transfer closed


def last_movement(db: Database, child_id: int) -> Undoable | None:
    """The child's latest transfer, withdrawal or return, if it is the last thing in the history."""
    stays = history(db, child_id)
    if not stays:
        return None
    last = stays[-1]
    if last.end_reason == "withdrawal":
        return Undoable("withdrawal", last, None)
    if last.end is None and last.start_reason == "transfer" and len(stays) > 1 \
            and stays[-2].end_reason == "transfer":
        return Undoable("transfer", last, stays[-2])
    if last.end is None and last.start_reason == "return":
        return Undoable("return", last, None)
    return None


def _record(db: Database, child_id: int, action: str, before: list[Stay], reason: str) -> None:
    rows = [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(s).items()} for s in before]
    db.execute("INSERT INTO enrollment_correction (child_id, action, before, reason, at) VALUES (?, ?, ?, ?, ?)",
               [child_id, action, json.dumps(rows, ensure_ascii=False), reason.strip(),
                dt.datetime.now().isoformat(timespec="seconds")])


def _marks_between(db: Database, child_id: int, start: dt.date, end: dt.date | None) -> int:
    return int(db.execute("SELECT count(*) FROM attendance WHERE child_id = ? AND day >= ? AND day <= ?",
                          [child_id, start.isoformat(), (end or dt.date.max).isoformat()]).fetchone()[0])


def undo_last_movement(db: Database, child_id: int, reason: str = "") -> Undoable:
    """Remove the child's latest transfer, withdrawal or return, as if it had not happened:
    a transfer gives the child back to the class it came from (its attendance marks stay, they
    belong to the child), a withdrawal reopens the stay, a return is removed when no attendance
    was taken during it. Recorded with the rows as they were."""
    movement = last_movement(db, child_id)
    if movement is None:
        raise MovementError("roster.nothing_to_undo")
    stay = movement.stay
    with db.atomic():
        if movement.kind == "withdrawal":
            _record(db, child_id, "undo_withdrawal", [stay], reason)
            # The withdrawal reason stays in the note; the correction record says it was undone.
            db.execute("UPDATE enrollment SET end_date = NULL, end_reason = NULL WHERE id = ?", [stay.id])
        elif movement.kind == "transfer":
            previous = movement.previous
            assert previous is not None
            _record(db, child_id, "undo_transfer", [previous, stay], reason)
            db.execute("DELETE FROM enrollment WHERE id = ?", [stay.id])
            db.execute("UPDATE enrollment SET end_date = ?, end_reason = ? WHERE id = ?",
                       [stay.end.isoformat() if stay.end else None, stay.end_reason, previous.id])
        else:
            marks = _marks_between(db, child_id, stay.start, stay.end)
            if marks:
                raise MovementError("roster.undo_return_marks", count=marks, name=stay.class_name)
            _record(db, child_id, "undo_return", [stay], reason)
            db.execute("DELETE FROM enrollment WHERE id = ?", [stay.id])
    return movement


def change_class(db: Database, stay_id: int, class_id: int, reason: str = "") -> None:
    """Correct the class of a stay entered in the wrong class (same school year, same dates).
    Recorded with the stay as it was."""
    row = db.execute("""SELECT e.child_id, c.school_year_id FROM enrollment e JOIN class c ON c.id = e.class_id
                        WHERE e.id = ?""", [stay_id]).fetchone()
    target = db.execute("SELECT school_year_id, name FROM class WHERE id = ?", [class_id]).fetchone()
    if row is None:
        raise MovementError("roster.stay_not_found", id=stay_id)
    if target is None:
        raise MovementError("roster.class_not_found", id=class_id)
    child_id, year_id = row
    stay = next(s for s in history(db, child_id) if s.id == stay_id)
    if stay.class_id == class_id:
        raise MovementError("roster.already_in_that_class", name=stay.class_name)
    if target[0] != year_id:
        raise MovementError("roster.change_class_other_year", name=target[1], year=stay.school_year)
    with db.atomic():
        _record(db, child_id, "change_class", [stay], reason)
        db.execute("UPDATE enrollment SET class_id = ? WHERE id = ?", [class_id, stay_id])


@dataclass(frozen=True)
class Correction:
    action: str
    at: dt.datetime
    reason: str
    before: list[dict[str, object]]


def corrections(db: Database, child_id: int) -> list[Correction]:
    rows = db.execute("SELECT action, at, reason, before FROM enrollment_correction WHERE child_id = ? ORDER BY id",
                      [child_id]).fetchall()
    return [Correction(a, dt.datetime.fromisoformat(at), r, json.loads(b)) for a, at, r, b in rows]
