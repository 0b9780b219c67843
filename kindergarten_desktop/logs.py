"""Logging to a rotating file in the per-user data folder (``paths.log_dir()``).

What goes into the log: record ids, codes, file names of the app's own files, tracebacks of
unexpected errors — never a child's name, address or health data (Nghị định 13/2023). Log calls
in the package therefore pass ids; an :class:`~kindergarten_desktop.errors.AppError` is logged
by its code only (:func:`describe_app_error`), since its parameters may hold names.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from kindergarten_desktop.errors import AppError

LOG_NAME = "kindergarten-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"

_log_file: Path | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are owner-only (0600) on POSIX."""

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
        handler = _PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                              backupCount=BACKUP_COUNT, encoding="utf-8")
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
