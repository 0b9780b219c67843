"""Demo step 20: daily attendance for every school day of every demo year, up to today.

About 5–10 % absences, more in winter (colds in December–February); absences come in short
runs like real illnesses; most are excused (parents call the teacher). Teaching days run
from the opening day to 31 May; summer care is not simulated.
"""

from __future__ import annotations

import datetime as dt

from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.roster.calendar import school_days

ORDER = 20

# Relative chance of starting an absence, by month.
MONTH_FACTOR = {9: 0.8, 10: 0.9, 11: 1.0, 12: 1.3, 1: 1.5, 2: 1.5, 3: 1.2, 4: 0.9, 5: 0.8}
START_RATE = 0.03  # chance per day that an average child starts an absence
CONTINUE_RATE = 0.5  # chance that an absence lasts one more day
EXCUSED_SHARE = 0.8
# A typhoon closes the school for a day in some years (a closure recorded by the school).
TYPHOON_RATE = 0.3


def _closures(ctx: DemoContext, start_year: int) -> None:
    if ctx.rng.random() < TYPHOON_RATE:
        day = dt.date(start_year, 10, 1) + dt.timedelta(days=ctx.rng.randint(0, 40))
        if day.weekday() < 5:
            ctx.db.execute("INSERT INTO school_calendar_exception (day, kind, reason) "
                           "VALUES (?, 'closed', 'Nghỉ tránh bão') ON CONFLICT DO NOTHING", [day.isoformat()])


def run(ctx: DemoContext) -> None:
    rng, db = ctx.rng, ctx.db
    for year in ctx.years:
        _closures(ctx, year.start_year)
        last = min(ctx.year_end(year), dt.date(year.start_year + 1, 5, 31))
        if last < year.start_date:
            continue
        days = [d.isoformat() for d in school_days(db, year.start_date, last)]
        factors = [MONTH_FACTOR.get(int(d[5:7]), 1.0) * START_RATE for d in days]
        enrolments = db.execute(
            """SELECT e.child_id, e.start_date, coalesce(e.end_date, '9999-12-31') FROM enrollment e
               JOIN class c ON c.id = e.class_id WHERE c.school_year_id = ? ORDER BY e.id""",
            [year.id]).fetchall()
        rows: list[tuple[int, str, str]] = []
        for child, start, end in enrolments:
            # Some children are ill more often than others.
            frailty = rng.choice((0.5, 0.8, 1.0, 1.0, 1.2, 1.6, 2.2))
            run_left = 0
            status = "P"
            random = rng.random
            for day, factor in zip(days, factors, strict=True):
                if day < start or day > end:
                    continue
                if run_left:
                    run_left -= 1
                elif random() < factor * frailty:
                    status = "E" if random() < EXCUSED_SHARE else "U"
                    while random() < CONTINUE_RATE and run_left < 6:
                        run_left += 1
                else:
                    status = "P"
                rows.append((child, day, status))
        db.conn.executemany("INSERT INTO attendance (child_id, day, status) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            rows)
