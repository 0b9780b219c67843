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
