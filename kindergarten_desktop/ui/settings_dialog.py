"""School settings: the identity printed on every official document."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import list_school_years, load_settings, save_settings


class SchoolSettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("School settings"))
        self.settings = load_settings(db)
        form = QFormLayout(self)
        self.name = QLineEdit(self.settings.name)
        self.name.setPlaceholderText(self.tr("e.g. Trường Mầm non Hoa Mai"))
        self.governing_body = QLineEdit(self.settings.governing_body)
        self.governing_body.setPlaceholderText(self.tr("e.g. UBND PHƯỜNG AN KHÁNH"))
        self.place = QLineEdit(self.settings.place)
        self.place.setPlaceholderText(self.tr("place name used in document dates"))
        self.address = QLineEdit(self.settings.address)
        self.phone = QLineEdit(self.settings.phone)
        self.principal = QLineEdit(self.settings.principal_name)
        self.year = QComboBox()
        for year in list_school_years(db):
            self.year.addItem(year.name, year.id)
            if year.id == self.settings.current_school_year_id:
                self.year.setCurrentIndex(self.year.count() - 1)
        form.addRow(self.tr("School name"), self.name)
        form.addRow(self.tr("Governing body"), self.governing_body)
        form.addRow(self.tr("Place (for document dates)"), self.place)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Principal's full name"), self.principal)
        form.addRow(self.tr("Current school year"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The school name cannot be empty."))
            self.name.setFocus()
            return
        s = self.settings
        s.name = self.name.text()
        s.governing_body = self.governing_body.text()
        s.place = self.place.text()
        s.address = self.address.text()
        s.phone = self.phone.text()
        s.principal_name = self.principal.text()
        s.current_school_year_id = self.year.currentData()
        save_settings(self.db, s)
        super().accept()
