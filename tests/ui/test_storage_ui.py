"""Issue 13 in the window: failed saves say why (locked, full, damaged), waits show a busy
cursor, a damaged file opens read-only with a banner, the crash dialog, the Help menu."""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from kindergarten_desktop.db.settings import get_setting, set_setting
from kindergarten_desktop.errors import AppError, set_language
from kindergarten_desktop.ui import actions, error_dialog
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.app import Application, make_qapp
from tests.db.conftest import damage_table


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    set_language("en")
    yield shown
    set_language("vi")


@pytest.fixture
def opened(qapp, tmp_path):
    make_qapp()
    app = Application(QApplication.instance(), "en", interactive=False)
    path = tmp_path / "truong.sqlite3"
    assert app.open(path) is None
    app.show_window()
    yield app
    app.window.close()
    app.close_database(backup=False)


def test_refusal_shows_its_text_and_returns_false(opened, warnings):
    def refuse() -> None:
        raise AppError("db.read_only", path="x")

    assert run_action(opened.window, "Not saved", refuse) is False
    assert warnings == [("Not saved", AppError("db.read_only", path="x").text())]
    assert run_action(opened.window, "Not saved", set_setting, opened.ctx.db, "k", 1) is True
    assert get_setting(opened.ctx.db, "k") == 1


def test_disk_full_save_shows_the_drive_and_changes_nothing(opened, warnings):
    db = opened.ctx.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    assert run_action(opened.window, "Settings not saved", set_setting, db, "notes", "x" * 200_000) is False
    assert warnings[0][0] == "Settings not saved" and "is full" in warnings[0][1]
    assert get_setting(db, "notes") is None


def test_a_locked_database_is_waited_for_with_a_busy_cursor(opened, warnings, qtbot):
    holder = sqlite3.connect(opened.ctx.db_path, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = 'other program'")
    seen = []
    QTimer.singleShot(800, lambda: seen.append((QGuiApplication.overrideCursor() is not None,
                                                opened.window.statusBar().currentMessage())))
    QTimer.singleShot(1000, lambda: (holder.execute("ROLLBACK"), holder.close()))
    assert run_action(opened.window, "Not saved", set_setting, opened.ctx.db, "k", 2) is True
    assert seen and seen[0][0] and "another program" in seen[0][1]
    assert QGuiApplication.overrideCursor() is None and warnings == []
    assert get_setting(opened.ctx.db, "k") == 2


def test_a_database_locked_too_long_says_who_may_hold_it(opened, warnings, monkeypatch):
    monkeypatch.setattr(actions, "WAIT_S", 0.6)
    holder = sqlite3.connect(opened.ctx.db_path, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = 'other program'")
    try:
        assert run_action(opened.window, "Not saved", set_setting, opened.ctx.db, "k", 3) is False
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "OneDrive" in warnings[0][1] and str(opened.ctx.db_path) in warnings[0][1]
    assert QGuiApplication.overrideCursor() is None
    assert opened.ctx.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_damaged_database_opens_read_only_with_a_banner(qapp, tmp_path, warnings, qtbot):
    from kindergarten_desktop.db import open_database

    path = tmp_path / "hong.sqlite3"
    open_database(path).close()
    damage_table(path)
    before = path.read_bytes()
    make_qapp()
    app = Application(QApplication.instance(), "en", interactive=False)
    assert app.open(path) is None
    app.show_window()
    try:
        # The damage check runs beside the start-up; a write meanwhile waits for it and is refused.
        assert run_action(app.window, "Not saved", set_setting, app.ctx.db, "k", 1) is False
        assert "damaged" in warnings.pop()[1]
        qtbot.waitUntil(lambda: app.window.findChild(QToolBar, "damagedBanner") is not None)
        banner = app.window.findChild(QToolBar, "damagedBanner")
        assert banner.isVisible()
        from PySide6.QtWidgets import QPushButton

        assert banner.findChild(QPushButton, "bannerRestore").isVisible()
        assert banner.findChild(QPushButton, "bannerSalvage").isVisible()
        assert run_action(app.window, "Not saved", set_setting, app.ctx.db, "k", 1) is False
        assert "damaged" in warnings[0][1] and "viewing only" in warnings[0][1]
    finally:
        app.window.close()
        app.close_database()  # no backup of a damaged file
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_unexpected_error_is_logged_and_shown_with_copy_details(opened, monkeypatch, tmp_path):
    from kindergarten_desktop import logs

    monkeypatch.setattr(logs, "_log_file", None)
    root = logging.getLogger("kindergarten_desktop")
    handlers = list(root.handlers)
    log_path = logs.setup_logging(tmp_path / "logs")
    boxes = []

    def fake_exec(box):
        boxes.append((box.text(), box.informativeText(), box.detailedText(),
                      [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        error_dialog.install_crash_handlers()
        try:
            raise ZeroDivisionError("bug in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    text, informative, details, buttons = boxes[0]
    assert str(log_path) in informative and "ZeroDivisionError" in details
    assert "Copy details" in buttons
    assert "ZeroDivisionError: bug in a slot" in log_path.read_text(encoding="utf-8")


def test_excepthook_turns_a_database_fault_into_its_message(opened, warnings):
    error_dialog.set_database_path(opened.ctx.db_path)
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError:
        error_dialog._excepthook(*sys.exc_info())
    assert "OneDrive" in warnings[0][1]


def test_help_menu_opens_the_data_and_log_folders(opened, monkeypatch):
    from PySide6.QtGui import QAction

    from kindergarten_desktop.paths import data_dir, log_dir

    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    opened.window.findChild(QAction, "openDataFolder").trigger()
    opened.window.findChild(QAction, "openLogFolder").trigger()
    assert [u.toLocalFile() for u in urls] == [str(data_dir()), str(log_dir())]


def test_empty_file_is_created_only_after_asking(qapp, tmp_path, monkeypatch):
    make_qapp()
    empty = tmp_path / "rong.sqlite3"
    empty.touch()
    app = Application(QApplication.instance(), "en", interactive=True)
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(Application, "_ask_after_failure", lambda self, path, problem: ("quit", None))
    assert app.open_interactively(empty) is False
    assert "empty file" in questions[0] and empty.stat().st_size == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert app.open_interactively(empty) is True
    app.close_database(backup=False)
    assert empty.stat().st_size > 0


def test_open_error_dialog_offers_restore_and_restores(qapp, tmp_path, monkeypatch):
    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.db.backup import backup_now
    from kindergarten_desktop.ui.backup_dialog import RestoreDialog

    path = tmp_path / "truong.sqlite3"
    db = open_database(path)
    db.execute("UPDATE school SET name = 'Hoa Sen'")
    db.close()
    good = backup_now(path)
    path.write_bytes(b"overwritten by accident" * 100)
    make_qapp()
    app = Application(QApplication.instance(), "en", interactive=True)
    offered, infos = [], []

    def click_restore(box):
        offered.append([b.text() for b in box.buttons()])
        restore = next(b for b in box.buttons() if b.text() == "Restore a backup…")
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: (self.list.setCurrentRow(0), 1)[1])
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    assert app.open_interactively(path) is True
    try:
        assert "Restore a backup…" in offered[0]
        assert good.name in infos[0] and "before the restore" in infos[0]
        assert app.ctx.db.execute("SELECT name FROM school").fetchone()[0] == "Hoa Sen"
    finally:
        app.close_database(backup=False)


def test_school_settings_not_saved_on_a_locked_database_stays_open(opened, warnings, monkeypatch, qtbot):
    from kindergarten_desktop.school import load_settings
    from kindergarten_desktop.ui.settings_dialog import SchoolSettingsDialog

    monkeypatch.setattr(actions, "WAIT_S", 0.3)
    dialog = SchoolSettingsDialog(opened.ctx.db, opened.window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Trường Mầm non Sen Hồng")
    holder = sqlite3.connect(opened.ctx.db_path, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = name")
    try:
        dialog.accept()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dialog.result() == 0 and warnings[0][0] == "School settings not saved"
    assert load_settings(opened.ctx.db).name != "Trường Mầm non Sen Hồng"
    dialog.accept()  # the other program is gone: the same click saves
    assert dialog.result() == 1 and load_settings(opened.ctx.db).name == "Trường Mầm non Sen Hồng"


def test_the_start_up_check_runs_beside_the_window_and_a_first_write_waits_for_it(qapp, tmp_path, qtbot):
    from kindergarten_desktop.db import open_database

    path = tmp_path / "truong.sqlite3"
    open_database(path).close()
    make_qapp()
    app = Application(QApplication.instance(), "en", interactive=False)
    assert app.open(path) is None
    try:
        # Until the check answers nothing can be written behind its back...
        assert app.ctx.db.execute("PRAGMA query_only").fetchone()[0] in (0, 1)
        set_setting(app.ctx.db, "first", 1)  # ...and a write waits for it instead of failing
        assert get_setting(app.ctx.db, "first") == 1
        assert app.ctx.db.execute("PRAGMA query_only").fetchone()[0] == 0
        assert app.ctx.db.damaged is None
    finally:
        app.close_database(backup=False)


def test_save_what_can_be_read_from_the_banner(qapp, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from kindergarten_desktop.db import open_database

    path = tmp_path / "hong.sqlite3"
    db = open_database(path)
    db.execute("UPDATE school SET name = 'Hoa Sen'")
    db.close()
    damage_table(path, "child")
    make_qapp()
    app = Application(QApplication.instance(), "en", interactive=False, check_in_background=False)
    assert app.open(path) is None
    app.show_window()
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: boxes.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    try:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
        app.window.findChild(QPushButton, "bannerSalvage").click()
        assert "not the damaged database" in boxes.pop()  # never over the damaged file itself
        target = tmp_path / "cuu.sqlite3"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        app.window.findChild(QPushButton, "bannerSalvage").click()
        assert str(target) in boxes[-1] and "child" in boxes[-1]
    finally:
        app.window.close()
        app.close_database()
    saved = open_database(target, create=False)
    assert saved.execute("SELECT name FROM school").fetchone()[0] == "Hoa Sen"
    saved.close()


def test_every_transaction_waits_for_a_lock_with_a_busy_cursor_not_only_run_action(opened, monkeypatch):
    """A cell edit writes from setData, not through run_action: the connection's lock waiter
    keeps the window painted and shows the busy cursor there too, then gives up with 'locked'."""
    holder = sqlite3.connect(opened.ctx.db_path, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = 'other program'")
    seen = []
    QTimer.singleShot(700, lambda: seen.append(QGuiApplication.overrideCursor() is not None))
    QTimer.singleShot(900, lambda: (holder.execute("ROLLBACK"), holder.close()))
    set_setting(opened.ctx.db, "cell", 1)  # what a model's setData would call
    assert seen == [True] and QGuiApplication.overrideCursor() is None
    assert get_setting(opened.ctx.db, "cell") == 1
    monkeypatch.setattr(actions, "WAIT_S", 0.4)
    holder = sqlite3.connect(opened.ctx.db_path, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = 'other program'")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            set_setting(opened.ctx.db, "cell", 2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert get_setting(opened.ctx.db, "cell") == 1
    assert opened.ctx.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
