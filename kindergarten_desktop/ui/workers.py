"""Long work off the GUI thread, with progress, cancel and result callbacks.

The job is a plain function ``job(progress) -> result`` where ``progress(done, total,
text)`` returns False once the user has cancelled. A job that needs the database opens
its own connection (a connection is used only in the thread that opened it).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int, str], bool]
# Running jobs, kept referenced until they report: a collected signal object drops its signals.
_running: set[_Runnable] = set()


class Cancelled(Exception):
    """Raised by a job that noticed the user cancelled."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # message, traceback
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def _progress(self, done: int, total: int, text: str = "") -> bool:
        self.signals.progress.emit(done, total, text)
        return not self.cancel_event.is_set()

    def run(self) -> None:
        try:
            result = self.job(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user by the GUI side
            from kindergarten_desktop.errors import AppError

            text = exc.text() if isinstance(exc, AppError) else str(exc)  # a refusal in the user's language
            self.signals.failed.emit(text, traceback.format_exc())
        else:
            if self.cancel_event.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def run_in_background(
    parent: QWidget,
    job: Callable[[ProgressFn], Any],
    *,
    title: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[str, str], None],
    on_cancel: Callable[[], None] | None = None,
    show_after_ms: int = 500,
) -> _Runnable:
    """Run ``job`` in the thread pool; a cancellable progress dialog appears only if the
    job lasts longer than ``show_after_ms``."""
    runnable = _Runnable(job)
    dialog = QProgressDialog(title, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(runnable.cancel_event.set)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finish(callback: Callable[..., None] | None, *args: Any) -> None:
        _running.discard(runnable)
        dialog.reset()
        dialog.deleteLater()
        if callback:
            callback(*args)

    runnable.signals.progress.connect(progress)
    runnable.signals.finished.connect(lambda result: finish(on_done, result))
    runnable.signals.failed.connect(lambda msg, tb: finish(on_error, msg, tb))
    runnable.signals.cancelled.connect(lambda: finish(on_cancel))
    runnable.setAutoDelete(False)
    _running.add(runnable)
    QThreadPool.globalInstance().start(runnable)
    return runnable
