"""The demo measurements: every round up to 'today', consistent growth, no value the checks would stop."""

import datetime as dt

from kindergarten_desktop.growth.assessment import assess
from kindergarten_desktop.growth.measurements import WEIGHT_DROP, WEIGHT_RANGE
from kindergarten_desktop.growth.rounds import list_rounds
from kindergarten_desktop.school import current_school_year


def test_every_round_up_to_today_measures_the_enrolled_children(demo_db):
    year = current_school_year(demo_db)
    for round_ in list_rounds(demo_db, year.id):
        enrolled = demo_db.execute(
            "SELECT count(*) FROM enrollment WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
            [round_.day.isoformat()] * 2).fetchone()[0]
        measured, absent = demo_db.execute(
            "SELECT sum(absent = 0), sum(absent) FROM measurement WHERE round_id = ?", [round_.id]).fetchone()
        assert measured + absent == enrolled
        assert 0 < absent < enrolled * 0.05


def test_growth_is_consistent_between_rounds(demo_db):
    rows = demo_db.execute(
        """SELECT child_id, visit_date, weight_kg, height_cm, measure FROM measurement
           WHERE absent = 0 ORDER BY child_id, visit_date""").fetchall()
    assert all(WEIGHT_RANGE[0] <= r[2] <= WEIGHT_RANGE[1] for r in rows)
    for before, after in zip(rows, rows[1:], strict=False):
        if before[0] != after[0]:
            continue
        assert after[2] >= before[2] * (1 - WEIGHT_DROP)
        standing = [h - 0.7 if m == "l" else h for _, _, _, h, m in (before, after)]
        assert standing[1] >= standing[0]


def test_no_demo_value_is_flagged_by_who(demo_db):
    rows = demo_db.execute(
        """SELECT ch.sex, ch.birth_date, m.visit_date, m.weight_kg, m.height_cm, m.measure
           FROM measurement m JOIN child ch ON ch.id = m.child_id WHERE m.absent = 0""").fetchall()
    result = assess([r[0] for r in rows], [dt.date.fromisoformat(r[1]) for r in rows],
                    [dt.date.fromisoformat(r[2]) for r in rows], [r[3] for r in rows], [r[4] for r in rows],
                    [r[5] for r in rows])
    assert not any(result.flagged(i) for i in range(len(result)))
    assert {r[5] for r in rows} == {"l", "h"}  # the youngest are measured lying
