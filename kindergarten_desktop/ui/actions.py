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

:func:`attempt` is the same with the action's result and the user's text of the failure
(``Outcome``); :func:`save_cell` is for a table cell edited in place: on failure the dialog
also says that what was typed stays in the table, marked as not saved, and how to retry. The
models keep such values in an :class:`Unsaved` store (value, reason) and show them with
:data:`UNSAVED_COLOUR` and :func:`unsaved_tooltip`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.ui.error_dialog import report_exception, show_failure, user_message

P = ParamSpec("P")
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
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
        from PySide6.QtCore import Qt  # not at import: PySide6 builds all of Qt's enums on first use

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


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What :func:`attempt` did: ``ok`` with the action's ``value``, or the ``reason`` it failed
    (the user's text, in the user's language) and the exception."""

    ok: bool
    value: T | None = None
    reason: str = ""
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.ok


def run_action(parent: QWidget | None, title: str, action: Callable[P, T], /,
               *args: P.args, **kwargs: P.kwargs) -> bool:
    """Run ``action(*args, **kwargs)``; True when it succeeded, False after telling the user why not."""
    return _run(parent, title, "", action, *args, **kwargs).ok


def attempt(parent: QWidget | None, title: str, action: Callable[P, T], /,
            *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    """:func:`run_action` that also gives back the action's result (or why it failed)."""
    return _run(parent, title, "", action, *args, **kwargs)


def save_cell(parent: QWidget | None, title: str, action: Callable[P, T], /,
              *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    """Save what was typed in a table cell; on failure the dialog says the value stays in the
    table marked as not saved, and how to save it again."""
    hint = QCoreApplication.translate(
        "Actions", "What you entered stays in the table, marked in red as not saved. When the cause is "
        "fixed, enter it again (or click the cell) to save it.")
    return _run(parent, title, hint, action, *args, **kwargs)


def _run(parent: QWidget | None, title: str, hint: str, action: Callable[P, T], /,
         *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    _db, db_path = _database_of(parent)
    try:
        value = action(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - a refusal or a fault is told; a bug goes to the crash dialog
        text = user_message(exc, db_path)
        if text is not None and hint:
            log.info("not saved: %s", exc if not isinstance(exc, AppError) else exc.code)
            show_failure(parent, title, text + "\n\n" + hint)
        else:
            report_exception(exc, parent, title, db_path=db_path)
        reason = text if text is not None else QCoreApplication.translate(
            "Actions", "an unexpected error (the details are in the log file)")
        return Outcome(False, None, reason, exc)
    return Outcome(True, value)


# A value the user entered that is not in the database: white on strong red, unlike any colour the
# tables use for their data (the light red of an unexcused absence or a severe z-score).
UNSAVED_COLOUR = QColor("#c62828")
UNSAVED_TEXT = QColor("#ffffff")


def unsaved_tooltip(reason: str) -> str:
    """The tooltip of a cell whose value could not be saved."""
    return QCoreApplication.translate("Actions", "Not saved: %1\nEnter it again (or click it) to save it.") \
        .replace("%1", reason)


class Unsaved(Generic[K, V]):
    """What the user entered in a table that could not be saved: per cell key, the value and why."""

    def __init__(self) -> None:
        self.cells: dict[K, tuple[V, str]] = {}

    def mark(self, key: K, value: V, reason: str) -> None:
        self.cells[key] = (value, reason)

    def clear(self, key: K) -> None:
        self.cells.pop(key, None)

    def get(self, key: K) -> tuple[V, str] | None:
        return self.cells.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self.cells

    def __len__(self) -> int:
        return len(self.cells)


def _pause(ms: int) -> None:
    """Let the window repaint (but take no clicks or keys) for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
