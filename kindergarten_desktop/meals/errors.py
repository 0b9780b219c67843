"""Errors and input checks shared by the meals forms."""

from __future__ import annotations

import datetime as dt
import re

from kindergarten_desktop import months
from kindergarten_desktop.errors import AppError, message
from kindergarten_desktop.formatting import format_money

_GROUPED = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")
# Ten billion đồng: far above any receipt, payout, rate or book balance of one kindergarten, and
# far below what SQLite's 64-bit integers hold, so an amount typed with too many digits is a
# plain refusal (not an OverflowError, not a receipt of 10^17 đồng).
MAX_AMOUNT = 10_000_000_000


class MealsError(AppError):
    """Input refused: a ``meals.*`` code whose texts live in meals/messages.py.

    ``field`` (optional) names the input refused, as a key of the ``field_*`` labels, so the
    text says which box is wrong in the user's language and a form can focus it."""

    def __init__(self, code: str, /, field: str = "", **params: object) -> None:
        super().__init__(code, **params)
        self.field = field

    def text(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if self.field:
            params["field"] = message(f"meals.field_{self.field}", lang)
        return message(self.code, lang, **params)

    def __str__(self) -> str:
        return self.text("en")


def parse_money(value: object, field: str, *, allow_zero: bool = True) -> int:
    """Whole đồng from an int or a typed text ("28000", "28.000", "28 000 ₫"); ``field`` is the
    key of the input's label (meals/messages.py ``field_*``)."""
    if isinstance(value, bool):
        raise MealsError("meals.money_not_amount", field)
    if isinstance(value, float):
        if not value.is_integer():
            raise MealsError("meals.money_decimals", field)
        value = int(value)
    if isinstance(value, str):
        text = value.strip().removesuffix("₫").removesuffix("đ").strip()
        if not text:
            raise MealsError("meals.money_empty", field)
        if text.startswith("-"):
            raise MealsError("meals.money_negative", field)
        if _GROUPED.match(text):
            text = re.sub(r"[.,\s]", "", text)
        if not text.isdigit():
            raise MealsError("meals.money_letters", field)
        value = int(text)
    if not isinstance(value, int):
        raise MealsError("meals.money_not_amount", field)
    if value < 0:
        raise MealsError("meals.money_negative", field)
    if value == 0 and not allow_zero:
        raise MealsError("meals.money_zero", field)
    if value > MAX_AMOUNT:
        raise MealsError("meals.money_too_large", field, max=format_money(MAX_AMOUNT))
    return value


def month_key(day: dt.date) -> str:
    return months.key_of(day)


def parse_month(text: str) -> tuple[int, int]:
    """'2026-03' -> (2026, 3)."""
    try:
        return months.parse_month(text)
    except ValueError:
        raise MealsError("meals.month_format", "month", text=text) from None


next_month = months.next_month
previous_month = months.previous_month
