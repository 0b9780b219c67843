"""Growth-speed limits (growth/velocity.py): what asks and what does not, as the README writes them."""

import datetime as dt

import pytest

from kindergarten_desktop.growth.velocity import Reading, check_changes, z_rise

BOY_4Y = dt.date(2021, 9, 1)  # four years old at the first round
SEPT, DEC, NOV = dt.date(2025, 9, 20), dt.date(2026, 1, 15), dt.date(2025, 11, 29)  # a term; ten weeks


def codes(sex, birth, before, after):
    return [p.code for p in check_changes([sex], [birth], [before], [after])[0]]


@pytest.mark.parametrize("sex", [1, 2])
@pytest.mark.parametrize("birth", [dt.date(2023, 9, 1), BOY_4Y, dt.date(2020, 6, 1)])  # 2, 4 and 5 years
def test_an_ordinary_term_does_not_ask(sex, birth):
    before = Reading(SEPT, 15.8, 100.0, None)
    assert codes(sex, birth, before, Reading(DEC, round(15.8 * 1.03, 1), 101.5, None)) == []


@pytest.mark.parametrize("birth", [dt.date(2023, 9, 1), BOY_4Y, dt.date(2020, 6, 1)])
def test_ten_kilos_or_eight_centimetres_in_a_term_ask(birth):
    before = Reading(SEPT, 15.8, 100.0, None)
    assert codes(1, birth, before, Reading(DEC, 25.8, 101.0, None)) == ["weight_gain_fast"]  # the typo 15,8 -> 25,8
    assert codes(1, birth, before, Reading(DEC, 16.2, 108.0, None)) == ["height_gain_fast"]
    assert codes(2, birth, before, Reading(NOV, 27.5, 108.0, None)) == ["weight_gain_fast", "height_gain_fast"]


def test_the_question_says_how_much_and_what_is_plausible():
    problem = check_changes([1], [BOY_4Y], [Reading(SEPT, 15.8, 100.0, None)], [Reading(NOV, 27.5, 100.5, None)])[0][0]
    assert problem.values["gain"] == 11.7 and problem.values["days"] == 70
    assert 1.0 < problem.values["limit"] < 4.0  # about one SD of weight at four years, plus the scale
    assert "11,7 kg" in problem.text("vi") and "70" in problem.text("en")


def test_height_loss_beyond_measurement_error_and_lying_to_standing():
    before = Reading(SEPT, 15.8, 100.0, "h")
    assert codes(1, BOY_4Y, before, Reading(DEC, 16.0, 99.2, "h")) == []  # 0.8 cm: measurement error
    assert codes(1, BOY_4Y, before, Reading(DEC, 16.0, 98.8, "h")) == ["height_drop"]
    # Turning two: 86.0 cm lying at 23 months, 85.6 standing at 26 months is growth (0.7 cm difference).
    toddler = dt.date(2023, 10, 20)
    assert codes(2, toddler, Reading(SEPT, 11.5, 86.0, "l"), Reading(DEC, 11.9, 85.6, "h")) == []
    assert codes(2, toddler, Reading(SEPT, 11.5, 86.0, "l"), Reading(DEC, 11.9, 84.0, None)) == ["height_drop"]


def test_weight_loss_over_ten_percent_asks_and_nothing_to_compare_does_not():
    before = Reading(SEPT, 15.0, 100.0, None)
    assert codes(1, BOY_4Y, before, Reading(DEC, 13.4, None, None)) == ["weight_drop"]
    assert codes(1, BOY_4Y, before, Reading(DEC, 13.6, None, None)) == []
    assert codes(1, BOY_4Y, None, Reading(DEC, 40.0, 120.0, None)) == []
    assert codes(1, BOY_4Y, Reading(SEPT, None, 100.0, None), Reading(DEC, 25.0, None, None)) == []


def test_infants_grow_fast_without_asking_but_not_that_fast():
    baby = dt.date(2025, 8, 1)  # 7 weeks old in September
    assert codes(1, baby, Reading(SEPT, 5.0, 57.0, "l"), Reading(dt.date(2025, 10, 20), 6.3, 61.0, "l")) == []
    assert codes(1, baby, Reading(SEPT, 5.0, 57.0, "l"), Reading(dt.date(2025, 10, 20), 9.0, 70.0, "l")) == \
        ["weight_gain_fast", "height_gain_fast"]


def test_longer_intervals_allow_more_weight_change():
    assert z_rise(30) == z_rise(180) == 1.0
    assert 1.0 < z_rise(365) < 2.0 and z_rise(2 * 365.25) == 2.0 and z_rise(2000) == 2.0
