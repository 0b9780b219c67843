"""A parent named in a combined "Họ tên cha/mẹ" column of a school's class list: kept as a parent
contact of its own, never guessed into the father's or the mother's fields."""

from kindergarten_desktop.db.database import Database

VERSION = 60


def up(db: Database) -> None:
    db.execute("ALTER TABLE child ADD COLUMN parent_name TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE child ADD COLUMN parent_phone TEXT NOT NULL DEFAULT ''")
