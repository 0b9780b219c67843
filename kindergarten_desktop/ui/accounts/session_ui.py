"""The accounts in the running app: sign-in at start, sign out and the idle lock, the File
menu's account entries and tabs hidden from roles that may not see them. (A refused write
arrives as an AppError from the storage, db/refusals.py, and the error dialog shows it.)"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from kindergarten_desktop.accounts import access
from kindergarten_desktop.db import session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.ui.accounts.labels import area_label, role_label, roles_text

if TYPE_CHECKING:
    from kindergarten_desktop.ui.app import Application



@dataclass(frozen=True)
class Place:
    """A page of a main tab: shown to whoever reads one of ``shown_to``; it shows (and has the
    controls that change) the data of the areas ``shows``."""

    shown_to: tuple[str, ...]
    shows: tuple[str, ...]


# Every main tab's pages as the window shows them to an account: (tab, page) -> Place, page ""
# for a tab whose pages are all shown together. A tab is shown when one of its pages is; a tab
# not listed is shown to all. The window (visible_tabs, hide_pages) and "What can I do?"
# (ui/accounts/rights.py) read this one table, so the explanation says what the window shows
# (tests/ui/accounts/test_rights.py checks both against the window built for every role).
_MEALS_TAB = ("meals", "market", "stock", "kitchen")
PLACES: dict[tuple[str, str], Place] = {
    ("roster", ""): Place(("roster", "attendance"), ("roster", "attendance")),
    ("growth", ""): Place(("growth",), ("growth",)),
    # The meal count is the meals tab's first page: the kitchen cooks from it.
    ("meals", "count"): Place(_MEALS_TAB, ("meals",)),
    # The money pages: hidden from a role that does not read meals (the kitchen).
    ("meals", "ledger"): Place(("meals",), ("meals", "closing", "reopening")),
    ("meals", "discounts"): Place(("meals",), ("meals",)),
    ("meals", "payments"): Place(("meals",), ("meals",)),
    ("meals", "market"): Place(_MEALS_TAB, ("market", "kitchen", "stock")),
    ("meals", "stock"): Place(_MEALS_TAB, ("stock",)),
    ("meals", "rates"): Place(("meals",), ("meals",)),
    ("agenda", ""): Place(("agenda",), ("agenda",)),
    ("kitchen", ""): Place(("kitchen",), ("kitchen", "market", "stock", "suppliers")),
}


def ask_sign_in(db: Database, parent: QWidget | None, school: str = "", locked_by: str | None = None, *,
                signed_out: bool = False) -> bool:
    from kindergarten_desktop.ui.accounts.sign_in_dialog import SignInDialog

    dialog = SignInDialog(db, parent, school=school, locked_by=locked_by, signed_out=signed_out)
    return dialog.exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Calls ``on_idle`` after ``minutes`` without a key press or mouse use anywhere in the app."""

    _EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, minutes: int, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(on_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def place_shown(db: Database, tab: str, page: str = "") -> bool:
    """True when the window shows the page ``page`` of tab ``tab`` to whoever works on ``db``
    (a page not in PLACES: when its tab is shown)."""
    place = PLACES.get((tab, page))
    if place is None:
        pages = [key for key in PLACES if key[0] == tab]
        return not pages or any(place_shown(db, *key) for key in pages)
    return any(access.can_read(db, area) for area in place.shown_to)


def visible_tabs(db: Database) -> dict[str, bool]:
    """Tab key -> shown, in the window's tab order (a tab not in PLACES is shown to all)."""
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    return {spec.key: place_shown(db, spec.key) for spec in TAB_SPECS}


def decorate_window(window: QMainWindow, db: Database, actions: dict[str, Callable[[], None]]) -> None:
    """Add the account entries to the File menu, hide the tabs the role does not see, and
    name who is signed in in the status bar."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    existing = file_menu.actions()
    first = existing[0] if existing else file_menu.addSeparator()
    signed_in = session.current(db)
    principal = access.is_principal(db)

    def add(text: str, key: str, name: str, enabled: bool = True, tip: str = "") -> None:
        action = file_menu.addAction(text)
        file_menu.insertAction(first, action)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda: actions[key]())

    tip = "" if principal else AppError("accounts.principal_only").text()
    add(QCoreApplication.translate("AccountsMenu", "&Accounts…"), "accounts", "actionAccounts", principal, tip)
    add(QCoreApplication.translate("AccountsMenu", "Audit tra&il…"), "audit", "actionAudit", principal,
        "" if principal else AppError("accounts.audit_principal_only").text())
    if signed_in is not None:
        add(QCoreApplication.translate("AccountsMenu", "Change my &password…"), "password", "actionPassword")
    add(QCoreApplication.translate("AccountsMenu", "What can I &do?"), "permissions", "actionPermissions")
    if signed_in is not None:
        add(QCoreApplication.translate("AccountsMenu", "Sign o&ut"), "sign_out", "actionSignOut")
    if existing:
        file_menu.insertSeparator(first)
    file_menu.setToolTipsVisible(True)
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        for index, shown in enumerate(visible_tabs(db).values()):
            tabs.setTabVisible(index, shown)
        if not tabs.isTabVisible(tabs.currentIndex()):
            for index in range(tabs.count()):
                if tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
                    break
    from kindergarten_desktop.ui.accounts.write_guard import apply_permissions

    apply_permissions(window, db)  # edit buttons the account may not use: disabled, with why
    if signed_in is not None:
        text = QCoreApplication.translate("AccountsMenu", "Signed in: %1 (%2)")
        label = QLabel(text.replace("%1", signed_in.display_name).replace("%2", roles_text(signed_in.roles)))
        label.setObjectName("signedInLabel")
        window.statusBar().addPermanentWidget(label)


def hide_pages(tab: str, pages: QTabWidget, names: dict[str, QWidget], db: Database) -> None:
    """Hide the pages of ``tab`` (name -> page widget) that the account does not see (PLACES):
    the meals tab's money pages (ledger, discounts, receipts, rates) from the kitchen, which sees
    the meal count, the market book and the store."""
    for name, widget in names.items():
        index = pages.indexOf(widget)
        if index >= 0 and not place_shown(db, tab, name):
            pages.setTabVisible(index, False)


class PermissionsDialog(QDialog):
    """"What can I do?": every area, whether this account changes it, only sees it (all of it,
    the classes assigned, or the pages and documents named) or neither, and who may change it
    when it may not. Every answer comes from the rules the window obeys (ui/accounts/rights.py)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # here: its enums cost the window's first paint (test_startup_path)
        from PySide6.QtWidgets import QDialogButtonBox, QScrollArea, QVBoxLayout

        from kindergarten_desktop.reports.registry import get_kind
        from kindergarten_desktop.reports.titles import kind_title
        from kindergarten_desktop.ui.accounts import rights
        from kindergarten_desktop.ui.accounts.labels import place_label

        super().__init__(parent)
        self.setObjectName("PermissionsDialog")
        self.setWindowTitle(self.tr("What can I do?"))
        layout = QVBoxLayout(self)
        actor = session.current(db)
        if not access.has_accounts(db):
            intro = self.tr("This school has no accounts: whoever opens the app may change everything. "
                            "The principal can create accounts in File ▸ Accounts.")
        else:
            assert actor is not None
            intro = self.tr("Signed in as %1 (%2).").replace("%1", html.escape(actor.display_name)).replace(
                "%2", roles_text(actor.roles))
        self.rights = rights.rights(db)
        headings = (self.tr("Work"), self.tr("You"), self.tr("Who changes it"))
        rows = [f"<p>{intro}</p><table cellspacing='4'><tr>"
                + "".join(f"<th align='left'>{heading}</th>" for heading in headings) + "</tr>"]
        for right in self.rights:
            state = {rights.ALL: self.tr("changes"), rights.CLASSES: self.tr("changes, for the classes assigned"),
                     rights.OWN: self.tr("changes your own password only")}.get(right.changes, "")
            seen = {rights.ALL: self.tr("sees only"), rights.CLASSES: self.tr("sees only, the classes assigned"),
                    rights.NOTHING: self.tr("hidden")}.get(right.sees, "")
            if right.sees == rights.PART:
                where = [place_label(*page) for page in right.pages]
                where += [kind_title(get_kind(kind)) for kind in right.documents]
                seen = self.tr("sees only: %1").replace("%1", "; ".join(where))
            if not state:
                state = seen
            elif right.changes == rights.OWN and right.sees != rights.NOTHING:
                state = f"{seen}; {state}"
            why = ""
            if right.changes != rights.ALL:
                why = " / ".join(role_label(r) for r in right.writers)  # under the heading "Who changes it"
            rows.append(f"<tr><td><b>{area_label(right.area)}</b></td><td>{html.escape(state)}</td>"
                        f"<td><i>{html.escape(why)}</i></td></tr>")
        rows.append("</table>")
        self.text = QLabel("".join(rows))
        self.text.setObjectName("permissionsText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setContentsMargins(6, 6, 6, 6)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()  # Enter or Esc closes it
        self.resize(760, min(640, self.text.sizeHint().height() + 90))


def idle_minutes(db: Database) -> int:
    from kindergarten_desktop.accounts import users  # sign-in, sign-out and idle only: not at start-up

    return users.idle_minutes(db)


def ensure_signed_in(db: Database, parent: QWidget | None) -> bool:
    """In a school with accounts somebody must be signed in on ``db``; asks when nobody is."""
    if not access.has_accounts(db) or session.current(db) is not None:
        return True
    from kindergarten_desktop.school import load_settings

    return ask_sign_in(db, parent, load_settings(db).name)


def menu_actions(app: Application) -> dict[str, Callable[[], None]]:
    """The File menu's account entries, bound to the running application. The dialogs are
    imported when opened, not at start-up."""

    def db() -> Database:
        assert app.ctx is not None
        return app.ctx.db

    def accounts() -> None:
        from kindergarten_desktop.ui.accounts.accounts_dialog import AccountsDialog

        had = access.has_accounts(db())
        AccountsDialog(db(), app.window).exec()
        if had != access.has_accounts(db()):
            app.show_window()  # the first account: menus and tabs change

    def audit() -> None:
        from kindergarten_desktop.ui.accounts.audit_viewer import AuditViewer

        AuditViewer(db(), app.window).exec()

    def password() -> None:
        from kindergarten_desktop.ui.accounts.accounts_dialog import PasswordDialog

        actor = session.current(db())
        if actor is not None:
            PasswordDialog(db(), actor.username, app.window, own=True).exec()

    def permissions_dialog() -> None:
        PermissionsDialog(db(), app.window).exec()

    def sign_out() -> None:
        from kindergarten_desktop.accounts import users

        users.sign_out(db())
        lock_screen(app, None)

    actions: dict[str, Callable[[], None]] = {
        "accounts": accounts, "audit": audit, "password": password, "permissions": permissions_dialog,
        "sign_out": sign_out,
    }
    start_idle_lock(app)
    return actions


def start_idle_lock(app: Application) -> None:
    assert app.ctx is not None
    db = app.ctx.db
    if app.idle_lock is not None:
        app.idle_lock.stop()
        app.idle_lock = None
    actor = session.current(db)
    if actor is None or not app.interactive:
        return
    from kindergarten_desktop.accounts import users  # somebody is signed in: the accounts are in use

    def on_idle() -> None:
        users.sign_out(db)
        lock_screen(app, actor.username)

    app.idle_lock = IdleLock(users.idle_minutes(db), on_idle)


def lock_screen(app: Application, locked_by: str | None) -> None:
    """Hide the school's data until somebody signs in; the same person finds the window as
    they left it, anyone else gets a window built for their role."""
    from kindergarten_desktop.school import load_settings

    assert app.ctx is not None
    window = app.window
    db = app.ctx.db
    if app.idle_lock is not None:
        app.idle_lock.stop()
        app.idle_lock = None
    # Open dialogs are covered, not closed: what was typed in them is not lost. (Hiding one would
    # end its exec(): the dialog would be gone, as if cancelled, when its owner signs in again.)
    covered = [_Cover(w) for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    if window is not None:
        window.hide()
    signed_in = ask_sign_in(db, None, load_settings(db).name, locked_by, signed_out=locked_by is None)
    actor = session.current(db)
    same = signed_in and window is not None and actor is not None and actor.username == locked_by
    for cover in covered:
        cover.remove()
    if same:
        assert window is not None
        window.show()
        for cover in covered:
            cover.dialog.raise_()
            cover.dialog.activateWindow()
        start_idle_lock(app)
        return
    for cover in covered:  # someone else (or nobody): the previous person's dialogs close
        cover.dialog.reject()
    if not signed_in:
        app.app.quit()
        return
    app.show_window()


class _Cover(QWidget):
    """An opaque panel over an open dialog while the screen is locked: it hides what the
    dialog shows (its title too) and keeps it open with what was typed (the sign-in dialog,
    modal, takes every key meanwhile)."""

    def __init__(self, dialog: QDialog) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QVBoxLayout

        super().__init__(dialog)
        self.dialog = dialog
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.title = dialog.windowTitle()
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("AccountsMenu", "Locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        dialog.setWindowTitle(label.text())
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        self.dialog.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()
