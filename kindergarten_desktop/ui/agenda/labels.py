"""Translated words of the agenda: statuses, weeks, refusals from the domain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kindergarten_desktop.agenda import AgendaError


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaLabels", text)


def ui_language() -> str:
    """'vi' or 'en', as chosen in the Language menu (it sets the default locale)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def status_label(status: str) -> str:
    return {
        "planned": _tr("Planned"),
        "done": _tr("Done"),
        "postponed": _tr("Postponed"),
        "cancelled": _tr("Cancelled"),
    }[status]


def week_label(week: int | None) -> str:
    return _tr("Whole month") if not week else _tr("Week %1").replace("%1", str(week))


def month_label(year: int, month: int) -> str:
    return _tr("Month %1/%2").replace("%1", f"{month:02d}").replace("%2", str(year))


def field_label(field: str) -> str:
    return {
        "title": _tr("Work"),
        "start_date": _tr("Date"),
        "end_date": _tr("End date"),
        "deadline": _tr("Deadline"),
        "month": _tr("Month"),
        "week": _tr("Week"),
        "status": _tr("Status"),
        "skipped": _tr("Months"),
        "year": _tr("School year"),
    }.get(field, field)


def error_text(error: AgendaError) -> str:
    """The refusal in the interface language, naming the field."""
    reasons = {
        "title_empty": _tr("the work to do must be written"),
        "outside_year": _tr("it is outside the school year"),
        "end_without_start": _tr("an end date needs a start date"),
        "end_before_start": _tr("the end date is before the start date"),
        "deadline_before_start": _tr("the deadline is before the start date"),
        "bad_week": _tr("the week must be 1 to 5"),
        "dated_week": _tr("a dated item stays in the week of its date; change its date instead"),
        "plan_not_empty": _tr("this school year already has a plan"),
        "source_empty": _tr("the previous school year has no plan to copy"),
        "same_year": _tr("a plan cannot be copied onto itself"),
        "missing": _tr("the item no longer exists"),
    }
    reason = reasons.get(error.code, str(error))
    return _tr("%1: %2").replace("%1", field_label(error.field)).replace("%2", reason)
