import datetime as dt

from kindergarten_desktop.roster.statistics import school_stats
from kindergarten_desktop.school import find_school_year


def test_per_age_group_counts_match_enrolments(demo_db):
    year = find_school_year(demo_db, "2025-2026")
    day = dt.date(2026, 3, 16)
    stats = school_stats(demo_db, year, day)
    assert [g.code for g in stats.groups] == ["nursery_25_36", "age_3_4", "age_4_5", "age_5_6"]
    enrolled = demo_db.execute("SELECT count(*) FROM enrollment WHERE start_date <= ? AND "
                               "(end_date IS NULL OR end_date >= ?)", [day.isoformat()] * 2).fetchone()[0]
    assert stats.total.children == enrolled == sum(g.children for g in stats.groups)
    assert stats.total.classes == 16
    assert stats.total.boys + stats.total.girls == enrolled
    four = stats.groups[2]
    assert four.classes == 4
    assert four.line_vi().startswith(f"4 tuổi: 4 lớp – {four.children} cháu, bình quân ")
    assert "," in four.line_vi()  # Vietnamese decimal comma
    assert 0.88 < stats.total.attendance.rate < 0.96
    minority = demo_db.execute("""SELECT count(*) FROM enrollment e JOIN child c ON c.id = e.child_id
        WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) AND c.ethnicity <> 'Kinh'""",
                               [day.isoformat()] * 2).fetchone()[0]
    assert stats.total.minority == minority == stats.total.flags["ethnic_minority"]
