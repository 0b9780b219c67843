import datetime as dt

import pytest

from kindergarten_desktop.roster import attendance as att
from kindergarten_desktop.school import ensure_school_year

MON = dt.date(2025, 10, 6)  # a Monday


@pytest.fixture
def school(db):
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (1, ?, 'Lá 1', 'age_5_6')", [year.id])
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (2, ?, 'Lá 2', 'age_5_6')", [year.id])
    for cid, name in [(1, "Nguyễn Văn Bình"), (2, "Trần Thị An"), (3, "Lê Minh Chi")]:
        db.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (?, ?, 1, '2020-03-01')", [cid, name])
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (1, 1, '2025-09-05')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date, end_date, end_reason) "
               "VALUES (2, 1, '2025-09-05', '2025-10-07', 'transfer')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date, start_reason) "
               "VALUES (2, 2, '2025-10-08', 'transfer')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (3, 1, '2025-10-15')")
    return db


def test_marks_are_recorded_updated_and_cleared(school):
    att.record_marks(school, [(1, MON, "P"), (2, MON, "E")])
    att.mark(school, 1, MON, "U")
    rows = school.execute("SELECT child_id, status FROM attendance ORDER BY child_id").fetchall()
    assert rows == [(1, "U"), (2, "E")]
    att.mark(school, 2, MON, None)
    assert school.execute("SELECT count(*) FROM attendance").fetchone()[0] == 1


def test_refuses_weekends_holidays_and_children_not_enrolled_and_writes_nothing(school):
    with pytest.raises(att.AttendanceError) as err:
        att.record_marks(school, [
            (1, MON, "P"),
            (1, dt.date(2025, 10, 4), "P"),       # Saturday
            (1, dt.date(2025, 9, 2), "P"),        # National Day
            (3, MON, "P"),                         # joins on 15/10
            (1, MON + dt.timedelta(1), "X"),
        ])
    problems = [str(p) for p in err.value.problems]
    assert "04/10/2025 is not a school day" in problems
    assert "02/09/2025 is not a school day" in problems
    assert "Lê Minh Chi is not enrolled on 06/10/2025" in problems
    assert any("unknown attendance status 'X'" in p for p in problems)
    assert err.value.problems[0].code == "roster.mark_status_unknown"
    assert school.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0


def test_recorded_closure_refused(school):
    school.execute("INSERT INTO school_calendar_exception (day, kind, reason) VALUES (?, 'closed', 'Bão')",
                   [MON.isoformat()])
    with pytest.raises(att.AttendanceError):
        att.mark(school, 1, MON, "P")


def test_all_present_keeps_absences_and_covers_only_enrolled_children(school):
    att.mark(school, 1, MON, "E")
    assert att.mark_all_present(school, MON) == 1  # child 2 only; child 3 not enrolled yet
    assert dict(school.execute("SELECT child_id, status FROM attendance").fetchall()) == {1: "E", 2: "P"}
    assert att.mark_all_present(school, MON) == 0
    with pytest.raises(att.AttendanceError):
        att.mark_all_present(school, dt.date(2025, 10, 5))
    day = dt.date(2025, 10, 20)
    assert att.mark_all_present(school, day, class_id=1) == 2  # children 1 and 3; 2 moved to Lá 2


def test_month_grid_rows_days_totals_and_transfer(school):
    for day in att.school_days(school, dt.date(2025, 10, 1), dt.date(2025, 10, 31)):
        att.mark_all_present(school, day)
    att.mark(school, 1, MON, "E")
    att.mark(school, 1, dt.date(2025, 10, 7), "U")
    grid = att.month_grid(school, 1, 2025, 10)
    assert [c.full_name for c in grid.children] == ["Trần Thị An", "Nguyễn Văn Bình", "Lê Minh Chi"]
    assert len(grid.days) == 23
    assert grid.child_tally(1) == att.Tally(21, 1, 1)
    assert grid.child_tally(1).rate == pytest.approx(21 / 23)
    an = grid.children[0]
    assert an.enrolled_on(dt.date(2025, 10, 7)) and not an.enrolled_on(dt.date(2025, 10, 8))
    assert grid.child_tally(2).present == 5  # 1-7 October in Lá 1; the rest is Lá 2's
    assert grid.day_tally(MON) == att.Tally(1, 1, 0)
    assert grid.total().marked == 23 + 5 + 13
    other = att.month_grid(school, 2, 2025, 10)
    assert other.child_tally(2).present == 18
    assert att.month_tally(school, 2025, 10).marked == 23 + 23 + 13
    tallies = att.class_tallies(school, 1, dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    assert tallies[1].marked == 41 and tallies[2].marked == 18
    assert att.child_tally(school, 2, *att.month_bounds(2025, 10)).present == 23


def test_tally_without_marks_has_no_rate():
    assert att.Tally().rate is None
    assert att.Tally(9, 1, 0).rate == 0.9
