"""Vietnamese display formats (QLocale vi_VN): money in whole đồng, dd/mm/yyyy dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from PySide6.QtCore import QDate, QLocale


@cache
def vi_locale() -> QLocale:
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def format_money(amount: int, *, symbol: bool = True) -> str:
    """28000 -> '28.000 ₫' (whole đồng; money is never a float)."""
    if isinstance(amount, float):
        raise TypeError("money must be an int number of đồng")
    text = vi_locale().toString(int(amount))
    return f"{text} ₫" if symbol else text


def format_number(value: float, decimals: int = 1) -> str:
    """29.3 -> '29,3'."""
    return vi_locale().toString(float(value), "f", decimals)


def format_date(value: dt.date | None) -> str:
    """date(2025, 9, 5) -> '05/09/2025'; None -> ''."""
    if value is None:
        return ""
    return vi_locale().toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> dt.date:
    """Accept 'dd/mm/yyyy' (also with '.' or '-') and ISO 'yyyy-mm-dd'. Raises ValueError."""
    if m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(f"not a date (expected dd/mm/yyyy): {text!r}")
    return dt.date(year, month, day)


def official_date_line(place: str, day: dt.date) -> str:
    """'<place>, ngày 05 tháng 09 năm 2025' (Nghị định 30/2020: leading zero below 10)."""
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
