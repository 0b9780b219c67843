"""The command line's sign-in: ``--user NAME`` with the password from ``KD_PASSWORD`` or a
prompt. On a database with accounts every command needs a valid user; the account found is
the actor of every connection the command opens, so the triggers judge its writes. Without
accounts commands run as before, audited under the operating-system user."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kindergarten_desktop.db import session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError

# Commands that write a new database, or touch none.
NO_LOGIN = {"demo-data", "zscore"}


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_password(user: str, prompt: str | None = None) -> str:
    if not _interactive():
        raise AppError("accounts.password_required", user=user)
    return getpass.getpass(prompt or f"Mật khẩu / password ({user}): ")


def login(args: argparse.Namespace) -> None:
    """Check ``--user`` against the command's database; refuse with an AppError."""
    from kindergarten_desktop.accounts import users
    from kindergarten_desktop.accounts.access import has_accounts
    from kindergarten_desktop.db import DatabaseError, open_database

    user = getattr(args, "user", None)
    path = getattr(args, "db", None)
    args.login_used_password = False
    session.set_process_actor(None)
    if args.command in NO_LOGIN or not path or not Path(path).is_file():
        return
    if args.command == "users" and getattr(args, "action", None) == "recover":
        return  # the forgotten password: the recovery code stands for it
    try:
        db = open_database(path, create=False)
    except DatabaseError:
        return  # the command itself explains what is wrong with the file
    try:
        if not has_accounts(db):
            if user:
                print(f"kindergarten-desktop: {AppError('accounts.no_accounts').text()} (--user {user})",
                      file=sys.stderr)
            return
        if not user:
            raise AppError("accounts.user_required")
        password = os.environ.get("KD_PASSWORD")
        if password is None:
            password = ask_password(user)
        args.login_used_password = True
        account = users.authenticate(db, user, password)
        session.set_process_actor(account.actor())
        session.sign_in(db, account.actor())
        if args.command == "report" and getattr(args, "kind", None):
            _may_read_report(db, args)
    finally:
        db.close()


def _may_read_report(db: Database, args: argparse.Namespace) -> None:
    """Refuse a report the role may not see; a teacher prints the classes assigned only."""
    from kindergarten_desktop.accounts.access import report_refusal, visible_class_ids

    name = getattr(args, "class_name", None)
    shown = visible_class_ids(db) or frozenset()
    ids = [i for (i,) in db.execute("SELECT id FROM class WHERE name = ?", [name or ""])]
    refusal = report_refusal(db, args.kind, next((i for i in ids if i in shown), ids[0] if ids else None))
    if refusal is not None:
        raise refusal


def new_password(args: argparse.Namespace, user: str) -> str:
    """The password to give ``user``: KD_NEW_PASSWORD; else KD_PASSWORD when --user did not use
    it; else a prompt (twice); else, with no terminal, KD_PASSWORD."""
    value = os.environ.get("KD_NEW_PASSWORD")
    if value is not None:
        return value
    env = os.environ.get("KD_PASSWORD")
    if env is not None and not getattr(args, "login_used_password", False):
        return env
    if _interactive():
        first = getpass.getpass(f"Mật khẩu mới / new password ({user}): ")
        again = getpass.getpass("Nhập lại / again: ")
        if first != again:
            raise AppError("accounts.passwords_differ")
        return first
    if env is not None:
        return env
    raise AppError("accounts.password_required", user=user)
