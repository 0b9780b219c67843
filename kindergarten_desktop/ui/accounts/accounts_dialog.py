"""The principal's accounts manager: add people, give roles and classes, reset passwords,
disable, and set the idle lock. In a school without accounts it creates the first one (the
principal's) and shows the recovery code once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.accounts import users
from kindergarten_desktop.accounts.access import has_accounts
from kindergarten_desktop.accounts.users import Account, class_choices, class_names
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.permissions import ROLES
from kindergarten_desktop.ui.accounts.labels import role_label, roles_text
from kindergarten_desktop.ui.accounts.sign_in_dialog import show_recovery_code
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.meals import unsaved

_Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Account] = []
        self.classes: dict[int, str] = {}

    def set_rows(self, rows: list[Account], classes: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows, self.classes = rows, classes
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("Classes"),
                    self.tr("Status"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (account.username, account.full_name, roles_text(account.roles),
                    ", ".join(self.classes.get(c, str(c)) for c in account.class_ids),
                    self.tr("active") if account.active else self.tr("disabled"))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return Qt.GlobalColor.gray
        return None


class AccountsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("AccountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = AccountsModel(self)
        self.view = QTableView()
        self.view.setObjectName("accountsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self._edit())
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Roles and classes…"))
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.active_button = QPushButton(self.tr("&Disable"))
        for button, slot in ((self.add_button, self._add), (self.edit_button, self._edit),
                             (self.password_button, self._password), (self.active_button, self._toggle)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        lock_label = QLabel(self.tr("&Lock after"))
        row.addWidget(lock_label)
        self.idle = QSpinBox()
        lock_label.setBuddy(self.idle)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(users.IDLE_MIN, users.IDLE_MAX)
        self.idle.setSuffix(self.tr(" min without use"))
        self.idle.setValue(users.idle_minutes(db))
        self.idle.editingFinished.connect(self._idle_changed)
        row.addWidget(self.idle)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.installEventFilter(self)
        self.reload()
        if self.model.rowCount():  # the keyboard starts on the first person: the buttons work at once
            self.view.selectRow(0)
            self.view.setFocus()
        else:
            self.add_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on a person opens their roles and classes (not the dialog's default button)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected() is not None:
            self._edit()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        chosen = self.selected()
        self.model.set_rows(users.list_accounts(self.db), class_names(self.db))
        if chosen is not None:  # the same person stays chosen after a change (Enter, Tab to the next button)
            row = next((i for i, a in enumerate(self.model.rows) if a.username == chosen.username), None)
            if row is not None:
                self.view.selectRow(row)
        first = not has_accounts(self.db)
        self.intro.setText(
            self.tr("This school has no accounts yet: anyone who opens the app can change everything. "
                    "Create the principal's account first (the administrator); from then on the app asks "
                    "who is working and each role sees and changes only its own work.") if first else
            self.tr("Each person signs in with their own name and password. Roles: the principal does "
                    "everything; the accountant meals, fees, receipts, stock and the market book; the nurse "
                    "growth; the kitchen menus, food inspection and stock use; a teacher attendance and growth "
                    "of the classes assigned."))
        self.idle.setEnabled(not first)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(account is not None)
        self.active_button.setText(self.tr("&Enable") if account and not account.active else self.tr("&Disable"))

    def _add(self) -> None:
        first = not has_accounts(self.db)
        dialog = AccountEditDialog(self.db, None, self, first=first)
        if dialog.exec():
            if dialog.recovery_code:
                show_recovery_code(self, dialog.recovery_code)
            self.reload()

    def _edit(self) -> None:
        account = self.selected()
        if account and AccountEditDialog(self.db, account, self).exec():
            self.reload()

    def _password(self) -> None:
        account = self.selected()
        if account and PasswordDialog(self.db, account.username, self).exec():
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("The password of %1 was changed.").replace("%1", account.username))

    def _toggle(self) -> None:
        account = self.selected()
        if account is None:
            return
        run_action(self, self.tr("Account not changed"), users.set_active, self.db, account.username,
                   not account.active)
        self.reload()

    def _idle_changed(self) -> None:
        if self.idle.value() == users.idle_minutes(self.db) or not has_accounts(self.db):
            return
        unsaved.save(self, self.tr("Sign-out time not saved"), (self.idle,), users.set_idle_minutes, self.db,
                     self.idle.value())


class AccountEditDialog(QDialog):
    """A new account (name, password, roles, classes) or an existing one's roles and classes."""

    def __init__(self, db: Database, account: Account | None, parent: QWidget | None = None, *,
                 first: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        self.recovery_code: str | None = None
        self.setObjectName("AccountEditDialog")
        self.setMinimumWidth(420)  # the title and the name's example fit (they were cut)
        self.setWindowTitle(self.tr("New account") if account is None else
                            self.tr("Account %1").replace("%1", account.username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(account.username if account else "")
        self.username.setEnabled(account is None)
        self.username.setPlaceholderText(self.tr("e.g. ketoan, cohoa"))
        self.full_name = QLineEdit(account.full_name if account else "")
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if account is None:
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("Password &again:"), self.again)
        layout.addLayout(form)
        roles_box = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(roles_box)
        self.role_boxes: dict[str, QCheckBox] = {}
        for role in ROLES:
            box = QCheckBox(role_label(role))
            box.setObjectName(f"role_{role}")
            box.setChecked(bool(account and role in account.roles) or (first and role == "principal"))
            box.toggled.connect(lambda _on: self._update())
            roles_layout.addWidget(box)
            self.role_boxes[role] = box
        layout.addWidget(roles_box)
        self.classes_label = QLabel(self.tr("Classes of the teacher (this school year):"))
        layout.addWidget(self.classes_label)
        self.classes = QListWidget()
        self.classes.setObjectName("teacherClasses")
        for class_id, name in class_choices(db):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, class_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if account and class_id in account.class_ids
                               else Qt.CheckState.Unchecked)
            self.classes.addItem(item)
        layout.addWidget(self.classes)
        if first:
            note = QLabel(self.tr("The first account is the principal's: it manages the others."))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def roles(self) -> list[str]:
        return [r for r, box in self.role_boxes.items() if box.isChecked()]

    def class_ids(self) -> list[int]:
        return [self.classes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.classes.count())
                if self.classes.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        teacher = self.role_boxes["teacher"].isChecked()
        self.classes.setEnabled(teacher)
        self.classes_label.setEnabled(teacher)

    def _apply(self) -> None:
        def apply() -> None:
            if self.account is None:
                self.recovery_code = users.add_account(
                    self.db, self.username.text(), self.password.text(), self.roles(),
                    full_name=self.full_name.text(), class_ids=self.class_ids(), confirm=self.again.text())
            else:
                users.set_roles(self.db, self.account.username, self.roles(), self.class_ids(),
                                full_name=self.full_name.text())

        if not unsaved.save(self, self.tr("Account not saved"), unsaved.inputs(self), apply):
            return  # the dialog stays open with what was typed
        self.accept()


class PasswordDialog(QDialog):
    """The principal resets someone's password; anyone changes their own (``own``: asks the old one)."""

    def __init__(self, db: Database, username: str, parent: QWidget | None = None, *, own: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.username = username
        self.own = own
        self.setObjectName("PasswordDialog")
        self.setWindowTitle(self.tr("Change my password") if own else
                            self.tr("New password for %1").replace("%1", username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if own:
            form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("New password &again:"), self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _apply(self) -> None:
        if not unsaved.save(self, self.tr("Password not changed"), (self.old, self.new, self.again),
                            users.set_password, self.db, self.username, self.new.text(), confirm=self.again.text(),
                            old_password=self.old.text() if self.own else None):
            return
        self.accept()
