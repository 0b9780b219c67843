"""Dates between Python and Qt widgets, typed: PySide6 converts them at run time, but its stubs
know neither ``QDate(datetime.date)`` nor what ``QDate.toPython()`` returns.

:class:`DateField` is the date field of a dialog whose date must lie in a school year: the year is
*not* set as the widget's date range. Typed day, month, year in that order, a date passes through
intermediate dates (15/12/2025 typed over 16/03/2026 is 15/03/2026, then 15/12/2026, then
15/12/2025); a range spanning two calendar years made Qt refuse or change the intermediate month
(15/12/2025 became 16/01/2026). The range is checked when the dialog is accepted instead:
:meth:`DateField.refusal` gives the reason in the user's language and :meth:`DateField.correct`
puts the keyboard back on the field, its day selected so the next digits replace the date.

Qt also checks each intermediate date against the calendar: typed over a date of a shorter month,
a day its month lacks was changed or cut short (31/05/2026 typed over 16/04/2026 gave 30/05/2026,
30/01/2026 over 16/02/2026 gave 03/01/2026, 29/02/2024 over 16/02/2026 gave 28/02/2024).
The field therefore reads what was typed from the day on, as the user typed it, and once a whole
date is typed (two digits or a separator for the day and the month, four for the year) shows
that date: the digits typed are the date kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from kindergarten_desktop.errors import AppError


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


SEPARATORS = "/.-"


def typed_date(keys: str) -> dt.date | None:
    """The date ``keys`` (typed from the day on: ``30012026``, ``30/1/2026``, ``3/01/2026``) spell
    once complete, or None while incomplete or when no such day exists."""
    parts: list[str] = []
    current = ""
    after_two = False  # a day or month of two digits is complete: a separator typed after it is skipped
    for char in keys:
        if char in SEPARATORS:
            if after_two:
                after_two = False
                continue
            if not current or len(parts) == 2:
                return None
            parts.append(current)
            current = ""
        elif char.isdigit():
            current += char
            after_two = False
            if len(parts) < 2 and len(current) == 2:
                parts.append(current)
                current = ""
                after_two = True
        else:
            return None
    if len(parts) != 2 or len(current) != 4:
        return None
    try:
        return dt.date(int(current), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


class DateField(QDateEdit):
    """A dd/mm/yyyy date with a calendar, whose allowed period is checked on OK, not while typing."""

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self._bounds: tuple[dt.date, dt.date, str] | None = None
        self._typed: str | None = None  # the keys typed from the day on, while a date is being typed
        if day is not None:
            self.setDate(qdate(day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text()
        typing = len(key) == 1 and (key.isdigit() or key in SEPARATORS)
        if not typing:
            self._typed = None  # Tab, arrows, Backspace ...: Qt's own editing
        elif key.isdigit() and self.currentSection() == QDateEdit.Section.DaySection and (
                self._typed is None or self.lineEdit().selectedText() == self.sectionText(self.currentSection())):
            self._typed = ""  # a new date typed from its day on
        super().keyPressEvent(event)
        if not typing or self._typed is None:
            return
        self._typed += key
        day = typed_date(self._typed)
        if day is not None or len(self._typed) >= 10:
            self._typed = None
        if day is not None and self.day() != day:
            self.setDate(qdate(day))  # Qt may have cut a day its intermediate month lacks
            self.setSelectedSection(QDateEdit.Section.YearSection)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = None
        super().focusOutEvent(event)

    def day(self) -> dt.date:
        return pydate(self.date())

    def set_day(self, day: dt.date) -> None:
        self.setDate(qdate(day))

    def keep_within(self, first: dt.date, last: dt.date, year_name: str) -> None:
        """The school year the date must lie in (checked by :meth:`refusal`, never while typing)."""
        self._bounds = (first, last, year_name)

    def refusal(self) -> AppError | None:
        """Why the date shown cannot be used (outside its school year), or None."""
        self.interpretText()  # what is typed, even before the field loses the keyboard
        if self._bounds is None:
            return None
        first, last, year_name = self._bounds
        day = self.day()
        if first <= day <= last:
            return None
        return AppError("common.date_outside_year", day=day, year=year_name, first=first, last=last)

    def correct(self) -> None:
        """Put the keyboard on the field to correct it: the next digits typed replace the date."""
        self.setFocus()
        self.setSelectedSection(QDateEdit.Section.DaySection)
