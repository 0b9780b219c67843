"""Opening the school database safely.

Rules (issue 13), each one a defect found in the field:

* **Only SQLite touches a database file.** POSIX locks belong to the process and the inode:
  closing *any* descriptor of the file, even one opened just to read the 16-byte header, drops
  every lock the process's connections hold, and another process then checkpoints and deletes
  the ``-wal`` under our feet (committed rows lost on a crash). So the header, the application
  id and the version are read through a read-only SQLite connection, and every connection of
  the process is made by :func:`connect` (GUI, report workers, backup, restore, checks): SQLite
  shares one descriptor per inode among them and defers closing it while locks are held.
  The one exception is :func:`create_private_file`, which creates a *new* file (0600) before
  any connection to it can exist.
* **A file is inspected read-only before anything writes to it**: a file that is not ours
  (not SQLite, another program's, damaged, from a newer version) is refused unchanged.
* **Damage is contained**: ``PRAGMA quick_check`` runs on every open; a damaged database is
  opened read-only (``allow_damaged``) or refused, never written.
* **Migrations are undoable**: a "before upgrade" copy is taken first, and all steps run in one
  transaction, so an unexpected schema leaves the file exactly as it was.
* **Private by default**: files the app creates are 0600 in 0700 folders (POSIX); SQLite gives
  the ``-wal`` and ``-shm`` files the database's own permissions.

Other packages may add per-connection setup (SQL functions, authorizers) with
:func:`add_connection_hook`; it runs on every connection :func:`connect` makes.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
from collections.abc import Callable
from functools import cache
from pathlib import Path, PurePath
from urllib.parse import quote

from kindergarten_desktop.db import session
from kindergarten_desktop.db.database import BUSY_TIMEOUT_MS, Database
from kindergarten_desktop.db.faults import (
    DatabaseError,
    DatabaseIOError,
    DatabaseNotWritable,
    DatabaseTooNew,
    NotADatabase,
    explain,
)

log = logging.getLogger(__name__)

# PRAGMA application_id of every school database: "KGDT" (KinderGarten DeskTop), a positive
# 32-bit integer. https://www.sqlite.org/src/artifact?ci=trunk&filename=magic.txt lists the
# registered ones; this one is not among them.
APPLICATION_ID = 0x4B474454
# Tables whose presence marks a school database made before the application id existed.
SCHOOL_TABLES = frozenset({"school", "school_year", "class", "child", "enrollment"})

ConnectionHook = Callable[[sqlite3.Connection], object]  # what a hook returns is ignored
_hooks: list[ConnectionHook] = []


def add_connection_hook(hook: ConnectionHook) -> None:
    """Run ``hook(conn)`` on every connection made from now on (SQL functions, authorizers)."""
    if hook not in _hooks:
        _hooks.append(hook)


add_connection_hook(session.attach)  # who is working: the SQL functions permission and audit triggers call


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


def connect(path: Path | str, *, read_only: bool = False, create: bool = False) -> sqlite3.Connection:
    """The one way this process opens a database file (see the module docstring).

    ``read_only`` opens with ``mode=ro`` (nothing can be written, not even a journal-mode change);
    otherwise ``mode=rw`` (or ``rwc`` with ``create``). Autocommit (``isolation_level=None``):
    every multi-statement write goes through ``Database.atomic()``. Foreign keys on, busy timeout set.
    """
    resolved = Path(os.path.abspath(path))
    mode = "ro" if read_only else ("rwc" if create else "rw")
    conn = sqlite3.connect(sqlite_uri(resolved, mode), uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        for hook in _hooks:
            hook(conn)
    except BaseException:
        conn.close()
        raise
    return conn


class FileInfo:
    """What a read-only look at an existing database found."""

    def __init__(self, user_version: int, application_id: int, tables: frozenset[str], check: str) -> None:
        self.user_version = user_version
        self.application_id = application_id
        self.tables = tables
        self.check = check  # "ok" or the first problem PRAGMA quick_check reported

    @property
    def is_ours(self) -> bool:
        if self.application_id == APPLICATION_ID:
            return True
        if self.application_id != 0:
            return False
        return not self.tables or SCHOOL_TABLES <= self.tables

    @property
    def intact(self) -> bool:
        return self.check == "ok"


def quick_check(conn: sqlite3.Connection, full: bool = False) -> str:
    """'ok', or the first problem ``PRAGMA quick_check`` (``integrity_check`` with ``full``) finds."""
    pragma = "integrity_check(1)" if full else "quick_check(1)"
    try:
        row = conn.execute(f"PRAGMA {pragma}").fetchone()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
            return str(exc)
        raise
    if not row or row[0] == "ok":
        return "ok"
    # One line for messages: "*** in database main ***\nOn tree page 7 cell 0: ..." → "On tree page 7 ..."
    text = " ".join(str(row[0]).replace("*** in database main ***", "").split())
    return text[:200] or "damaged"


def inspect_file(path: Path | str, *, check: bool = True, full_check: bool = False) -> FileInfo:
    """Look at an existing database through a read-only SQLite connection (never ``open()``).

    Raises NotADatabase (not SQLite), DatabaseNotWritable (unreadable) and the other
    :mod:`faults` errors; damage found by the check is reported in ``FileInfo.check``.
    A hot rollback journal cannot be rolled back read-only: the look is then taken through a
    read-write connection, whose first read lets SQLite recover the journal as it always does.
    """
    path = Path(path)
    try:
        return _inspect(path, read_only=True, check=check, full_check=full_check)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
            raise _refusal(exc, path) from exc
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc
    try:
        return _inspect(path, read_only=False, check=check, full_check=full_check)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc


def _inspect(path: Path, *, read_only: bool, check: bool, full_check: bool) -> FileInfo:
    conn = connect(path, read_only=read_only)
    try:
        # The header first: these pragmas do not make SQLite parse the schema (~8 ms on a 10-year
        # database, parsed again by the connection that follows). The tables are only asked of a
        # file not stamped as ours (is_ours), or read anyway by the check.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables: frozenset[str] = frozenset()
        if check or app_id != APPLICATION_ID:
            tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        result = quick_check(conn, full=full_check) if check else "ok"
    finally:
        conn.close()
    return FileInfo(version, app_id, tables, result)


def _refusal(exc: sqlite3.Error, path: Path) -> DatabaseError:
    explained = explain(exc, path)
    if explained is None:
        return NotADatabase(path, "db.damaged", detail=str(exc))
    return explained


def private_mkdir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) owner-only."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseNotWritable(folder, "db.cannot_create_folder", reason=exc.strerror or str(exc)) from exc


def create_private_file(new_file: Path) -> None:
    """Create an empty 0600 file for SQLite to fill (0600 from the first instant: a file created by
    SQLite and chmod-ed after could be opened by another local user in between). The one plain
    open of a database path, and a safe one: no connection to a file that does not exist yet can
    be open in this process. A zero-byte file is made private in place."""
    try:
        fd = os.open(new_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        make_private(new_file)
        return
    except OSError as exc:
        raise explain(exc, new_file) or DatabaseNotWritable(new_file) from exc
    os.close(fd)


def make_private(path: Path) -> None:
    """Owner-only permissions on a file of ours (POSIX; Windows keeps the profile's ACLs).
    ``chmod`` opens no descriptor, so it is safe on a database in use."""
    if os.name != "posix":
        return
    try:
        st = path.stat()
        if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(st.st_mode) & 0o700)
    except OSError:
        pass  # not ours to change (another owner, a read-only mount): leave it


def open_database(path: Path | str, *, migrate: bool = True, create: bool = True,
                  allow_damaged: bool = False, read_only: bool = False, check: bool = True) -> Database:
    """Open (creating if allowed) and migrate the school database at ``path``.

    ``create``: a missing or zero-byte file becomes a new school database (the GUI asks first;
    CLI commands other than ``demo-data`` pass False and get ``db.missing``/``db.empty``).
    ``allow_damaged``: a database failing ``quick_check`` opens read-only with
    ``Database.damaged`` set, instead of raising ``db.damaged``.
    ``read_only``: for commands that only read (reports): an up-to-date database is opened
    with ``mode=ro``, so it works on a read-only file; an older one is upgraded as usual.
    ``check=False`` skips ``quick_check`` for a caller that runs it itself off the GUI thread
    (ui/app.py: the connection stays ``query_only`` until the check has passed).

    The returned Database has foreign keys on, WAL journaling and a busy timeout. Use it only in
    the thread that opened it.
    """
    from kindergarten_desktop.db import migrations

    path = Path(path)
    if path.is_dir():
        raise NotADatabase(path, "db.is_folder")
    try:
        size: int | None = path.stat().st_size
    except FileNotFoundError:
        size = None
    except OSError as exc:
        raise explain(exc, path) or DatabaseNotWritable(path) from exc
    if not size:
        if not create or read_only:
            raise NotADatabase(path, "db.missing" if size is None else "db.empty")
        private_mkdir(path.parent)
        if not os.access(path.parent, os.W_OK):
            raise DatabaseNotWritable(path.parent)
        create_private_file(path)
        return _open_new(path)

    info = inspect_file(path, check=check)
    upgrade = migrate and (info.user_version < migrations.latest_version() or info.application_id != APPLICATION_ID)
    if upgrade and not check:
        info = inspect_file(path)  # about to be upgraded: never write into a damaged file
    if not info.is_ours:
        raise NotADatabase(path, "db.foreign")
    if info.user_version > migrations.latest_version():
        raise DatabaseTooNew(path, version=info.user_version, known=migrations.latest_version())
    if not info.intact:
        if allow_damaged:
            log.warning("database failed quick_check, opened read-only: %s", info.check)
            db = Database(connect(path, read_only=True))
            db.damaged = info.check
            db.read_only = True
            return db
        raise NotADatabase(path, "db.damaged", detail=info.check)
    if read_only and info.user_version == migrations.latest_version():
        db = Database(connect(path, read_only=True))
        db.read_only = True
        return db
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseNotWritable(path)
    make_private(path)
    if upgrade and info.user_version > 0:
        _before_upgrade_copy(path)
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc
    try:
        # The schema, parsed once on the connection that stays (the look above only read the
        # header when it could): a file whose schema cannot be read is refused here, as before.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        raise _refusal(exc, path) from exc
    db = Database(conn)
    try:
        if upgrade:  # an up-to-date file stamped as ours was just seen so: nothing to ask again
            _migrate(db, path)
        db.enable_wal()
    except DatabaseError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        raise _refusal(exc, path) from exc
    return db


def _open_new(path: Path) -> Database:
    try:
        db = Database(connect(path))
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc
    try:
        _migrate(db, path)
        db.enable_wal()
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.Error):
            raise _refusal(exc, path) from exc
        raise
    return db


def _migrate(db: Database, path: Path) -> None:
    """All pending migrations and the application id in one transaction: a failure leaves the
    file as it was. A failure that is not the environment's (disk, lock) means a schema we
    did not expect."""
    from kindergarten_desktop.db import migrations

    if (migrations.current_version(db) == migrations.latest_version()
            and db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID):
        return  # stamped by this version after its tables were checked
    try:
        with db.atomic():
            migrations.migrate(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _check_tables(db, path)  # inside the transaction: a refusal rolls everything back
    except sqlite3.Error as exc:
        explained = explain(exc, path)
        if explained is not None and not isinstance(explained, NotADatabase):
            raise explained from exc
        raise NotADatabase(path, "db.unexpected_schema", detail=str(exc)) from exc


@cache
def expected_tables() -> frozenset[str]:
    """The tables the migrations create, from a scratch in-memory database."""
    from kindergarten_desktop.db import migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(Database(conn))
        return frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        conn.close()


def _check_tables(db: Database, path: Path) -> None:
    missing = expected_tables() - set(db.table_names())
    if missing:
        raise NotADatabase(path, "db.unexpected_schema", detail="missing tables: " + ", ".join(sorted(missing)))


def _before_upgrade_copy(path: Path) -> None:
    """A copy of the database as it was, in its backups folder, before a migration changes it."""
    from kindergarten_desktop.db.backup import backup_now

    try:
        backup_now(path, dt.datetime.now(), label="before-upgrade", check=False)
    except (OSError, sqlite3.Error) as exc:
        raise explain(exc, path) or DatabaseIOError(path, detail=str(exc)) from exc


def memory_database() -> Database:
    """A migrated in-memory database, for tests and previews."""
    from kindergarten_desktop.db import migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for hook in _hooks:
        hook(conn)
    db = Database(conn)
    migrations.migrate(db)
    return db
