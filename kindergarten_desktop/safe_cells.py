"""User text in spreadsheets is never a formula (OWASP "CSV injection").

A name, a note or an address typed or imported by someone may start with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return; Excel and LibreOffice run such a cell as a formula when they
open a CSV file (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). CSV writers pass every cell through
:func:`csv_cell`, which prefixes such text with ``'`` (shown as text, the quote hidden). Numbers,
and text that is only a number ("-1,23", a z-score written as text), are left as they are.
Excel writers store strings as text cells instead (reports.excel.set_value).
"""

from __future__ import annotations

import re
from typing import Any

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
