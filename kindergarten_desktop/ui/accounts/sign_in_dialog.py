"""Who is working: the list of names and a password, at start, after signing out and when
the idle lock falls. Keyboard only: type to pick the name, Tab, the password, Enter.

The cursor starts where the user types first: in the password when the name is known (the
person the idle lock fell on, or the last one on this PC at start), in the list of names
otherwise and after signing out (the next person is usually someone else). Esc quits at start;
at the idle lock it only clears the password (the hidden window keeps the work of whoever
was working; the Quit button still ends the app)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.accounts import users
from kindergarten_desktop.accounts.users import Account
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.ui.accounts.labels import roles_text
from kindergarten_desktop.ui.meals.unsaved import attempt


class SignInDialog(QDialog):
    """``account`` holds who signed in once accepted. ``locked_by``: the idle lock names the
    person who was working (others may still sign in). ``signed_out``: someone just signed
    out, so the list of names gets the cursor."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, school: str = "",
                 locked_by: str | None = None, signed_out: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.account: Account | None = None
        self.locked = bool(locked_by)
        self._quitting = False
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h3>{school}</h3>" if school else "")
        heading.setVisible(bool(school))
        layout.addWidget(heading)
        intro = QLabel(self.tr("The screen was locked after a time without use. Sign in to go on.")
                       if locked_by else self.tr("Who is working? Choose your name and type your password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.user = QComboBox()
        self.user.setObjectName("signInUser")
        for account in users.list_accounts(db, active_only=True):
            self.user.addItem(f"{account.display_name} — {roles_text(account.roles)}", account.username)
        last = locked_by or QSettings().value("accounts/last_user")  # the usual person on this PC
        known = bool(last) and self.user.findData(last) >= 0
        if known:
            self.user.setCurrentIndex(self.user.findData(last))
        self.user.currentIndexChanged.connect(self._name_changed)
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label_user = QLabel(self.tr("&Name:"))
        label_user.setBuddy(self.user)
        label_password = QLabel(self.tr("&Password:"))
        label_password.setBuddy(self.password)
        form.addRow(label_user, self.user)
        form.addRow(label_password, self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("signInButton")
        self.ok.setDefault(True)
        self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("signInQuit")
        self.quit_button.setAutoDefault(False)
        self.forgot = QPushButton(self.tr("&Forgot the principal's password…"))
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(self._recover)
        buttons.addButton(self.forgot, QDialogButtonBox.ButtonRole.ResetRole)
        self.ok.clicked.connect(self._try)
        self.quit_button.clicked.connect(self._quit)
        layout.addWidget(buttons)
        # Tab goes name → password → Sign in → Quit → Forgot, whatever order the style lays the buttons in.
        for first, second in ((self.user, self.password), (self.password, self.ok), (self.ok, self.quit_button),
                              (self.quit_button, self.forgot)):
            QWidget.setTabOrder(first, second)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._remaining = 0
        (self.password if known and not signed_out else self.user).setFocus()

    def _try(self) -> None:
        username = self.user.currentData()
        if not username or self._countdown.isActive():
            return
        if not self.password.text():  # Enter on the name: the password is next, not a wrong try
            self.message.setText(self.tr("Type your password, then press Enter."))
            self.password.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the password check takes a moment
        try:
            self.account = users.sign_in(self.db, username, self.password.text())
        except AppError as exc:
            self.password.clear()
            self.password.setFocus()
            if exc.code == "accounts.wait":
                self._wait(int(str(exc.params.get("seconds", 0))))
            self.message.setText(exc.text())
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        QSettings().setValue("accounts/last_user", self.account.username)
        self.accept()

    def _wait(self, seconds: int) -> None:
        """The wait after wrong passwords: counted down in the message, Sign in greyed out till then."""
        self._remaining = seconds
        self.ok.setEnabled(False)
        self._countdown.start()

    def _stop_waiting(self) -> None:
        self._countdown.stop()
        self.ok.setEnabled(True)

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._stop_waiting()
            self.message.setText(self.tr("You can try again now."))
            return
        self.message.setText(AppError("accounts.wait", seconds=self._remaining).text())

    def _name_changed(self) -> None:
        """The wait belongs to the name that was tried: another name may sign in at once."""
        if self._countdown.isActive():
            self._stop_waiting()
        self.message.clear()

    def _quit(self) -> None:
        self._quitting = True
        self.reject()

    def reject(self) -> None:
        """Esc (or closing the window) quits at start; at the idle lock only the Quit button
        does: Esc there clears the password, since the hidden window holds someone's work."""
        if self.locked and not self._quitting:
            self.password.clear()
            self.password.setFocus()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.locked and not self._quitting:
            event.ignore()
            return
        super().closeEvent(event)

    def _recover(self) -> None:
        dialog = RecoverDialog(self.db, self.user.currentData() or "", self)
        if dialog.exec():
            self.message.setText(self.tr("The password was reset. Sign in with the new password."))
            self.password.setFocus()


class RecoverDialog(QDialog):
    """A forgotten principal password: the recovery code shown when the accounts were set up."""

    def __init__(self, db: Database, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Reset the principal's password"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Type the recovery code written down when the first account was created, "
                              "and a new password. A new recovery code is then shown once."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.user = QComboBox()
        for account in users.list_accounts(db):
            if "principal" in account.roles:
                self.user.addItem(account.display_name, account.username)
        self.user.setCurrentIndex(max(0, self.user.findData(username)))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("XXXX-XXXX-XXXX-XXXX-XXXX") + 24)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("P&rincipal:"), self.user)
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("New password &again:"), self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code.setFocus()

    def _apply(self) -> None:
        ok, code, _reason = attempt(self, self.tr("Password not reset"), lambda: users.recover(
            self.db, self.user.currentData() or "", self.code.text(), self.new.text(), confirm=self.again.text()))
        if not ok or code is None:
            return
        show_recovery_code(self, code)
        self.accept()


def show_recovery_code(parent: QWidget, code: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("RecoveryCode", "Recovery code"),
                      "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setText(QCoreApplication.translate(
        "RecoveryCode", "<p>Write this recovery code down and keep it somewhere safe. It is shown only "
        "this once; it resets the principal's password if it is forgotten.</p>"
        "<p style='font-size:16pt'><b><tt>%1</tt></b></p>").replace("%1", code))
    box.exec()
