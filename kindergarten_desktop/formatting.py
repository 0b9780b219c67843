"""Display formats: money in whole đồng, dd/mm/yyyy dates.

Numbers use QLocale vi_VN unless a locale is given: printed documents and the CLI stay Vietnamese,
the interface passes the locale of its language (ui/numbers.py).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from PySide6.QtCore import QDate, QLocale


@cache
def vi_locale() -> QLocale:
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def format_money(amount: int, *, symbol: bool = True, locale: QLocale | None = None) -> str:
    """28000 -> '28.000 ₫' (whole đồng; money is never a float); en_GB -> '28,000 ₫'."""
    if isinstance(amount, float):
        raise TypeError("money must be an int number of đồng")
    text = (locale or vi_locale()).toString(int(amount))
    return f"{text} ₫" if symbol else text


def format_number(value: float, decimals: int = 1, *, locale: QLocale | None = None) -> str:
    """29.3 -> '29,3'; en_GB -> '29.3'. No digit grouping below 1000 in either."""
    return (locale or vi_locale()).toString(float(value), "f", decimals)


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


def normalize_decimal(text: str, *, locale: QLocale | None = None) -> str:
    """A typed decimal number as Python reads it: '13,8' or '13.8' -> '13.8'; '1.234,5' (vi) -> '1234.5'.

    Either separator is read as the decimal point when it appears once and cannot be digit grouping.
    A lone group separator of ``locale`` before exactly three digits ('1.000' in vi_VN, '1,000' in
    en_GB) could mean a thousand or one, so it raises ValueError rather than guess. None = vi_VN.
    """
    loc = locale or vi_locale()
    point, group = loc.decimalPoint(), loc.groupSeparator()
    t = text.strip()
    if group in ".," and point in ".,":
        g, p = re.escape(group), re.escape(point)
        if re.fullmatch(rf"\d{{1,3}}(?:{g}\d{{3}})+{p}\d+|\d{{1,3}}(?:{g}\d{{3}}){{2,}}", t):
            return t.replace(group, "").replace(point, ".")
        if re.fullmatch(rf"\d{{1,3}}{g}\d{{3}}", t):
            raise ValueError(f"ambiguous number: {text!r}")
    if t.count(",") + t.count(".") > 1:
        raise ValueError(f"not a number: {text!r}")
    return t.replace(",", ".")


# --- user text in spreadsheets is never a formula (OWASP "CSV injection") ----------------
# User text in spreadsheets is never a formula (OWASP "CSV injection").
#
# A name, a note or an address typed or imported by someone may start with ``=``, ``+``, ``-``,
# ``@``, a tab or a carriage return; Excel and LibreOffice run such a cell as a formula when they
# open a CSV file (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). CSV writers pass every cell through
# :func:`csv_cell`, which prefixes such text with ``'`` (shown as text, the quote hidden). Numbers,
# and text that is only a number ("-1,23", a z-score written as text), are left as they are.
# Excel writers store strings as text cells instead (reports.excel.set_value).

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def formula_like(text: str) -> bool:
    """True for text a spreadsheet would take for a formula."""
    return text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text.strip())


def csv_cell(value: Any) -> Any:
    """``value`` made safe to write into a CSV cell."""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value
