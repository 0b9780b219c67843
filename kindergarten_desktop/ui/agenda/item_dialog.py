"""Add or edit one focus item. The domain validates; a refusal is shown under the form,
the field is focused and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.agenda import AgendaError, responsible
from kindergarten_desktop.agenda.items import STATUSES, AgendaItem
from kindergarten_desktop.agenda.weeks import MAX_WEEKS, month_key, plan_months
from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.agenda.labels import error_text, month_label, status_label, ui_language, week_label
from kindergarten_desktop.ui.dates import DateField


class OptionalDate(QWidget):
    """A date that may be left empty: a tick box and a dd/mm/yyyy field."""

    def __init__(self, label: str, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = DateField(default)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        value = self.edit.date().toPython()
        return value if isinstance(value, dt.date) else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class ItemDialog(QDialog):
    """``save(item)`` stores the item and raises AgendaError to refuse it."""

    def __init__(self, year: SchoolYear, month: str, class_names: dict[int, str],
                 save: Callable[[AgendaItem], None], item: AgendaItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self._save = save
        self._original = item
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New item"))
        self.setMinimumWidth(560)
        y, m = map(int, month.split("-"))
        default_day = dt.date(y, m, 1)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Health check for all children"))
        self.month = QComboBox()
        for py, pm in plan_months(year):
            self.month.addItem(month_label(py, pm), month_key(py, pm))
        self.month.setCurrentIndex(max(0, self.month.findData(month)))
        self.week = QComboBox()
        for week in range(MAX_WEEKS + 1):
            self.week.addItem(week_label(week), week or None)
        self.start = OptionalDate(self.tr("On"), default_day)
        self.end = OptionalDate(self.tr("Until"), default_day)
        self.deadline = OptionalDate(self.tr("Due by"), default_day)
        self.start.check.toggled.connect(self._date_toggled)
        self.people = QListWidget()
        self.people.setMaximumHeight(150)
        lang = ui_language()
        for code, names in responsible.GROUPS.items():
            self._add_person(names[0 if lang == "vi" else 1], code)
        for class_id, name in sorted(class_names.items(), key=lambda kv: kv[1]):
            self._add_person((self.tr("Class %1")).replace("%1", name), responsible.class_token(class_id))
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Others, separated by ';' (e.g. Hội phụ nữ xã)"))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.notes = QLineEdit()
        self.to_review = QCheckBox(self.tr("To review (copied from last year or from the template)"))
        self.anchor = QComboBox()
        self.anchor.addItem(self.tr("same weekday of the same week"), "weekday")
        self.anchor.addItem(self.tr("same day and month (e.g. 20/11)"), "fixed")
        self.anchor.addItem(self.tr("same lunar date (e.g. Mid-Autumn)"), "lunar")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Work:"), self.title)
        form.addRow(self.tr("&Month:"), self.month)
        form.addRow(self.tr("W&eek:"), self.week)
        dates = QHBoxLayout()
        for widget in (self.start, self.end):
            dates.addWidget(widget)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Deadline:"), self.deadline)
        form.addRow(self.tr("&Responsible:"), self.people)
        form.addRow("", self.others)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Next year:"), self.anchor)
        form.addRow("", self.to_review)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        writes("agenda", buttons.button(QDialogButtonBox.StandardButton.Save))  # opened to read by others
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if item:
            self._load(item)

    def _add_person(self, text: str, token: str) -> None:
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, token)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Unchecked)
        self.people.addItem(entry)

    def _date_toggled(self, dated: bool) -> None:
        # A dated item's month and week follow its date.
        self.month.setEnabled(not dated)
        self.week.setEnabled(not dated)

    def _load(self, item: AgendaItem) -> None:
        self.title.setText(item.title)
        self.month.setCurrentIndex(max(0, self.month.findData(item.month)))
        self.week.setCurrentIndex(item.week or 0)
        self.start.set_value(item.start_date)
        self.end.set_value(item.end_date)
        self.deadline.set_value(item.deadline)
        tokens = responsible.split(item.responsible)
        known = set()
        for row in range(self.people.count()):
            entry = self.people.item(row)
            token = entry.data(Qt.ItemDataRole.UserRole)
            if token in tokens:
                entry.setCheckState(Qt.CheckState.Checked)
                known.add(token)
        self.others.setText("; ".join(t for t in tokens if t not in known))
        self.status.setCurrentIndex(self.status.findData(item.status))
        self.notes.setText(item.notes)
        self.to_review.setChecked(item.to_review)
        self.anchor.setCurrentIndex(self.anchor.findData(item.anchor))

    def item(self) -> AgendaItem:
        """The item as the form holds it (not validated)."""
        tokens = [self.people.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.people.count())
                  if self.people.item(r).checkState() == Qt.CheckState.Checked]
        tokens += responsible.split(self.others.text())
        base = self._original or AgendaItem(self.year.id, "", "")
        return base.replace(
            title=self.title.text(), month=self.month.currentData(), week=self.week.currentData(),
            start_date=self.start.value(), end_date=self.end.value(), deadline=self.deadline.value(),
            responsible=responsible.join(tokens), status=self.status.currentData(), notes=self.notes.text(),
            to_review=self.to_review.isChecked(), anchor=self.anchor.currentData())

    def accept(self) -> None:
        refused: list[AgendaError] = []

        def save() -> None:
            try:
                self._save(self.item())
            except AgendaError as exc:  # a field to correct: said under the form, next to it
                refused.append(exc)

        # Anything else (a locked or full database...) gets the dialog; the form keeps what was typed.
        if not run_action(self, self.tr("Item not saved"), save):
            return
        if refused:
            exc = refused[0]
            self.error.setText(error_text(exc))
            focus = {"title": self.title, "start_date": self.start.edit, "end_date": self.end.edit,
                     "deadline": self.deadline.edit, "month": self.month, "week": self.week}.get(exc.field)
            if focus is not None:
                focus.setFocus()
            return
        super().accept()
