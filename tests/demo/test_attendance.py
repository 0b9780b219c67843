import datetime as dt

from kindergarten_desktop.roster.calendar import school_days


def test_demo_attendance_is_realistic(demo_db):
    db = demo_db
    total, present, excused = db.execute(
        "SELECT count(*), sum(status = 'P'), sum(status = 'E') FROM attendance").fetchone()
    absent = 1 - present / total
    assert 0.05 <= absent <= 0.10
    assert excused > (total - present - excused)  # most absences are excused
    by_month = dict(db.execute("SELECT substr(day, 6, 2), 1.0 - avg(status = 'P') FROM attendance GROUP BY 1"))
    assert by_month["01"] > by_month["10"] and by_month["12"] > by_month["09"]


def test_demo_attendance_only_on_school_days_for_enrolled_children(demo_db):
    db = demo_db
    days = {dt.date.fromisoformat(d) for (d,) in db.execute("SELECT DISTINCT day FROM attendance")}
    assert days <= set(school_days(db, dt.date(2025, 9, 5), dt.date(2026, 3, 16)))
    assert max(days) == dt.date(2026, 3, 16)
    stray = db.execute("""SELECT count(*) FROM attendance a WHERE NOT EXISTS (
        SELECT 1 FROM enrollment e WHERE e.child_id = a.child_id AND e.start_date <= a.day
        AND (e.end_date IS NULL OR e.end_date >= a.day))""").fetchone()[0]
    assert stray == 0
    # Every enrolled child has a mark on every school day so far.
    day = dt.date(2026, 3, 16)
    enrolled = db.execute("""SELECT count(*) FROM enrollment WHERE start_date <= ? AND
                             (end_date IS NULL OR end_date >= ?)""", [day.isoformat()] * 2).fetchone()[0]
    marked = db.execute("SELECT count(*) FROM attendance WHERE day = ?", [day.isoformat()]).fetchone()[0]
    assert marked == enrolled
