"""Accounts: create, sign in, change passwords, roles and classes, disable; the recovery code.

A school without accounts works as before. The first account is the principal's; creating
it signs it in and returns the recovery code, shown once, that resets a forgotten principal
password. Wrong passwords make the next try wait longer and longer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kindergarten_desktop.accounts import passwords
from kindergarten_desktop.accounts.access import has_accounts, require_principal
from kindergarten_desktop.db import permissions, session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.session import Actor
from kindergarten_desktop.db.settings import get_setting, set_setting
from kindergarten_desktop.errors import AppError

ROLES = permissions.ROLES
RECOVERY_KEY = "accounts.recovery"
IDLE_KEY = "accounts.idle_minutes"
IDLE_DEFAULT, IDLE_MIN, IDLE_MAX = 15, 1, 240
FREE_TRIES = 2  # wrong passwords before the first wait
MAX_WAIT_S = 300
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    full_name: str
    roles: tuple[str, ...]
    class_ids: tuple[int, ...]
    active: bool

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.full_name, frozenset(self.roles), frozenset(self.class_ids))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def list_accounts(db: Database, *, active_only: bool = False) -> list[Account]:
    if not has_accounts(db):
        return []
    roles: dict[int, list[str]] = {}
    for account_id, role in db.execute("SELECT account_id, role FROM account_role"):
        roles.setdefault(account_id, []).append(role)
    classes: dict[int, list[int]] = {}
    for account_id, class_id in db.execute("SELECT account_id, class_id FROM account_class ORDER BY class_id"):
        classes.setdefault(account_id, []).append(class_id)
    found = [
        Account(i, u, f, tuple(r for r in ROLES if r in roles.get(i, [])), tuple(classes.get(i, [])), bool(a))
        for i, u, f, a in db.execute("SELECT id, username, full_name, active FROM account ORDER BY id")
        if a or not active_only
    ]
    return sorted(found, key=lambda a: a.username)


def find(db: Database, username: str) -> Account | None:
    username = username.strip().lower()
    return next((a for a in list_accounts(db) if a.username == username), None)


def get(db: Database, username: str) -> Account:
    account = find(db, username)
    if account is None:
        raise AppError("accounts.unknown_user", user=username)
    return account


def _check_password(password: str, confirm: str | None) -> None:
    if len(password) < passwords.MIN_LENGTH:
        raise AppError("accounts.short_password", n=passwords.MIN_LENGTH)
    if confirm is not None and confirm != password:
        raise AppError("accounts.passwords_differ")


def _check_roles(db: Database, roles: Iterable[str], class_ids: Iterable[int]) -> tuple[list[str], list[int]]:
    roles = list(dict.fromkeys(r.strip().lower() for r in roles if r.strip()))
    if not roles:
        raise AppError("accounts.no_roles")
    for role in roles:
        if role not in ROLES:
            raise AppError("accounts.unknown_role", role=role, roles=", ".join(ROLES))
    class_ids = sorted(set(int(c) for c in class_ids))
    if "teacher" in roles and not class_ids:
        raise AppError("accounts.teacher_needs_class")
    return roles, class_ids


def add_account(db: Database, username: str, password: str, roles: Iterable[str], *,
                full_name: str = "", class_ids: Iterable[int] = (), confirm: str | None = None) -> str | None:
    """Create an account. Returns the recovery code when this is the school's first account
    (which must be the principal's and is signed in on ``db``), else None."""
    username = username.strip().lower()
    if not _USERNAME.fullmatch(username):
        raise AppError("accounts.bad_username", user=username)
    _check_password(password, confirm)
    role_list, class_list = _check_roles(db, roles, class_ids)
    first = not has_accounts(db)
    if first and "principal" not in role_list:
        raise AppError("accounts.first_must_be_principal")
    if not first:
        require_principal(db)
    if find(db, username) is not None:
        raise AppError("accounts.username_taken", user=username)
    hashed = passwords.hash_password(password)
    code = passwords.new_recovery_code() if first else None
    before = session.current(db)
    try:
        with db.atomic():
            if code is not None:
                set_setting(db, RECOVERY_KEY, passwords.hash_password(passwords.normalize_recovery_code(code)))
            account_id = db.execute(
                "INSERT INTO account (username, full_name, password_hash, created_at) VALUES (?, ?, ?, ?) "
                "RETURNING id", [username, full_name.strip(), hashed, _now().isoformat(sep=" ")]).fetchone()[0]
            if first:  # the administrator signs in: the rest of the school's setup is theirs
                session.sign_in(db, Actor(account_id, username, full_name.strip(), frozenset(role_list)))
            _write_roles(db, account_id, role_list, class_list)
    except BaseException:
        session.sign_in(db, before)
        raise
    if first:
        session.sign_in(db, get(db, username).actor())
    return code


def _write_roles(db: Database, account_id: int, roles: list[str], class_ids: list[int]) -> None:
    db.execute("DELETE FROM account_role WHERE account_id = ?", [account_id])
    db.execute("DELETE FROM account_class WHERE account_id = ?", [account_id])
    db.conn.executemany("INSERT INTO account_role (account_id, role) VALUES (?, ?)",
                        [(account_id, r) for r in roles])
    db.conn.executemany("INSERT INTO account_class (account_id, class_id) VALUES (?, ?)",
                        [(account_id, c) for c in class_ids if "teacher" in roles])


def _active_principals(db: Database) -> list[Account]:
    return [a for a in list_accounts(db, active_only=True) if "principal" in a.roles]


def set_roles(db: Database, username: str, roles: Iterable[str], class_ids: Iterable[int] = (), *,
              full_name: str | None = None) -> None:
    require_principal(db)
    account = get(db, username)
    role_list, class_list = _check_roles(db, roles, class_ids)
    if "principal" in account.roles and "principal" not in role_list and account.active \
            and len(_active_principals(db)) <= 1:
        raise AppError("accounts.last_principal")
    with db.atomic():
        if full_name is not None:
            db.execute("UPDATE account SET full_name = ? WHERE id = ?", [full_name.strip(), account.id])
        _write_roles(db, account.id, role_list, class_list)
    _refresh_self(db, account.id)


def set_active(db: Database, username: str, active: bool) -> None:
    require_principal(db)
    account = get(db, username)
    if not active and "principal" in account.roles and account.active and len(_active_principals(db)) <= 1:
        raise AppError("accounts.last_principal")
    with db.atomic():
        db.execute("UPDATE account SET active = ? WHERE id = ?", [int(active), account.id])


def set_password(db: Database, username: str, new_password: str, *, confirm: str | None = None,
                 old_password: str | None = None) -> None:
    """The principal resets anyone's password; anyone else changes their own (giving the old one)."""
    account = get(db, username)
    _check_password(new_password, confirm)
    actor = session.current(db)
    own = actor is not None and actor.account_id == account.id
    if not own:
        require_principal(db)
    elif old_password is not None and not _verify(db, account.id, old_password):
        raise AppError("accounts.wrong_password")
    with db.atomic():
        db.execute("UPDATE account SET password_hash = ? WHERE id = ?",
                   [passwords.hash_password(new_password), account.id])


def _verify(db: Database, account_id: int, password: str) -> bool:
    row = db.execute("SELECT password_hash FROM account WHERE id = ?", [account_id]).fetchone()
    return row is not None and passwords.verify_password(password, row[0])


def wait_seconds(failures: int) -> int:
    """How long a name must wait after ``failures`` wrong passwords in a row: 0, 0, 5, 10, 20 … 300 s."""
    if failures <= FREE_TRIES:
        return 0
    return min(MAX_WAIT_S, 5 * 2 ** (failures - FREE_TRIES - 1))


def _signin_state(db: Database, username: str) -> tuple[int, dt.datetime | None]:
    row = db.execute("SELECT failures, last_failure FROM account_signin WHERE username = ?", [username]).fetchone()
    if row is None:
        return 0, None
    return int(row[0]), dt.datetime.fromisoformat(row[1]) if row[1] else None


@cache
def _dummy_hash() -> str:
    return passwords.hash_password("-")


def authenticate(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> Account:
    """Check a name and password (refusing while the wait after wrong tries runs) without
    signing in."""
    now = now or _now()
    username = username.strip().lower()
    failures, last = _signin_state(db, username)
    wait = wait_seconds(failures)
    if wait and last is not None and now < last + dt.timedelta(seconds=wait):
        remaining = int((last + dt.timedelta(seconds=wait) - now).total_seconds()) + 1
        raise AppError("accounts.wait", seconds=remaining)
    account = find(db, username)
    row = db.execute("SELECT password_hash FROM account WHERE username = ?", [username]).fetchone()
    # An unknown name costs the same as a wrong password: no hint which names exist.
    ok = passwords.verify_password(password, row[0] if row else _dummy_hash())
    if account is None or not ok:
        with db.atomic():
            db.execute("INSERT INTO account_signin (username, failures, last_failure) VALUES (?, 1, ?) "
                       "ON CONFLICT (username) DO UPDATE SET failures = failures + 1, "
                       "last_failure = excluded.last_failure", [username, now.isoformat(sep=" ")])
        wait = wait_seconds(failures + 1)
        if wait:
            raise AppError("accounts.wait", seconds=wait)
        raise AppError("accounts.wrong_password")
    if failures:
        with db.atomic():
            db.execute("DELETE FROM account_signin WHERE username = ?", [username])
    if not account.active:
        raise AppError("accounts.disabled", user=username)
    if not account.roles:
        raise AppError("accounts.no_role", user=username)
    return account


def sign_in(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> Account:
    """Check the password and make the account the one working on ``db``."""
    account = authenticate(db, username, password, now=now)
    session.sign_in(db, account.actor())
    return account


def sign_out(db: Database) -> None:
    session.sign_in(db, None)


def _refresh_self(db: Database, account_id: int) -> None:
    actor = session.current(db)
    if actor is not None and actor.account_id == account_id:
        account = next(a for a in list_accounts(db) if a.id == account_id)
        session.sign_in(db, account.actor())


def recover(db: Database, username: str, code: str, new_password: str, *, confirm: str | None = None) -> str:
    """Reset a principal's forgotten password with the recovery code; returns the next code
    (each code works once)."""
    stored = get_setting(db, RECOVERY_KEY)
    account = get(db, username)
    if not stored or "principal" not in account.roles or \
            not passwords.verify_password(passwords.normalize_recovery_code(code), stored):
        raise AppError("accounts.wrong_recovery_code")
    _check_password(new_password, confirm)
    before = session.current(db)
    session.sign_in(db, account.actor())  # the reset is recorded as the principal's own
    try:
        set_password(db, username, new_password)
        if not account.active:
            set_active(db, username, True)
        code = passwords.new_recovery_code()
        set_setting(db, RECOVERY_KEY, passwords.hash_password(passwords.normalize_recovery_code(code)))
    finally:
        session.sign_in(db, before)
    return code


def idle_minutes(db: Database) -> int:
    value = get_setting(db, IDLE_KEY, IDLE_DEFAULT)
    return value if isinstance(value, int) and IDLE_MIN <= value <= IDLE_MAX else IDLE_DEFAULT


def set_idle_minutes(db: Database, minutes: int) -> None:
    if not isinstance(minutes, int) or not IDLE_MIN <= minutes <= IDLE_MAX:
        raise AppError("accounts.bad_idle_minutes", low=IDLE_MIN, high=IDLE_MAX)
    require_principal(db)
    set_setting(db, IDLE_KEY, minutes)


def class_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the current school year's classes, in the one class order: a teacher's choices."""
    from kindergarten_desktop.roster.age_groups import class_sort_key
    from kindergarten_desktop.school import current_school_year

    year = current_school_year(db)
    if year is None:
        return []
    rows = db.execute("SELECT id, name, age_group FROM class WHERE school_year_id = ?", [year.id]).fetchall()
    return [(i, n) for i, n, _g in sorted(rows, key=lambda r: class_sort_key(r[2], r[1]))]


def class_names(db: Database) -> dict[int, str]:
    return dict(db.execute("SELECT id, name FROM class").fetchall())
