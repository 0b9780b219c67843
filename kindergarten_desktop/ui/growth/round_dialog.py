"""A dialog to add a round or a monthly check to the school year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.dates import pydate, qdate


class RoundDialog(QDialog):
    def __init__(self, year: SchoolYear, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New measurement round"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Monthly check (children followed up)"), "monthly")
        self.kind.addItem(self.tr("School-wide round"), "round")
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDateRange(qdate(year.start_date), qdate(year.end_date))
        start = min(max(today, year.start_date), year.end_date)
        self.day.setDate(qdate(start))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Leave empty for the usual name"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(buttons)

    def values(self) -> tuple[str, dt.date, str]:
        return str(self.kind.currentData()), pydate(self.day.date()), self.name.text()
