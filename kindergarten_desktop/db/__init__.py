"""Storage: the only package that opens SQLite. See connection.open_database and db/faults.py."""

from kindergarten_desktop.db.connection import open_database
from kindergarten_desktop.db.faults import (
    DatabaseError,
    DatabaseFull,
    DatabaseIOError,
    DatabaseLocked,
    DatabaseNotWritable,
    DatabaseTooNew,
    NotADatabase,
    explain,
)

__all__ = [
    "DatabaseError",
    "DatabaseFull",
    "DatabaseIOError",
    "DatabaseLocked",
    "DatabaseNotWritable",
    "DatabaseTooNew",
    "NotADatabase",
    "explain",
    "open_database",
]
