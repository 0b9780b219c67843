import datetime as dt

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen.catalogue import set_purchase
from kindergarten_desktop.kitchen.market_list import market_list, write_purchases
from kindergarten_desktop.kitchen.menus import MenuLine, set_day_menu
from kindergarten_desktop.meals import market, stock
from tests.kitchen.conftest import food_id

DAY = dt.date(2025, 10, 6)


@pytest.fixture
def kitchen(school):
    """Three kindergarten and two nursery children present; rice from the store, pork and eggs bought."""
    db = school.db
    school.price()
    for child in school.children:
        school.mark(child, DAY, "P")
    rice, pork, egg = food_id(db, "1004"), food_id(db, "7017"), food_id(db, "9001")
    set_purchase(db, rice, unit="kg", unit_grams=1000, price=20000, supplier="Gạo Minh Phát", market_name="Gạo tẻ")
    set_purchase(db, pork, unit="kg", unit_grams=1000, price=130000, supplier="Cô Lan")
    set_purchase(db, egg, unit="quả", unit_grams=50, price=3000, supplier="Cô Lan", market_name="Trứng gà")
    set_day_menu(db, DAY, "kindergarten", [MenuLine("lunch", "Cơm", rice, 80), MenuLine("lunch", "Thịt", pork, 40),
                                           MenuLine("snack", "Trứng", egg, 43)])
    set_day_menu(db, DAY, "nursery", [MenuLine("lunch", "Cơm", rice, 60), MenuLine("lunch", "Thịt", pork, 30)])
    market.add_purchase(db, DAY - dt.timedelta(days=3), "Gạo tẻ", 10, 20000, unit="kg")
    stock.set_stocked(db, "Gạo tẻ")
    return school


def test_quantities_prices_and_money(kitchen):
    plan = market_list(kitchen.db, DAY)
    lines = {line.food.code: line for line in plan.lines}
    assert lines["1004"].net_g == 3 * 80 + 2 * 60 and lines["1004"].in_store
    pork = lines["7017"]
    assert pork.net_g == 3 * 40 + 2 * 30
    assert pork.gross_g == pytest.approx(180 * 100 / 98)
    assert pork.quantity == round(180 * 100 / 98 / 1000, 3) and pork.amount == round(pork.quantity * 130000)
    egg = lines["9001"]
    assert egg.gross_g == pytest.approx(3 * 43 * 100 / 86) and egg.quantity == 3.0 and egg.amount == 9000
    assert plan.money == 3 * 25000 + 2 * 20000  # meals × food part of the rate
    assert plan.cost == pork.amount + egg.amount and plan.store_value == round(0.36 * 20000)
    assert plan.balance == plan.money - plan.cost - plan.store_value
    assert list(plan.by_supplier()) == ["Cô Lan", "Gạo Minh Phát"]


def test_one_action_writes_the_market_book_and_takes_rice_out_of_the_store(kitchen):
    db = kitchen.db
    spent = write_purchases(db, DAY)
    bought = market.purchases_between(db, DAY, DAY)
    assert sorted((p.item, p.quantity, p.unit, p.supplier) for p in bought) == [
        ("Thịt lợn nạc", 0.184, "kg", "Cô Lan"), ("Trứng gà", 3.0, "quả", "Cô Lan")]
    assert spent == sum(p.amount for p in bought)
    uses = stock.uses_between(db, DAY, DAY)
    assert [(u.item, u.quantity) for u in uses] == [("Gạo tẻ", 0.36)]
    assert stock.on_hand(db, "Gạo tẻ", DAY) == pytest.approx(9.64)
    assert market_list(db, DAY).ordered
    with pytest.raises(AppError) as caught:
        write_purchases(db, DAY)
    assert caught.value.code == "kitchen.already_ordered"


def test_the_store_short_of_rice_buys_the_difference(kitchen):
    db = kitchen.db
    stock.add_use(db, DAY, "Gạo tẻ", 9.9)  # the store keeps 0.1 kg: not enough for 0.36 kg
    write_purchases(db, DAY)
    rice = [p for p in market.purchases_between(db, DAY, DAY) if p.item == "Gạo tẻ"]
    assert [(p.quantity, p.amount) for p in rice] == [(0.26, 5200)]
    assert stock.on_hand(db, "Gạo tẻ", DAY) == 0


def test_nothing_is_written_when_a_line_is_refused(kitchen):
    db = kitchen.db
    set_purchase(db, food_id(db, "9001"), unit="g", unit_grams=0.001)  # 150 000 units: not plausible
    with pytest.raises(AppError) as caught:
        write_purchases(db, DAY)
    assert caught.value.code == "kitchen.market_refused" and "Trứng gà" in caught.value.text("vi")
    assert market.purchases_between(db, DAY, DAY) == [] and stock.uses_between(db, DAY, DAY) == []
    assert not market_list(db, DAY).ordered


def test_a_food_without_price_is_refused_before_anything(kitchen):
    db = kitchen.db
    set_purchase(db, food_id(db, "7017"), price="")
    with pytest.raises(AppError) as caught:
        write_purchases(db, DAY)
    assert caught.value.code == "kitchen.no_price"
    assert market.purchases_between(db, DAY, DAY) == []
