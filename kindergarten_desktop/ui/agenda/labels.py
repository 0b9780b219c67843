"""Translated words of the agenda: statuses, weeks, refusals from the domain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kindergarten_desktop.agenda import AgendaError


def ui_language() -> str:
    """'vi' or 'en', as chosen in the Language menu (it sets the default locale)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def status_label(status: str) -> str:
    return {
        "planned": QCoreApplication.translate("AgendaLabels", "Planned"),
        "done": QCoreApplication.translate("AgendaLabels", "Done"),
        "postponed": QCoreApplication.translate("AgendaLabels", "Postponed"),
        "cancelled": QCoreApplication.translate("AgendaLabels", "Cancelled"),
    }[status]


def week_label(week: int | None) -> str:
    if not week:
        return QCoreApplication.translate("AgendaLabels", "Whole month")
    return QCoreApplication.translate("AgendaLabels", "Week %1").replace("%1", str(week))


def month_label(year: int, month: int) -> str:
    text = QCoreApplication.translate("AgendaLabels", "Month %1/%2")
    return text.replace("%1", f"{month:02d}").replace("%2", str(year))


def field_label(field: str) -> str:
    return {
        "title": QCoreApplication.translate("AgendaLabels", "Work"),
        "start_date": QCoreApplication.translate("AgendaLabels", "Date"),
        "end_date": QCoreApplication.translate("AgendaLabels", "End date"),
        "deadline": QCoreApplication.translate("AgendaLabels", "Deadline"),
        "month": QCoreApplication.translate("AgendaLabels", "Month"),
        "week": QCoreApplication.translate("AgendaLabels", "Week"),
        "status": QCoreApplication.translate("AgendaLabels", "Status"),
        "skipped": QCoreApplication.translate("AgendaLabels", "Months"),
        "year": QCoreApplication.translate("AgendaLabels", "School year"),
    }.get(field, field)


def error_text(error: AgendaError) -> str:
    """The refusal in the interface language (errors.py follows it), naming the field."""
    reason = error.text()
    text = QCoreApplication.translate("AgendaLabels", "%1: %2")
    return text.replace("%1", field_label(error.field)).replace("%2", reason)
