import datetime as dt

import pytest

from kindergarten_desktop.school import (
    SchoolSettings,
    current_school_year,
    ensure_school_year,
    load_settings,
    parse_school_year_name,
    save_settings,
    school_year_start_for,
)


def test_settings_round_trip_and_missing(db):
    assert set(load_settings(db).missing()) == {"name", "governing_body", "place", "principal_name"}
    save_settings(db, SchoolSettings(name="  Trường Mầm non Hoa Mai ", governing_body="UBND phường An Khánh",
                                     place="An Khánh", principal_name="Nguyễn Thị Thu Hà"))
    loaded = load_settings(db)
    assert loaded.name == "Trường Mầm non Hoa Mai"
    assert loaded.missing() == []


def test_school_years(db):
    assert current_school_year(db) is None
    y = ensure_school_year(db, 2025)
    assert y.name == "2025-2026" and y.contains(dt.date(2026, 5, 31))
    assert ensure_school_year(db, 2025) == y
    later = ensure_school_year(db, 2026)
    assert current_school_year(db) == later
    save_settings(db, SchoolSettings(name="x", current_school_year_id=y.id))
    assert current_school_year(db) == y


def test_school_year_names_and_dates():
    assert parse_school_year_name("2025-2026") == 2025
    for bad in ("2025", "2025-2027", "abcd-efgh", ""):
        with pytest.raises(ValueError):
            parse_school_year_name(bad)
    assert school_year_start_for(dt.date(2025, 9, 1)) == 2025
    assert school_year_start_for(dt.date(2026, 8, 31)) == 2025
