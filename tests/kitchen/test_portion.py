"""The day's portion against a hand calculation from the shipped table."""

import datetime as dt

import pytest

from kindergarten_desktop.kitchen.catalogue import NUTRIENTS
from kindergarten_desktop.kitchen.menus import MenuLine, set_day_menu
from kindergarten_desktop.kitchen.norms import norm_table, set_norm, verdict
from kindergarten_desktop.kitchen.portion import day_portion, week_average
from tests.kitchen.conftest import food_id

DAY = dt.date(2025, 10, 6)  # a Monday
MENU = [("lunch", "Cơm", "1004", 60), ("lunch", "Thịt rim", "7017", 30), ("lunch", "Canh rau muống", "4083", 40),
        ("afternoon", "Trứng hấp", "9001", 25), ("snack", "Sữa", "10006", 20), ("lunch", "Thịt rim", "6010", 5)]
ANIMAL = {"7017", "9001", "10006"}


def _menu(db, day=DAY, group="kindergarten", menu=MENU):
    set_day_menu(db, day, group, [MenuLine(m, d, food_id(db, c), g) for m, d, c, g in menu])


def _hand(table, menu=MENU):
    sums = dict.fromkeys(NUTRIENTS, 0.0)
    animal = {"protein_g": 0.0, "fat_g": 0.0}
    for _, _, code, grams in menu:
        for n in NUTRIENTS:
            value = float(table[code][n] or 0) * grams / 100
            sums[n] += value
            if code in ANIMAL and n in animal:
                animal[n] += value
    return sums, animal


def test_every_nutrient_matches_the_hand_calculation(db, table):
    _menu(db)
    group = day_portion(db, DAY).groups["kindergarten"]
    t = group.per_child
    sums, animal = _hand(table)
    for n in NUTRIENTS:
        assert t.values[n] == pytest.approx(sums[n]), n
    energy = sums["energy_kcal"]
    assert t.protein_pct == pytest.approx(100 * 4 * sums["protein_g"] / energy)
    assert t.fat_pct == pytest.approx(100 * 9 * sums["fat_g"] / energy)
    assert t.carbohydrate_pct == pytest.approx(100 * 4 * sums["carbohydrate_g"] / energy)
    assert t.animal_protein_pct == pytest.approx(100 * animal["protein_g"] / sums["protein_g"])
    assert t.animal_fat_pct == pytest.approx(100 * animal["fat_g"] / sums["fat_g"])
    # Spot values from the printed table: 60 g rice = 206.4 kcal, 4.74 g protein.
    rice = next(line for line in group.lines if line.food.code == "1004")
    assert rice.nutrients["energy_kcal"] == pytest.approx(206.4) and rice.nutrients["protein_g"] == pytest.approx(4.74)
    egg = next(line for line in group.lines if line.food.code == "9001")
    assert egg.gross == pytest.approx(25 * 100 / (100 - 14))
    assert day_portion(db, DAY).groups["nursery"].empty


def test_an_unknown_value_counts_zero_and_is_named(db, table):
    code = next(c for c, r in table.items() if r["vitamin_c_mg"] == "" and r["energy_kcal"])
    _menu(db, menu=[("lunch", "Món", code, 50)])
    group = day_portion(db, DAY).groups["kindergarten"]
    assert group.per_child.values["vitamin_c_mg"] == 0
    assert group.unknown["vitamin_c_mg"] == [table[code]["name_vi"]]


def test_children_come_from_the_meal_count(school):
    db = school.db
    _menu(db)
    _menu(db, group="nursery")
    for child in school.children[:2] + school.children[3:4]:
        school.mark(child, DAY, "P")
    for child in (school.children[2], school.children[4]):
        school.mark(child, DAY, "E")
    portion = day_portion(db, DAY)
    assert portion.groups["kindergarten"].children == 2
    assert portion.groups["nursery"].children == 1


def test_verdicts_against_the_thong_tu_28_defaults_and_new_norms(db):
    _menu(db)
    norms = norm_table(db)
    kg = norms.on("kindergarten", DAY)
    assert (kg.energy, kg.protein, kg.fat, kg.carbohydrate) == ((615, 726), (13, 20), (25, 35), (52, 60))
    assert norms.on("nursery", DAY).carbohydrate == (47, 50)
    group = day_portion(db, DAY).groups["kindergarten"]
    energy = group.per_child.energy
    assert group.verdicts["energy"] == ("below" if energy < 615 else "above" if energy > 726 else "within")
    # A norm from 07/10 on does not change 06/10.
    set_norm(db, "kindergarten", DAY + dt.timedelta(days=1), (100, 200), (13, 20), (25, 35), (52, 60), "test")
    assert day_portion(db, DAY).groups["kindergarten"].verdicts["energy"] == group.verdicts["energy"]
    _menu(db, day=DAY + dt.timedelta(days=1))
    assert day_portion(db, DAY + dt.timedelta(days=1)).groups["kindergarten"].verdicts["energy"] == "above"
    assert verdict(12.96, (13, 20)) == "within" and verdict(12.9, (13, 20)) == "below"


def test_week_average(db, table):
    _menu(db)
    half = [(m, d, c, g / 2) for m, d, c, g in MENU]
    _menu(db, day=DAY + dt.timedelta(days=2), menu=half)
    week = week_average(db, DAY + dt.timedelta(days=4))["kindergarten"]
    sums, _ = _hand(table)
    assert week.days == 2
    assert week.per_child.energy == pytest.approx(sums["energy_kcal"] * 0.75)
    assert week_average(db, DAY)["nursery"].days == 0


def test_each_meal_against_its_share_of_the_days_need(db, table):
    _menu(db, group="nursery")
    group = day_portion(db, DAY).groups["nursery"]
    shares = {m.meal: m for m in group.meal_shares()}
    assert list(shares) == ["lunch", "afternoon", "snack"]
    lunch = sum(float(table[c]["energy_kcal"]) * g / 100 for meal, _, c, g in MENU if meal == "lunch")
    assert shares["lunch"].energy == pytest.approx(lunch)
    assert shares["lunch"].pct == pytest.approx(100 * lunch / 965)  # middle of 930-1000 kcal
    assert shares["lunch"].norm == (30, 35) and shares["afternoon"].norm == (25, 30)
    assert shares["lunch"].verdict == verdict(100 * lunch / 965, (30, 35))
    # A new norm without meal shares from the next day on: no meal verdict then.
    set_norm(db, "nursery", DAY + dt.timedelta(days=1), (600, 651), (13, 20), (30, 40), (47, 50))
    _menu(db, day=DAY + dt.timedelta(days=1), group="nursery")
    later = day_portion(db, DAY + dt.timedelta(days=1)).groups["nursery"].meal_shares()
    assert [(m.pct, m.verdict) for m in later] == [(None, "")] * 3
