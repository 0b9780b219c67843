"""Role, area and table names as the interface shows them (translated through Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from kindergarten_desktop.db.permissions import ROLES


def role_label(role: str) -> str:
    return {
        "principal": QCoreApplication.translate("AccountLabels", "principal"),
        "accountant": QCoreApplication.translate("AccountLabels", "accountant"),
        "nurse": QCoreApplication.translate("AccountLabels", "nurse"),
        "kitchen": QCoreApplication.translate("AccountLabels", "kitchen"),
        "teacher": QCoreApplication.translate("AccountLabels", "teacher"),
    }.get(role, role)


def roles_text(roles: Iterable[str]) -> str:
    chosen = set(roles)
    found = ", ".join(role_label(r) for r in ROLES if r in chosen)
    return found or QCoreApplication.translate("AccountLabels", "no role")


def area_label(area: str) -> str:
    return {
        "school": QCoreApplication.translate("AccountLabels", "School settings and school years"),
        "roster": QCoreApplication.translate("AccountLabels", "Classes and children's records"),
        "attendance": QCoreApplication.translate("AccountLabels", "Attendance"),
        "growth": QCoreApplication.translate("AccountLabels", "Growth measurements"),
        "meals": QCoreApplication.translate("AccountLabels", "Meals, fees, discounts and receipts"),
        "closing": QCoreApplication.translate("AccountLabels", "Closing months"),
        "reopening": QCoreApplication.translate("AccountLabels", "Reopening closed months"),
        "market": QCoreApplication.translate("AccountLabels", "Market book and purchases"),
        "stock": QCoreApplication.translate("AccountLabels", "Stock"),
        "suppliers": QCoreApplication.translate("AccountLabels", "Suppliers"),
        "kitchen": QCoreApplication.translate("AccountLabels", "Menus and food inspection"),
        "agenda": QCoreApplication.translate("AccountLabels", "Monthly agenda"),
        "accounts": QCoreApplication.translate("AccountLabels", "Accounts"),
    }.get(area, area)


def action_label(action: str) -> str:
    return {"insert": QCoreApplication.translate("AccountLabels", "added"),
        "update": QCoreApplication.translate("AccountLabels", "changed"),
        "delete": QCoreApplication.translate("AccountLabels", "deleted")}.get(action, action)


def table_label(table: str) -> str:
    return {
        "child": QCoreApplication.translate("AccountLabels", "Child's record"),
        "child_circumstance": QCoreApplication.translate("AccountLabels", "Child's circumstances"),
        "enrollment": QCoreApplication.translate("AccountLabels", "Enrolment and movements"),
        "class": QCoreApplication.translate("AccountLabels", "Class"),
        "class_staff": QCoreApplication.translate("AccountLabels", "Class teachers"),
        "staff": QCoreApplication.translate("AccountLabels", "Staff"),
        "school": QCoreApplication.translate("AccountLabels", "School settings"),
        "school_year": QCoreApplication.translate("AccountLabels", "School year"),
        "school_calendar_exception": QCoreApplication.translate("AccountLabels", "School calendar"),
        "attendance": QCoreApplication.translate("AccountLabels", "Attendance"),
        "growth_round": QCoreApplication.translate("AccountLabels", "Measurement round"),
        "measurement": QCoreApplication.translate("AccountLabels", "Measurement"),
        "meal_rate": QCoreApplication.translate("AccountLabels", "Meal rate"),
        "monthly_fee": QCoreApplication.translate("AccountLabels", "Monthly fee"),
        "meal_override": QCoreApplication.translate("AccountLabels", "Meal exception"),
        "staff_meal": QCoreApplication.translate("AccountLabels", "Staff meals"),
        "meal_payment": QCoreApplication.translate("AccountLabels", "Receipt"),
        "meal_discount": QCoreApplication.translate("AccountLabels", "Discount"),
        "meal_month_event": QCoreApplication.translate("AccountLabels", "Month closing"),
        "meal_closing_balance": QCoreApplication.translate("AccountLabels", "Closing balance"),
        "supplier": QCoreApplication.translate("AccountLabels", "Supplier"),
        "market_item": QCoreApplication.translate("AccountLabels", "Market item"),
        "purchase": QCoreApplication.translate("AccountLabels", "Purchase"),
        "stock_use": QCoreApplication.translate("AccountLabels", "Stock use"),
        "daily_menu": QCoreApplication.translate("AccountLabels", "Menu"),
        "agenda_item": QCoreApplication.translate("AccountLabels", "Agenda item"),
        "agenda_recurring": QCoreApplication.translate("AccountLabels", "Recurring agenda item"),
        "agenda_recurring_skip": QCoreApplication.translate("AccountLabels", "Recurring item skipped"),
        "account": QCoreApplication.translate("AccountLabels", "Account"),
        "account_role": QCoreApplication.translate("AccountLabels", "Account role"),
        "account_class": QCoreApplication.translate("AccountLabels", "Teacher's class"),
        "setting": QCoreApplication.translate("AccountLabels", "Setting"),
        "enrollment_correction": QCoreApplication.translate("AccountLabels", "Enrolment correction"),
        "growth_round_narrative": QCoreApplication.translate("AccountLabels", "Round assessment"),
        "meal_payout": QCoreApplication.translate("AccountLabels", "Payout"),
        "meal_standing_discount": QCoreApplication.translate("AccountLabels", "Standing discount"),
        "meal_book_opening": QCoreApplication.translate("AccountLabels", "Opening balance of a book"),
        "lunch_support_rule": QCoreApplication.translate("AccountLabels", "Lunch support rule"),
        "stock_adjustment": QCoreApplication.translate("AccountLabels", "Stock adjustment"),
        "food": QCoreApplication.translate("AccountLabels", "Food"),
        "dish": QCoreApplication.translate("AccountLabels", "Dish"),
        "dish_ingredient": QCoreApplication.translate("AccountLabels", "Dish ingredient"),
        "menu_line": QCoreApplication.translate("AccountLabels", "Menu line"),
        "rotation_line": QCoreApplication.translate("AccountLabels", "Rotation menu line"),
        "kitchen_order": QCoreApplication.translate("AccountLabels", "Day's market order"),
        "inspection": QCoreApplication.translate("AccountLabels", "Food inspection"),
        "food_sample": QCoreApplication.translate("AccountLabels", "Kept food sample"),
        "nutrition_norm": QCoreApplication.translate("AccountLabels", "Nutrition norm"),
        "nutrition_meal_share": QCoreApplication.translate("AccountLabels", "Meal's share of the day"),
        "document_settings": QCoreApplication.translate("AccountLabels", "Document settings"),
    }.get(table, table)


def place_label(tab: str, page: str = "") -> str:
    """A page of the window (ui/accounts/session_ui.PLACES) as the user finds it."""
    return {
        ("roster", ""): QCoreApplication.translate("AccountLabels", "Class rosters tab"),
        ("growth", ""): QCoreApplication.translate("AccountLabels", "Growth tab"),
        ("meals", "count"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Meal count"),
        ("meals", "ledger"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Monthly ledger"),
        ("meals", "discounts"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Discounts"),
        ("meals", "payments"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Receipts and debts"),
        ("meals", "market"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Market book and menu"),
        ("meals", "stock"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Store and stock cards"),
        ("meals", "rates"): QCoreApplication.translate("AccountLabels", "Meals & fees ▸ Rates and rules"),
        ("agenda", ""): QCoreApplication.translate("AccountLabels", "Monthly agenda tab"),
        ("kitchen", ""): QCoreApplication.translate("AccountLabels", "Kitchen tab"),
    }.get((tab, page), f"{tab} {page}".strip())
