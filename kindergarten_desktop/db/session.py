"""Who is working on a connection: the actor that permission triggers and audit rows read.

Every connection the app opens gets a :class:`Session` (``attach``, called by the
connection factory) and a handful of SQL functions bound to it:

``kd_can(area)``        1 when the actor may write ``area`` (see db/permissions.py)
``kd_teaches(class)``   1 when the actor is a teacher assigned to that class
``kd_actor()``          the account's user name, or the operating-system user
``kd_account()``        the account id, or NULL
``kd_audit()``          0 while the app itself works (migrations, the demo generator)
``kd_today()``          the day "audited after its day" compares with (tests set the clock)
``kd_setting_area(key)`` the area a setting key belongs to

Triggers installed from the registries (db/permissions.py, db/audit.py) call them, so a
rule holds for every writer: the GUI, the CLI and any future front end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import itertools
import sqlite3
import weakref
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database


@dataclass(frozen=True)
class Actor:
    """A signed-in account: its roles and, for a teacher, the classes assigned."""

    account_id: int
    username: str
    full_name: str = ""
    roles: frozenset[str] = frozenset()
    class_ids: frozenset[int] = frozenset()

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


@dataclass
class Session:
    actor: Actor | None = None
    system_depth: int = 0
    clock: Callable[[], dt.datetime] = field(default=dt.datetime.now)

    @property
    def is_system(self) -> bool:
        return self.system_depth > 0

    def who(self) -> str:
        return self.actor.username if self.actor else os_user()

    def can(self, area: str | None) -> bool:
        from kindergarten_desktop.db.permissions import role_may_write

        if self.is_system or area is None:
            return True
        return self.actor is not None and role_may_write(self.actor.roles, area)

    def teaches(self, class_id: int | None) -> bool:
        return (self.actor is not None and "teacher" in self.actor.roles
                and class_id is not None and int(class_id) in self.actor.class_ids)


_live: weakref.WeakValueDictionary[int, Session] = weakref.WeakValueDictionary()
_tokens = itertools.count(1)
# The actor every new connection of this process starts with (the CLI's --user).
_process_actor: Actor | None = None


@functools.cache
def os_user() -> str:
    """The operating-system user (looked up once: the audit triggers ask for every row)."""
    try:
        return getpass.getuser() or "?"
    except (OSError, KeyError, ImportError):
        return "?"


def attach(conn: sqlite3.Connection) -> Session:
    """Give ``conn`` a session and register the SQL functions the triggers call."""
    session = Session(actor=_process_actor)
    token = next(_tokens)
    _live[token] = session
    setting_area = _setting_area_function()

    def _can(area: str | None) -> int:
        return int(session.can(area))

    def _teaches(class_id: int | None) -> int:
        return int(session.teaches(class_id))

    def _account() -> int | None:
        return session.actor.account_id if session.actor else None

    conn.create_function("kd_session", 0, lambda: token)
    conn.create_function("kd_can", 1, _can)
    conn.create_function("kd_teaches", 1, _teaches)
    conn.create_function("kd_actor", 0, session.who)
    conn.create_function("kd_account", 0, _account)
    conn.create_function("kd_audit", 0, lambda: int(not session.is_system))
    conn.create_function("kd_today", 0, lambda: session.clock().date().isoformat())
    conn.create_function("kd_setting_area", 1, setting_area, deterministic=True)
    return session


def _setting_area_function() -> Callable[[str], str]:
    from kindergarten_desktop.db.permissions import setting_area

    return setting_area


def of(db: Database) -> Session:
    """The session of ``db``'s connection (attaching one to a connection made elsewhere)."""
    try:
        token = db.execute("SELECT kd_session()").fetchone()[0]
        session = _live.get(token)
        if session is not None:
            return session
    except sqlite3.OperationalError:
        pass
    return attach(db.conn)


def sign_in(db: Database, actor: Actor | None) -> None:
    """Make ``actor`` the one working on ``db`` (None: nobody is signed in)."""
    of(db).actor = actor


def current(db: Database) -> Actor | None:
    return of(db).actor


def set_process_actor(actor: Actor | None) -> None:
    """The actor of every connection this process opens from now on (the CLI's --user)."""
    global _process_actor
    _process_actor = actor


def process_actor() -> Actor | None:
    return _process_actor


@contextlib.contextmanager
def system(db: Database) -> Generator[None, None, None]:
    """The app's own work (migrations, trigger installation, the demo generator): allowed
    everywhere and not audited."""
    session = of(db)
    session.system_depth += 1
    try:
        yield
    finally:
        session.system_depth -= 1


def after_migrations(db: Database) -> None:
    """Install (idempotently) the permission and audit triggers of every table there is."""
    from kindergarten_desktop.db import audit, permissions

    with system(db), db.atomic():
        wanted = {**permissions.trigger_sql(db), **audit.trigger_sql(db)}
        existing = dict(db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'kd\\_perm\\_%' ESCAPE '\\' OR name LIKE 'kd\\_audit\\_%' ESCAPE '\\')").fetchall())
        for name, sql in existing.items():
            if wanted.get(name) != sql:
                db.execute(f'DROP TRIGGER "{name}"')
        for name, sql in wanted.items():
            if existing.get(name) != sql:
                db.execute(sql)
