import datetime as dt

import pytest

from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.payments import (
    NeedsConfirmation,
    add_payment,
    debts,
    delete_payment,
    list_payments,
)
from kindergarten_desktop.meals.rates import add_rate
from kindergarten_desktop.meals.settings import MealRules, save_rules


def test_receipts_numbered_per_school_year(school):
    db = school.db
    a, b = school.children[:2]
    p1 = add_payment(db, a, dt.date(2025, 9, 10), "616.000", payer="Nguyễn Thị Mai", method="transfer")
    p2 = add_payment(db, b, dt.date(2025, 9, 11), 300000)
    p3 = add_payment(db, a, dt.date(2026, 9, 10), 100000)  # next school year starts again at 1
    assert (p1.number, p2.number, p3.number) == (1, 2, 1)
    assert p1.amount == 616000 and p1.child_name == "Nguyễn Văn An" and p1.method == "transfer"
    assert p3.school_year_id != p1.school_year_id
    assert [p.number for p in list_payments(db, dt.date(2025, 9, 1), dt.date(2025, 9, 30))] == [1, 2]
    delete_payment(db, p2.id)
    assert len(list_payments(db, dt.date(2025, 9, 1), dt.date(2025, 9, 30), child_id=b)) == 0


@pytest.mark.parametrize("amount", [0, -1000, "12,5", "", "một trăm"])
def test_bad_amounts_refused(school, amount):
    with pytest.raises(MealsError) as err:
        add_payment(school.db, school.children[0], dt.date(2025, 9, 10), amount)
    assert err.value.field == "amount"
    assert school.db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0


def test_other_bad_input(school):
    db = school.db
    with pytest.raises(MealsError, match="(?i)cash or transfer"):
        add_payment(db, school.children[0], dt.date(2025, 9, 10), 1000, method="card")
    with pytest.raises(MealsError, match="(?i)no child"):
        add_payment(db, 999, dt.date(2025, 9, 10), 1000)
    with pytest.raises(MealsError, match="(?i)future"):
        add_payment(db, school.children[0], dt.date.today() + dt.timedelta(days=30), 1000)


def test_large_payment_needs_confirmation(school):
    db = school.db
    with pytest.raises(NeedsConfirmation) as err:
        add_payment(db, school.children[0], dt.date(2025, 9, 10), 50_000_000)
    assert "50.000.000" in str(err.value)
    assert add_payment(db, school.children[0], dt.date(2025, 9, 10), 50_000_000, confirmed=True).number == 1


def test_debts_list_largest_first(school):
    db = school.db
    save_rules(db, MealRules(collection_mode="advance"))
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "nursery", dt.date(2025, 9, 5), 20000, 3000)
    a, b, c = school.children[:3]
    add_payment(db, a, dt.date(2025, 10, 1), 2_000_000)
    add_payment(db, b, dt.date(2025, 10, 1), 100_000)
    owing = debts(db, 2025, 10)
    assert a not in [r.child_id for r in owing]
    assert [r.balance for r in owing] == sorted((r.balance for r in owing), reverse=True)
    assert {b, c} <= {r.child_id for r in owing}
    assert owing[0].child_id == c and owing[0].balance == 18 * 28000 + 23 * 28000  # September + October
