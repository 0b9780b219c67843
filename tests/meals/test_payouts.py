import datetime as dt

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.payments import add_payment
from kindergarten_desktop.meals.payouts import add_payout, cancel_payout, list_payouts
from kindergarten_desktop.meals.settings import MealRules, save_rules

DAY = dt.date(2025, 9, 30)


def _balance(db, child, month=9):
    return next(r.balance for r in compute_month(db, 2025, month).rows if r.child_id == child)


@pytest.fixture
def credit(school):
    """Child 0 paid 1,000,000 ₫ in cash for September (pay in advance: 18 days × 28,000 ₫ owed)."""
    save_rules(school.db, MealRules(collection_mode="advance"))
    school.price()
    add_payment(school.db, school.children[0], dt.date(2025, 9, 8), 1_000_000, confirmed=True)
    return 1_000_000 - 18 * 28000


def test_refund_of_a_leaving_childs_credit(school, credit):
    db, child = school.db, school.children[0]
    assert _balance(db, child) == -credit
    with pytest.raises(AppError) as err:
        add_payout(db, DAY, "refund", credit + 1000, child_id=child, payee="Nguyễn Thị Mai")
    assert err.value.code == "meals.refund_above_credit" and "496.000" in err.value.text("vi")
    payout = add_payout(db, DAY, "refund", credit, child_id=child, payee="Nguyễn Thị Mai")
    assert payout.number == 1 and payout.reason == "Hoàn trả tiền ăn thừa của trẻ Nguyễn Văn An"
    assert _balance(db, child) == 0
    cancel_payout(db, payout.id, "Kế toán", "Phụ huynh chưa nhận tiền")
    assert _balance(db, child) == -credit
    second = add_payout(db, DAY, "refund", credit, child_id=child, payee="Nguyễn Thị Mai")
    assert second.number == 2  # the cancelled number stays taken
    with pytest.raises(AppError) as refused:  # the storage's rule, raised as the app's error (db/refusals.py)
        db.execute("DELETE FROM meal_payout WHERE id = ?", [second.id])
    assert refused.value.code == "meals.payout_never_deleted"


def test_cash_payout_never_takes_the_cash_book_below_zero(school, credit):
    db = school.db
    with pytest.raises(AppError) as err:
        add_payout(db, DAY, "supplier", 1_000_001, supplier="Chợ Bến Thành", reason="Trả tiền rau tháng 9")
    assert err.value.code == "meals.cash_short"
    assert list_payouts(db, DAY, DAY) == []
    by_bank = add_payout(db, DAY, "supplier", 1_500_000, supplier="Chợ Bến Thành", reason="Trả tiền rau",
                         method="transfer")
    assert by_bank.payee == "Chợ Bến Thành" and by_bank.supplier == "Chợ Bến Thành"
    cash = add_payout(db, DAY, "supplier", 1_000_000, supplier="Chợ Bến Thành", reason="Trả tiền thịt")
    assert cash.number == 2


@pytest.mark.parametrize("purpose, kwargs, code", [
    ("gift", {"payee": "A", "reason": "x"}, "meals.payout_purpose"),
    ("refund", {"payee": "A"}, "meals.payout_child"),
    ("supplier", {"reason": "x"}, "meals.payout_supplier"),
    ("other", {"reason": "x"}, "meals.payout_payee"),
    ("other", {"payee": "A"}, "meals.payout_reason"),
    ("other", {"payee": "A", "reason": "x", "method": "card"}, "meals.payout_method"),
])
def test_bad_payouts_refused(school, credit, purpose, kwargs, code):
    with pytest.raises(AppError) as err:
        add_payout(school.db, DAY, purpose, 1000, **kwargs)
    assert err.value.code == code
    assert school.db.execute("SELECT count(*) FROM meal_payout").fetchone()[0] == 0
