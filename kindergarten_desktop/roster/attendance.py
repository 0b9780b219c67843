"""Daily attendance (điểm danh): marks, the month grid of a class and attendance rates.

One mark per child and school day: P present, E excused absence (nghỉ có phép),
U unexcused absence (nghỉ không phép); no row means not taken yet. A mark is refused on
a day the school is closed and for a child not enrolled that day, so the kitchen's
counts and the accountant's refunds never see impossible days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.calendar import month_bounds, school_days
from kindergarten_desktop.roster.errors import AttendanceError, RosterError

PRESENT, EXCUSED, UNEXCUSED = "P", "E", "U"
STATUSES = (PRESENT, EXCUSED, UNEXCUSED)
STATUS_LABELS_VI = {PRESENT: "Có mặt", EXCUSED: "Nghỉ có phép", UNEXCUSED: "Nghỉ không phép"}

Mark = tuple[int, dt.date, str | None]  # child, day, status (None clears the mark)


def _enrolled_on(db: Database, child_ids: Iterable[int], days: Iterable[dt.date]) -> set[tuple[int, dt.date]]:
    """The (child, day) pairs among the given ones where the child has an enrolment."""
    child_ids, days = sorted(set(child_ids)), sorted(set(days))
    if not child_ids or not days:
        return set()
    placeholders = ",".join("?" * len(child_ids))
    rows = db.execute(
        f"""SELECT child_id, start_date, end_date FROM enrollment
            WHERE child_id IN ({placeholders}) AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)""",
        [*child_ids, days[-1].isoformat(), days[0].isoformat()],
    ).fetchall()
    spans: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for child, start, end in rows:
        spans.setdefault(child, []).append(
            (dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else dt.date.max))
    return {(c, d) for c in child_ids for d in days
            if any(s <= d <= e for s, e in spans.get(c, ()))}


def record_marks(db: Database, marks: Iterable[Mark], today: dt.date | None = None) -> int:
    """Record (child, day, status) marks in one transaction; status None removes the mark.

    Nothing is written when any mark is refused: AttendanceError lists every refused mark
    (unknown status, a day in the future, a day the school is closed, a child not enrolled that day).
    Clearing a mark is allowed on any day."""
    marks = list(marks)
    if not marks:
        return 0
    today = today or dt.date.today()
    problems: list[RosterError] = []
    for child, day, status in marks:
        if status is not None and status not in STATUSES:
            problems.append(RosterError("roster.mark_status_unknown", child=child, day=day, status=status))
    for day in sorted({day for _, day, status in marks if status is not None and day > today}):
        problems.append(RosterError("roster.mark_in_future", day=day))
    days = {day for _, day, _ in marks}
    open_days = set(school_days(db, min(days), max(days)))
    for day in sorted(days - open_days):
        problems.append(RosterError("roster.not_school_day", day=day))
    enrolled = _enrolled_on(db, (c for c, _, _ in marks), days & open_days)
    names = dict(db.execute(
        f"SELECT id, full_name FROM child WHERE id IN ({','.join('?' * len({c for c, _, _ in marks}))})",
        sorted({c for c, _, _ in marks})).fetchall())
    for child, day, _status in marks:
        if day in open_days and (child, day) not in enrolled:
            problems.append(RosterError("roster.not_enrolled_on", name=names.get(child, f"#{child}"), day=day))
    if problems:
        raise AttendanceError(problems)
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO attendance (child_id, day, status) VALUES (?, ?, ?) "
            "ON CONFLICT (child_id, day) DO UPDATE SET status = excluded.status",
            [(c, d.isoformat(), s) for c, d, s in marks if s is not None])
        db.conn.executemany("DELETE FROM attendance WHERE child_id = ? AND day = ?",
                            [(c, d.isoformat()) for c, d, s in marks if s is None])
    return len(marks)


def mark(db: Database, child_id: int, day: dt.date, status: str | None) -> None:
    record_marks(db, [(child_id, day, status)])


def enrolled_children(db: Database, day: dt.date, class_id: int | None = None) -> list[int]:
    """Children enrolled on ``day`` (in one class, or in the whole school)."""
    sql = ("SELECT DISTINCT child_id FROM enrollment WHERE start_date <= :d "
           "AND (end_date IS NULL OR end_date >= :d)")
    if class_id is not None:
        sql += " AND class_id = :cls"
    return [r[0] for r in db.execute(sql, {"d": day.isoformat(), "cls": class_id})]


def mark_all_present(db: Database, day: dt.date, class_id: int | None = None, today: dt.date | None = None) -> int:
    """"All present today": every enrolled child without a mark for ``day`` is marked present
    (absences already entered stay). Returns the number of marks added."""
    if day > (today or dt.date.today()):
        raise AttendanceError([RosterError("roster.mark_in_future", day=day)])
    if not school_days(db, day, day):
        raise AttendanceError([RosterError("roster.not_school_day", day=day)])
    children = enrolled_children(db, day, class_id)
    with db.atomic():
        cur = db.conn.executemany("INSERT INTO attendance (child_id, day, status) VALUES (?, ?, 'P') "
                                  "ON CONFLICT DO NOTHING", [(c, day.isoformat()) for c in children])
        return max(cur.rowcount, 0)


@dataclass(frozen=True)
class Tally:
    """Counts of marks and the attendance rate (tỷ lệ chuyên cần): present / marked days."""

    present: int = 0
    excused: int = 0
    unexcused: int = 0

    @property
    def marked(self) -> int:
        return self.present + self.excused + self.unexcused

    @property
    def absent(self) -> int:
        return self.excused + self.unexcused

    @property
    def rate(self) -> float | None:
        """Share of marked days present (0..1), None when nothing is marked."""
        return self.present / self.marked if self.marked else None

    def add(self, status: str) -> Tally:
        return Tally(self.present + (status == PRESENT), self.excused + (status == EXCUSED),
                     self.unexcused + (status == UNEXCUSED))


@dataclass(frozen=True)
class GridChild:
    id: int
    full_name: str
    sex: int
    birth_date: dt.date
    spans: tuple[tuple[dt.date, dt.date], ...]  # stays in this class (end date.max: still there)

    def enrolled_on(self, day: dt.date) -> bool:
        return any(start <= day <= end for start, end in self.spans)


@dataclass
class MonthGrid:
    """A class's month: children (Vietnamese order) × school days, with the marks."""

    class_id: int
    year: int
    month: int
    days: list[dt.date]
    children: list[GridChild]
    marks: dict[tuple[int, dt.date], str] = field(default_factory=dict)

    def status(self, child_id: int, day: dt.date) -> str | None:
        return self.marks.get((child_id, day))

    def child_tally(self, child_id: int) -> Tally:
        tally = Tally()
        for day in self.days:
            status = self.marks.get((child_id, day))
            if status:
                tally = tally.add(status)
        return tally

    def day_tally(self, day: dt.date) -> Tally:
        tally = Tally()
        for child in self.children:
            status = self.marks.get((child.id, day))
            if status:
                tally = tally.add(status)
        return tally

    def total(self) -> Tally:
        counts = {s: 0 for s in STATUSES}
        for status in self.marks.values():
            counts[status] += 1
        return Tally(counts[PRESENT], counts[EXCUSED], counts[UNEXCUSED])


def month_grid(db: Database, class_id: int, year: int, month: int) -> MonthGrid:
    """The attendance grid of a class for a month: every child enrolled in the class on
    at least one day of the month, and the school days of the month inside the class's year."""
    first, last = month_bounds(year, month)
    row = db.execute("""SELECT y.start_date, y.end_date FROM class c JOIN school_year y ON y.id = c.school_year_id
                        WHERE c.id = ?""", [class_id]).fetchone()
    if row is None:
        raise RosterError("roster.class_not_found", id=class_id)
    first = max(first, dt.date.fromisoformat(row[0]))
    last = min(last, dt.date.fromisoformat(row[1]))
    days = school_days(db, first, last) if first <= last else []
    rows = db.execute(
        """SELECT ch.id, ch.full_name, ch.sex, ch.birth_date, e.start_date, e.end_date
           FROM enrollment e JOIN child ch ON ch.id = e.child_id
           WHERE e.class_id = :cls AND e.start_date <= :last AND (e.end_date IS NULL OR e.end_date >= :first)
           ORDER BY e.start_date""",
        {"cls": class_id, "first": first.isoformat(), "last": last.isoformat()}).fetchall()
    by_child: dict[int, GridChild] = {}
    for cid, name, sex, birth, start, end in rows:
        # A child who left and came back in the same month keeps one row with both stays.
        span = (dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else dt.date.max)
        prev = by_child.get(cid)
        spans = (*prev.spans, span) if prev else (span,)
        by_child[cid] = GridChild(cid, name, sex, dt.date.fromisoformat(birth), spans)
    children = sorted(by_child.values(), key=lambda c: name_sort_key(c.full_name))
    grid = MonthGrid(class_id, year, month, days, children)
    if children and days:
        ids = [c.id for c in children]
        marks = db.execute(
            f"""SELECT child_id, day, status FROM attendance
                WHERE day BETWEEN ? AND ? AND child_id IN ({','.join('?' * len(ids))})""",
            [first.isoformat(), last.isoformat(), *ids]).fetchall()
        day_set = set(days)
        for cid, day, status in marks:
            d = dt.date.fromisoformat(day)
            # Days spent in another class (a transfer mid-month) belong to that class's grid.
            if d in day_set and by_child[cid].enrolled_on(d):
                grid.marks[(cid, d)] = status
    return grid


def _tally_rows(rows: Iterable[tuple[str, int]]) -> Tally:
    counts = dict.fromkeys(STATUSES, 0)
    for status, n in rows:
        counts[status] = n
    return Tally(counts[PRESENT], counts[EXCUSED], counts[UNEXCUSED])


def child_tally(db: Database, child_id: int, start: dt.date, end: dt.date) -> Tally:
    rows = db.execute("SELECT status, count(*) FROM attendance WHERE child_id = ? AND day BETWEEN ? AND ? "
                      "GROUP BY status", [child_id, start.isoformat(), end.isoformat()]).fetchall()
    return _tally_rows(rows)


def class_tallies(db: Database, school_year_id: int, start: dt.date, end: dt.date) -> dict[int, Tally]:
    """Marks per class of a school year between two dates (a mark counts for the class the
    child was enrolled in that day)."""
    rows = db.execute(
        """SELECT e.class_id, a.status, count(*) FROM attendance a
           JOIN enrollment e ON e.child_id = a.child_id AND e.start_date <= a.day
                AND (e.end_date IS NULL OR e.end_date >= a.day)
           JOIN class c ON c.id = e.class_id
           WHERE c.school_year_id = ? AND a.day BETWEEN ? AND ?
           GROUP BY e.class_id, a.status""",
        [school_year_id, start.isoformat(), end.isoformat()]).fetchall()
    grouped: dict[int, list[tuple[str, int]]] = {}
    for class_id, status, n in rows:
        grouped.setdefault(class_id, []).append((status, n))
    return {cid: _tally_rows(r) for cid, r in grouped.items()}


def school_tally(db: Database, start: dt.date, end: dt.date) -> Tally:
    rows = db.execute("SELECT status, count(*) FROM attendance WHERE day BETWEEN ? AND ? GROUP BY status",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return _tally_rows(rows)


def month_tally(db: Database, year: int, month: int, class_id: int | None = None) -> Tally:
    """Marks of a month for the school, or for one class."""
    if class_id is None:
        return school_tally(db, *month_bounds(year, month))
    return month_grid(db, class_id, year, month).total()
