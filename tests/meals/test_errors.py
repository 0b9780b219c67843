import datetime as dt

import pytest

from kindergarten_desktop.meals.errors import MealsError, month_key, next_month, parse_money, parse_month


@pytest.mark.parametrize("text, value", [("28000", 28000), ("28.000", 28000), ("1.250.000 ₫", 1250000),
                                         ("28 000", 28000), (28000, 28000), (0, 0), (25000.0, 25000)])
def test_money_accepts_whole_dong(text, value):
    assert parse_money(text, "food") == value


@pytest.mark.parametrize("bad", ["-5", -5, "12,5", 12.5, "abc", "", "  ", None, True, "1.2.3"])
def test_money_refuses_negative_fractions_and_text(bad):
    with pytest.raises(MealsError) as err:
        parse_money(bad, "food")
    assert err.value.field == "food"


def test_zero_refused_when_not_allowed():
    with pytest.raises(MealsError, match="(?i)more than 0"):
        parse_money("0", "amount", allow_zero=False)


def test_months():
    assert month_key(dt.date(2026, 3, 5)) == "2026-03"
    assert parse_month("2026-3") == (2026, 3)
    assert next_month(2025, 12) == (2026, 1)
    with pytest.raises(MealsError, match="(?i)2026-13"):
        parse_month("2026-13")
