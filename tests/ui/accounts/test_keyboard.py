"""The accounts dialogs driven by the keyboard only, as the office PC is used: where the cursor
starts, Tab, Enter and Esc, the wait after wrong passwords, and Alt+letter shortcuts that do
not clash within a dialog (in Vietnamese, the interface's first language)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QWidget

from kindergarten_desktop.accounts import users
from kindergarten_desktop.db import session
from kindergarten_desktop.ui.accounts.sign_in_dialog import RecoverDialog, SignInDialog
from tests.accounts.conftest import _fast_kdf, accounts_db, accounts_db_copy, accounts_db_file, act_as  # noqa: F401


@pytest.fixture(autouse=True)
def _vietnamese_messages():
    from kindergarten_desktop.errors import set_language

    set_language("vi")
    yield
    set_language("vi")


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    return dialog


def test_the_cursor_starts_in_the_names_then_in_the_password_of_the_last_one(qtbot, accounts_db):  # noqa: F811
    QSettings().remove("accounts/last_user")
    first = _shown(qtbot, SignInDialog(accounts_db))
    assert QApplication.focusWidget() is first.user
    # Tab: name → password → Sign in → Quit → Forgot (whatever the style's button order).
    order = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [first.user, first.password, first.ok, first.quit_button, first.forgot]
    first.close()
    QSettings().setValue("accounts/last_user", "yte")
    again = _shown(qtbot, SignInDialog(accounts_db))
    assert again.user.currentData() == "yte" and QApplication.focusWidget() is again.password
    qtbot.keyClick(again.password, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is again.user
    again.close()
    locked = _shown(qtbot, SignInDialog(accounts_db, locked_by="ketoan"))
    assert locked.user.currentData() == "ketoan" and QApplication.focusWidget() is locked.password
    locked.close()
    # After signing out the next person is usually someone else: the names first.
    after = _shown(qtbot, SignInDialog(accounts_db, signed_out=True))
    assert after.user.currentData() == "yte" and QApplication.focusWidget() is after.user
    after.close()
    QSettings().remove("accounts/last_user")


def test_enter_on_the_name_asks_for_the_password_without_counting_a_wrong_try(qtbot, accounts_db):  # noqa: F811
    QSettings().remove("accounts/last_user")
    dialog = _shown(qtbot, SignInDialog(accounts_db))
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.password
    assert dialog.message.text()  # "Type your password, then press Enter."
    assert accounts_db.execute("SELECT count(*) FROM account_signin").fetchone()[0] == 0
    qtbot.keyClicks(dialog.password, "sai")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == "" and QApplication.focusWidget() is dialog.password
    assert dialog.user.currentData() == "bep"  # the name is kept
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert session.current(accounts_db).username == "bep"
    QSettings().remove("accounts/last_user")


def test_esc_quits_at_start_but_not_at_the_idle_lock(qtbot, accounts_db):  # noqa: F811
    start = _shown(qtbot, SignInDialog(accounts_db))
    with qtbot.waitSignal(start.rejected):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    locked = _shown(qtbot, SignInDialog(accounts_db, locked_by="yte"))
    qtbot.keyClicks(locked.password, "nua chung")
    qtbot.keyClick(locked.password, Qt.Key.Key_Escape)
    assert locked.isVisible() and locked.result() == 0 and locked.password.text() == ""
    assert QApplication.focusWidget() is locked.password
    locked.close()  # the window's close button (Alt+F4) does not open the lock either
    assert locked.isVisible()
    letter = re.search(r"&(\w)", locked.quit_button.text()).group(1).upper()
    with qtbot.waitSignal(locked.rejected):  # the Quit button still ends the app (Alt+letter)
        qtbot.keyClick(locked.password, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert session.current(accounts_db) is None


def test_the_wait_is_counted_down_with_sign_in_greyed_out(qtbot, accounts_db):  # noqa: F811
    dialog = _shown(qtbot, SignInDialog(accounts_db, locked_by="yte"))
    for _ in range(users.FREE_TRIES + 1):
        qtbot.keyClicks(dialog.password, "sai")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "5 giây" in dialog.message.text() and not dialog.ok.isEnabled()
    assert QApplication.focusWidget() is dialog.password  # typing goes on while it counts
    dialog._tick()
    assert "4 giây" in dialog.message.text()
    qtbot.keyClicks(dialog.password, "demo")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter does nothing while it counts
    assert dialog.isVisible() and session.current(accounts_db) is None
    for _ in range(4):
        dialog._tick()
    assert dialog.ok.isEnabled() and "giây" not in dialog.message.text()  # "You can try again now."
    # Another name does not wait for this one's tries.
    dialog._wait(30)
    qtbot.keyClick(dialog.user, Qt.Key.Key_Up)  # yte is the last name
    assert dialog.user.currentData() == "ketoan"
    assert dialog.ok.isEnabled() and dialog.message.text() == ""


def _mnemonics(dialog: QWidget) -> list[str]:
    """The Alt+letter of every visible label, button and group box of ``dialog``."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        else:
            continue
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


@pytest.fixture(params=["vi", "en"])
def language(qapp, request):
    from kindergarten_desktop.ui import i18n

    i18n.install_translators(request.param)
    yield request.param
    i18n.install_translators("en")


def _accounts_dialogs(db):
    from kindergarten_desktop.ui.accounts.accounts_dialog import AccountEditDialog, AccountsDialog, PasswordDialog
    from kindergarten_desktop.ui.accounts.audit_viewer import AuditViewer

    act_as(db, "hieutruong")
    manager = AccountsDialog(db)
    manager.view.selectRow(0)
    yield manager
    yield AccountEditDialog(db, None)
    yield AccountEditDialog(db, users.get(db, "giaovien"))
    yield PasswordDialog(db, "yte")
    yield PasswordDialog(db, "hieutruong", own=True)
    yield AuditViewer(db)
    session.sign_in(db, None)
    yield SignInDialog(db)
    yield SignInDialog(db, locked_by="yte")
    yield RecoverDialog(db, "hieutruong")


def test_no_alt_letter_is_used_twice_in_a_dialog(language, qtbot, accounts_db):  # noqa: F811
    for dialog in _accounts_dialogs(accounts_db):
        qtbot.addWidget(dialog)
        dialog.show()
        letters = _mnemonics(dialog)
        assert letters and len(letters) == len(set(letters)), (language, dialog.objectName(), letters)
        dialog.close()


def test_the_account_entries_of_the_file_menu_have_letters_of_their_own(language, controller):
    act_as(controller.ctx.db, "hieutruong")
    controller.show_window()
    menu = controller.window.menuBar().actions()[0].menu()
    letters = {}
    for action in menu.actions():
        match = re.search(r"&([^&\s])", action.text().replace("&&", ""))
        if match:
            letters.setdefault(match.group(1).lower(), []).append(action.objectName() or action.text())
    ours = ("actionAccounts", "actionAudit", "actionPassword", "actionPermissions", "actionSignOut")
    for name in ours:
        letter = next(k for k, names in letters.items() if name in names)
        assert letters[letter] == [name], (language, letter, letters[letter])


def test_the_idle_lock_covers_an_open_dialog_and_gives_it_back(controller, monkeypatch):
    """A dialog open when the lock falls (hiding it would end its exec(), as if cancelled) is
    covered while nobody is signed in, and is there with what was typed for the same person."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from kindergarten_desktop.ui.accounts import session_ui

    act_as(controller.ctx.db, "yte")
    controller.show_window()
    controller.interactive = True
    session_ui.start_idle_lock(controller)
    window = controller.window
    dialog = QDialog(window)
    dialog.setWindowTitle("Nguyễn Văn A")
    typed = QLineEdit("đang gõ dở")
    QVBoxLayout(dialog).addWidget(typed)
    seen = []

    def same_person(db, parent, school="", locked_by=None, **_options):
        cover = dialog.findChild(QWidget, "lockCover")
        seen.append((dialog.isVisible(), cover is not None and cover.isVisible(), dialog.windowTitle(),
                     window.isVisible()))
        act_as(db, locked_by)
        return True

    monkeypatch.setattr(session_ui, "ask_sign_in", same_person)

    def lock_then_finish():
        controller.idle_lock.timer.timeout.emit()
        QTimer.singleShot(0, dialog.accept)

    QTimer.singleShot(0, lock_then_finish)
    assert dialog.exec() == QDialog.DialogCode.Accepted  # it was not ended by the lock
    assert seen == [(True, True, "Locked", False)]  # the English source: no translators here
    assert dialog.windowTitle() == "Nguyễn Văn A" and typed.text() == "đang gõ dở"
    assert dialog.findChild(QWidget, "lockCover") is None or not dialog.findChild(QWidget, "lockCover").isVisible()
    assert window.isVisible()
    controller.interactive = False


def test_the_accounts_manager_by_keyboard(qtbot, accounts_db, monkeypatch):  # noqa: F811
    from kindergarten_desktop.ui.accounts import accounts_dialog
    from kindergarten_desktop.ui.accounts.accounts_dialog import AccountsDialog

    act_as(accounts_db, "hieutruong")
    dialog = _shown(qtbot, AccountsDialog(accounts_db))
    assert QApplication.focusWidget() is dialog.view and dialog.selected().username == "bep"
    assert dialog.edit_button.isEnabled() and dialog.active_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    opened = []
    monkeypatch.setattr(accounts_dialog.AccountEditDialog, "exec",
                        lambda self: opened.append(self.account.username if self.account else None) or 0)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter: this person's roles, not "Add…"
    assert opened == ["giaovien"]
    dialog.active_button.click()  # disable: the same person stays chosen, the button now enables
    assert dialog.selected().username == "giaovien" and not dialog.selected().active
    assert dialog.active_button.isEnabled()
    dialog.active_button.click()
    assert users.get(accounts_db, "giaovien").active
