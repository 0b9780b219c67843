"""Failures the user sees: the "not saved" dialog, the crash dialog and the crash handlers.

* :func:`show_failure` — a refused or failed action (an ``AppError``, or an SQLite/OS fault of
  the database, mapped by db/faults.py) in the user's language.
* :func:`show_crash` — anything else (a bug): says it was logged, shows where, and offers
  "Copy details" (the full traceback, on screen for whoever helps the school; the log file
  gets it without user values, see logs.py).
* :func:`install_crash_handlers` — ``sys.excepthook`` (which PySide also calls for exceptions
  escaping slots and virtual methods such as ``setData``), ``threading.excepthook`` and a Qt
  message handler, so nothing vanishes in a windowed build without a console.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.logs import describe_app_error, describe_exception, log_file, log_unexpected

log = logging.getLogger(__name__)
_database_path: Path | None = None
_database_damaged = False
_showing = False  # one crash dialog at a time: a failing paint must not stack hundreds


def set_database_path(path: Path | None, damaged: bool = False) -> None:
    """The open database, named in messages about faults the crash handler maps; ``damaged``
    when it was opened read-only because it is damaged (a refused write then says so)."""
    global _database_path, _database_damaged
    _database_path = path
    _database_damaged = damaged


def user_message(exc: BaseException, db_path: Path | None = None) -> str | None:
    """The user's text for a refusal or a fault of the environment; None for a bug."""
    if isinstance(exc, AppError):
        return exc.text()
    from kindergarten_desktop.db.faults import DatabaseNotWritable, explain

    path = db_path or _database_path
    fault = explain(exc, path) if path is not None else None
    if fault is None:
        return None
    if isinstance(fault, DatabaseNotWritable) and _database_damaged and path == _database_path:
        return AppError("db.read_only_damaged").text()
    return fault.text()


def _parent(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None else QApplication.activeWindow()


_last_failure: tuple[str, float] = ("", 0.0)
REPEAT_S = 5.0  # the same message again within this time (one fault seen by every tab) is not repeated


def show_failure(parent: QWidget | None, title: str, text: str, *, repeat: bool = True) -> None:
    """The warning dialog; with ``repeat=False`` a message just shown is not shown again."""
    global _last_failure
    if not repeat and _last_failure[0] == text and time.monotonic() - _last_failure[1] < REPEAT_S:
        return
    QMessageBox.warning(_parent(parent), title, text)
    _last_failure = (text, time.monotonic())


def show_crash(parent: QWidget | None, details: str) -> None:
    """The dialog for an unexpected error: what happened, the log file, Copy details."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        path = log_file()
        title = QCoreApplication.translate("ErrorDialog", "Unexpected error")
        text = QCoreApplication.translate(
            "ErrorDialog", "Something went wrong that the program did not expect. Your saved data is safe; "
            "the last action may not have been completed.")
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=_parent(parent))
        if path:
            where = QCoreApplication.translate("ErrorDialog", "The details were written to the log file:\n%1")
            box.setInformativeText(where.replace("%1", str(path)))
        else:
            box.setInformativeText(QCoreApplication.translate("ErrorDialog", "The log file could not be written."))
        box.setDetailedText(details)
        copy_text = QCoreApplication.translate("ErrorDialog", "Copy details")
        copy = box.addButton(copy_text, QMessageBox.ButtonRole.ActionRole)
        folder = None
        if path:
            folder_text = QCoreApplication.translate("ErrorDialog", "Open log folder")
            folder = box.addButton(folder_text, QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        while box.clickedButton() is copy:  # copy, and show the dialog again: the user may read on
            QGuiApplication.clipboard().setText(details)
            box.exec()
        if folder is not None and path is not None and box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    finally:
        _showing = False


def report_exception(exc: BaseException, parent: QWidget | None = None, title: str | None = None,
                     tb: TracebackType | None = None, db_path: Path | None = None) -> None:
    """Tell the user about ``exc``: a message for refusals and faults, the crash dialog for bugs."""
    text = user_message(exc, db_path)
    if text is not None:
        if isinstance(exc, AppError):
            log.info("refused: %s", describe_app_error(exc))
        else:
            log.warning("database fault: %s", describe_exception(exc))  # no user values (logs.py)
        if QApplication.instance() is not None:
            # From the crash handler (no title) one fault may reach every open tab: say it once.
            show_failure(parent, title or QCoreApplication.translate("ErrorDialog", "Not saved"), text,
                         repeat=title is not None)
        return
    log_unexpected(exc, "the interface")
    details = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    show_crash(parent, details)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    try:
        report_exception(exc, tb=tb)
    except Exception:  # noqa: BLE001 - the handler itself must never raise
        sys.__excepthook__(kind, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    # Not on the GUI thread: log only (a dialog there would crash Qt).
    if args.exc_value is not None:
        log_unexpected(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")


def _qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f"{context.file}:{context.line}" if context.file else "qt"
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        log.error("Qt %s: %s", where, message)
        if QApplication.instance() is not None and threading.current_thread() is threading.main_thread():
            show_crash(None, f"Qt ({where}): {message}")
    elif kind == QtMsgType.QtWarningMsg:
        log.warning("Qt %s: %s", where, message)
    else:
        log.debug("Qt %s: %s", where, message)


def install_crash_handlers() -> None:
    """Route every unhandled exception and Qt warning to the log, and errors to a dialog."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message_handler)
