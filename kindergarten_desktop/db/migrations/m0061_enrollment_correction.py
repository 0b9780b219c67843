"""Corrections of wrong movements (a transfer, withdrawal or return undone, a stay moved to the right
class): the enrolment rows as they were before, the reason and when, so nothing changes unrecorded."""

from kindergarten_desktop.db.database import Database

VERSION = 61


def up(db: Database) -> None:
    db.execute("""CREATE TABLE enrollment_correction (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id),
        action TEXT NOT NULL CHECK (action IN ('undo_transfer', 'undo_withdrawal', 'undo_return',
                                               'change_class')),
        before TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX enrollment_correction_child ON enrollment_correction (child_id)")
