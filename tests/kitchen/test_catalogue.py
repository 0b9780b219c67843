import unicodedata

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen.catalogue import FoodIndex, add_food, get_food, list_foods, search, set_purchase
from tests.kitchen.conftest import food_id


def test_the_2007_table_is_the_built_in_catalogue(db, table):
    foods = list_foods(db)
    assert len(foods) == len(table) == 526
    rice = get_food(db, food_id(db, "1004"))
    assert (rice.name, rice.builtin, rice.waste_pct) == ("Gạo tẻ máy", True, 0.0)
    assert rice.nutrients[:4] == (344.0, 7.9, 1.0, 75.9)
    egg = get_food(db, food_id(db, "9001"))
    assert egg.waste_pct == 14.0 and egg.gross_grams(86) == pytest.approx(100)


def test_an_empty_cell_is_unknown_not_zero(db, table):
    empty = next(code for code, row in table.items() if row["calcium_mg"] == "")
    assert get_food(db, food_id(db, empty)).value("calcium_mg") is None


@pytest.mark.parametrize(("code", "animal"), [("7017", True), ("8052", True), ("9001", True), ("10006", True),
                                              ("6001", True), ("6004", True), ("11017", True), ("6005", False),
                                              ("6010", False), ("11003", False), ("1004", False), ("3025", False)])
def test_animal_origin_follows_the_readme(db, code, animal):
    assert get_food(db, food_id(db, code)).animal is animal


def test_search_ignores_case_and_accents(db):
    foods = list_foods(db)
    names = {f.name for f in search(foods, "THIT LON NAC")}
    assert "Thịt lợn nạc" in names
    assert {f.code for f in search(foods, "gạo tẻ máy")} == {"1004"}
    assert {f.code for f in search(foods, "Gao Te May")} == {"1004"}
    assert [f.code for f in search(foods, "9001")] == ["9001"]


def test_names_match_after_nfc_and_casefold_and_the_code_wins(db):
    index = FoodIndex(list_foods(db))
    decomposed = unicodedata.normalize("NFD", "THỊT LỢN NẠC")
    assert index.find("", decomposed).code == "7017"
    assert index.find("1004", "Thịt lợn nạc").code == "1004"  # the code wins
    assert index.find("1004.0", "").code == "1004"  # a code typed in a number cell
    with pytest.raises(AppError) as caught:
        index.find("", "Thịt lợn")
    assert caught.value.code == "kitchen.unknown_food"
    with pytest.raises(AppError):
        index.find("99999", "Thịt lợn nạc")


def test_a_school_food_from_its_label(db):
    food_id_ = add_food(db, "Sữa bột Growplus đỏ", 10, {"energy_kcal": "470", "protein_g": "21,5", "fat_g": 20,
                                                      "carbohydrate_g": "52", "calcium_mg": ""})
    food = get_food(db, food_id_)
    assert (food.code, food.builtin, food.animal) == ("TR001", False, True)
    assert food.nutrients[:5] == (470.0, 21.5, 20.0, 52.0, None)
    with pytest.raises(AppError) as caught:
        add_food(db, "sữa bột growplus ĐỎ", 10, {})
    assert caught.value.code == "kitchen.food_name_taken"
    with pytest.raises(AppError):
        add_food(db, "Bột lạ", 1, {"energy_kcal": "abc"})
    with pytest.raises(AppError):
        add_food(db, "Quả lạ", 5, {}, waste_pct=100)
    assert db.execute("SELECT count(*) FROM food WHERE builtin = 0").fetchone()[0] == 1


def test_purchase_unit_price_and_supplier(db):
    rice = food_id(db, "1004")
    set_purchase(db, rice, unit="bao", unit_grams=25000, price="475.000", supplier="Cửa hàng gạo", market_name="Gạo")
    food = get_food(db, rice)
    assert (food.unit, food.unit_grams, food.price, food.supplier, food.item_name) == (
        "bao", 25000, 475000, "Cửa hàng gạo", "Gạo")
    with pytest.raises(AppError):
        set_purchase(db, rice, price="12,5")
    with pytest.raises(AppError):
        set_purchase(db, rice, unit_grams=0)
    assert get_food(db, rice).price == 475000


def test_a_school_food_in_use_stays_and_the_table_cannot_be_deleted(db):
    import datetime as dt

    from kindergarten_desktop.kitchen.catalogue import delete_food
    from kindergarten_desktop.kitchen.menus import MenuLine, set_day_menu

    used, unused = add_food(db, "Bột ngũ cốc A", 1, {"energy_kcal": 400}), add_food(db, "Bột ngũ cốc B", 1, {})
    set_day_menu(db, dt.date(2025, 10, 6), "nursery", [MenuLine("snack", "Bột", used, 20)])
    with pytest.raises(AppError) as caught:
        delete_food(db, used)
    assert caught.value.code == "kitchen.food_in_use"
    with pytest.raises(AppError):
        delete_food(db, food_id(db, "1004"))
    delete_food(db, unused)
    assert {f.name for f in list_foods(db) if not f.builtin} == {"Bột ngũ cốc A"}


@pytest.mark.parametrize("typed", ["12.5", "1.2.3", "28.00", "99999999999999999999999", "-5.000"])
def test_a_price_that_is_not_whole_dong_is_refused_not_read_as_another_number(db, typed):
    """"12.5" was stored as 125 đồng and "1.2.3" as 123 (the dots were dropped); 10^23 crashed."""
    rice = food_id(db, "1004")
    set_purchase(db, rice, price="28.000")
    with pytest.raises(AppError) as err:
        set_purchase(db, rice, price=typed)
    assert err.value.text("vi").startswith("Đơn giá: ")
    assert get_food(db, rice).price == 28000


def test_a_price_is_read_as_the_market_book_reads_it(db):
    rice = food_id(db, "1004")
    for typed, stored in (("475.000 ₫", 475000), ("18 500", 18500), (32000, 32000), (32000.0, 32000), ("", None)):
        set_purchase(db, rice, price=typed)
        assert get_food(db, rice).price == stored
