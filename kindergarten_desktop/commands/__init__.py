"""Subcommands of the ``kindergarten-desktop`` CLI; each module defines ``register(subparsers)``."""

from __future__ import annotations

import argparse
import sys

from kindergarten_desktop.db import DatabaseError


def fail(message: str, code: int = 2) -> int:
    """Print a user-facing error and return the exit code."""
    print(f"kindergarten-desktop: {message}", file=sys.stderr)
    return code


def open_db_or_fail(path: str, *, create: bool = False):
    """Open a database for a command; returns (db, None) or (None, exit code)."""
    from kindergarten_desktop.db import open_database

    try:
        return open_database(path, create=create), None
    except DatabaseError as exc:
        return None, fail(f"{exc.path}: {exc.problem}")


def run_command(args: argparse.Namespace) -> int:
    """Sign ``--user`` in, then run the subcommand. A write the permission triggers refuse
    becomes the user's message (an AppError), and the signed-in account is forgotten after."""
    import sqlite3

    from kindergarten_desktop.accounts.access import translate
    from kindergarten_desktop.accounts.cli import login
    from kindergarten_desktop.db.session import set_process_actor

    try:
        login(args)
        return int(args.func(args) or 0)
    except sqlite3.DatabaseError as exc:
        refused = translate(None, exc)
        if refused is None:
            raise
        raise refused from exc
    finally:
        set_process_actor(None)  # the next command (tests run many in one process) signs in anew
