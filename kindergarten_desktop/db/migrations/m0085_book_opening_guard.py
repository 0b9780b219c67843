"""Money dated before its book's opening balance is refused (db/guards.py, ``BOOK_MOVES``).

The refusal is a set of guard triggers that :func:`kindergarten_desktop.db.guards.install`
creates after the migrations run; a file already at the latest version is opened without
running them. This step changes no table and no row: it only moves such a file to a version
whose opening installs the new triggers (a copy is kept before, as for every upgrade)."""

from kindergarten_desktop.db.database import Database

VERSION = 85


def up(db: Database) -> None:
    """Nothing to change in the data: the guard triggers are installed right after this step."""
