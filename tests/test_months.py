"""The one month helper (months.py): keys, bounds, arithmetic across years, iteration, labels."""

import datetime as dt

import pytest

from kindergarten_desktop import months


def test_keys_and_labels():
    assert months.month_key(2025, 9) == "2025-09"
    assert months.key_of(dt.date(2026, 3, 16)) == "2026-03"
    assert months.parse_month("2025-09") == (2025, 9) and months.parse_month(" 2026-3 ") == (2026, 3)
    assert months.month_label(2026, 3) == "03/2026" and months.key_label("2025-12") == "12/2025"


@pytest.mark.parametrize("text", ["2025-13", "2025-00", "25-09", "2025/09", "2025-009", "", "2025-09-01"])
def test_a_bad_month_is_refused(text):
    with pytest.raises(ValueError):
        months.parse_month(text)


def test_arithmetic_crosses_years():
    assert months.next_month(2025, 12) == (2026, 1) and months.previous_month(2026, 1) == (2025, 12)
    assert months.add_months(2025, 9, 11) == (2026, 8) and months.add_months(2025, 9, -21) == (2023, 12)
    assert months.add_months(2025, 9, 0) == (2025, 9)


def test_bounds_know_leap_years():
    assert months.month_bounds(2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert months.month_bounds(2025, 2)[1] == dt.date(2025, 2, 28)
    assert months.last_day(2025, 12) == dt.date(2025, 12, 31) and months.first_day(2026, 1) == dt.date(2026, 1, 1)


def test_iterating_a_school_year():
    year = list(months.months_from((2025, 9), (2026, 8)))
    assert len(year) == 12 and year[0] == (2025, 9) and year[4] == (2026, 1) and year[-1] == (2026, 8)
    assert list(months.months_from((2026, 1), (2025, 12))) == []


def test_the_packages_use_the_one_helper():
    from kindergarten_desktop.agenda import weeks
    from kindergarten_desktop.meals import errors
    from kindergarten_desktop.roster import calendar

    assert weeks.month_key is months.month_key and weeks.parse_month is months.parse_month
    assert calendar.month_bounds is months.month_bounds
    assert errors.next_month is months.next_month and errors.previous_month is months.previous_month
