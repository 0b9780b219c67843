"""Logging to a rotating file in the per-user data folder (``paths.log_dir()``).

What goes into the log: record ids, codes, file names of the app's own files, tracebacks of
unexpected errors — never a child's name, address or health data (Nghị định 13/2023). Log calls
in the package therefore pass ids; an :class:`~kindergarten_desktop.errors.AppError` is logged
by its code only (:func:`describe_app_error`), since its parameters may hold names.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from kindergarten_desktop.errors import AppError

LOG_NAME = "kindergarten-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"

_log_file: Path | None = None


class _PrivateRotatingFileHandler(logging.FileHandler):
    """A log file rotated at ``max_bytes`` with ``backup_count`` old files kept (``.1`` the newest),
    owner-only (0600) on POSIX. The rotation of ``logging.handlers.RotatingFileHandler``, built on
    ``logging.FileHandler``: the app sets its log up at every start, and ``logging.handlers`` (with
    socket, pickle and queue) costs more to import than the few lines below."""

    def __init__(self, filename: Path, max_bytes: int, backup_count: int) -> None:
        self.max_bytes, self.backup_count = max_bytes, backup_count
        super().__init__(filename, mode="a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_roll_over(record):
                self._roll_over()
        except Exception:  # noqa: BLE001 - as logging does: a failing log must not stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _should_roll_over(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(self.format(record) + "\n") >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened below
        names = [self.baseFilename] + [f"{self.baseFilename}.{i}" for i in range(1, self.backup_count + 1)]
        for older, newer in reversed(list(zip(names[1:], names[:-1], strict=True))):
            if os.path.exists(newer):
                os.replace(newer, older)  # the oldest is overwritten: backup_count files kept
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written (full disk) must not print tracebacks or stop the app."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)  # noqa: SIM115 - the handler closes it


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the package's log records to ``folder``/kindergarten-desktop.log (rotated at 1 MB,
    5 kept). Idempotent; returns the log file, or None when no log can be written (a read-only
    profile must not stop the app)."""
    global _log_file
    if _log_file is not None:
        return _log_file
    try:
        if folder is None:
            from kindergarten_desktop.paths import log_dir

            folder = log_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _PrivateRotatingFileHandler(folder / LOG_NAME, MAX_BYTES, BACKUP_COUNT)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger("kindergarten_desktop")
    root.addHandler(handler)
    root.setLevel(level)
    _log_file = folder / LOG_NAME
    return _log_file


def log_file() -> Path | None:
    """The log file in use, or None before :func:`setup_logging`."""
    return _log_file


def describe_app_error(exc: AppError) -> str:
    """How an AppError appears in the log: its code and parameter names, not their values."""
    return f"{exc.code} ({', '.join(sorted(exc.params))})"


def log_unexpected(exc: BaseException, where: str) -> str:
    """Log an unexpected exception with its traceback; returns the log path for the message."""
    logging.getLogger("kindergarten_desktop").error("unexpected error in %s", where, exc_info=exc)
    path = log_file()
    return str(path) if path else "-"
