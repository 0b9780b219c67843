import datetime as dt

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals import market, stock
from kindergarten_desktop.meals.stock_value import stock_cards, use_values

MON, TUE, WED = dt.date(2025, 10, 6), dt.date(2025, 10, 7), dt.date(2025, 10, 8)


def _rice(db):
    market.add_purchase(db, MON, "Gạo tẻ", "100", "18000", unit="kg")
    stock.set_stocked(db, "Gạo tẻ")


def test_dry_goods_count_when_used_not_when_bought(school):
    db = school.db
    school.price()
    for child in school.children:
        school.mark(child, MON, "P")
        school.mark(child, TUE, "P")
    _rice(db)
    market.add_purchase(db, MON, "Rau cải", "2", "20000")
    stock.add_use(db, TUE, "Gạo tẻ", "10")
    book = {d.day: d for d in market.day_book(db, MON, TUE)}
    assert book[MON].spent == 40_000  # the vegetables only: 100 kg of rice do not turn the day negative
    assert book[MON].balance > 0
    assert book[TUE].spent == 180_000  # 10 kg cooked at 18,000 ₫
    assert use_values(db, MON, TUE) == {TUE: 180_000}


def test_stock_card_moving_average_and_corrections(school):
    db = school.db
    _rice(db)  # 100 kg × 18,000
    use = stock.add_use(db, TUE, "Gạo tẻ", "40")
    market.add_purchase(db, TUE, "Gạo tẻ", "60", "20000")  # same day: in before out
    stock.add_use(db, WED, "Gạo tẻ", "30")
    stock.correct_use(db, use.id, "38", "Cân lại: chỉ xuất 38 kg", "Bếp trưởng")
    [card] = stock_cards(db, dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    assert (card.item, card.unit, card.opening_qty, card.opening_value) == ("Gạo tẻ", "kg", 0, 0)
    assert [line.kind for line in card.lines] == ["in", "in", "out", "adjust_out", "out"]
    # 160 kg worth 3,000,000 ₫: average 18,750 ₫/kg.
    assert card.lines[2].value_out == 750_000 and card.lines[2].qty_after == 120
    assert card.lines[3].qty_out == -2 and card.lines[3].value_out == -37_500
    assert card.closing_qty == 160 - 38 - 30 == stock.on_hand(db, "Gạo tẻ")
    assert card.closing_value == 3_000_000 - 712_500 - 30 * 18_750
    assert card.lines[-1].unit_cost == 18_750
    assert db.execute("SELECT quantity FROM stock_use WHERE id = ?", [use.id]).fetchone()[0] == 40  # not rewritten


def test_cancel_and_correct_a_purchase_by_adjustment(school):
    db = school.db
    _rice(db)
    wrong = market.add_purchase(db, MON, "Gạo tẻ", "5", "19000")
    with pytest.raises(AppError) as err:
        market.correct_purchase(db, wrong.id, "5", "19000", "không đổi")
    assert err.value.code == "meals.adjust_nothing"
    with pytest.raises(AppError):
        market.cancel_purchase(db, wrong.id, "  ")
    fixed = market.correct_purchase(db, wrong.id, "4", "19500", "Hóa đơn ghi 4 kg giá 19.500 ₫", "Kế toán")
    assert (fixed.quantity, fixed.unit_price, fixed.amount, fixed.adjustments) == (4, 19500, 78000, 1)
    market.cancel_purchase(db, wrong.id, "Mua trùng", "Kế toán")
    assert [p.id for p in market.purchases_between(db, MON, MON)] != [wrong.id]
    assert wrong.id not in [p.id for p in market.purchases_between(db, MON, MON)]
    assert wrong.id in [p.id for p in market.purchases_between(db, MON, MON, include_cancelled=True)]
    assert stock.on_hand(db, "Gạo tẻ") == 100
    assert db.execute("SELECT count(*) FROM stock_adjustment").fetchone()[0] == 2
    with pytest.raises(AppError) as err:
        market.cancel_purchase(db, wrong.id, "lần nữa")
    assert err.value.code == "meals.already_cancelled_entry"
