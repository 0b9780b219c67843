"""Which questions the nurse already answered for a measurement ("keep this unusual value"), so
the same warning is not asked again when she fills in the other field of the row."""

from kindergarten_desktop.db.database import Database

VERSION = 30


def up(db: Database) -> None:
    db.execute("ALTER TABLE measurement ADD COLUMN confirmed_checks TEXT NOT NULL DEFAULT ''")
