"""Staff editor: the people who lead classes, sign documents and own agenda items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.staff import ROLES, StaffError, StaffMember, list_staff, save_staff
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import attempt

_Index = QModelIndex | QPersistentModelIndex


def _role_label(role: str) -> str:
    vi, en = ROLES.get(role, (role, role))
    return vi if QLocale().language() == QLocale.Language.Vietnamese else en


class StaffModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StaffMember] = []

    def set_rows(self, rows: list[StaffMember]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Full name"), self.tr("Role"), self.tr("Phone"), self.tr("Working"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self.rows[index.row()]
        return (member.full_name, _role_label(member.role), member.phone,
                self.tr("yes") if member.active else self.tr("no (left)"))[index.column()]


class StaffDialog(QDialog):
    """Lists the staff; the form below edits the chosen person or adds a new one."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Staff"))
        self.model = StaffModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(_role_label(code), code)
        self.phone = QLineEdit()
        self.active = QCheckBox(self.tr("Still working at the school"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("New person"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        writes("roster", self.new_button, self.save_button)  # the staff table is the roster's (db/permissions.py)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.editing: int | None = None
        self.reload()
        self.start_new()
        self.resize(640, 520)

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(list_staff(self.db))
        if select_id is not None:
            for row, member in enumerate(self.model.rows):
                if member.id == select_id:
                    self.table.selectRow(row)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.name.clear()
        self.role.setCurrentIndex(list(ROLES).index("teacher"))
        self.phone.clear()
        self.active.setChecked(True)
        self.message.clear()
        self.name.setFocus()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        member = self.model.rows[row]
        self.editing = member.id
        self.name.setText(member.full_name)
        self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
        self.phone.setText(member.phone)
        self.active.setChecked(member.active)
        self.message.clear()

    def save(self) -> None:
        member = StaffMember(self.editing, self.name.text(), self.role.currentData(), self.phone.text(),
                             self.active.isChecked())
        refused: list[StaffError] = []

        def save() -> int | None:
            try:
                return save_staff(self.db, member)
            except StaffError as exc:  # a field to correct: said under the form, next to it
                refused.append(exc)
                return None

        outcome = attempt(self, self.tr("Staff member not saved"), save)  # the form keeps what was typed
        if refused:
            exc = refused[0]
            reasons = {
                "full_name": self.tr("Full name: please type the person's full name (at most 100 characters)."),
                "role": self.tr("Role: choose a role from the list."),
                "phone": self.tr("Phone: %1 is not a Vietnamese phone number (10 digits starting 03, 05, "
                                 "07, 08 or 09, or a landline of 11 digits starting 02).")
                .replace("%1", member.phone.strip()),
            }
            self.message.setText(reasons.get(exc.field, exc.text()))
            {"full_name": self.name, "phone": self.phone}.get(exc.field, self.role).setFocus()
            return
        if not outcome.ok or outcome.value is None:
            return
        self.reload(select_id=outcome.value)
        self.message.setText("")
