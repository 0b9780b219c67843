import datetime as dt

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen.menus import (
    MenuLine,
    add_dish_to_menu,
    copy_week,
    day_menu,
    fill_month,
    list_dishes,
    parse_grams,
    rotation_from_week,
    rotation_slots,
    save_dish,
    set_day_menu,
    set_rotation_day,
    week_menu,
)
from kindergarten_desktop.roster.calendar import month_bounds, public_holiday, school_days
from tests.kitchen.conftest import food_id

MONDAY = dt.date(2025, 10, 6)


@pytest.mark.parametrize("value", [0, -5, "0", "-1", 501, "abc", "", None, float("nan")])
def test_bad_quantities_are_refused(value):
    with pytest.raises(AppError):
        parse_grams(value)


def test_quantities_accept_a_decimal_comma():
    assert parse_grams("12,5") == 12.5 and parse_grams(500) == 500


def test_a_day_menu_is_replaced_and_checked(db):
    rice = food_id(db, "1004")
    set_day_menu(db, MONDAY, "nursery", [MenuLine("lunch", "Cơm", rice, 50), MenuLine("snack", "Cháo", rice, 10)])
    set_day_menu(db, MONDAY, "nursery", [MenuLine("lunch", "Cơm nát", rice, 45)])
    assert day_menu(db, MONDAY, "nursery") == [MenuLine("lunch", "Cơm nát", rice, 45)]
    for bad in ([MenuLine("dinner", "Cơm", rice, 50)], [MenuLine("lunch", " ", rice, 50)],
                [MenuLine("lunch", "Cơm", rice, 0)]):
        with pytest.raises(AppError):
            set_day_menu(db, MONDAY, "nursery", bad)
    with pytest.raises(AppError):
        set_day_menu(db, MONDAY, "infants", [])
    assert day_menu(db, MONDAY, "nursery") == [MenuLine("lunch", "Cơm nát", rice, 45)]


def test_a_closed_month_keeps_its_menus(school):
    from kindergarten_desktop.meals.closing import close_month

    db = school.db
    school.price()
    close_month(db, 2025, 10, "Kế toán")
    with pytest.raises(AppError) as caught:
        set_day_menu(db, MONDAY, "nursery", [MenuLine("lunch", "Cơm", food_id(db, "1004"), 50)])
    assert caught.value.code == "meals.month_closed"


def test_dishes_are_templates_per_age_group(db):
    pork, rice = food_id(db, "7017"), food_id(db, "1004")
    dish = save_dish(db, "Thịt rim", [("nursery", pork, 25), ("kindergarten", pork, 35), ("kindergarten", rice, 5)])
    ingredients = list_dishes(db)[0].ingredients
    assert ingredients["nursery"] == [(pork, 25)]
    assert sorted(ingredients["kindergarten"]) == sorted([(pork, 35), (rice, 5)])
    add_dish_to_menu(db, MONDAY, "nursery", "lunch", dish)
    assert day_menu(db, MONDAY, "nursery") == [MenuLine("lunch", "Thịt rim", pork, 25)]
    with pytest.raises(AppError) as caught:
        save_dish(db, "Thịt rim", [])
    assert caught.value.code == "kitchen.dish_name_taken"


def _plan(db):
    rice = food_id(db, "1004")
    for week in range(1, 5):
        for weekday in range(5):
            for group in ("nursery", "kindergarten"):
                set_rotation_day(db, week, weekday, group, [MenuLine("lunch", f"Tuần {week} thứ {weekday + 2}",
                                                                     rice, 50 + week)])


def test_the_rotation_fills_the_school_days_of_a_month_and_skips_holidays(db):
    _plan(db)
    written = fill_month(db, 2026, 4)  # 27/04 (Hùng Kings' day substitute) and 30/04 are holidays
    first, last = month_bounds(2026, 4)
    open_days = school_days(db, first, last)
    assert written == 2 * len(open_days)
    assert public_holiday(dt.date(2026, 4, 30)) and dt.date(2026, 4, 30) not in open_days
    assert day_menu(db, dt.date(2026, 4, 30), "nursery") == []
    slots = rotation_slots(db, 2026, 4)
    for day in open_days:
        week, weekday = slots[day]
        assert weekday == day.weekday()
        assert day_menu(db, day, "kindergarten")[0].dish == f"Tuần {week} thứ {weekday + 2}"
    # Weeks count from the month's first school week: Wednesday 1 April is week 1, Monday 6 April week 2.
    assert slots[dt.date(2026, 4, 1)][0] == 1 and slots[dt.date(2026, 4, 6)][0] == 2
    assert slots[dt.date(2026, 4, 29)][0] == 1  # the fifth week starts the rotation again


def test_fill_month_without_a_rotation_is_refused(db):
    with pytest.raises(AppError) as caught:
        fill_month(db, 2026, 4)
    assert caught.value.code == "kitchen.rotation_empty"


def test_copy_a_week_and_keep_it_in_the_rotation(db):
    rice = food_id(db, "1004")
    for offset in range(5):
        set_day_menu(db, MONDAY + dt.timedelta(days=offset), "kindergarten",
                     [MenuLine("lunch", f"Món {offset}", rice, 60)])
    assert copy_week(db, MONDAY, MONDAY + dt.timedelta(days=7)) == 5
    copied = week_menu(db, MONDAY + dt.timedelta(days=9))
    assert copied[(MONDAY + dt.timedelta(days=9), "kindergarten")] == {"lunch": ["Món 2"]}
    rotation_from_week(db, MONDAY, 3)
    assert fill_month(db, 2025, 11) > 0
