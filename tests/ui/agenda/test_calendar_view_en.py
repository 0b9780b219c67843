"""The English interface shows observances and other tabs' events in English (documents stay Vietnamese)."""

import datetime as dt

from kindergarten_desktop.agenda.calendar import month_grid, observance_label
from kindergarten_desktop.agenda.external import external_events
from kindergarten_desktop.growth.rounds import add_round
from kindergarten_desktop.school import ensure_school_year


def test_observances_and_events_have_both_languages(db):
    assert observance_label("Ngày Nhà giáo Việt Nam", "en") == "Vietnamese Teachers' Day"
    assert observance_label("Ngày Nhà giáo Việt Nam", "vi") == "Ngày Nhà giáo Việt Nam"
    year = ensure_school_year(db, 2025)
    add_round(db, year, dt.date(2025, 11, 20), name="Đợt 1")
    [event] = external_events(db, dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert event.title == "Cân đo: Đợt 1" and event.text("en") == "Measuring: Đợt 1"
    grid = month_grid(db, 2025, 11)
    cell = next(c for week in grid.weeks for c in week if c.day == dt.date(2025, 11, 20))
    assert cell.observance == "Ngày Nhà giáo Việt Nam"
    [entry] = [e for e in cell.entries if e.kind == "growth"]
    assert entry.label("vi") == "Cân đo: Đợt 1" and entry.label("en") == "Measuring: Đợt 1"
