"""School settings: the identity printed on every official document."""

from __future__ import annotations

import datetime as dt

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
from kindergarten_desktop.school import (
    ensure_school_year,
    list_school_years,
    load_settings,
    save_settings,
    school_year_name,
    school_year_start_for,
)
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action


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
        self.department = QLineEdit(self.settings.department)
        self.department.setPlaceholderText(self.tr("e.g. Sở GD&ĐT thành phố Hà Nội"))
        self.symbol = QLineEdit(self.settings.symbol)
        self.symbol.setPlaceholderText(self.tr("e.g. MNHM, as in 15/KH-MNHM"))
        self.symbol.setMaxLength(20)
        self.place = QLineEdit(self.settings.place)
        self.place.setPlaceholderText(self.tr("place name used in document dates"))
        self.address = QLineEdit(self.settings.address)
        self.phone = QLineEdit(self.settings.phone)
        self.principal = QLineEdit(self.settings.principal_name)
        self.year = QComboBox()
        self._fill_years()
        form.addRow(self.tr("School name"), self.name)
        form.addRow(self.tr("Governing body"), self.governing_body)
        form.addRow(self.tr("Department of Education"), self.department)
        form.addRow(self.tr("Symbol in document numbers"), self.symbol)
        form.addRow(self.tr("Place (for document dates)"), self.place)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Principal's full name"), self.principal)
        form.addRow(self.tr("Current school year"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        writes("school", buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _fill_years(self) -> None:
        """Existing years (data: id) plus this school year and the next one when missing
        (data: the start year as text, created on save), so a new school is never stuck
        without a school year."""
        years = list_school_years(self.db)
        known = {y.start_year for y in years}
        this_year = school_year_start_for(dt.date.today())
        items: list[tuple[int, str, int | str]] = [(y.start_year, y.name, y.id) for y in years]
        items += [(start, self.tr("%1 (new)").replace("%1", school_year_name(start)), str(start))
                  for start in (this_year, this_year + 1) if start not in known]
        # Preselect what the app shows now (current_school_year falls back to the latest).
        current: int | str | None = self.settings.current_school_year_id
        if current is None:
            current = years[-1].id if years else str(this_year)
        for _start, label, data in sorted(items):
            self.year.addItem(label, data)
            if data == current:
                self.year.setCurrentIndex(self.year.count() - 1)

    def accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The school name cannot be empty."))
            self.name.setFocus()
            return
        s = self.settings
        s.name = self.name.text()
        s.governing_body = self.governing_body.text()
        s.department = self.department.text()
        s.symbol = self.symbol.text()
        s.place = self.place.text()
        s.address = self.address.text()
        s.phone = self.phone.text()
        s.principal_name = self.principal.text()
        chosen = self.year.currentData()

        def save() -> None:
            with self.db.atomic():
                year = ensure_school_year(self.db, int(chosen)).id if isinstance(chosen, str) else chosen
                s.current_school_year_id = year  # a year offered as new is created now
                save_settings(self.db, s)

        if run_action(self, self.tr("School settings not saved"), save):
            super().accept()
