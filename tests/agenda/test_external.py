import datetime as dt

from kindergarten_desktop.agenda.external import external_events, growth_rounds, meal_closings
from kindergarten_desktop.school import ensure_school_year

OCT = (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def test_no_rounds_or_closings_give_no_events(db):
    assert external_events(db, *OCT) == []


def test_growth_rounds_in_the_period(db):
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO growth_round (school_year_id, number, name, day) VALUES (?, 1, 'Đợt 1', '2025-10-08'),"
               "(?, 2, 'Đợt 2', '2025-12-15')", [year.id, year.id])
    assert [(e.day, e.title) for e in growth_rounds(db, *OCT)] == [(dt.date(2025, 10, 8), "Cân đo: Đợt 1")]


def test_only_closings_in_the_period_and_bad_rows_skipped(db):
    db.execute("INSERT INTO meal_month_event (month, action, by_whom, at) VALUES "
               "('2025-09', 'close', 'Kế toán', '2025-10-02 10:00'),"
               "('2025-09', 'reopen', 'Kế toán', '2025-10-05 10:00'), ('bad', 'close', 'Kế toán', '2025-10-06'),"
               "('2025-10', 'close', 'Kế toán', '2025-11-03')")
    events = meal_closings(db, *OCT)
    assert [(e.day, e.kind) for e in events] == [(dt.date(2025, 10, 2), "meals")]
