import datetime as dt

import pytest

from kindergarten_desktop.agenda.weeks import (
    day_in_week,
    month_key,
    parse_month,
    plan_bounds,
    plan_months,
    week_days,
    week_of_month,
    weeks_in_month,
)
from kindergarten_desktop.school import SchoolYear

YEAR = SchoolYear(1, "2025-2026", dt.date(2025, 9, 5), dt.date(2026, 8, 31))


def test_plan_runs_september_to_august():
    months = plan_months(YEAR)
    assert months[0] == (2025, 9) and months[-1] == (2026, 8) and len(months) == 12
    assert plan_bounds(YEAR) == (dt.date(2025, 9, 1), dt.date(2026, 8, 31))


def test_month_keys_round_trip_and_bad_input():
    assert parse_month(month_key(2025, 9)) == (2025, 9)
    for bad in ("2025-13", "25-09", "2025/09", ""):
        with pytest.raises(ValueError):
            parse_month(bad)


def test_weekend_at_month_start_belongs_to_week_one():
    # 1 March 2026 is a Sunday: week 1 runs to Sunday 8 March.
    assert week_of_month(dt.date(2026, 3, 1)) == 1
    assert week_of_month(dt.date(2026, 3, 8)) == 1
    assert week_of_month(dt.date(2026, 3, 9)) == 2
    assert week_days(2026, 3, 1) == (dt.date(2026, 3, 1), dt.date(2026, 3, 8))


def test_every_day_of_every_month_is_in_weeks_one_to_five():
    day = dt.date(2024, 1, 1)
    while day.year < 2030:
        week = week_of_month(day)
        assert 1 <= week <= 5
        start, end = week_days(day.year, day.month, week)
        assert start <= day <= end
        day += dt.timedelta(days=1)
    assert weeks_in_month(2026, 2) == 4 and weeks_in_month(2026, 3) == 5


def test_day_in_week_keeps_inside_the_month():
    assert day_in_week(2026, 3, 2, 0) == dt.date(2026, 3, 9)
    assert day_in_week(2026, 3, 1, 0) == dt.date(2026, 3, 2)  # the Sunday 1 March is not a school week
    assert day_in_week(2026, 1, 1, 0) == dt.date(2026, 1, 1)  # Monday 29 Dec clamped to 1 January
    assert day_in_week(2026, 2, 5, 4) == dt.date(2026, 2, 28)
