"""Recurring items of the school year: defined once, shown in the months ticked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.agenda import AgendaError, responsible
from kindergarten_desktop.agenda.recurring import RecurringItem, add_recurring, list_recurring, update_recurring
from kindergarten_desktop.agenda.weeks import month_key, plan_months
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import attempt, run_action
from kindergarten_desktop.ui.agenda.commands import DeleteRecurringCommand, push
from kindergarten_desktop.ui.agenda.labels import error_text, ui_language


class RecurringDialog(QDialog):
    """``changed()`` is called after every change so the tab shows it."""

    def __init__(self, db: Database, year: SchoolYear, undo: QUndoStack, changed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.year, self.undo, self.changed = db, year, undo, changed
        self.setWindowTitle(self.tr("Recurring items — school year %1").replace("%1", year.name))
        self.setMinimumSize(820, 460)
        self.list = QListWidget()
        # Titles are whole sentences: wrap them in the list instead of hiding them behind a scrollbar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._chosen)
        self.title = QLineEdit()
        self.people = QLineEdit()
        self.people.setPlaceholderText(self.tr("e.g. Ban giám hiệu; Công đoàn"))
        self.notes = QLineEdit()
        self.months: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, (y, m) in enumerate(plan_months(year)):
            box = QCheckBox(f"{m:02d}/{y}")
            self.months[month_key(y, m)] = box
            grid.addWidget(box, i // 4, i % 4)  # three rows of four leave the list room
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Work:"), self.title)
        form.addRow(self.tr("&Responsible:"), self.people)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Shown in:"), grid)
        new_button = QPushButton(self.tr("&New"))
        save_button = QPushButton(self.tr("&Save"))
        delete_button = QPushButton(self.tr("&Delete"))
        new_button.clicked.connect(self._new)
        save_button.clicked.connect(self._save)
        delete_button.clicked.connect(self._delete)
        writes("agenda", new_button, save_button, delete_button)  # others read the recurring items
        row = QHBoxLayout()
        for button in (new_button, save_button, delete_button):
            row.addWidget(button)
        row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(row)
        right.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.reload()

    def _people_text(self, value: str) -> str:
        # Group codes shown by their names so the principal can edit them as text.
        lang = ui_language()
        return "; ".join(responsible.GROUPS[t][0 if lang == "vi" else 1] if t in responsible.GROUPS else t
                         for t in responsible.split(value))

    def _people_value(self, text: str) -> str:
        by_name = {name: code for code, names in responsible.GROUPS.items() for name in names}
        return responsible.join(by_name.get(t, t) for t in responsible.split(text))

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        for rec in list_recurring(self.db, self.year.id):
            entry = QListWidgetItem(rec.title)
            entry.setToolTip(rec.title)
            entry.setData(Qt.ItemDataRole.UserRole, rec)
            self.list.addItem(entry)
            if rec.id == select_id:
                self.list.setCurrentItem(entry)
        if self.list.currentItem() is None:
            if self.list.count():
                self.list.setCurrentRow(0)
            else:
                self._new()

    def current(self) -> RecurringItem | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _chosen(self, entry: QListWidgetItem | None) -> None:
        self.error.clear()
        if entry is None:
            return
        rec: RecurringItem = entry.data(Qt.ItemDataRole.UserRole)
        self.title.setText(rec.title)
        self.people.setText(self._people_text(rec.responsible))
        self.notes.setText(rec.notes)
        for month, box in self.months.items():
            box.setChecked(rec.shown_in(month))

    def _new(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        for widget in (self.title, self.people, self.notes):
            widget.clear()
        for box in self.months.values():
            box.setChecked(True)
        self.title.setFocus()

    def _save(self) -> None:
        skipped = frozenset(m for m, box in self.months.items() if not box.isChecked())
        current = self.current()
        title, people, notes = self.title.text(), self._people_value(self.people.text()), self.notes.text()
        refused: list[AgendaError] = []

        def save() -> RecurringItem | None:
            try:
                if current is None:
                    return add_recurring(self.db, self.year, RecurringItem(
                        self.year.id, title, responsible=people, notes=notes, skipped=skipped))
                return update_recurring(self.db, self.year, current.replace(
                    title=title, responsible=people, notes=notes, skipped=skipped))
            except AgendaError as exc:  # a field to correct: said under the form
                refused.append(exc)
                return None

        outcome = attempt(self, self.tr("Recurring item not saved"), save)  # the form keeps what was typed
        if refused:
            self.error.setText(error_text(refused[0]))
            self.title.setFocus()
            return
        if not outcome.ok or outcome.value is None:
            return
        saved = outcome.value
        self.error.clear()
        self.reload(saved.id)
        self.changed()

    def _delete(self) -> None:
        current = self.current()
        if current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete recurring item"),
            self.tr("Delete “%1” from every month? You can undo it with Ctrl+Z.").replace("%1", current.title))
        if answer == QMessageBox.StandardButton.Yes and run_action(
                self, self.tr("“%1” not deleted").replace("%1", current.title), push, self.undo,
                DeleteRecurringCommand(self.db, current, self.changed), self.parentWidget()):
            self.reload()
