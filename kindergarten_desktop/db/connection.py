"""Opening the school database safely.

A file is inspected read-only before anything writes to it, so a file that is not
ours (not SQLite, corrupt, or from a newer version of the app) is never modified.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath
from urllib.parse import quote

from kindergarten_desktop.db import session
from kindergarten_desktop.db.database import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database the app cannot use, with a message meant for the user."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NotADatabase(DatabaseError):
    """Not an SQLite file, or an SQLite file that is damaged."""


class DatabaseTooNew(DatabaseError):
    """Written by a newer version of the app (user_version higher than we know)."""


class DatabaseNotWritable(DatabaseError):
    """The file or its folder cannot be written."""


class DatabaseLocked(DatabaseError):
    """Another copy of the app has the database open."""


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every multi-row write goes
    # through Database.atomic(), which issues BEGIN/COMMIT (savepoints when nested).
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    session.attach(conn)  # who is working: the SQL functions permission and audit triggers call
    return conn


def sqlite_uri(path: PurePath, mode: str = "ro") -> str:
    """A ``file:`` URI SQLite accepts for an absolute path, on Linux and on Windows.

    Spaces, Vietnamese letters, '?', '#' and '%' are percent-encoded (SQLite decodes them).
    ``Path.as_uri()`` does the same but turns a Windows network path ``\\\\server\\share\\x``
    into ``file://server/share/x``, which SQLite refuses ("invalid uri authority"); SQLite
    wants the UNC path after an empty authority: ``file:////server/share/x``.
    """
    posix = path.as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # a drive letter: file:///C:/Users/...
    return f"file://{quote(posix, safe='/:', errors='surrogateescape')}?mode={mode}"


def inspect_file(path: Path) -> int:
    """Return the user_version of an existing database without modifying it.

    Raises NotADatabase for a file that is not a readable SQLite database.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise DatabaseNotWritable(path, "the file cannot be read (permission denied)") from exc
    except OSError as exc:
        raise NotADatabase(path, f"the file cannot be read ({exc.strerror})") from exc
    if head != SQLITE_MAGIC:
        raise NotADatabase(path, "this file is not an SQLite database")
    resolved = Path(path).resolve()
    try:
        conn = sqlite3.connect(sqlite_uri(resolved), uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # Even reading a WAL database needs its -shm file, created beside it: in a read-only
        # folder the read fails although nothing is wrong with the file.
        if not os.access(resolved.parent, os.W_OK) or not os.access(resolved, os.W_OK):
            raise DatabaseNotWritable(path, "the database or its folder is read-only") from exc
        raise NotADatabase(path, f"the database is damaged ({exc})") from exc
    return int(version)


def open_database(path: Path | str, *, migrate: bool = True, create: bool = True) -> Database:
    """Open (creating if allowed) and migrate the database at ``path``.

    The returned sqlite-utils Database has foreign keys on, WAL journaling and a busy
    timeout. Use it only in the thread that opened it.
    """
    from kindergarten_desktop.db import migrations

    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if path.exists() and path.is_dir():
        raise NotADatabase(path, "this is a folder, not a database file")
    if exists:
        version = inspect_file(path)
        if version > migrations.latest_version():
            raise DatabaseTooNew(
                path,
                f"the database was written by a newer version of the app "
                f"(schema {version}, this version knows up to {migrations.latest_version()})",
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseNotWritable(path, "the database or its folder is read-only")
    else:
        if not create:
            raise NotADatabase(path, "the file does not exist")
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseNotWritable(path, f"the folder cannot be created ({exc.strerror})") from exc
        if not os.access(parent, os.W_OK):
            raise DatabaseNotWritable(path, "the folder is read-only")

    try:
        conn = _connect(path)
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        if migrate:
            migrations.migrate(db)
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise DatabaseNotWritable(path, "the database cannot be written") from exc
        raise
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(path, f"the database is damaged ({exc})") from exc
    return db


def memory_database() -> Database:
    """A migrated in-memory database, for tests and previews."""
    from kindergarten_desktop.db import migrations

    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    db.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(db)
    return db
