"""Run one domain action from the interface: the one helper for "call the domain, show the error".

    from kindergarten_desktop.ui.actions import run_action

    if run_action(self, self.tr("Staff meals not saved"), set_staff_meals, self.ctx.db, day, n):
        self.ctx.dataChanged.emit("meals")
        self.refresh()

* A refusal (``AppError``) or a fault of the database (locked, disk full, read-only, I/O error,
  damaged: db/faults.py) shows a dialog in the user's language, titled with what was not
  saved; ``run_action`` then returns False and the caller leaves its view as it was.
* The window never freezes silently: while another program holds the database, every
  transaction (``db.atomic()``) waits through :class:`LockWaiter`, which the application sets on
  its connection: after half a second the cursor turns busy and the status bar says what it
  waits for; after :data:`WAIT_S` the write gives up and the "locked" message is shown.
* Anything else is a bug: logged, and the crash dialog (with "Copy details") is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.ui.error_dialog import report_exception

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)

BUSY_AFTER_S = 0.5  # a wait longer than this shows the busy cursor and a message
WAIT_S = 10.0  # how long a locked database is waited for before the user is told


class _Busy:
    """Busy cursor and a status-bar message, shown at most once per action."""

    def __init__(self, parent: QWidget | None) -> None:
        self.window = parent.window() if parent is not None else None
        self.shown = False

    def show(self) -> None:
        if self.shown:
            return
        self.shown = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "Actions", "Waiting for the database: another program is using it…"))

    def hide(self) -> None:
        if not self.shown:
            return
        self.shown = False
        QGuiApplication.restoreOverrideCursor()
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().clearMessage()


def _database_of(parent: QWidget | None) -> tuple[Database | None, Path | None]:
    """The open database of the window ``parent`` belongs to (its AppContext), if any."""
    from kindergarten_desktop.ui.context import AppContext

    widget = parent
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if isinstance(ctx, AppContext):
            return ctx.db, ctx.db_path
        widget = widget.parentWidget()
    return None, None


class LockWaiter:
    """What the GUI does while another program holds the database (``Database.lock_waiter``):
    every transaction polls for the lock, the window stays painted (no clicks or keys taken),
    after half a second the cursor turns busy and the status bar says what it waits for, and
    after :data:`WAIT_S` the write gives up with the "locked" message."""

    def __init__(self, window: Callable[[], QWidget | None]) -> None:
        self.window = window
        self.busy: _Busy | None = None

    def waiting(self, seconds: float) -> bool:
        if seconds >= WAIT_S:
            return False
        if seconds >= BUSY_AFTER_S and self.busy is None:
            self.busy = _Busy(self.window())
            self.busy.show()
        _pause(100)
        return True

    def done(self) -> None:
        if self.busy is not None:
            self.busy.hide()
            self.busy = None


def run_action(parent: QWidget | None, title: str, action: Callable[P, T], /,
               *args: P.args, **kwargs: P.kwargs) -> bool:
    """Run ``action(*args, **kwargs)``; True when it succeeded, False after telling the user why not."""
    _db, db_path = _database_of(parent)
    try:
        action(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - a refusal or a fault is told; a bug goes to the crash dialog
        report_exception(exc, parent, title, db_path=db_path)
        return False
    return True


def _pause(ms: int) -> None:
    """Let the window repaint (but take no clicks or keys) for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
