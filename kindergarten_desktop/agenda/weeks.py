"""Months of a school year and weeks of a month as the plan counts them.

A week runs Monday to Sunday; week 1 is the week holding the month's first weekday, so a
month has at most 5 weeks and a weekend at the start of a month belongs to week 1."""

from __future__ import annotations

import datetime as dt

from kindergarten_desktop.months import month_bounds
from kindergarten_desktop.months import month_key as month_key  # re-exported: the plan takes it from here
from kindergarten_desktop.months import parse_month as parse_month  # re-exported
from kindergarten_desktop.school import SchoolYear

MAX_WEEKS = 5


def plan_months(year: SchoolYear) -> list[tuple[int, int]]:
    """September to August of the school year, as (year, month)."""
    first = year.start_date.year
    return [(first, m) for m in range(9, 13)] + [(first + 1, m) for m in range(1, 9)]


def plan_bounds(year: SchoolYear) -> tuple[dt.date, dt.date]:
    """The days a plan may use: the whole first month (preparations before opening day)
    to the school year's last day."""
    return year.start_date.replace(day=1), year.end_date


def _week1_monday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    first_weekday = first + dt.timedelta(days=(7 - first.weekday()) % 7 if first.weekday() >= 5 else 0)
    return first_weekday - dt.timedelta(days=first_weekday.weekday())


def week_of_month(day: dt.date) -> int:
    return max(1, (day - _week1_monday(day.year, day.month)).days // 7 + 1)


def week_days(year: int, month: int, week: int) -> tuple[dt.date, dt.date]:
    """First and last day of ``week`` inside the month."""
    first, last = month_bounds(year, month)
    monday = _week1_monday(year, month) + dt.timedelta(weeks=week - 1)
    start = first if week == 1 else max(first, monday)
    end = last if week == MAX_WEEKS else min(last, monday + dt.timedelta(days=6))
    return start, end


def day_in_week(year: int, month: int, week: int, weekday: int) -> dt.date:
    """The given weekday (0 = Monday) of a week of the month, kept inside the month."""
    first, last = month_bounds(year, month)
    day = _week1_monday(year, month) + dt.timedelta(weeks=week - 1, days=weekday)
    return min(max(day, first), last)


def weeks_in_month(year: int, month: int) -> int:
    return week_of_month(month_bounds(year, month)[1])
