import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.counts import set_staff_meals
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.market import (
    add_purchase,
    add_supplier,
    cancel_purchase,
    day_book,
    item_totals,
    list_items,
    list_suppliers,
    purchases_between,
    unpriced_days,
)
from kindergarten_desktop.meals.rates import add_rate

MON, TUE = dt.date(2025, 10, 6), dt.date(2025, 10, 7)


def test_purchase_amount_rounded_and_last_price_remembered(db):
    p = add_purchase(db, MON, "Thịt lợn nạc", "2,5", "135.000", supplier="Cô Lan chợ Hôm")
    assert (p.amount, p.unit, p.supplier) == (337500, "kg", "Cô Lan chợ Hôm")
    add_purchase(db, TUE, "Thịt lợn nạc", 1.333, 140000)
    item = list_items(db)[0]
    assert (item.last_price, item.last_supplier) == (140000, "Cô Lan chợ Hôm")
    assert purchases_between(db, TUE, TUE)[0].amount == 186620  # 1.333 × 140.000, whole đồng
    add_supplier(db, "HTX rau sạch", "0912345678")
    assert list_suppliers(db) == ["Cô Lan chợ Hôm", "HTX rau sạch"]
    assert item_totals(db, MON, TUE) == [("Thịt lợn nạc", "kg", 3.833, 524120)]


@pytest.mark.parametrize("kwargs, field", [
    (dict(item="", quantity=1, unit_price=1000), "item"),
    (dict(item="Gạo", quantity=0, unit_price=1000), "quantity"),
    (dict(item="Gạo", quantity="abc", unit_price=1000), "quantity"),
    (dict(item="Gạo", quantity=2, unit_price=None), "unit_price"),
    (dict(item="Gạo", quantity=2, unit_price=""), "unit_price"),
    (dict(item="Gạo", quantity=2, unit_price=-5), "unit_price"),
    (dict(item="Gạo", quantity=2, unit_price="18.5"), "unit_price"),
])
def test_bad_purchases_refused(db, kwargs, field):
    with pytest.raises(MealsError) as err:
        add_purchase(db, MON, **kwargs)
    assert err.value.field == field
    assert db.execute("SELECT count(*) FROM purchase").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM market_item").fetchone()[0] == 0


def test_day_balance_carried_forward(school):
    db = school.db
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "nursery", dt.date(2025, 9, 5), 20000, 3000)
    a, b, c, d, e = school.children
    for child in (a, b, d):
        school.mark(child, MON, "P")
        school.mark(child, TUE, "P")
    set_staff_meals(db, MON, 2)
    add_purchase(db, MON, "Gạo tẻ", 3, 18000)
    add_purchase(db, TUE, "Cá basa", 1, 150000)
    book = {entry.day: entry for entry in day_book(db, MON, TUE)}
    assert book[MON].meals == {"kindergarten": 2, "nursery": 1}
    assert book[MON].money_in == 2 * 25000 + 20000 + 2 * 25000
    assert book[MON].balance == 120000 - 54000
    assert book[TUE].carried_in == 66000
    assert book[TUE].carried_out == 66000 + 70000 - 150000
    # The next period starts from what was carried.
    assert day_book(db, dt.date(2025, 10, 8), dt.date(2025, 10, 8))[0].carried_in == -14000


def test_closed_month_refuses_purchases(db):
    p = add_purchase(db, MON, "Gạo tẻ", 3, 18000)
    closing.close_month(db, 2025, 10, "Kế toán")
    with pytest.raises(MonthClosed):
        add_purchase(db, TUE, "Gạo tẻ", 3, 18000)
    with pytest.raises(MonthClosed):
        cancel_purchase(db, p.id, "nhập nhầm")


def test_days_with_meals_but_no_rate_are_listed(school):
    school.mark(school.children[0], MON, "P")  # kindergarten
    school.mark(school.children[3], TUE, "P")  # nursery
    assert unpriced_days(school.db, MON, TUE) == {MON: ["kindergarten"], TUE: ["nursery"]}
    set_staff_meals(school.db, TUE, 2)  # staff eat at the kindergarten rate
    assert unpriced_days(school.db, MON, TUE)[TUE] == ["kindergarten", "nursery"]
    school.price()
    assert unpriced_days(school.db, MON, TUE) == {}
