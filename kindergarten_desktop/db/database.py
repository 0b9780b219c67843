"""The app's database handle: the part of sqlite-utils' ``Database`` API the app uses every
day, without importing sqlite-utils at start-up.

Importing sqlite-utils (with click, pluggy and numpy behind it) costs about 90 ms, a third of
the start-up budget of issue 2 (``--smoke`` within 2× a bare Qt window). Domain code only
needs ``execute``, ``atomic`` (transactions, savepoints when nested), ``conn``,
``table_names`` and ``close``; anything else (``table()``, ``transform()`` for schema changes
in migrations, ``query``...) is handed to a real ``sqlite_utils.Database`` on the same
connection, created on first use.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Generator, Iterable
from typing import Any, Protocol

# RETURNING (3.35), IS DISTINCT FROM (3.39): the portable SQL the domains write (ARCHITECTURE.md).
MIN_SQLITE = (3, 39, 0)


def check_sqlite_version(version: tuple[int, int, int] = sqlite3.sqlite_version_info) -> None:
    """Refuse to run on an SQLite library older than the SQL the app writes needs."""
    if version < MIN_SQLITE:
        from kindergarten_desktop.errors import AppError

        raise AppError("common.sqlite_too_old", found=".".join(map(str, version)),
                       needed=".".join(map(str, MIN_SQLITE)))


BUSY_TIMEOUT_MS = 5000  # how long SQLite itself waits for another connection's lock
LOCK_POLL_MS = 200  # with a lock waiter: SQLite's wait per attempt, between two questions to the waiter


class LockWaiter(Protocol):
    def waiting(self, seconds: float) -> bool:
        """The database has been locked for ``seconds``: True to try again, False to give up."""

    def done(self) -> None:
        """The transaction has begun, or was given up."""


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        check_sqlite_version()
        self.conn = conn
        self._savepoint_depth = 0
        # Statement and savepoint journals in memory, not in temporary files: every audited write
        # (a trigger adding an audit_log row and its index entries inside the app's savepoints)
        # journals a few more pages, and through temporary files that cost about a third of
        # the audit's price on an import (issue 18 benchmark, tests/perf/test_accounts_perf.py).
        conn.execute("PRAGMA temp_store = MEMORY")
        self._full: Any = None
        # Set by open_database for a damaged file opened for viewing: the first problem
        # PRAGMA quick_check found. Such a connection is read-only (SQLite refuses every write).
        self.damaged: str | None = None
        self.read_only = False
        # Called before each outermost transaction while set: the GUI waits there for the damage
        # check it runs in the background at start-up (ui/app.py), so no write lands before it.
        self.write_gate: Callable[[], None] | None = None
        # Set by the GUI: a transaction that finds the database locked by another program asks it
        # whether to go on waiting (it shows a busy cursor and keeps the window painted meanwhile).
        self.lock_waiter: LockWaiter | None = None

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        try:
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)
        except sqlite3.IntegrityError as exc:
            self._raise_refusal(exc)
            raise

    def executemany(self, sql: str, rows: Iterable[Any]) -> sqlite3.Cursor:
        try:
            return self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            self._raise_refusal(exc)
            raise

    def _raise_refusal(self, exc: BaseException) -> None:
        """A write a trigger refused (a role's permission, a closed month, the append-only audit
        trail, a receipt never deleted ...) becomes the app's error, with a code and parameters
        (db/refusals.py); any other error is left to the caller to re-raise."""
        if isinstance(exc, sqlite3.IntegrityError):
            from kindergarten_desktop.db import refusals

            mapped = refusals.from_error(exc, self)
            if mapped is not None:
                raise mapped from exc

    def insert(self, sql: str, parameters: Iterable[Any] | dict[str, Any] | None = None) -> int:
        """Run one ``INSERT`` and return the id of the row it wrote (``RETURNING id``, which a
        server engine has too, instead of SQLite's ``lastrowid``). Raises when no row was written."""
        rows = self.execute(f"{sql.rstrip()} RETURNING id", parameters).fetchall()
        if len(rows) != 1:
            raise sqlite3.IntegrityError(f"expected one inserted row, got {len(rows)}")
        return int(rows[0][0])

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """One transaction (BEGIN/COMMIT, rolled back on error); nested blocks are savepoints.
        Same semantics as sqlite-utils' ``Database.atomic``."""
        if self.conn.in_transaction:
            # Named by depth, not by a random token: the SQL of SAVEPOINT/RELEASE stays the same
            # few strings, so sqlite3's statement cache keeps them and the block's own statements.
            # Thousands of one-off names (one per child of an import) pushed the INSERTs out of
            # the cache, and re-preparing an INSERT compiles all its triggers (permission, audit,
            # closed month): most of what auditing cost an import (tests/perf/test_accounts_perf.py).
            self._savepoint_depth += 1
            savepoint = f"kd_savepoint_{self._savepoint_depth}"
            try:
                self.conn.execute(f"SAVEPOINT {savepoint}")
                try:
                    yield self
                except BaseException as exc:
                    if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                        self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                    self._raise_refusal(exc)  # conn.executemany inside the block
                    raise
                else:
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            finally:
                self._savepoint_depth -= 1
        else:
            if self.write_gate is not None:
                self.write_gate()
            self._begin()
            try:
                yield self
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._raise_refusal(exc)
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException as exc:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    self._raise_refusal(exc)
                    raise

    def _begin(self) -> None:
        """BEGIN; with a lock waiter, BEGIN IMMEDIATE (the write lock up front) tried in short
        polls while the waiter says to go on, instead of one silent wait of the busy timeout."""
        waiter = self.lock_waiter
        if waiter is None or self.read_only:
            self.conn.execute("BEGIN")
            return
        start = time.monotonic()
        self.set_busy_timeout(LOCK_POLL_MS)
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    locked = getattr(exc, "sqlite_errorcode", 0) & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
                    if not locked or not waiter.waiting(time.monotonic() - start):
                        raise
        finally:
            self.set_busy_timeout(BUSY_TIMEOUT_MS)
            waiter.done()

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def references_to(self, table: str) -> list[tuple[str, str]]:
        """(table, column) pairs whose foreign key points at ``table``: the engine's catalogue,
        read here so domain code stays free of PRAGMA and sqlite_master."""
        found = []
        for name in self.table_names():
            for fk in self.conn.execute(f"PRAGMA foreign_key_list('{name}')").fetchall():
                if fk[2] == table:
                    found.append((name, fk[3]))
        return found

    def schema_version(self) -> int:
        """The schema version the migrations recorded (SQLite keeps it in ``user_version``)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def file_path(self) -> str:
        """The database file this connection works on ("" for an in-memory one)."""
        return str(self.conn.execute("PRAGMA database_list").fetchone()[2] or "")

    @property
    def journal_mode(self) -> str:
        return self.conn.execute("PRAGMA journal_mode").fetchone()[0]

    def enable_wal(self) -> None:
        if self.journal_mode != "wal":
            self.conn.execute("PRAGMA journal_mode = wal")

    @property
    def user_version(self) -> int:
        """The schema version (the number of the last migration applied)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def set_busy_timeout(self, ms: int) -> None:
        """How long a write waits for another connection's lock before SQLITE_BUSY."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def set_query_only(self, on: bool) -> None:
        """While on, this connection refuses every write (SQLITE_READONLY)."""
        self.conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")

    def close(self) -> None:
        self.conn.close()

    @property
    def sqlite_utils(self) -> Any:
        """A full ``sqlite_utils.Database`` on the same connection (schema changes, table API)."""
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn)
        return self._full

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes defined above neither here nor in __init__.
        if name.startswith("__") or name == "_full":
            raise AttributeError(name)
        return getattr(self.sqlite_utils, name)
