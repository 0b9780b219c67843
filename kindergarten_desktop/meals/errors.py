"""Errors and input checks shared by the meals forms."""

from __future__ import annotations

import datetime as dt
import re

_GROUPED = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")


class MealsError(ValueError):
    """Input refused, naming the field and the reason. ``reason`` is an English template
    with %1, %2 ... filled from ``args``; the UI translates field and template."""

    def __init__(self, field: str, reason: str, *args: object) -> None:
        self.field = field
        self.reason = reason
        self.args_ = tuple(str(a) for a in args)
        super().__init__(f"{field}: {fill(reason, self.args_)}")


def fill(template: str, args: tuple[str, ...]) -> str:
    for i, arg in enumerate(args, start=1):
        template = template.replace(f"%{i}", arg)
    return template


def parse_money(value: object, field: str, *, allow_zero: bool = True) -> int:
    """Whole đồng from an int or a typed text ("28000", "28.000", "28 000 ₫")."""
    if isinstance(value, bool):
        raise MealsError(field, "not an amount of money")
    if isinstance(value, float):
        if not value.is_integer():
            raise MealsError(field, "money is whole đồng, without decimals")
        value = int(value)
    if isinstance(value, str):
        text = value.strip().removesuffix("₫").removesuffix("đ").strip()
        if not text:
            raise MealsError(field, "the amount is empty")
        if text.startswith("-"):
            raise MealsError(field, "the amount cannot be negative")
        if _GROUPED.match(text):
            text = re.sub(r"[.,\s]", "", text)
        if not text.isdigit():
            raise MealsError(field, "money is whole đồng, without decimals or letters")
        value = int(text)
    if not isinstance(value, int):
        raise MealsError(field, "not an amount of money")
    if value < 0:
        raise MealsError(field, "the amount cannot be negative")
    if value == 0 and not allow_zero:
        raise MealsError(field, "the amount must be more than 0")
    return value


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(text: str) -> tuple[int, int]:
    """'2026-03' -> (2026, 3)."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise MealsError("month", "%1 is not a month written YYYY-MM", text)
    return int(match.group(1)), int(match.group(2))


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)
