"""School days: Monday to Friday, minus Vietnamese public holidays (the ``holidays``
package: Tết, Hùng Kings' day, 30/4, 1/5, 2/9 and their substitute days) and the
closures the school records; plus make-up days the school records as open."""

from __future__ import annotations

import datetime as dt
from functools import cache

from kindergarten_desktop.db.database import Database


@cache
def _vn_holidays(year: int, language: str = "vi") -> dict[dt.date, str]:
    import holidays  # about 50 ms with dateutil: paid when a calendar is first needed, not at start-up

    return dict(holidays.country_holidays("VN", years=[year], language=language))


def public_holiday(day: dt.date, language: str = "vi") -> str | None:
    """The name of the public holiday on ``day`` (Vietnamese, or English with ``language="en"``), or None."""
    return _vn_holidays(day.year, "en_US" if language == "en" else "vi").get(day)


def calendar_exceptions(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, tuple[str, str]]:
    rows = db.execute(
        "SELECT day, kind, reason FROM school_calendar_exception WHERE day BETWEEN ? AND ?",
        [start.isoformat(), end.isoformat()],
    )
    return {dt.date.fromisoformat(d): (kind, reason) for d, kind, reason in rows}


def school_days(db: Database, start: dt.date, end: dt.date) -> list[dt.date]:
    """Every school day from ``start`` to ``end`` inclusive."""
    exceptions = calendar_exceptions(db, start, end)
    days = []
    day = start
    while day <= end:
        exception = exceptions.get(day)
        if exception is not None:
            if exception[0] == "open":
                days.append(day)
        elif day.weekday() < 5 and public_holiday(day) is None:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def is_school_day(db: Database, day: dt.date) -> bool:
    return bool(school_days(db, day, day))


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)
