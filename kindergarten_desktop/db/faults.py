"""The one place that turns SQLite and OS errors into messages for the user.

``explain(exc, path)`` maps an ``sqlite3.Error`` or ``OSError`` raised while using the database
at ``path`` (or a backup, or its folder) to a :class:`DatabaseError`: an ``AppError`` whose code
is one of ``db.locked``, ``db.disk_full``, ``db.read_only``, ``db.io_error``, ``db.damaged``,
``db.not_database`` (texts in db/messages.py). Anything else is not the user's environment but
a bug, and ``explain`` returns None so the caller lets it reach the crash handler.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from kindergarten_desktop.errors import AppError

# Primary SQLite result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class DatabaseError(AppError):
    """A database (or backup) the app cannot use or write; ``path`` is the file concerned."""

    default_code = "db.damaged"

    def __init__(self, path: Path | str, code: str | None = None, /, **params: object) -> None:
        self.path = Path(path)
        params.setdefault("detail", "")
        super().__init__(code or self.default_code, path=self.path, **params)

    @property
    def problem(self) -> str:
        """The English text (logs, tests); users see :meth:`text`."""
        return str(self)


class NotADatabase(DatabaseError):
    """Not an SQLite file, another program's file, a damaged file, a folder, a missing file."""

    default_code = "db.not_database"


class DatabaseTooNew(DatabaseError):
    """Written by a newer version of the app (user_version higher than we know)."""

    default_code = "db.too_new"


class DatabaseNotWritable(DatabaseError):
    """The file or its folder cannot be written."""

    default_code = "db.read_only"


class DatabaseLocked(DatabaseError):
    """Another connection holds the write lock longer than the busy timeout."""

    default_code = "db.locked"


class DatabaseFull(DatabaseError):
    """The disk (or the database's size limit) is full."""

    default_code = "db.disk_full"


class DatabaseIOError(DatabaseError):
    """The operating system reported an input/output error."""

    default_code = "db.io_error"


def human_size(n_bytes: int) -> str:
    """12 KB, 3.4 MB, 1.2 GB: enough to judge free space."""
    size = float(n_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit in ("B", "KB") else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"  # pragma: no cover


def drive_of(path: Path) -> Path:
    """The drive (Windows: ``C:\\``) or mount point (POSIX) holding ``path``."""
    path = Path(os.path.abspath(path))
    if os.name == "nt":
        return Path(path.anchor)
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return path


def disk_full(path: Path) -> DatabaseFull:
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        free = human_size(shutil.disk_usage(folder).free)
    except OSError:
        free = "?"
    return DatabaseFull(path, free=free, drive=drive_of(folder))


def explain(exc: BaseException, path: Path | str) -> DatabaseError | None:
    """The user's message for a fault of the environment, or None for anything else (a bug)."""
    path = Path(path)
    if isinstance(exc, DatabaseError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()
        if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
            return DatabaseLocked(path)
        if primary == SQLITE_FULL or "disk is full" in text:
            return disk_full(path)
        if primary in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text or "read-only" in text:
            return DatabaseNotWritable(path)
        if primary == SQLITE_IOERR or "disk i/o error" in text:
            return DatabaseIOError(path, detail=str(exc))
        if primary == SQLITE_CORRUPT or "malformed" in text:
            return NotADatabase(path, "db.damaged", detail=str(exc))
        if primary == SQLITE_NOTADB or "not a database" in text:
            return NotADatabase(path)
        if primary == SQLITE_CANTOPEN or "unable to open" in text:
            if not path.parent.exists():
                return NotADatabase(path.parent, "db.missing")
            return DatabaseNotWritable(path)
        return None
    if isinstance(exc, OSError):
        number = exc.errno
        where = Path(exc.filename) if isinstance(exc.filename, str) else path
        if number in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return disk_full(where)
        if number in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DatabaseNotWritable(where)
        if number == errno.ENOENT:
            return NotADatabase(where, "db.missing")
        if number == errno.EISDIR:
            return NotADatabase(where, "db.is_folder")
        return DatabaseIOError(where, detail=exc.strerror or str(exc))
    return None
