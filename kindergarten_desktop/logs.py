"""Logging to a rotating file in the per-user data folder (``paths.log_dir()``).

What goes into the log: record ids, codes, file names of the app's own files, tracebacks of
unexpected errors — never a child's name, address or health data (Nghị định 13/2023). Log calls
in the package therefore pass ids; an :class:`~kindergarten_desktop.errors.AppError` is logged
by its code only (:func:`describe_app_error`), since its parameters may hold names.

The log file's formatter (:class:`PrivateFormatter`) holds that line for everything else too:
a traceback keeps its stack frames and each exception's type, but an exception's text is
written as :func:`describe_exception` gives it — an AppError's code and parameter names, an
SQLite message without the values it quotes, an OS error's number and reason (not the file),
the text of a programming error (TypeError, AttributeError ...) with its literal values
(quoted strings that are not identifiers, words with Vietnamese letters, decimal numbers)
blanked, and of any other exception (ValueError, KeyError ... which may carry the value) the
type only.
The crash dialog's "Copy details" still shows the user the full text, on screen only.
"""

from __future__ import annotations

import io
import logging
import os
import re
import sqlite3
import traceback
from pathlib import Path
from types import TracebackType

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
    handler.setFormatter(PrivateFormatter(FORMAT))
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


_QUOTED = re.compile(r"""(['"])(.*?)\1""")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_NON_ASCII_WORD = re.compile(r"[^\s'\"]*[^\x00-\x7f][^\s'\"]*")
_DECIMAL = re.compile(r"(?<![\w.])\d+[.,]\d+(?![\w.])")
BLANK = "…"
# Exceptions whose text is about the program (names of types, attributes, modules), not the
# data: their text is logged, scrubbed; any other exception's text is not.
CODE_ERRORS: tuple[type[BaseException], ...] = (
    TypeError, AttributeError, NameError, ImportError, NotImplementedError, ZeroDivisionError, RecursionError,
    IndexError)


def scrub(text: str, *, quoted_identifiers: bool = True) -> str:
    """``text`` without the values a user typed or measured: quoted strings (kept when they
    are identifiers such as ``'NoneType'``, unless ``quoted_identifiers`` is False), words
    with non-ASCII letters (Vietnamese names) and decimal numbers become "…"; ids, codes,
    English words and exception types stay."""

    def quoted(match: re.Match[str]) -> str:
        inner = match.group(2)
        if quoted_identifiers and _IDENTIFIER.fullmatch(inner):
            return match.group(0)
        return f"{match.group(1)}{BLANK}{match.group(1)}"

    text = _QUOTED.sub(quoted, text)
    text = _NON_ASCII_WORD.sub(BLANK, text)
    return _DECIMAL.sub(BLANK, text)


def describe_exception(exc: BaseException) -> str:
    """How an exception appears in the log: its type and a text without user values."""
    kind = type(exc).__qualname__
    module = type(exc).__module__
    name = kind if module in ("builtins", "__main__") else f"{module}.{kind}"
    if isinstance(exc, AppError):
        return f"{name}: {describe_app_error(exc)}"
    if isinstance(exc, sqlite3.Error):  # SQLite quotes the values it chokes on
        code = getattr(exc, "sqlite_errorname", None)
        text = scrub(str(exc), quoted_identifiers=False)
        return f"{name}: {text}" + (f" [{code}]" if code else "")
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"{name}: [Errno {exc.errno}] {exc.strerror}"  # not the file name: it may name a child
    if not isinstance(exc, CODE_ERRORS):
        return name  # a ValueError, KeyError ... may carry the value itself: the type and frames only
    text = scrub(str(exc))
    return f"{name}: {text}" if text else name


def format_exception_privately(exc: BaseException, tb: TracebackType | None = None) -> str:
    """A traceback for the log: every frame of every chained exception, each exception by
    :func:`describe_exception`."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    chain: list[tuple[BaseException, str]] = []
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of the following exception:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception, another exception occurred:"
        else:
            current = None
    for index, (item, _link) in enumerate(reversed(chain)):
        if index:
            parts.append(f"\n{list(reversed(chain))[index - 1][1]}\n\n")
        frames = tb if item is exc and tb is not None else item.__traceback__
        if frames is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(frames))
        parts.append(describe_exception(item) + "\n")
    return "".join(parts).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """The log file's formatter: no user values in messages or tracebacks (see the module)."""

    def format(self, record: logging.LogRecord) -> str:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(describe_exception(a) if isinstance(a, BaseException) else a for a in args)
        record.msg = scrub(str(record.getMessage()))
        record.args = None
        return super().format(record)

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]  # noqa: N802
                        | tuple[None, None, None]) -> str:
        if ei[1] is None:
            return ""
        return format_exception_privately(ei[1], ei[2])


def log_unexpected(exc: BaseException, where: str) -> str:
    """Log an unexpected exception with its traceback; returns the log path for the message."""
    logging.getLogger("kindergarten_desktop").error("unexpected error in %s", where, exc_info=exc)
    path = log_file()
    return str(path) if path else "-"
