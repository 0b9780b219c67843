"""Role, area and table names as the interface shows them (translated through Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from kindergarten_desktop.db.permissions import ROLES


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountLabels", text)


def role_label(role: str) -> str:
    return {
        "principal": _t("principal"), "accountant": _t("accountant"), "nurse": _t("nurse"),
        "kitchen": _t("kitchen"), "teacher": _t("teacher"),
    }.get(role, role)


def roles_text(roles: Iterable[str]) -> str:
    chosen = set(roles)
    return ", ".join(role_label(r) for r in ROLES if r in chosen) or _t("no role")


def area_label(area: str) -> str:
    return {
        "school": _t("School settings and school years"), "roster": _t("Classes and children's records"),
        "attendance": _t("Attendance"), "growth": _t("Growth measurements"),
        "meals": _t("Meals, fees, discounts and receipts"), "closing": _t("Closing and reopening months"),
        "market": _t("Market book and purchases"), "stock": _t("Stock"),
        "kitchen": _t("Menus and food inspection"), "agenda": _t("Monthly agenda"), "accounts": _t("Accounts"),
    }.get(area, area)


def action_label(action: str) -> str:
    return {"insert": _t("added"), "update": _t("changed"), "delete": _t("deleted")}.get(action, action)


def table_label(table: str) -> str:
    return {
        "child": _t("Child's record"), "child_circumstance": _t("Child's circumstances"),
        "enrollment": _t("Enrolment and movements"), "class": _t("Class"), "class_staff": _t("Class teachers"),
        "staff": _t("Staff"), "school": _t("School settings"), "school_year": _t("School year"),
        "school_calendar_exception": _t("School calendar"), "attendance": _t("Attendance"),
        "growth_round": _t("Measurement round"), "measurement": _t("Measurement"), "meal_rate": _t("Meal rate"),
        "monthly_fee": _t("Monthly fee"), "meal_override": _t("Meal exception"), "staff_meal": _t("Staff meals"),
        "meal_payment": _t("Receipt"), "meal_discount": _t("Discount"), "meal_month_event": _t("Month closing"),
        "meal_closing_balance": _t("Closing balance"), "supplier": _t("Supplier"), "market_item": _t("Market item"),
        "purchase": _t("Purchase"), "stock_use": _t("Stock use"), "daily_menu": _t("Menu"),
        "agenda_item": _t("Agenda item"), "agenda_recurring": _t("Recurring agenda item"),
        "agenda_recurring_skip": _t("Recurring item skipped"), "account": _t("Account"),
        "account_role": _t("Account role"), "account_class": _t("Teacher's class"), "setting": _t("Setting"),
    }.get(table, table)
