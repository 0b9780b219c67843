"""A month chooser (MM/yyyy) shared by the meals pages."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget


class MonthPicker(QDateEdit):
    monthChanged = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget | None = None) -> None:
        today = QDate.currentDate()
        super().__init__(QDate(today.year(), today.month(), 1), parent)
        self.setDisplayFormat("MM/yyyy")
        self.setCalendarPopup(True)
        self.dateChanged.connect(lambda d: self.monthChanged.emit(d.year(), d.month()))

    def year_month(self) -> tuple[int, int]:
        d = self.date()
        return d.year(), d.month()

    def set_month(self, year: int, month: int) -> None:
        self.setDate(QDate(year, month, 1))
