import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.payments import add_payment
from kindergarten_desktop.meals.rates import add_rate
from kindergarten_desktop.roster.attendance import record_marks


def test_months_close_in_order_and_reopen_from_the_latest(school):
    db = school.db
    school.price()
    closing.close_month(db, 2025, 9, "Lê Thị Hoa", now=dt.datetime(2025, 10, 2, 8, 0))
    with pytest.raises(MealsError, match="(?i)already closed"):
        closing.close_month(db, 2025, 9, "Lê Thị Hoa")
    with pytest.raises(MealsError, match="(?i)in order"):
        closing.close_month(db, 2025, 11, "Lê Thị Hoa")
    closing.close_month(db, 2025, 10, "Lê Thị Hoa")
    assert closing.closed_months(db) == ["2025-09", "2025-10"]
    assert closing.is_closed(db, "2025-08")  # everything before a closed month is locked too
    with pytest.raises(MealsError, match="(?i)later months first"):
        closing.reopen_month(db, 2025, 9, "Lê Thị Hoa")
    with pytest.raises(MealsError, match="(?i)who"):
        closing.reopen_month(db, 2025, 10, " ")
    closing.reopen_month(db, 2025, 10, "Nguyễn Văn Tâm", now=dt.datetime(2025, 11, 3, 9, 30))
    assert closing.last_closed(db) == "2025-09"
    events = closing.history(db)
    assert [(e.month, e.action, e.by_whom) for e in events] == [
        ("2025-09", "close", "Lê Thị Hoa"), ("2025-10", "close", "Lê Thị Hoa"),
        ("2025-10", "reopen", "Nguyễn Văn Tâm")]
    assert events[2].at == dt.datetime(2025, 11, 3, 9, 30)


def test_closed_month_refuses_payments_with_the_reason(school):
    db = school.db
    school.price()
    closing.close_month(db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed) as err:
        add_payment(db, school.children[0], dt.date(2025, 9, 30), 100000)
    assert err.value.code == "meals.month_closed" and err.value.table == "meal_payment"
    assert "09/2025" in err.value.text("vi") and "mở lại" in err.value.text("vi")
    assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0


def test_closing_freezes_rows_and_attendance_of_the_month_cannot_change(school):
    db = school.db
    school.price()
    day = dt.date(2025, 9, 8)
    school.mark(school.children[0], day, "P")
    before = compute_month(db, 2025, 9)
    closing.close_month(db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed):  # the roster's attendance is refused too, not only meals
        record_marks(db, [(school.children[0], day, "E")])
    assert db.execute("SELECT status FROM attendance WHERE day = ?", [day.isoformat()]).fetchone() == ("P",)
    frozen = compute_month(db, 2025, 9)
    assert frozen.closed
    assert [r.to_json() for r in frozen.rows] == [r.to_json() for r in before.rows]
    closing.reopen_month(db, 2025, 9, "Kế toán")
    record_marks(db, [(school.children[0], day, "E")])  # reopened: the correction goes through


def test_a_month_without_a_daily_rate_cannot_be_closed(school):
    """Closing would freeze the unpriced meals at 0 ₫; the ledger says which rows are not charged."""
    db = school.db
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)  # the nursery rate is forgotten
    ledger = compute_month(db, 2025, 9)
    assert ledger.unpriced == {"nursery": 2}
    with pytest.raises(MealsError, match="(?i)no daily rate") as err:
        closing.close_month(db, 2025, 9, "Kế toán")
    assert err.value.code == "meals.close_unpriced" and "09/2025" in str(err.value)
    assert closing.closed_months(db) == [] and closing.history(db) == []
    add_rate(db, "nursery", dt.date(2025, 9, 5), 20000, 2000)
    assert compute_month(db, 2025, 9).unpriced == {}
    closing.close_month(db, 2025, 9, "Kế toán")
    assert closing.closed_months(db) == ["2025-09"]


def test_ensure_open_refuses_early_with_the_guards_error(school):
    school.price()
    closing.close_month(school.db, 2025, 9, "Kế toán")
    closing.ensure_open(school.db, dt.date(2025, 10, 1))
    with pytest.raises(MonthClosed) as err:
        closing.ensure_open(school.db, dt.date(2025, 9, 30), "stock_use")
    assert err.value.code == "meals.month_closed" and err.value.table == "stock_use"


def test_a_month_that_has_not_ended_cannot_be_closed(tmp_path):
    """One click on "Khóa sổ tháng này…" (the current month, shown first) closed December on its
    first day: every teacher's attendance, meal count and receipt of the days left was refused."""
    from kindergarten_desktop.db import open_database
    from tests.meals.conftest import build_school

    db = open_database(tmp_path / "school.sqlite3")
    try:
        school = build_school(db)
        school.price()
        closing.close_month(db, 2025, 9, "Lê Thị Hoa", now=dt.datetime(2025, 10, 1, 7, 0))
        for now in (dt.datetime(2025, 10, 1, 7, 0), dt.datetime(2025, 10, 30, 16, 0)):
            with pytest.raises(MealsError) as err:
                closing.close_month(db, 2025, 10, "Lê Thị Hoa", now=now)
            assert err.value.text("vi") == ("Tháng 10/2025 chưa hết (đến hết ngày 31/10/2025): chỉ khóa sổ "
                                            "từ ngày cuối tháng trở đi.")
            assert closing.last_closed(db) == "2025-09"
        # Nothing was frozen: the next school day is still open to attendance.
        school.mark(school.children[0], dt.date(2025, 10, 31), "P")
        closing.close_month(db, 2025, 10, "Lê Thị Hoa", now=dt.datetime(2025, 10, 31, 17, 0))  # its last day
        assert closing.last_closed(db) == "2025-10"
    finally:
        db.close()
