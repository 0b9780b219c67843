import datetime as dt

from kindergarten_desktop.agenda.external import external_events, growth_rounds, meal_closings

OCT = (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def test_missing_tables_or_columns_give_no_events(db):
    assert external_events(db, *OCT) == []
    db.execute("CREATE TABLE growth_round (id INTEGER PRIMARY KEY, label TEXT)")  # another shape
    assert growth_rounds(db, *OCT) == []


def test_only_closings_in_the_period_and_bad_rows_skipped(db):
    db.execute("CREATE TABLE meal_month_event (id INTEGER PRIMARY KEY, month TEXT, action TEXT, at TEXT)")
    db.execute("INSERT INTO meal_month_event (month, action, at) VALUES ('2025-09', 'close', '2025-10-02 10:00'),"
               "('2025-09', 'reopen', '2025-10-05 10:00'), ('bad', 'close', '2025-10-06'),"
               "('2025-10', 'close', '2025-11-03')")
    events = meal_closings(db, *OCT)
    assert [(e.day, e.kind) for e in events] == [(dt.date(2025, 10, 2), "meals")]
