"""Months as the school counts them: the one place for month arithmetic.

A month is ``(year, month)``; its key, stored in the database and in report parameters, is
``"YYYY-MM"``. Every package (roster, meals, agenda, reports...) takes these helpers from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

Month = tuple[int, int]


def month_key(year: int, month: int) -> str:
    """(2025, 9) -> '2025-09'."""
    return f"{year:04d}-{month:02d}"


def key_of(day: dt.date) -> str:
    """The key of the month holding ``day``: date(2025, 9, 5) -> '2025-09'."""
    return month_key(day.year, day.month)


def parse_month(text: str) -> Month:
    """'2025-09' (or '2025-9') -> (2025, 9). Raises ValueError for anything else."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not (len(parts[0]) == 4 and parts[0].isdigit() and 1 <= len(parts[1]) <= 2
                               and parts[1].isdigit()):
        raise ValueError(f"a month is written YYYY-MM, e.g. 2025-09 (got {text!r})")
    year, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        raise ValueError(f"a month is between 01 and 12 (got {text!r})")
    return year, month


def add_months(year: int, month: int, count: int) -> Month:
    """The month ``count`` months after (before, when negative) ``(year, month)``."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def next_month(year: int, month: int) -> Month:
    return add_months(year, month, 1)


def previous_month(year: int, month: int) -> Month:
    return add_months(year, month, -1)


def first_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def last_day(year: int, month: int) -> dt.date:
    return first_day(*next_month(year, month)) - dt.timedelta(days=1)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of the month."""
    return first_day(year, month), last_day(year, month)


def months_from(start: Month, end: Month) -> Iterator[Month]:
    """Every month from ``start`` to ``end``, both included (nothing when end is before start)."""
    year, month = start
    while (year, month) <= end:
        yield year, month
        year, month = next_month(year, month)


def month_label(year: int, month: int) -> str:
    """'09/2025', as months are written in the documents and the tables."""
    return f"{month:02d}/{year:04d}"


def key_label(key: str) -> str:
    """'2025-09' -> '09/2025'."""
    return month_label(*parse_month(key))
