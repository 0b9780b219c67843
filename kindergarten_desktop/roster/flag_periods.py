"""When a child's circumstance holds: each flag (roster.circumstances) holds from a day to a
day (the last one; None: still holds), and a flag may hold over several periods.

The ledger and the lunch-support claim list count a flag in the months it holds on at least
one day. A change of a flag that counts for money (Decree 105 art. 7) reaching into a closed
month is refused below the domains (db/guards.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.circumstances import CIRCUMSTANCES, flag_label
from kindergarten_desktop.roster.errors import RosterError

FAR = "9999-12-31"
Dates = tuple[dt.date, dt.date | None]  # from, to (the last day; None: still holds)


@dataclass(frozen=True)
class FlagPeriod:
    id: int
    child_id: int
    flag: str
    start: dt.date
    end: dt.date | None

    def holds_between(self, first: dt.date, last: dt.date) -> bool:
        return self.start <= last and (self.end is None or self.end >= first)


def _period(row: tuple[int, int, str, str, str | None]) -> FlagPeriod:
    pid, child_id, flag, start, end = row
    return FlagPeriod(pid, child_id, flag, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None)


def periods(db: Database, child_id: int) -> list[FlagPeriod]:
    """The child's flag periods, by flag then start."""
    rows = db.execute("SELECT id, child_id, flag, valid_from, valid_to FROM child_circumstance WHERE child_id = ? "
                      "ORDER BY flag, valid_from", [child_id]).fetchall()
    return [_period(r) for r in rows]


def latest(found: Iterable[FlagPeriod]) -> dict[str, FlagPeriod]:
    """Each flag's latest period (the one the child's record shows and edits)."""
    by_flag: dict[str, FlagPeriod] = {}
    for p in found:
        if p.flag not in by_flag or p.start > by_flag[p.flag].start:
            by_flag[p.flag] = p
    return by_flag


def flags_between(db: Database, first: dt.date, last: dt.date,
                  flags: Iterable[str] | None = None) -> dict[int, tuple[str, ...]]:
    """Children -> the flags (sorted) that hold on at least one day from ``first`` to ``last``."""
    sql = ("SELECT child_id, flag FROM child_circumstance WHERE valid_from <= ? "
           "AND (valid_to IS NULL OR valid_to >= ?)")
    params: list[object] = [last.isoformat(), first.isoformat()]
    if flags is not None:
        wanted = sorted(flags)
        sql += f" AND flag IN ({','.join('?' * len(wanted))})"
        params += wanted
    found: dict[int, set[str]] = {}
    for cid, flag in db.execute(sql, params):
        found.setdefault(cid, set()).add(flag)
    return {cid: tuple(sorted(own)) for cid, own in found.items()}


def check_dates(flag: str, dates: Dates) -> None:
    start, end = dates
    if flag not in CIRCUMSTANCES:
        raise RosterError("roster.flags_unknown", flags=flag)
    if not isinstance(start, dt.date):
        raise RosterError("roster.flag_start_missing", flag=flag_label(flag))
    if end is not None and end < start:
        raise RosterError("roster.flag_end_before_start", flag=flag_label(flag), start=start, end=end)


def save_flags(db: Database, child_id: int, flags: set[str], dates: Mapping[str, Dates],
               default_start: dt.date) -> None:
    """Make the child's record say ``flags`` with ``dates`` (from, to) for each, in the caller's
    transaction, touching only what changed: a flag not in ``flags`` loses its latest period (a
    wrong entry); a flag in ``flags`` gets ``dates`` on its latest period, or a new period (from
    ``dates`` or ``default_start``) when it had none. Earlier periods stay as they are."""
    own = periods(db, child_id)
    current = latest(own)
    for flag in sorted(set(current) - flags):
        db.execute("DELETE FROM child_circumstance WHERE id = ?", [current[flag].id])
    for flag in sorted(flags):
        wanted = dates.get(flag)
        if wanted is not None:
            check_dates(flag, wanted)
        was = current.get(flag)
        if was is not None and (wanted is None or wanted == (was.start, was.end)):
            continue
        start, end = wanted if wanted is not None else (default_start, None)
        _refuse_overlap([p for p in own if p.flag == flag and p is not was], flag, start, end)
        iso_end = end.isoformat() if end else None
        if was is None:
            db.execute("INSERT INTO child_circumstance (child_id, flag, valid_from, valid_to) VALUES (?, ?, ?, ?)",
                       [child_id, flag, start.isoformat(), iso_end])
        else:
            db.execute("UPDATE child_circumstance SET valid_from = ?, valid_to = ? WHERE id = ?",
                       [start.isoformat(), iso_end, was.id])


def _refuse_overlap(others: list[FlagPeriod], flag: str, start: dt.date, end: dt.date | None) -> None:
    for p in others:
        if p.holds_between(start, end or dt.date.max):
            raise RosterError("roster.flag_periods_overlap", flag=flag_label(flag), start=start,
                              other_start=p.start, other_end=p.end or "…")


def end_flag(db: Database, child_id: int, flag: str, last_day: dt.date) -> None:
    """The flag holds no more after ``last_day`` (its current period ends there)."""
    with db.atomic():
        was = latest(periods(db, child_id)).get(flag)
        if was is None or (was.end is not None and was.end <= last_day):
            return
        check_dates(flag, (was.start, last_day))
        db.execute("UPDATE child_circumstance SET valid_to = ? WHERE id = ?", [last_day.isoformat(), was.id])


def add_period(db: Database, child_id: int, flag: str, start: dt.date, end: dt.date | None = None) -> int:
    """A new period of ``flag`` (the child's circumstance holds again)."""
    check_dates(flag, (start, end))
    with db.atomic():
        _refuse_overlap([p for p in periods(db, child_id) if p.flag == flag], flag, start, end)
        return int(db.execute(
            "INSERT INTO child_circumstance (child_id, flag, valid_from, valid_to) VALUES (?, ?, ?, ?) RETURNING id",
            [child_id, flag, start.isoformat(), end.isoformat() if end else None]).fetchone()[0])

