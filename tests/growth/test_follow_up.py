import datetime as dt

from kindergarten_desktop.growth.follow_up import follow_up_list
from kindergarten_desktop.growth.measurements import Measurement, save_measurement
from kindergarten_desktop.growth.rounds import add_round, ensure_default_rounds
from tests.growth.conftest import TODAY


def test_follow_up_lists_under_two_and_last_malnourished(db, school):
    first = ensure_default_rounds(db, school)[0]
    save_measurement(db, Measurement(1, first.id, first.day, 15.0, 98.0), today=TODAY)
    save_measurement(db, Measurement(2, first.id, first.day, 11.0, 90.0), today=TODAY)
    found = follow_up_list(db, school.id, dt.date(2025, 10, 1))
    assert [(f.full_name, f.reasons) for f in found] == [
        ("Trần Thị Bình", ("underweight", "stunting")),
        ("Lê Minh Châu", ("under_24_months",)),
    ]
    assert found[0].last_visit == first.day and found[1].last_visit is None
    # In February Châu is past 24 months; Bình's last measurement still counts.
    later = follow_up_list(db, school.id, dt.date(2026, 2, 1))
    assert [f.full_name for f in later] == ["Trần Thị Bình"]


def test_follow_up_of_one_class_leaving_out_a_check(db, school):
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (2, ?, 'Chồi 1', 'age_4_5')",
               [school.id])
    db.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (5, 'Đỗ An Khang', 1, '2024-05-01')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (5, 2, '2025-09-05')")
    day = dt.date(2025, 10, 1)
    assert [f.child_id for f in follow_up_list(db, school.id, day)] == [3, 5]  # Mầm (3–4) before Chồi (4–5)
    assert [f.child_id for f in follow_up_list(db, school.id, day, class_id=1)] == [3]
    check = add_round(db, school, day, kind="monthly")
    save_measurement(db, Measurement(1, check.id, day, 11.0, 88.0), today=TODAY, confirmed=True)  # An now stunted
    assert 1 in [f.child_id for f in follow_up_list(db, school.id, day, class_id=1)]
    assert [f.child_id for f in follow_up_list(db, school.id, day, class_id=1, other_than_round=check.id)] == [3]
