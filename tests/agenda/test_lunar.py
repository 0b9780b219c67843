"""Lunar dates checked against the Vietnamese calendar, including years where it differs
from the Chinese one."""

import datetime as dt

from holidays.calendars.chinese import VIETNAMESE_CALENDAR, _ChineseLunisolar

from kindergarten_desktop.agenda import lunar


def test_known_vietnamese_dates():
    assert lunar.tet(2026) == dt.date(2026, 2, 17)
    assert lunar.mid_autumn(2025) == dt.date(2025, 10, 6)
    assert lunar.hung_kings(2026) == dt.date(2026, 4, 26)
    assert lunar.tet(2025) == dt.date(2025, 1, 29)


def test_years_where_vietnam_differs_from_china():
    assert lunar.tet(2007) == dt.date(2007, 2, 17)  # China: 18 Feb
    assert lunar.tet(1985) == dt.date(1985, 1, 21)  # China: 20 Feb
    assert lunar.tet(2030) == dt.date(2030, 2, 2)  # China: 3 Feb


def test_agrees_with_the_holidays_package_vietnamese_calendar():
    calendar = _ChineseLunisolar(VIETNAMESE_CALENDAR)
    for year in range(2000, 2060):
        assert lunar.tet(year) == calendar.lunar_new_year_date(year)[0]
        assert lunar.hung_kings(year) == calendar.hung_kings_date(year)[0]


def test_round_trip_and_leap_month():
    day = dt.date(2025, 7, 25)
    found = lunar.to_lunar(day)
    assert found.leap and found.short() == "1/6n"  # 2025 has a leap 6th month
    plain = lunar.to_lunar(dt.date(2026, 2, 17))
    assert (plain.day, plain.month, plain.year, plain.short()) == (1, 1, 2026, "1/1")
    assert lunar.to_solar(plain.day, plain.month, plain.year) == dt.date(2026, 2, 17)


def test_day_thirty_of_a_short_month_falls_back_to_its_last_day():
    last = lunar.to_solar(30, 12, 2025)
    assert last == lunar.tet(2026) - dt.timedelta(days=1)
