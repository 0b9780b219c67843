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


def test_public_holidays_are_computed_once_and_read_back_from_the_cache(tmp_path):
    """A second start reads the year's holidays from the cache file without importing `holidays`."""
    import os
    import subprocess
    import sys

    code = ("import datetime as dt, sys;"
            "from kindergarten_desktop.roster.calendar import public_holiday;"
            "print(public_holiday(dt.date(2027, 9, 2)), public_holiday(dt.date(2027, 9, 2), 'en'),"
            " 'holidays' in sys.modules)")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split()[-1] == "True" and second.stdout.split()[-1] == "False"
    assert first.stdout.rsplit(" ", 1)[0] == second.stdout.rsplit(" ", 1)[0]
    assert "National Day" in second.stdout and "Quốc khánh" in second.stdout
    assert list(tmp_path.rglob("public-holidays-vn-*.json"))


def test_an_unreadable_or_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    from kindergarten_desktop.roster import calendar

    bad = tmp_path / "file-not-folder"
    bad.write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(calendar, "_cache_file", lambda: bad / "x.json")
    calendar._vn_holidays.cache_clear()
    try:
        assert calendar.public_holiday(dt.date(2031, 4, 30))
    finally:
        calendar._vn_holidays.cache_clear()
