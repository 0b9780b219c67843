"""Dates between Python and Qt widgets, typed: PySide6 converts them at run time, but its stubs
know neither ``QDate(datetime.date)`` nor what ``QDate.toPython()`` returns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
