import datetime as dt

import pytest

from kindergarten_desktop.roster import movements as mv
from kindergarten_desktop.school import ensure_school_year


@pytest.fixture
def school(db):
    year = ensure_school_year(db, 2025)
    for cid, name in [(1, "Chồi 1"), (2, "Chồi 2")]:
        db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (?, ?, ?, 'age_4_5')",
                   [cid, year.id, name])
    db.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (1, 'Phạm Minh Khôi', 1, '2021-01-01')")
    mv.enrol(db, 1, 1, dt.date(2025, 9, 5))
    return db


def test_transfer_withdraw_and_return_kept_as_history(school):
    mv.transfer(school, 1, 2, dt.date(2025, 11, 3), "Theo nguyện vọng gia đình")
    mv.withdraw(school, 1, dt.date(2025, 12, 31), "Gia đình chuyển nơi ở")
    mv.return_child(school, 1, 2, dt.date(2026, 2, 2))
    stays = mv.history(school, 1)
    assert [(s.class_name, s.start, s.end, s.start_reason, s.end_reason) for s in stays] == [
        ("Chồi 1", dt.date(2025, 9, 5), dt.date(2025, 11, 2), "new", "transfer"),
        ("Chồi 2", dt.date(2025, 11, 3), dt.date(2025, 12, 31), "transfer", "withdrawal"),
        ("Chồi 2", dt.date(2026, 2, 2), None, "return", None),
    ]
    assert stays[1].note.endswith("Gia đình chuyển nơi ở")
    assert mv.current_stay(school, 1, dt.date(2026, 1, 10)) is None


def test_refusals(school):
    with pytest.raises(mv.MovementError, match="already in class Chồi 1"):
        mv.enrol(school, 1, 2, dt.date(2025, 10, 1))
    with pytest.raises(mv.MovementError, match="outside the school year"):
        mv.return_child(school, 1, 2, dt.date(2027, 1, 4))
    with pytest.raises(mv.MovementError, match="already in class"):
        mv.transfer(school, 1, 1, dt.date(2025, 10, 1))
    with pytest.raises(mv.MovementError, match="reason"):
        mv.withdraw(school, 1, dt.date(2025, 10, 1), " ")
    school.execute("INSERT INTO attendance VALUES (1, '2025-10-06', 'P')")
    with pytest.raises(mv.MovementError, match="attendance marks after"):
        mv.withdraw(school, 1, dt.date(2025, 10, 3), "Chuyển trường")
    assert mv.current_stay(school, 1, dt.date(2025, 10, 10)).end is None


def test_wrong_transfer_undone_the_same_day_and_recorded(school):
    mv.transfer(school, 1, 2, dt.date(2025, 11, 3))
    school.execute("INSERT INTO attendance VALUES (1, '2025-11-03', 'P')")  # marked in the wrong class
    movement = mv.undo_last_movement(school, 1, "Nhầm lớp")
    assert movement.kind == "transfer"
    stays = mv.history(school, 1)
    assert [(s.class_name, s.start, s.end, s.end_reason) for s in stays] == [
        ("Chồi 1", dt.date(2025, 9, 5), None, None)]  # no one-day stay left in the wrong class
    assert school.execute("SELECT count(*) FROM attendance").fetchone()[0] == 1  # the mark stays, now in Chồi 1
    (record,) = mv.corrections(school, 1)
    assert record.action == "undo_transfer" and record.reason == "Nhầm lớp"
    assert [row["class_name"] for row in record.before] == ["Chồi 1", "Chồi 2"]
    with pytest.raises(mv.MovementError) as err:
        mv.undo_last_movement(school, 1)
    assert err.value.code == "roster.nothing_to_undo"


def test_withdrawal_and_return_undone(school):
    mv.withdraw(school, 1, dt.date(2025, 12, 31), "Gia đình chuyển nơi ở")
    assert mv.undo_last_movement(school, 1).kind == "withdrawal"
    assert mv.current_stay(school, 1, dt.date(2026, 3, 2)).class_name == "Chồi 1"
    mv.withdraw(school, 1, dt.date(2025, 12, 31), "Gia đình chuyển nơi ở")
    mv.return_child(school, 1, 2, dt.date(2026, 2, 2))
    school.execute("INSERT INTO attendance VALUES (1, '2026-02-03', 'P')")
    with pytest.raises(mv.MovementError) as err:
        mv.undo_last_movement(school, 1)
    assert err.value.code == "roster.undo_return_marks" and "1" in err.value.text("vi")
    school.execute("DELETE FROM attendance")
    assert mv.undo_last_movement(school, 1).kind == "return"
    assert mv.history(school, 1)[-1].end_reason == "withdrawal"
    assert [c.action for c in mv.corrections(school, 1)] == ["undo_withdrawal", "undo_return"]


def test_stay_in_the_wrong_class_moved_to_the_right_one(school):
    stay = mv.history(school, 1)[0]
    mv.change_class(school, stay.id, 2, "Nhập nhầm lớp")
    assert [(s.class_name, s.start) for s in mv.history(school, 1)] == [("Chồi 2", dt.date(2025, 9, 5))]
    assert mv.corrections(school, 1)[0].before[0]["class_name"] == "Chồi 1"
    with pytest.raises(mv.MovementError):
        mv.change_class(school, stay.id, 2)


def test_move_warnings_for_age_group_and_capacity(school):
    school.execute("INSERT INTO class (id, school_year_id, name, age_group, capacity) "
                   "SELECT 3, school_year_id, 'Nhà trẻ 1', 'nursery_25_36', 1 FROM class WHERE id = 1")
    school.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (2, 'Lê Văn Bé', 1, '2023-03-01')")
    mv.enrol(school, 2, 3, dt.date(2025, 9, 5))
    codes = [w.code for w in mv.move_warnings(school, 1, 3, dt.date(2025, 11, 3))]
    assert codes == ["roster.class_for_other_births", "roster.class_above_capacity"]
    assert mv.move_warnings(school, 1, 2, dt.date(2025, 11, 3)) == []  # Chồi 2 fits a child born in 2021
