"""Subcommands of the ``kindergarten-desktop`` CLI; each module defines ``register(subparsers)``.

Failures: raise an ``AppError`` (cli.run_command prints its text and exits 1), or return
``fail(message)`` for a usage error (exit 2). Database faults arrive as ``db.*`` AppErrors.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindergarten_desktop.db.database import Database


def fail(message: str, code: int = 2) -> int:
    """Print a user-facing error and return the exit code (2: usage; 1: bad input or state)."""
    print(f"kindergarten-desktop: {message}", file=sys.stderr)
    return code


def open_db(path: str, *, create: bool = False, read_only: bool = False) -> Database:
    """Open a database for a command. A missing or zero-byte file is an error unless ``create``
    (only commands that create databases pass it); failures raise ``db.*`` AppErrors."""
    from kindergarten_desktop.db import open_database

    return open_database(path, create=create, read_only=read_only)


def open_db_or_fail(path: str, *, create: bool = False, read_only: bool = False) -> tuple[Database | None, int | None]:
    """Open a database for a command; returns (db, None) or (None, exit code 1) after printing why."""
    from kindergarten_desktop.db import DatabaseError

    try:
        return open_db(path, create=create, read_only=read_only), None
    except DatabaseError as exc:
        return None, fail(exc.text(), code=1)


def run_signed_in(args: argparse.Namespace) -> int:
    """Sign ``--user`` in, then run the subcommand (a write the triggers refuse already arrives
    as an AppError: db/refusals.py); the signed-in account is forgotten after."""
    from kindergarten_desktop.accounts.cli import login
    from kindergarten_desktop.db.session import set_process_actor

    try:
        login(args)
        return int(args.func(args) or 0)
    finally:
        set_process_actor(None)  # the next command (tests run many in one process) signs in anew
