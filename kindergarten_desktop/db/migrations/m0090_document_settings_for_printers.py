"""Nothing to change in the tables: this version makes every database reinstall its permission
triggers (db/session.py ``after_migrations`` runs after a migration), so a school that had
accounts before drops the trigger that kept a document's settings (number, recipients, signer)
for the principal alone: whoever may print a document keeps them (db/permissions.py)."""

from kindergarten_desktop.db.database import Database

VERSION = 90


def up(db: Database) -> None:
    del db  # the triggers are rebuilt after every migration run
