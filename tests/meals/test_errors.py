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


def test_the_field_label_is_in_the_users_language():
    with pytest.raises(MealsError) as err:
        parse_money("-5", "unit_price")
    assert err.value.text("vi") == "Đơn giá: số tiền không được âm."
    assert err.value.text("en") == "Unit price: the amount cannot be negative."
    assert str(err.value) == err.value.text("en")


def test_every_field_named_in_the_package_has_a_label():
    """MealsError("meals.code", "field", ...) and parse_money(value, "field") name a field_* label."""
    import re
    from pathlib import Path

    import kindergarten_desktop
    from kindergarten_desktop.meals.messages import MESSAGES

    package = Path(kindergarten_desktop.__file__).parent
    pattern = re.compile(r"""(?:MealsError|NeedsConfirmation)\(\s*"meals\.\w+",\s*"(\w+)"|"""
                         r"""parse_money\([^,()]+,\s*"(\w+)\"""")
    missing, seen = set(), 0
    for path in package.rglob("*.py"):
        for found in pattern.findall(path.read_text(encoding="utf-8")):
            seen += 1
            field = next(f for f in found if f)
            if f"field_{field}" not in MESSAGES:
                missing.add(f"{path.name}: {field}")
    assert seen > 30 and not missing, sorted(missing)
