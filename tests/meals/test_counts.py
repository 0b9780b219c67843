import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.counts import daily_count, overrides_on, set_override, set_staff_meals, staff_meals
from kindergarten_desktop.meals.errors import MealsError

MONDAY = dt.date(2025, 10, 6)


def test_present_children_eat_and_overrides_win(school):
    a, b, c, d, e = school.children
    school.mark(a, MONDAY, "P")
    school.mark(b, MONDAY, "P")
    school.mark(c, MONDAY, "E")
    school.mark(d, MONDAY, "P")
    set_override(school.db, b, MONDAY, False, "Về trước bữa trưa")
    set_override(school.db, e, MONDAY, True, "Đến muộn, vẫn ăn")
    set_staff_meals(school.db, MONDAY, 4)
    count = daily_count(school.db, MONDAY)
    by_name = {k.name: k for k in count.classes}
    kg, nursery = by_name["Chồi 1"], by_name["Nhà trẻ 1"]
    assert (kg.enrolled, kg.present, kg.absent, kg.unmarked, kg.eating) == (3, 2, 1, 0, 1)
    assert (nursery.enrolled, nursery.present, nursery.unmarked, nursery.eating) == (2, 1, 0, 2)
    assert count.eating == 3 and count.staff == 4 and count.to_cook == 7
    assert [g[0] for g in count.by_age_group()] == ["nursery_25_36", "age_4_5"]
    assert overrides_on(school.db, MONDAY)[b] == (False, "Về trước bữa trưa")


def test_unmarked_children_are_expected(school):
    count = daily_count(school.db, MONDAY)
    assert count.eating == 0 and count.expected == 5


def test_nobody_eats_on_a_holiday(school):
    holiday = dt.date(2025, 9, 2)  # National Day
    school.mark(school.children[0], holiday, "P")
    assert daily_count(school.db, holiday).eating == 0
    assert not daily_count(school.db, holiday).school_day


def test_override_removed_and_staff_meals_checked(school):
    db = school.db
    set_override(db, school.children[0], MONDAY, False)
    set_override(db, school.children[0], MONDAY, None)
    assert overrides_on(db, MONDAY) == {}
    for bad in (-1, "ba", 1.5, 10_000):
        with pytest.raises(MealsError):
            set_staff_meals(db, MONDAY, bad)
    set_staff_meals(db, MONDAY, "6")
    assert staff_meals(db, MONDAY, MONDAY) == {MONDAY: 6}


def test_closed_month_refuses_overrides(school):
    school.price()
    closing.close_month(school.db, 2025, 9, "Kế toán")
    closing.close_month(school.db, 2025, 10, "Kế toán")
    with pytest.raises(MonthClosed):
        set_override(school.db, school.children[0], MONDAY, False)
    with pytest.raises(MonthClosed):
        set_staff_meals(school.db, MONDAY, 3)
