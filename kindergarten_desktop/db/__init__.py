"""Storage: the only package that opens SQLite. See connection.open_database."""

from kindergarten_desktop.db.connection import (
    DatabaseError,
    DatabaseLocked,
    DatabaseNotWritable,
    DatabaseTooNew,
    NotADatabase,
    open_database,
)

__all__ = [
    "DatabaseError",
    "DatabaseLocked",
    "DatabaseNotWritable",
    "DatabaseTooNew",
    "NotADatabase",
    "open_database",
]
