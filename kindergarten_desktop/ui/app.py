"""Application start: QApplication, translators, the database (locked, migrated), the window."""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
)

from kindergarten_desktop import APP_NAME, ORG_NAME, __version__, errors
from kindergarten_desktop.db import (
    DatabaseError,
    DatabaseIOError,
    DatabaseLocked,
    DatabaseNotWritable,
    open_database,
)
from kindergarten_desktop.db.faults import disk_full
from kindergarten_desktop.logs import setup_logging
from kindergarten_desktop.paths import data_dir, default_db_path, fonts_dir, icons_dir, log_dir
from kindergarten_desktop.ui import error_dialog, i18n
from kindergarten_desktop.ui.actions import LockWaiter
from kindergarten_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from kindergarten_desktop.ui.accounts.session_ui import IdleLock
    from kindergarten_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_qapp(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = icons_dir() / "app.png"
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))
    # The shipped fonts cover Vietnamese fully, whatever the system has.
    for font in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    return app  # type: ignore[return-value]


class Application:
    """Owns the open database, its lock and the main window; menus call back into it."""

    def __init__(self, app: QApplication, lang: str, interactive: bool = True,
                 check_in_background: bool = True) -> None:
        self.app = app
        self.lang = lang
        self.interactive = interactive
        # quick_check takes ~0.2 s on a 10-year database: run it beside the start-up, with
        # the connection query_only (nothing can be written) until it has passed.
        self.check_in_background = check_in_background
        self.ctx: AppContext | None = None
        self.lock: QLockFile | None = None
        self.window: MainWindow | None = None  # ui.main_window, imported when the window is first shown
        self.idle_lock: IdleLock | None = None  # ui.accounts.session_ui, while someone is signed in
        self._check = _Check()
        self._check.done.connect(self._check_done)
        errors.set_language(lang)

    # --- database -------------------------------------------------------------------
    def open(self, path: Path, *, create: bool = True) -> str | None:
        """Open ``path``; returns None on success or the message explaining the failure.
        A damaged database opens read-only (``ctx.db.damaged``), with a banner in the window."""
        path = Path(path).resolve()
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        try:
            if path.parent.exists() and not lock.tryLock(200):
                if lock.error() == QLockFile.LockError.PermissionError:
                    # No lock file can be made in a read-only folder: not "already open".
                    raise DatabaseNotWritable(path)
                if lock.error() == QLockFile.LockError.UnknownError:
                    # The lock file could not be written: a full disk is the usual reason, never "already open".
                    raise disk_full(path) if shutil.disk_usage(path.parent).free < 64 * 1024 else DatabaseIOError(
                        path, detail="lock file")
                raise DatabaseLocked(path, "db.already_open")
            db = open_database(path, create=create, allow_damaged=True, check=not self.check_in_background)
        except DatabaseError as exc:
            if lock.isLocked():
                lock.unlock()
            log.info("cannot open database: %s", exc.code)
            return exc.text()
        self.close_database()
        self.lock = lock
        db.lock_waiter = LockWaiter(lambda: self.window)
        self.ctx = AppContext(db, path)
        error_dialog.set_database_path(path, damaged=db.damaged is not None)
        log.info("database opened (schema %s%s)", db.user_version,
                 ", damaged: read-only" if db.damaged else "")
        if self.check_in_background and db.damaged is None:
            db.set_query_only(True)
            db.write_gate = self._wait_for_check
            self._check.schedule(path, db)
        return None

    def _wait_for_check(self) -> None:
        """A write is about to start before the background check answered: wait for it (< 0.3 s)."""
        self._check.wait()
        if self.ctx is not None and self._check.db is self.ctx.db:
            self._settle(self._check.problem)

    def _settle(self, problem: str) -> None:
        assert self.ctx is not None
        db = self.ctx.db
        db.write_gate = None
        if problem == "ok":
            db.set_query_only(False)
        else:  # stays query_only: every write is refused, with the "damaged" message
            db.damaged, db.read_only = problem, True
            error_dialog.set_database_path(self.ctx.db_path, damaged=True)

    def _check_done(self, path: Path, db: object, problem: str) -> None:
        """The background damage check has answered for ``db`` (opened from ``path``)."""
        if self.ctx is None or self.ctx.db is not db:
            return  # another database is open by now
        self._settle(problem)
        if problem == "ok":
            return
        log.warning("database failed quick_check, reopened read-only: %s", problem)
        self.ctx.db.close()
        try:
            damaged = open_database(path, allow_damaged=True)
        except DatabaseError as exc:
            self.ctx = None
            if self.window is not None:
                QMessageBox.critical(self.window, APP_NAME, exc.text())
                self.window.close()
            return
        damaged.lock_waiter = LockWaiter(lambda: self.window)
        self.ctx = AppContext(damaged, path)
        if self.window is not None:
            self.show_window()

    def close_database(self, backup: bool = True) -> None:
        if self.ctx is None:
            return
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None
        path = self.ctx.db_path
        damaged = self.ctx.db.damaged is not None
        self.ctx.db.close()
        self.ctx = None
        error_dialog.set_database_path(None)
        if backup and not damaged:  # a damaged file must never rotate a good backup out
            try:
                from kindergarten_desktop.db.backup import auto_backup

                auto_backup(path)
            except (DatabaseError, OSError) as exc:  # a failed backup must not stop the app from closing
                log.warning("automatic backup failed: %s", getattr(exc, "code", type(exc).__name__))
                if self.interactive and self.window is not None:
                    QMessageBox.warning(self.window, APP_NAME, self._backup_failed_text(exc, path))
        if self.lock:
            self.lock.unlock()
            self.lock = None

    def _backup_failed_text(self, exc: BaseException, path: Path) -> str:
        text = error_dialog.user_message(exc, path) or str(exc)
        return QApplication.translate("Application", "The backup was not made.") + "\n\n" + text

    def _needs_creating(self, path: Path) -> bool:
        try:
            return path.stat().st_size == 0
        except FileNotFoundError:
            return True
        except OSError:
            return False

    def open_interactively(self, path: Path, *, ask_to_create: bool = True) -> bool:
        """Open ``path``; on failure explain and offer another file, a new one, or a backup.
        A missing or empty file becomes a new school only after the user agrees."""
        while True:
            path = Path(path)
            create = True
            if self.interactive and ask_to_create and self._needs_creating(path):
                create = self._confirm_create(path)
            problem = self.open(path, create=create)
            if problem is None:
                return True
            if not self.interactive:
                print(problem, file=sys.stderr)
                return False
            ask_to_create = True
            choice, chosen = self._ask_after_failure(path, problem)
            if choice == "quit":
                return False
            if choice == "restored":
                continue
            if chosen:
                path = chosen
                ask_to_create = choice != "new"  # the user has just chosen to create it

    def _confirm_create(self, path: Path) -> bool:
        exists = path.exists()
        text = (QApplication.translate("Application", "%1 is an empty file (0 bytes).") if exists
                else QApplication.translate("Application", "%1 does not exist.")).replace("%1", str(path))
        answer = QMessageBox.question(
            self.window, APP_NAME,
            text + "\n\n" + QApplication.translate("Application", "Create a new, empty school database there?"))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_after_failure(self, path: Path, problem: str) -> tuple[str, Path | None]:
        from kindergarten_desktop.db.backup import list_backups

        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, problem)
        restore = None
        if list_backups(path):
            restore = box.addButton(QApplication.translate("Application", "Restore a backup…"),
                                    QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(QApplication.translate("Application", "Open another…"),
                              QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(QApplication.translate("Application", "Create new…"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return ("restored", None) if self._restore_file(path) else ("retry", None)
        if clicked is other:
            return "other", self._ask_path(save=False)
        if clicked is new:
            return "new", self._ask_path(save=True)
        return "quit", None

    def _ask_path(self, save: bool) -> Path | None:
        caption = QApplication.translate("Application", "School database")
        filters = QApplication.translate("Application", "School database (*.sqlite3 *.db);;All files (*)")
        if save:
            name, _ = QFileDialog.getSaveFileName(self.window, caption, str(Path.home()), filters)
        else:
            name, _ = QFileDialog.getOpenFileName(self.window, caption, str(Path.home()), filters)
        return Path(name) if name else None

    # --- window -----------------------------------------------------------------------
    def show_window(self) -> None:
        from kindergarten_desktop.ui.accounts import session_ui
        from kindergarten_desktop.ui.main_window import MainWindow

        assert self.ctx is not None
        if self.interactive and not session_ui.ensure_signed_in(self.ctx.db, self.window):
            self.app.quit()  # nobody signed in: the school's data stays closed
            return
        old = self.window
        self.window = MainWindow(self.ctx, self._menu_actions(), self.lang)
        session_ui.decorate_window(self.window, self.ctx.db, session_ui.menu_actions(self))
        if self.ctx.db.damaged is not None:
            self._add_damaged_banner(self.window)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()
        self.window.current_page().ready.connect(self._check.start_soon)
        if self.interactive and self.ctx.school_year is None and self.ctx.db.damaged is None:
            # First run on a new database: nothing works without the school and its year.
            QTimer.singleShot(0, self._edit_settings)

    def _add_damaged_banner(self, window: MainWindow) -> None:
        """A bar above the tabs: the file is damaged and read-only; restore, or save what can be read."""
        bar = QToolBar(window)
        bar.setObjectName("damagedBanner")
        bar.setMovable(False)
        bar.setStyleSheet("QToolBar { background: #fde2e1; border-bottom: 1px solid #e0a0a0; }")
        label = QLabel(errors.message("db.read_only_damaged"))
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setStyleSheet("QLabel { color: #7a1010; padding: 6px; font-weight: bold; }")
        bar.addWidget(label)
        for name, text, slot in (
                ("bannerRestore", QApplication.translate("Application", "Restore a backup…"), self._restore),
                ("bannerSalvage", QApplication.translate("Application", "Save what can be read…"),
                 self._save_readable)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        window.addToolBarBreak()
        window.addToolBar(bar)  # the top area

    def _menu_actions(self) -> dict:
        return {
            "open": lambda: self._switch(save=False),
            "new": lambda: self._switch(save=True),
            "settings": self._edit_settings,
            "staff": self._edit_staff,
            "backup": self._backup_now,
            "restore": self._restore,
            "salvage": self._save_readable,
            "language": self.set_language,
            "data_folder": lambda: self._open_folder(data_dir()),
            "log_folder": lambda: self._open_folder(log_dir()),
        }

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _switch(self, save: bool) -> None:
        chosen = self._ask_path(save=save)
        if not chosen:
            return
        if not save and self._needs_creating(chosen) and not self._confirm_create(chosen):
            return
        problem = self.open(chosen)
        if problem:
            QMessageBox.critical(self.window, APP_NAME, problem)
            return
        QSettings().setValue("database/last", str(chosen))
        self.show_window()

    def _edit_settings(self) -> None:
        from kindergarten_desktop.ui.settings_dialog import SchoolSettingsDialog

        assert self.ctx is not None
        dialog = SchoolSettingsDialog(self.ctx.db, self.window)
        if dialog.exec():
            if dialog.settings.current_school_year_id:
                self.ctx.set_school_year(dialog.settings.current_school_year_id)
            self.ctx.dataChanged.emit("settings")
            if self.window is not None:
                self.window.reload_years()

    def _edit_staff(self) -> None:
        from kindergarten_desktop.ui.staff_dialog import StaffDialog

        assert self.ctx is not None
        StaffDialog(self.ctx.db, self.window).exec()
        self.ctx.dataChanged.emit("staff")

    def _backup_now(self) -> None:
        from kindergarten_desktop.db.backup import backup_now

        assert self.ctx is not None
        try:
            target = backup_now(self.ctx.db_path)
        except (DatabaseError, OSError) as exc:
            QMessageBox.critical(self.window, APP_NAME, self._backup_failed_text(exc, self.ctx.db_path))
            return
        QMessageBox.information(self.window, APP_NAME, QApplication.translate(
            "Application", "Backup saved:\n%1").replace("%1", str(target)))

    def _restore(self) -> None:
        assert self.ctx is not None
        path = self.ctx.db_path
        from kindergarten_desktop.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(path, self.window)
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None:
            return
        self.close_database(backup=False)
        self._restore_chosen(chosen, path)
        if self.open_interactively(path):
            self.show_window()
        else:
            self.app.quit()

    def _restore_file(self, path: Path) -> bool:
        """Restore from the open-error dialog (no database open). True when restored."""
        from kindergarten_desktop.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(path, self.window)
        chosen = dialog.chosen() if dialog.exec() else None
        return chosen is not None and self._restore_chosen(chosen, path)

    def _restore_chosen(self, backup: Path, path: Path) -> bool:
        from kindergarten_desktop.db.backup import restore_backup

        try:
            safety = restore_backup(backup, path)
        except (DatabaseError, OSError) as exc:
            QMessageBox.critical(self.window, APP_NAME, error_dialog.user_message(exc, path) or str(exc))
            return False
        text = QApplication.translate("Application", "The backup of %1 was restored.").replace(
            "%1", backup.name)
        if safety is not None:
            text += "\n\n" + QApplication.translate(
                "Application", "The data as it was before the restore is kept as %1 (you can restore it too).").replace(
                "%1", safety.name)
        QMessageBox.information(self.window, APP_NAME, text)
        return True

    def _save_readable(self) -> None:
        from kindergarten_desktop.db.backup import backups_dir
        from kindergarten_desktop.db.salvage import save_readable

        assert self.ctx is not None
        source = self.ctx.db_path
        suggested = source.with_name(f"{source.stem}-da-cuu{source.suffix or '.sqlite3'}")
        caption = QApplication.translate("Application", "Save what can be read")
        filters = QApplication.translate("Application", "School database (*.sqlite3 *.db);;All files (*)")
        name, _ = QFileDialog.getSaveFileName(self.window, caption, str(suggested), filters)
        if not name:
            return
        target = Path(name)
        if target.resolve() == source.resolve() or target.resolve().parent == backups_dir(source):
            QMessageBox.warning(self.window, APP_NAME, QApplication.translate(
                "Application", "Choose a new file, not the damaged database or one of its backups."))
            return
        try:
            if target.exists():
                target.unlink()  # the save dialog has asked before replacing it
            result = save_readable(source, target)
        except (DatabaseError, OSError) as exc:
            QMessageBox.critical(self.window, APP_NAME, error_dialog.user_message(exc, target) or str(exc))
            return
        text = QApplication.translate("Application", "Saved %1 rows into %2.").replace(
            "%1", str(sum(result.rows.values()))).replace("%2", str(target))
        if result.incomplete:
            text += "\n\n" + QApplication.translate(
                "Application", "Some records could not be read and are missing: %1.").replace(
                "%1", ", ".join(result.incomplete))
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, parent=self.window)
        open_it = box.addButton(QApplication.translate("Application", "Open the new file"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_it:
            problem = self.open(target, create=False)
            if problem:
                QMessageBox.critical(self.window, APP_NAME, problem)
                return
            QSettings().setValue("database/last", str(target))
            self.show_window()

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        errors.set_language(lang)
        i18n.remember_language(lang)
        i18n.install_translators(lang)
        if self.ctx is not None:
            self.show_window()

    def shutdown(self) -> None:
        # A smoke run (CI, start-up timing) does no work worth a backup.
        self.close_database(backup=self.interactive)


class _Check(QObject):
    """The quick_check of the database just opened, started once the window shows the restored
    tab's data (:meth:`start_soon`), or DELAY_MS after the opening at the latest, so it does not
    compete with the start-up; on a thread of its own, the answer reaching the GUI thread by
    ``done``. A write before it has run waits for it (:meth:`wait`)."""

    done = Signal(object, object, str)  # path, the Database it was opened for, "ok" or the problem
    DELAY_MS = 2000

    def __init__(self) -> None:
        super().__init__()
        self.worker: threading.Thread | None = None
        self.path: Path | None = None
        self.db: object = None
        self.problem = "ok"
        self.finished = False

    def schedule(self, path: Path, db: object) -> None:
        self.path, self.db, self.problem, self.worker, self.finished = path, db, "ok", None, False
        QTimer.singleShot(self.DELAY_MS, lambda: self._start(db))

    def start_soon(self) -> None:
        """The window shows its first tab's data: the check may run now."""
        db = self.db
        QTimer.singleShot(0, lambda: self._start(db))

    def _start(self, db: object) -> None:
        if db is self.db and self.worker is None and not self.finished and self.path is not None:
            self.worker = threading.Thread(target=self._run, args=(self.path, db), name="quick_check", daemon=True)
            self.worker.start()

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.join()
        elif not self.finished and self.path is not None:  # not started yet: check now, here
            path, db = self.path, self.db
            self.problem, self.finished = self._check(path), True
            problem = self.problem
            QTimer.singleShot(0, lambda: self.done.emit(path, db, problem))

    def _run(self, path: Path, db: object) -> None:
        problem = self._check(path)
        if db is self.db:
            self.problem, self.finished = problem, True
        self.done.emit(path, db, problem)

    @staticmethod
    def _check(path: Path) -> str:
        from kindergarten_desktop.db.connection import connect, quick_check

        try:
            conn = connect(path, read_only=True)
            try:
                return quick_check(conn)
            finally:
                conn.close()
        except Exception as exc:  # noqa: BLE001 - an unreadable file is damaged for this purpose
            return str(exc)


def _demo_database() -> Path:
    """A fresh demo school in a private temporary folder, removed when the app exits."""
    from kindergarten_desktop import demo

    folder = Path(tempfile.mkdtemp(prefix="kindergarten-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "truong-mau.sqlite3"
    demo.generate_file(path, years=1)
    return path


def run_gui(args: argparse.Namespace) -> int:
    if args.smoke and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_qapp()
    setup_logging()
    error_dialog.install_crash_handlers()
    lang = args.lang or i18n.saved_language()
    if args.lang and not args.smoke:  # a smoke run never writes settings
        i18n.remember_language(args.lang)
    i18n.install_translators(lang)
    controller = Application(app, lang, interactive=not args.smoke)
    last_used = None
    if args.demo:
        path = _demo_database()
    elif args.db:
        path = Path(args.db)
    else:
        last_used = QSettings().value("database/last")
        path = Path(last_used) if last_used else default_db_path()
    # The per-user default is created on the first run without asking; any other missing file is asked about.
    if not controller.open_interactively(path, ask_to_create=bool(args.demo or args.db or last_used)):
        return 2
    controller.show_window()
    if controller.window is None:
        return 0  # the sign-in was cancelled
    if args.smoke:  # an offscreen size and tab must not be the next start's
        controller.window.remember_state = False
    app.aboutToQuit.connect(controller.shutdown)
    if args.smoke:
        # Until the window is painted with the restored tab (its widgets, "Loading…"); with
        # --smoke=data until that tab's data is shown as well. Never longer than a minute.
        page = controller.window.current_page()
        (page.ready if args.smoke == "data" else page.painted).connect(lambda *_: app.quit())
        QTimer.singleShot(60_000, lambda: app.exit(3))
    return app.exec()
