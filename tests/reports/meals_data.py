"""Meal data for the meals report tests: the demo school has no attendance yet, so these
helpers mark a month's attendance (which drives the meals eaten), a mid-month rate change
and a few payments, through the domain where it has a function for it."""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from kindergarten_desktop.meals.payments import add_payment
from kindergarten_desktop.meals.rates import add_rate
from kindergarten_desktop.roster.calendar import month_bounds, school_days


def mark_attendance(db: Database, year: int, month: int, until: dt.date | None = None, seed: int = 1) -> int:
    """Mark every enrolled child on each school day of the month (up to ``until``): mostly
    present, some excused or unexcused absences. Returns the number of marks."""
    rng = random.Random(seed)
    first, last = month_bounds(year, month)
    days = school_days(db, first, min(last, until or last))
    marks = []
    for day in days:
        iso = day.isoformat()
        for (child_id,) in db.execute(
                "SELECT child_id FROM enrollment WHERE start_date <= ? AND coalesce(end_date, '9999') >= ?",
                [iso, iso]):
            roll = rng.random()
            marks.append((child_id, iso, "P" if roll < 0.86 else "E" if roll < 0.95 else "U"))
    with db.atomic():
        db.conn.executemany("INSERT OR REPLACE INTO attendance (child_id, day, status) VALUES (?,?,?)", marks)
    return len(marks)


def march_2026(db: Database) -> None:
    """The open month of the demo school: attendance to 16/03, a new kindergarten rate from
    09/03 (so some children have two rate lines), and three payments."""
    mark_attendance(db, 2026, 3, dt.date(2026, 3, 16))
    add_rate(db, "kindergarten", dt.date(2026, 3, 9), 29000, 3000, note="Giá thực phẩm tăng")
    children = [r[0] for r in db.execute(
        "SELECT e.child_id FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.name = 'Lá 1' "
        "AND e.start_date <= '2026-03-16' AND coalesce(e.end_date, '9999') >= '2026-03-16' ORDER BY e.child_id")]
    add_payment(db, children[0], dt.date(2026, 3, 10), 280_000, payer="Nguyễn Thị Hoa", confirmed=True)
    add_payment(db, children[1], dt.date(2026, 3, 11), 1_005_000, payer="Trần Văn Bình", method="transfer",
                confirmed=True)
    add_payment(db, children[2], dt.date(2026, 3, 12), 150_000, payer="Lê Thị Mai", confirmed=True)
