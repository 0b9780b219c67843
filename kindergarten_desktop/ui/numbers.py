"""Numbers on screen in the interface language (ui.i18n sets the default QLocale: vi_VN or en_GB).

Printed documents and the CLI keep calling kindergarten_desktop.formatting, which stays Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kindergarten_desktop.formatting import format_money, format_number, normalize_decimal


def ui_number(value: float, decimals: int = 1) -> str:
    """13.8 -> '13,8' in Vietnamese, '13.8' in English."""
    return format_number(value, decimals, locale=QLocale())


def ui_money(amount: int, *, symbol: bool = True) -> str:
    """16302870 -> '16.302.870 ₫' in Vietnamese, '16,302,870 ₫' in English."""
    return format_money(amount, symbol=symbol, locale=QLocale())


def ui_decimal_text(text: str) -> str:
    """A number typed on screen ('13,8' or '13.8', grouping of the interface language) as '13.8'.

    Raises ValueError when it is not a number or a lone group separator makes it ambiguous.
    """
    return normalize_decimal(text, locale=QLocale())
