"""Application start: QApplication, translators, the database (locked, migrated), the window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kindergarten_desktop import APP_NAME, ORG_NAME, __version__
from kindergarten_desktop.db import DatabaseError, DatabaseLocked, DatabaseNotWritable, open_database
from kindergarten_desktop.paths import default_db_path, fonts_dir, icons_dir
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from kindergarten_desktop.ui.main_window import MainWindow


def make_qapp(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = icons_dir() / "app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # The shipped fonts cover Vietnamese fully, whatever the system has.
    for font in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    return app  # type: ignore[return-value]


class Application:
    """Owns the open database, its lock and the main window; menus call back into it."""

    def __init__(self, app: QApplication, lang: str, interactive: bool = True) -> None:
        self.app = app
        self.lang = lang
        self.interactive = interactive
        self.ctx: AppContext | None = None
        self.lock: QLockFile | None = None
        self.window: MainWindow | None = None  # ui.main_window, imported when the window is first shown

    # --- database -------------------------------------------------------------------
    def open(self, path: Path) -> str | None:
        """Open ``path``; returns None on success or the message explaining the failure."""
        path = Path(path).resolve()
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        try:
            if path.parent.exists() and not lock.tryLock(200):
                if lock.error() == QLockFile.LockError.PermissionError:
                    # No lock file can be made in a read-only folder: not "already open".
                    raise DatabaseNotWritable(path, "the database or its folder is read-only")
                raise DatabaseLocked(path, QApplication.translate(
                    "Application", "the database is already open in another window of the app"))
            db = open_database(path)
        except DatabaseError as exc:
            if lock.isLocked():
                lock.unlock()
            return self._describe(exc)
        self.close_database()
        self.lock = lock
        self.ctx = AppContext(db, path)
        return None

    def _describe(self, exc: DatabaseError) -> str:
        return QApplication.translate("Application", "Cannot open %1:\n%2").replace(
            "%1", str(exc.path)).replace("%2", exc.problem)

    def close_database(self, backup: bool = True) -> None:
        if self.ctx is None:
            return
        path = self.ctx.db_path
        self.ctx.db.close()
        self.ctx = None
        if backup:
            try:
                from kindergarten_desktop.db.backup import auto_backup

                auto_backup(path)
            except OSError as exc:  # a failed backup must not stop the app from closing
                print(f"backup failed: {exc}", file=sys.stderr)
        if self.lock:
            self.lock.unlock()
            self.lock = None

    def open_interactively(self, path: Path) -> bool:
        """Open ``path``; on failure explain and let the user open another file or create one."""
        while True:
            problem = self.open(path)
            if problem is None:
                return True
            if not self.interactive:
                print(problem, file=sys.stderr)
                return False
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, problem)
            other = box.addButton(QApplication.translate("Application", "Open another…"),
                                  QMessageBox.ButtonRole.AcceptRole)
            new = box.addButton(QApplication.translate("Application", "Create new…"),
                                QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is other:
                chosen = self._ask_path(save=False)
            elif clicked is new:
                chosen = self._ask_path(save=True)
            else:
                return False
            if chosen:
                path = chosen

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
        from kindergarten_desktop.ui.main_window import MainWindow

        assert self.ctx is not None
        old = self.window
        self.window = MainWindow(self.ctx, self._menu_actions(), self.lang)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()
        if self.interactive and self.ctx.school_year is None:
            # First run on a new database: nothing works without the school and its year.
            QTimer.singleShot(0, self._edit_settings)

    def _menu_actions(self) -> dict:
        return {
            "open": lambda: self._switch(save=False),
            "new": lambda: self._switch(save=True),
            "settings": self._edit_settings,
            "staff": self._edit_staff,
            "backup": self._backup_now,
            "restore": self._restore,
            "language": self.set_language,
        }

    def _switch(self, save: bool) -> None:
        chosen = self._ask_path(save=save)
        if not chosen:
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
        except OSError as exc:
            QMessageBox.critical(self.window, APP_NAME, str(exc))
            return
        QMessageBox.information(self.window, APP_NAME, QApplication.translate(
            "Application", "Backup saved:\n%1").replace("%1", str(target)))

    def _restore(self) -> None:
        from kindergarten_desktop.db.backup import restore_backup
        from kindergarten_desktop.ui.backup_dialog import RestoreDialog

        assert self.ctx is not None
        dialog = RestoreDialog(self.ctx.db_path, self.window)
        if not dialog.exec() or dialog.chosen() is None:
            return
        path = self.ctx.db_path
        self.close_database(backup=False)
        try:
            restore_backup(dialog.chosen(), path)
        except Exception as exc:
            QMessageBox.critical(self.window, APP_NAME, str(exc))
        if self.open_interactively(path):
            self.show_window()
        else:
            self.app.quit()

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        i18n.remember_language(lang)
        i18n.install_translators(lang)
        if self.ctx is not None:
            self.show_window()

    def shutdown(self) -> None:
        # A smoke run (CI, start-up timing) does no work worth a backup.
        self.close_database(backup=self.interactive)


def _demo_database() -> Path:
    from kindergarten_desktop import demo

    folder = Path(tempfile.mkdtemp(prefix="kindergarten-demo-"))
    path = folder / "truong-mau.sqlite3"
    demo.generate_file(path, years=1)
    return path


def run_gui(args: argparse.Namespace) -> int:
    if args.smoke and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_qapp()
    lang = args.lang or i18n.saved_language()
    if args.lang:
        i18n.remember_language(args.lang)
    i18n.install_translators(lang)
    controller = Application(app, lang, interactive=not args.smoke)
    if args.demo:
        path = _demo_database()
    elif args.db:
        path = Path(args.db)
    else:
        last = QSettings().value("database/last")
        path = Path(last) if last else default_db_path()
    if not controller.open_interactively(path):
        return 2
    controller.show_window()
    app.aboutToQuit.connect(controller.shutdown)
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    return app.exec()
