"""A dialog to add a round or a monthly check to the school year.

The dialog adds the round itself when OK is pressed: a refusal (a duplicate, a date outside the
school year) is said in the dialog, which stays open with what was typed and puts the keyboard on the
field to correct; a fault of the database is told in a message box, and the dialog stays too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.growth.rounds import Round, RoundError, add_round
from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.actions import attempt
from kindergarten_desktop.ui.dates import DateField


class RoundDialog(QDialog):
    def __init__(self, db: Database, year: SchoolYear, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year = year
        self.added: Round | None = None  # the round added, once OK has succeeded
        self.setWindowTitle(self.tr("New measurement round"))
        self.setMinimumWidth(460)  # room for a refusal's reason beside the round's usual name
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Monthly check (children followed up)"), "monthly")
        self.kind.addItem(self.tr("School-wide round"), "round")
        # No date range on the widget (ui/dates.DateField): a date outside the school year is
        # refused on OK, with the reason, the keyboard back on the date.
        self.day = DateField(min(max(today, year.start_date), year.end_date))
        self.day.keep_within(year.start_date, year.end_date, year.name)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Leave empty for the usual name"))
        self.message = QLabel()
        self.message.setObjectName("roundRefused")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00000; font-weight: bold;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.message)
        form.addRow(buttons)

    def values(self) -> tuple[str, dt.date, str]:
        return str(self.kind.currentData()), self.day.day(), self.name.text()

    def accept(self) -> None:
        """Add the round; on a refusal stay open, say why and go to the field to correct."""
        outside = self.day.refusal()
        if outside is not None:
            self._refused(outside)
            return
        kind, day, name = self.values()
        refused: list[RoundError] = []

        def add() -> Round | None:
            try:
                return add_round(self.db, self.year, day, kind, name)
            except RoundError as exc:  # a field to correct: said in the dialog, next to it
                refused.append(exc)
                return None

        outcome = attempt(self, self.tr("Measurement round not added"), add)  # a database fault: a message box
        if refused:
            self._refused(refused[0])
            return
        if not outcome.ok or outcome.value is None:
            return  # told; what was typed stays
        self.added = outcome.value
        super().accept()

    def _refused(self, exc: AppError) -> None:
        self.message.setText(exc.text())
        self.message.show()
        self.adjustSize()  # the reason in full, on as many lines as it takes
        field = exc.field if isinstance(exc, RoundError) else "day"
        # The first key typed replaces the value: the whole name, or the date from its day on.
        if field == "name":
            self.name.setFocus()
            self.name.selectAll()
        elif field == "kind":
            self.kind.setFocus()
        else:
            self.day.correct()
