"""Nothing to change in the tables: this version only makes every database reinstall its
permission triggers (db/session.py ``after_migrations`` runs after a migration), so a setting
refused to a role names the area its key belongs to (the meal rules: meals) rather than the
school's (db/permissions.py, one trigger per setting area)."""

from kindergarten_desktop.db.database import Database

VERSION = 80


def up(db: Database) -> None:
    del db  # the triggers are rebuilt after every migration run
