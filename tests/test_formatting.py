import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from kindergarten_desktop.formatting import (
    format_date,
    format_money,
    format_number,
    normalize_decimal,
    official_date_line,
    parse_date,
)


def test_money_in_whole_dong():
    assert format_money(28000) == "28.000 ₫"
    assert format_money(1234567, symbol=False) == "1.234.567"
    assert format_money(0) == "0 ₫"
    with pytest.raises(TypeError):
        format_money(28000.0)


def test_dates():
    assert format_date(dt.date(2025, 9, 5)) == "05/09/2025"
    assert format_date(None) == ""
    assert parse_date("05/09/2025") == dt.date(2025, 9, 5)
    assert parse_date("5.9.2025") == dt.date(2025, 9, 5)
    assert parse_date("2025-09-05") == dt.date(2025, 9, 5)
    for bad in ("", "31/02/2025", "hôm qua", "2025/09"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_numbers_and_official_date_line():
    assert format_number(29.25, 1) in ("29,2", "29,3")
    assert format_number(12.5) == "12,5"
    assert official_date_line("An Khánh", dt.date(2025, 2, 5)) == "An Khánh, ngày 05 tháng 02 năm 2025"


EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_numbers_and_money_in_the_given_locale():
    assert format_number(13.8, 1, locale=EN) == "13.8"
    assert format_number(13.8, 1) == "13,8"
    assert format_number(12345.678, 2, locale=EN) == "12,345.68"
    assert format_money(16302870, locale=EN) == "16,302,870 ₫"
    assert format_money(16302870) == "16.302.870 ₫"
    assert format_money(28000, symbol=False, locale=EN) == "28,000"


@pytest.mark.parametrize(("text", "vi", "en"), [
    ("13,8", "13.8", "13.8"),
    ("13.8", "13.8", "13.8"),
    (" 2,0 ", "2.0", "2.0"),
    ("1.234,5", "1234.5", ValueError),
    ("1,234.5", ValueError, "1234.5"),
    ("1.000", ValueError, "1.000"),  # a thousand or one in Vietnamese: refused, not guessed
    ("1,000", "1.000", ValueError),
    ("1.000.000", "1000000", ValueError),
    ("1,2,3", ValueError, ValueError),
    ("", "", ""),
])
def test_typed_decimals_in_either_language(text, vi, en):
    for locale, expected in ((None, vi), (EN, en)):
        if expected is ValueError:
            with pytest.raises(ValueError):
                normalize_decimal(text, locale=locale)
        else:
            assert normalize_decimal(text, locale=locale) == expected
