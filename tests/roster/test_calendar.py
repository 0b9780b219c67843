import datetime as dt

from kindergarten_desktop.roster.calendar import is_school_day, month_bounds, public_holiday, school_days


def test_weekends_and_tet_are_not_school_days(db):
    # February 2026: Tết from 16 to 20 February.
    days = school_days(db, *month_bounds(2026, 2))
    assert dt.date(2026, 2, 17) not in days and dt.date(2026, 2, 14) not in days
    assert dt.date(2026, 2, 23) in days
    assert len(days) == 15
    assert public_holiday(dt.date(2026, 4, 30))
    assert public_holiday(dt.date(2026, 9, 2), "en") == "National Day"


def test_closures_and_make_up_days(db):
    db.execute("INSERT INTO school_calendar_exception (day, kind, reason) VALUES ('2025-10-06', 'closed', 'Bão')")
    db.execute("INSERT INTO school_calendar_exception (day, kind, reason) VALUES ('2025-10-11', 'open', 'Học bù')")
    assert not is_school_day(db, dt.date(2025, 10, 6))
    assert is_school_day(db, dt.date(2025, 10, 11))
    assert month_bounds(2025, 12) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
