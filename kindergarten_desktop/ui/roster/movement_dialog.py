"""Transfer to another class, withdrawal (date and reason) or return of a child, and the corrections of
a wrong movement: put the current stay in the right class, or undo the latest movement."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, parse_date
from kindergarten_desktop.roster import movements as mv
from kindergarten_desktop.roster.queries import list_classes
from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.actions import run_action

TRANSFER, WITHDRAW, RETURN, CORRECT = "transfer", "withdraw", "return", "correct"


class MovementDialog(QDialog):
    def __init__(self, db: Database, year: SchoolYear, child_id: int, child_name: str, kind: str,
                 current_class_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.year, self.child_id, self.kind = db, year, child_id, kind
        titles = {TRANSFER: self.tr("Transfer to another class"), WITHDRAW: self.tr("Withdrawal"),
                  RETURN: self.tr("Return to school"), CORRECT: self.tr("Correct the class")}
        in_class = [s for s in mv.history(db, child_id) if s.class_id == current_class_id]
        self.stay = in_class[-1] if in_class else mv.current_stay(
            db, child_id, min(max(dt.date.today(), year.start_date), year.end_date))
        self.setWindowTitle(titles[kind])
        self.date = QLineEdit(format_date(min(max(dt.date.today(), year.start_date), year.end_date)))
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.target = QComboBox()
        for info in list_classes(db, year.id):
            if info.id != current_class_id:
                self.target.addItem(self.tr("%1 (%2 children)").replace("%1", info.name)
                                    .replace("%2", str(info.children)), info.id)
        self.target.setCurrentIndex(-1)  # the user chooses: a preselected class goes unnoticed
        self.target.setPlaceholderText(self.tr("Choose a class…"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", "Chuyển trường theo gia đình", "Gia đình chuyển nơi ở", "Gửi ông bà ở quê",
                              "Lý do sức khỏe"])
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{child_name}</b>"))
        if kind == TRANSFER:
            form.addRow(self.tr("New class"), self.target)
            form.addRow(self.tr("First day in the new class"), self.date)
        elif kind == WITHDRAW:
            form.addRow(self.tr("Last day at school"), self.date)
            form.addRow(self.tr("Reason *"), self.reason)
        elif kind == RETURN:
            form.addRow(self.tr("Class"), self.target)
            form.addRow(self.tr("Back from"), self.date)
        else:
            explain = QLabel(self.tr("The child was entered in the wrong class: the stay from %1 is moved to the "
                                     "right class with the same dates. The change is recorded.")
                             .replace("%1", format_date(self.stay.start) if self.stay else "—"))
            explain.setWordWrap(True)
            form.addRow(explain)
            form.addRow(self.tr("Right class"), self.target)
            form.addRow(self.tr("Why"), self.reason)
            self.reason.clear()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 180)

    def save(self) -> None:
        if self.kind != WITHDRAW and self.target.currentIndex() < 0:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("Choose the class."))
            self.target.setFocus()
            return
        try:
            day = parse_date(self.date.text()) if self.kind != CORRECT else (self.stay.start if self.stay
                                                                              else dt.date.today())
        except ValueError:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("'%1' is not a date (dd/mm/yyyy)")
                                .replace("%1", self.date.text()))
            return
        if self.kind != WITHDRAW:
            warnings = [w.text() for w in mv.move_warnings(self.db, self.child_id, self.target.currentData(), day)]
            if warnings and QMessageBox.question(
                    self, self.tr("Please confirm"), "\n".join(warnings) + "\n\n" + self.tr("Continue anyway?"),
                    defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
        if run_action(self, self.tr("Change not saved"), self._record, day):
            self.accept()

    def _record(self, day: dt.date) -> None:
        if self.kind == CORRECT:
            if self.stay is None:
                raise mv.MovementError("roster.in_no_class", day=dt.date.today())
            mv.change_class(self.db, self.stay.id, self.target.currentData(), self.reason.currentText())
        elif self.kind == TRANSFER:
            mv.transfer(self.db, self.child_id, self.target.currentData(), day)
        elif self.kind == WITHDRAW:
            mv.withdraw(self.db, self.child_id, day, self.reason.currentText())
        else:
            mv.return_child(self.db, self.child_id, self.target.currentData(), day)
