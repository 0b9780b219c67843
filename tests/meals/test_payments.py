import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.payments import (
    NeedsConfirmation,
    add_payment,
    cancel_payment,
    debts,
    list_payments,
)
from kindergarten_desktop.meals.rates import add_rate
from kindergarten_desktop.meals.settings import MealRules, save_rules


def test_receipts_numbered_per_school_year(school):
    db = school.db
    a, b = school.children[:2]
    p1 = add_payment(db, a, dt.date(2025, 9, 10), "616.000", payer="Nguyễn Thị Mai", method="transfer",
                     confirmed=True)
    p2 = add_payment(db, b, dt.date(2025, 9, 11), 300000, confirmed=True)
    p3 = add_payment(db, a, dt.date(2026, 9, 10), 100000, confirmed=True)  # next school year starts again at 1
    assert (p1.number, p2.number, p3.number) == (1, 2, 1)
    assert p1.amount == 616000 and p1.child_name == "Nguyễn Văn An" and p1.method == "transfer"
    assert p3.school_year_id != p1.school_year_id
    assert [p.number for p in list_payments(db, dt.date(2025, 9, 1), dt.date(2025, 9, 30))] == [1, 2]
    cancel_payment(db, p2.id, "Kế toán", "ghi nhầm trẻ")
    assert len(list_payments(db, dt.date(2025, 9, 1), dt.date(2025, 9, 30), child_id=b,
                             include_cancelled=False)) == 0
    # The cancelled number is never given again.
    assert add_payment(db, b, dt.date(2025, 9, 12), 1000, confirmed=True).number == 3


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


def test_payment_above_the_debt_asks_showing_the_debt(school):
    db = school.db
    save_rules(db, MealRules(collection_mode="advance"))
    school.price()
    child = school.children[0]
    # September 2025 in advance: 18 school days from the 5th at 28,000 ₫.
    owed = 18 * 28000
    assert add_payment(db, child, dt.date(2025, 9, 10), owed - 4000).number == 1  # below the debt: no question
    with pytest.raises(NeedsConfirmation) as err:
        add_payment(db, child, dt.date(2025, 9, 11), 50_000)
    assert err.value.code == "meals.payment_above_debt"
    assert err.value.params["debt"] == "4.000 ₫" and err.value.params["ahead"] == "46.000 ₫"
    assert "4.000" in err.value.text("vi") and "Thu trước" in err.value.text("vi")
    assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 1
    ahead = add_payment(db, child, dt.date(2025, 9, 11), 50_000, confirmed=True)  # paying ahead, explicitly
    assert ahead.number == 2 and ahead.for_months == ("2025-09",)


def test_debts_list_largest_first(school):
    db = school.db
    save_rules(db, MealRules(collection_mode="advance"))
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "nursery", dt.date(2025, 9, 5), 20000, 3000)
    a, b, c = school.children[:3]
    add_payment(db, a, dt.date(2025, 10, 1), 2_000_000, confirmed=True)
    add_payment(db, b, dt.date(2025, 10, 1), 100_000)
    owing = debts(db, 2025, 10)
    assert a not in [r.child_id for r in owing]
    assert [r.balance for r in owing] == sorted((r.balance for r in owing), reverse=True)
    assert {b, c} <= {r.child_id for r in owing}
    assert owing[0].child_id == c and owing[0].balance == 18 * 28000 + 23 * 28000  # September + October


def test_cancelled_receipt_keeps_its_number_and_leaves_the_ledger(school):
    from kindergarten_desktop.meals.ledger import compute_month
    from kindergarten_desktop.meals.payments import day_totals, get_payment

    db = school.db
    school.price()
    child = school.children[0]
    p1 = add_payment(db, child, dt.date(2025, 9, 10), 100_000, confirmed=True, payer="Trần Thị Hoa")
    p2 = add_payment(db, child, dt.date(2025, 9, 10), 50_000, method="transfer", confirmed=True)

    def paid():
        return next(r.paid for r in compute_month(db, 2025, 9).rows if r.child_id == child)

    assert paid() == 150_000
    for who, why in (("", "ghi sai"), ("Kế toán", "  ")):
        with pytest.raises(AppError):
            cancel_payment(db, p1.id, who, why)
    cancelled = cancel_payment(db, p1.id, "Lê Thị Kế", "Ghi nhầm số tiền", now=dt.datetime(2025, 9, 10, 15, 0))
    assert cancelled.cancelled and cancelled.number == 1 and cancelled.cancel_reason == "Ghi nhầm số tiền"
    assert cancelled.cancelled_by == "Lê Thị Kế" and cancelled.cancelled_at == dt.datetime(2025, 9, 10, 15, 0)
    assert paid() == 50_000
    with pytest.raises(AppError) as err:
        cancel_payment(db, p1.id, "Kế toán", "lần nữa")
    assert err.value.code == "meals.receipt_already_cancelled"
    [totals] = day_totals(db, dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert (totals.count, totals.cash, totals.transfer, totals.cancelled) == (1, 0, 50_000, 1)
    # The storage itself refuses a delete or a rewrite, whoever tries.
    for sql in ("DELETE FROM meal_payment WHERE id = ?", "UPDATE meal_payment SET amount = 1 WHERE id = ?",
                "UPDATE meal_payment SET cancelled_at = NULL WHERE id = ?"):
        with pytest.raises(AppError) as refused:  # the storage's rule, as the app's error (db/refusals.py)
            db.execute(sql, [p1.id if "cancelled_at" in sql else p2.id])
        assert refused.value.code in ("meals.receipt_never_deleted", "meals.receipt_fixed",
                                      "meals.already_cancelled_entry")
    assert get_payment(db, p2.id).amount == 50_000 and get_payment(db, p1.id).cancelled


def test_cancel_in_a_closed_month_is_refused(school):
    from kindergarten_desktop.meals import closing

    db = school.db
    school.price()
    p = add_payment(db, school.children[0], dt.date(2025, 9, 10), 100_000, confirmed=True)
    closing.close_month(db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed):
        cancel_payment(db, p.id, "Kế toán", "ghi nhầm")
    assert db.execute("SELECT cancelled_at FROM meal_payment").fetchone()[0] is None


@pytest.mark.parametrize("text, months", [
    ("10/2025", ("2025-10",)), ("10, 11/2025", ("2025-10", "2025-11")), ("2025-12,2026-01", ("2025-12", "2026-01")),
    ("12/2025; 1/2026", ("2025-12", "2026-01")), ("", ())])
def test_months_of_a_receipt(text, months):
    from kindergarten_desktop.meals.payments import months_text, parse_months

    assert parse_months(text) == months
    if months:
        assert parse_months(months_text(months)) == months


@pytest.mark.parametrize("text", ["13/2025", "tháng mười", "2025-00"])
def test_bad_months_refused(school, text):
    with pytest.raises(AppError) as err:
        add_payment(school.db, school.children[0], dt.date(2025, 9, 10), 1000, for_months=text, confirmed=True)
    assert err.value.code == "meals.bad_months"
    assert school.db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0
