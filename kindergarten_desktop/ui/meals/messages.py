"""Vietnamese for the domain's refusals: MealsError carries an English field and reason
template; the strings are listed here so lupdate puts them into kd_meals_vi.ts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kindergarten_desktop.meals.errors import MealsError, fill

CONTEXT = "MealsMessages"

_KNOWN = (
    # fields
    QT_TRANSLATE_NOOP("MealsMessages", "amount"), QT_TRANSLATE_NOOP("MealsMessages", "category"),
    QT_TRANSLATE_NOOP("MealsMessages", "child"), QT_TRANSLATE_NOOP("MealsMessages", "closed by"),
    QT_TRANSLATE_NOOP("MealsMessages", "collection mode"), QT_TRANSLATE_NOOP("MealsMessages", "date"),
    QT_TRANSLATE_NOOP("MealsMessages", "effective from"), QT_TRANSLATE_NOOP("MealsMessages", "fee name"),
    QT_TRANSLATE_NOOP("MealsMessages", "food"), QT_TRANSLATE_NOOP("MealsMessages", "fuel"),
    QT_TRANSLATE_NOOP("MealsMessages", "other"), QT_TRANSLATE_NOOP("MealsMessages", "item"),
    QT_TRANSLATE_NOOP("MealsMessages", "method"), QT_TRANSLATE_NOOP("MealsMessages", "month"),
    QT_TRANSLATE_NOOP("MealsMessages", "quantity"), QT_TRANSLATE_NOOP("MealsMessages", "reason"),
    QT_TRANSLATE_NOOP("MealsMessages", "refunded absences"),
    QT_TRANSLATE_NOOP("MealsMessages", "refunded components"),
    QT_TRANSLATE_NOOP("MealsMessages", "reopened by"), QT_TRANSLATE_NOOP("MealsMessages", "rule"),
    QT_TRANSLATE_NOOP("MealsMessages", "staff meals"), QT_TRANSLATE_NOOP("MealsMessages", "supplier"),
    QT_TRANSLATE_NOOP("MealsMessages", "unit price"), QT_TRANSLATE_NOOP("MealsMessages", "discount"),
    QT_TRANSLATE_NOOP("MealsMessages", "payment"), QT_TRANSLATE_NOOP("MealsMessages", "purchase"),
    QT_TRANSLATE_NOOP("MealsMessages", "rate"), QT_TRANSLATE_NOOP("MealsMessages", "fee"),
    QT_TRANSLATE_NOOP("MealsMessages", "meal override"), QT_TRANSLATE_NOOP("MealsMessages", "lunch support"),
    QT_TRANSLATE_NOOP("MealsMessages", "lunch support max months"),
    QT_TRANSLATE_NOOP("MealsMessages", "payment warning"),
    # reasons
    QT_TRANSLATE_NOOP("MealsMessages", "%1 is more than %2: is the amount right?"),
    QT_TRANSLATE_NOOP("MealsMessages", "must be all, nursery or kindergarten"),
    QT_TRANSLATE_NOOP("MealsMessages", "must be nursery or kindergarten"),
    QT_TRANSLATE_NOOP("MealsMessages", "no child with number %1"),
    QT_TRANSLATE_NOOP("MealsMessages", "say who closes the month"),
    QT_TRANSLATE_NOOP("MealsMessages", "must be one of %1"),
    QT_TRANSLATE_NOOP("MealsMessages", "a date is required"),
    QT_TRANSLATE_NOOP("MealsMessages", "a payment cannot be dated in the future"),
    QT_TRANSLATE_NOOP("MealsMessages", "the name is empty"),
    QT_TRANSLATE_NOOP("MealsMessages", "the daily rate cannot be 0"),
    QT_TRANSLATE_NOOP("MealsMessages", "the item is empty"),
    QT_TRANSLATE_NOOP("MealsMessages", "must be cash or transfer"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 is not a month written YYYY-MM"),
    QT_TRANSLATE_NOOP("MealsMessages", "month %1 is already closed"),
    QT_TRANSLATE_NOOP("MealsMessages", "month %1 is not closed"),
    QT_TRANSLATE_NOOP("MealsMessages", "months close in order: close %1 first"),
    QT_TRANSLATE_NOOP("MealsMessages", "reopen the later months first, from %1 back"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 is not a number"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 is not a plausible quantity"),
    QT_TRANSLATE_NOOP("MealsMessages", "the quantity is empty"),
    QT_TRANSLATE_NOOP("MealsMessages", "the quantity must be more than 0"),
    QT_TRANSLATE_NOOP("MealsMessages", "say why the discount is given"),
    QT_TRANSLATE_NOOP("MealsMessages", "say who reopens the month"),
    QT_TRANSLATE_NOOP("MealsMessages", "must be enrolled or attended"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 staff meals in one day is not plausible"),
    QT_TRANSLATE_NOOP("MealsMessages", "must be a whole number, 0 or more"),
    QT_TRANSLATE_NOOP("MealsMessages", "a purchase needs its unit price"),
    QT_TRANSLATE_NOOP("MealsMessages", "not an amount of money"),
    QT_TRANSLATE_NOOP("MealsMessages", "money is whole đồng, without decimals"),
    QT_TRANSLATE_NOOP("MealsMessages", "money is whole đồng, without decimals or letters"),
    QT_TRANSLATE_NOOP("MealsMessages", "the amount is empty"),
    QT_TRANSLATE_NOOP("MealsMessages", "the amount cannot be negative"),
    QT_TRANSLATE_NOOP("MealsMessages", "the amount must be more than 0"),
    QT_TRANSLATE_NOOP("MealsMessages", "no daily rate covers some school days of month %1: set the rate first"),
    QT_TRANSLATE_NOOP("MealsMessages", "the books are closed up to %1; reopen month %1 first to change %2"),
    QT_TRANSLATE_NOOP("MealsMessages", "stock use"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 is not in the list of items: buy it first"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 has stock uses recorded: it stays in the store"),
    QT_TRANSLATE_NOOP("MealsMessages", "%1 is not kept in the store"),
    QT_TRANSLATE_NOOP("MealsMessages", "only %1 %2 of %3 in store on %4"),
    QT_TRANSLATE_NOOP("MealsMessages", "the store would run short of %1 on %2"),
)


def explain(error: MealsError) -> str:
    """'Field: reason' in the user's language."""
    field = QCoreApplication.translate(CONTEXT, error.field)
    reason = fill(QCoreApplication.translate(CONTEXT, error.reason), error.args_)
    return f"{field[:1].upper()}{field[1:]}: {reason}"


def show_error(parent: QWidget, title: str, error: MealsError) -> None:
    QMessageBox.warning(parent, title, explain(error))
