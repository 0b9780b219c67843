"""Subcommands of the ``kindergarten-desktop`` CLI; each module defines ``register(subparsers)``."""

from __future__ import annotations

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
