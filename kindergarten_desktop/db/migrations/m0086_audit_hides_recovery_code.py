"""Nothing to change in the tables: this version makes every database reinstall its audit
triggers (db/session.py ``after_migrations`` runs after a migration), so a change of the
recovery code's hash is recorded with the hash cut to its last characters, like a password's
(db/audit.py OPTIONS["setting"])."""

from kindergarten_desktop.db.database import Database

VERSION = 86


def up(db: Database) -> None:
    del db  # the triggers are rebuilt after every migration run
