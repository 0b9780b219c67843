"""The name of each report kind on screen, in the interface language.

A kind's ``title`` (reports/kinds/) is Vietnamese: it is the document's own name, printed on
the official document whatever the interface language. The menus, the report dialog and the
save/print messages show :func:`kind_title`, which gives the English name in the English
interface (``errors.current_language()``, set with the interface language by ui/i18n.py).
tests/reports/test_titles.py checks that every registered kind has one.
"""

from __future__ import annotations

from kindergarten_desktop.errors import current_language
from kindergarten_desktop.reports.registry import ReportKind

ENGLISH: dict[str, str] = {
    "attendance": "Monthly attendance sheet",
    "receipts-list": "List of receipts",
    "nutrition": "Daily portion calculation",
    "growth-summary": "Measurement round report",
    "daily-posting": "Day's meal finances notice",
    "collection-list": "Meal fee collection list by class",
    "debt-list": "Children still owing meal fees",
    "lunch-support": "Children receiving lunch support",
    "class-list": "Children by class",
    "agenda-year": "Focus plan for the school year",
    "agenda": "Monthly focus plan",
    "kitchen-slip": "Meal count slip for the kitchen",
    "growth-cards": "Child growth cards",
    "growth-parent-note": "Measurement results note for parents",
    "meals-receipts": "Monthly meal fee receipts",
    "market-book": "Monthly market book (meal money book)",
    "inspection-book": "Three-step food inspection book",
    "sample-book": "Food sample book",
    "cash-book": "Cash book",
    "meals-ledger": "Monthly meal fee ledger",
    "bank-book": "Bank book (transfers)",
    "stock-card": "Dry-goods stock card",
    "meals-statements": "Monthly meal fee notices",
    "school-stats": "School statistics by age group",
    "menu-week": "Weekly menu (notice for parents)",
    "growth-quality": "Measurement data quality summary",
}


def kind_title(kind: ReportKind, lang: str | None = None) -> str:
    """``kind``'s name for the screen: Vietnamese (its document title) or English."""
    if (lang or current_language()) == "en":
        return ENGLISH.get(kind.name, kind.title)
    return kind.title
