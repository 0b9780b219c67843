"""Transfer to another class, withdrawal (date and reason) or return of a child."""

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
from kindergarten_desktop.ui.roster.messages import translate_message

TRANSFER, WITHDRAW, RETURN = "transfer", "withdraw", "return"


class MovementDialog(QDialog):
    def __init__(self, db: Database, year: SchoolYear, child_id: int, child_name: str, kind: str,
                 current_class_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.year, self.child_id, self.kind = db, year, child_id, kind
        titles = {TRANSFER: self.tr("Transfer to another class"), WITHDRAW: self.tr("Withdrawal"),
                  RETURN: self.tr("Return to school")}
        self.setWindowTitle(titles[kind])
        self.date = QLineEdit(format_date(min(max(dt.date.today(), year.start_date), year.end_date)))
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.target = QComboBox()
        for info in list_classes(db, year.id):
            if info.id != current_class_id:
                self.target.addItem(info.name, info.id)
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
        else:
            form.addRow(self.tr("Class"), self.target)
            form.addRow(self.tr("Back from"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 180)

    def save(self) -> None:
        try:
            day = parse_date(self.date.text())
        except ValueError:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("'%1' is not a date (dd/mm/yyyy)")
                                .replace("%1", self.date.text()))
            return
        try:
            if self.kind == TRANSFER:
                mv.transfer(self.db, self.child_id, self.target.currentData(), day)
            elif self.kind == WITHDRAW:
                mv.withdraw(self.db, self.child_id, day, self.reason.currentText())
            else:
                mv.return_child(self.db, self.child_id, self.target.currentData(), day)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), translate_message(str(exc)))
            return
        self.accept()
