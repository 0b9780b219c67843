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
    """The refusal in the interface language, naming the field."""
    reasons = {
        "title_empty": QCoreApplication.translate("AgendaLabels", "the work to do must be written"),
        "outside_year": QCoreApplication.translate("AgendaLabels", "it is outside the school year"),
        "end_without_start": QCoreApplication.translate("AgendaLabels", "an end date needs a start date"),
        "end_before_start": QCoreApplication.translate("AgendaLabels", "the end date is before the start date"),
        "deadline_before_start": QCoreApplication.translate("AgendaLabels", "the deadline is before the start date"),
        "bad_week": QCoreApplication.translate("AgendaLabels", "the week must be 1 to 5"),
        "dated_week": QCoreApplication.translate(
            "AgendaLabels", "a dated item stays in the week of its date; change its date instead"),
        "plan_not_empty": QCoreApplication.translate("AgendaLabels", "this school year already has a plan"),
        "source_empty": QCoreApplication.translate("AgendaLabels", "the previous school year has no plan to copy"),
        "same_year": QCoreApplication.translate("AgendaLabels", "a plan cannot be copied onto itself"),
        "missing": QCoreApplication.translate("AgendaLabels", "the item no longer exists"),
    }
    reason = reasons.get(error.code, str(error))
    text = QCoreApplication.translate("AgendaLabels", "%1: %2")
    return text.replace("%1", field_label(error.field)).replace("%2", reason)
