"""Month closing. The books are closed month by month, in order: closing a month freezes
every child's ledger row and balance, and any edit dated in a closed month (or before it)
is refused until the month is reopened, by the database itself whoever writes (the guard
triggers of db/guards.py). Reopening is allowed for the latest closed month only, and every
close and reopen is kept with who and when."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from kindergarten_desktop import months
from kindergarten_desktop.db import guards
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.errors import MealsError, month_key, next_month, parse_month
from kindergarten_desktop.months import key_label


@dataclass(frozen=True)
class MonthEvent:
    month: str
    action: str  # 'close' or 'reopen'
    by_whom: str
    at: dt.datetime


def closed_months(db: Database) -> list[str]:
    """Months currently closed ('YYYY-MM'), oldest first."""
    rows = db.execute(
        "SELECT month, action FROM meal_month_event e WHERE id = "
        "(SELECT max(id) FROM meal_month_event WHERE month = e.month) ORDER BY month").fetchall()
    return [m for m, action in rows if action == "close"]


def last_closed(db: Database) -> str | None:
    """The latest closed month: every month up to it is closed (kept by the guard's lock table)."""
    return guards.closed_through(db)


def is_closed(db: Database, month: str) -> bool:
    last = last_closed(db)
    return last is not None and month <= last


_label = key_label


def ensure_open(db: Database, day: dt.date, what: str = "") -> None:
    """Refuse early, before a long operation, what the guard triggers (db/guards.py) would refuse
    at the first write: anything dated ``day`` when its month is closed (``what``: the table,
    for the log). Writes need not call it: the guard refuses them anyway."""
    last = last_closed(db)
    if last is not None and month_key(day) <= last:
        raise guards.MonthClosed(what, last)


def _who(db: Database, typed: str) -> str:
    """The signed-in account when there is one (issue 18), else the name typed."""
    from kindergarten_desktop.db import session

    actor = session.current(db)
    return f"{actor.display_name} ({actor.username})" if actor else typed.strip()


def close_month(db: Database, year: int, month: int, by_whom: str = "", now: dt.datetime | None = None) -> None:
    """Close a month: freeze its ledger rows and balances. Months close in order."""
    from kindergarten_desktop.meals import ledger

    by_whom = _who(db, by_whom)
    if not by_whom:
        raise MealsError("meals.closed_by", "closed_by")
    key = months.month_key(year, month)
    last = last_closed(db)
    if last is not None:
        if key <= last:
            raise MealsError("meals.already_closed", "month", month=_label(key))
        ny, nm = next_month(*parse_month(last))
        expected = months.month_key(ny, nm)
        if key != expected:
            raise MealsError("meals.close_in_order", "month", month=_label(expected))
    # A month closes once it is over (from its last day on): closed earlier, every attendance
    # mark, meal count and receipt of its remaining days would be refused.
    ends = months.last_day(year, month)
    if (now or dt.datetime.now()).date() < ends:
        raise MealsError("meals.close_not_over", "month", month=_label(key), day=ends)
    with db.atomic():
        result = ledger.compute_month(db, year, month)
        if result.unpriced:
            # Freezing would charge those meals 0 ₫ for good.
            raise MealsError("meals.close_unpriced", "rate", month=_label(key))
        db.execute("DELETE FROM meal_closing_balance WHERE month = ?", [key])
        db.conn.executemany(
            "INSERT INTO meal_closing_balance (month, child_id, balance, support_months, row) VALUES (?,?,?,?,?)",
            [(key, r.child_id, r.balance, r.support_months, json.dumps(r.to_json(), ensure_ascii=False))
             for r in result.rows])
        _record(db, key, "close", by_whom, now)


def reopen_month(db: Database, year: int, month: int, by_whom: str = "", now: dt.datetime | None = None) -> None:
    """Reopen the latest closed month, recording who and when."""
    by_whom = _who(db, by_whom)
    if not by_whom:
        raise MealsError("meals.reopened_by", "reopened_by")
    key = months.month_key(year, month)
    last = last_closed(db)
    if last is None or key > last:
        raise MealsError("meals.not_closed", "month", month=_label(key))
    if key != last:
        raise MealsError("meals.reopen_latest", "month", month=_label(last))
    with db.atomic():
        db.execute("DELETE FROM meal_closing_balance WHERE month = ?", [key])
        _record(db, key, "reopen", by_whom, now)


def _record(db: Database, key: str, action: str, by_whom: str, now: dt.datetime | None) -> None:
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    db.execute("INSERT INTO meal_month_event (month, action, by_whom, at) VALUES (?,?,?,?)",
               [key, action, by_whom.strip(), stamp])


def history(db: Database, month: str | None = None) -> list[MonthEvent]:
    sql = "SELECT month, action, by_whom, at FROM meal_month_event"
    params: list[str] = []
    if month:
        sql += " WHERE month = ?"
        params.append(month)
    rows = db.execute(sql + " ORDER BY id", params).fetchall()
    return [MonthEvent(m, a, w, dt.datetime.fromisoformat(t)) for m, a, w, t in rows]
