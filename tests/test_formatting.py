import datetime as dt

import pytest

from kindergarten_desktop.formatting import (
    format_date,
    format_money,
    format_number,
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
