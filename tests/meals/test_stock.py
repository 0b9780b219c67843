import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindergarten_desktop.db.connection import memory_database
from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals import closing, market, stock
from kindergarten_desktop.meals.errors import MealsError

D = dt.date(2026, 3, 2)


def _rice(db, qty="50", day=D):
    market.add_purchase(db, day, "Gạo tẻ", qty, "19000", unit="kg")
    stock.set_stocked(db, "Gạo tẻ")


def test_purchase_is_stock_in_and_use_is_stock_out(db):
    _rice(db)
    assert stock.on_hand(db, "Gạo tẻ") == 50
    use = stock.add_use(db, D + dt.timedelta(days=1), "Gạo tẻ", "12,5", "bữa trưa")
    assert (use.item, use.unit, use.quantity, use.note) == ("Gạo tẻ", "kg", 12.5, "bữa trưa")
    assert stock.on_hand(db, "Gạo tẻ", D) == 50
    assert stock.on_hand(db, "Gạo tẻ") == 37.5
    assert [(i.name, i.on_hand) for i in stock.stocked_items(db)] == [("Gạo tẻ", 37.5)]


def test_use_larger_than_on_hand_is_refused_with_the_amount(db):
    _rice(db, "10")
    with pytest.raises(MealsError) as error:
        stock.add_use(db, D, "Gạo tẻ", "10,5")
    assert error.value.field == "quantity"
    assert "Only 10 kg of Gạo tẻ in store on 02/03/2026" in str(error.value)
    assert stock.uses_between(db, D, D) == []


def test_use_before_the_purchase_is_refused(db):
    _rice(db, "10")
    with pytest.raises(MealsError, match="(?i)only 0 kg"):
        stock.add_use(db, D - dt.timedelta(days=1), "Gạo tẻ", "1")


def test_earlier_use_that_starves_a_later_one_is_refused(db):
    _rice(db, "10", D)
    stock.add_use(db, D + dt.timedelta(days=2), "Gạo tẻ", "8")
    with pytest.raises(MealsError, match="(?i)run short of Gạo tẻ on 04/03/2026"):
        stock.add_use(db, D + dt.timedelta(days=1), "Gạo tẻ", "5")
    assert stock.on_hand(db, "Gạo tẻ") == 2
    assert len(stock.uses_between(db, D, D + dt.timedelta(days=9))) == 1


@pytest.mark.parametrize("bad, reason", [("-2", "more than 0"), ("0", "more than 0"), ("abc", "not a number"),
                                         ("", "empty"), ("99999", "plausible")])
def test_bad_quantities_are_refused(db, bad, reason):
    _rice(db)
    with pytest.raises(MealsError, match=reason):
        stock.add_use(db, D, "Gạo tẻ", bad)
    assert stock.on_hand(db, "Gạo tẻ") == 50


def test_item_not_stocked_or_unknown_is_refused(db):
    market.add_purchase(db, D, "Rau muống", "3", "15000")
    with pytest.raises(MealsError, match="(?i)not kept in the store"):
        stock.add_use(db, D, "Rau muống", "1")
    with pytest.raises(MealsError, match="(?i)not in the list"):
        stock.add_use(db, D, "Muối", "1")


def test_closed_month_refuses_use_and_delete(school):
    school.price()
    _rice(school.db, "20", dt.date(2025, 9, 8))
    use = stock.add_use(school.db, dt.date(2025, 9, 9), "Gạo tẻ", "2")
    closing.close_month(school.db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed):
        stock.add_use(school.db, dt.date(2025, 9, 10), "Gạo tẻ", "1")
    with pytest.raises(MonthClosed):
        stock.cancel_use(school.db, use.id, "nhập nhầm")
    stock.add_use(school.db, dt.date(2025, 10, 1), "Gạo tẻ", "1")
    assert stock.on_hand(school.db, "Gạo tẻ") == 17


def test_deleting_the_purchase_a_use_relies_on_is_refused(db):
    _rice(db, "10")
    stock.add_use(db, D, "Gạo tẻ", "4")
    purchase = market.purchases_between(db, D, D)[0]
    with pytest.raises(AppError) as err:
        market.cancel_purchase(db, purchase.id, "nhập nhầm")
    assert err.value.code == "meals.store_short"
    assert len(market.purchases_between(db, D, D)) == 1
    assert db.execute("SELECT count(*) FROM stock_adjustment").fetchone()[0] == 0


def test_unstocking_an_item_with_uses_is_refused(db):
    _rice(db)
    stock.add_use(db, D, "Gạo tẻ", "1")
    with pytest.raises(MealsError, match="(?i)stays in the store"):
        stock.set_stocked(db, "Gạo tẻ", False)


def test_period_opening_in_out_closing(db):
    _rice(db, "30", dt.date(2026, 2, 20))
    stock.add_use(db, dt.date(2026, 2, 25), "Gạo tẻ", "5")
    market.add_purchase(db, dt.date(2026, 3, 3), "Gạo tẻ", "20", "19000")
    stock.add_use(db, dt.date(2026, 3, 4), "Gạo tẻ", "7,5")
    stock.add_use(db, dt.date(2026, 4, 1), "Gạo tẻ", "1")
    [line] = stock.period(db, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (line.item, line.unit, line.opening, line.bought, line.used, line.closing) == \
        ("Gạo tẻ", "kg", 25, 20, 7.5, 37.5)


moves = st.lists(st.tuples(st.sampled_from(["in", "out"]), st.integers(0, 20),
                           st.decimals(min_value="0.1", max_value="30", places=1)), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves)
def test_on_hand_never_negative_and_equals_in_minus_out(sequence):
    db = memory_database()
    market.add_purchase(db, D, "Dầu ăn", "1", "52000", unit="lít")
    stock.set_stocked(db, "Dầu ăn")
    ins, outs = [(D, 1.0)], []
    for kind, offset, qty in sequence:
        day = D + dt.timedelta(days=offset)
        if kind == "in":
            market.add_purchase(db, day, "Dầu ăn", str(qty), "52000")
            ins.append((day, float(qty)))
        else:
            try:
                stock.add_use(db, day, "Dầu ăn", str(qty))
                outs.append((day, float(qty)))
            except MealsError:
                pass
        for offset_check in range(-1, 22):
            check = D + dt.timedelta(days=offset_check)
            held = stock.on_hand(db, "Dầu ăn", check)
            assert held >= 0
            expected = sum(q for d, q in ins if d <= check) - sum(q for d, q in outs if d <= check)
            assert held == pytest.approx(expected, abs=1e-6)
