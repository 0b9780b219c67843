import datetime as dt

from kindergarten_desktop.growth.follow_up import follow_up_list
from kindergarten_desktop.growth.measurements import Measurement, save_measurement
from kindergarten_desktop.growth.rounds import ensure_default_rounds
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
