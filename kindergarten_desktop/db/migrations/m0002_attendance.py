"""Daily attendance marks and the days the school closes beyond weekends and public holidays."""

from kindergarten_desktop.db.database import Database

VERSION = 2

STATEMENTS = [
    # One mark per child and school day: P present, E excused absence (nghỉ có phép),
    # U unexcused absence (nghỉ không phép). No row: not taken yet.
    """CREATE TABLE attendance (
        child_id INTEGER NOT NULL REFERENCES child(id),
        day TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('P', 'E', 'U')),
        PRIMARY KEY (child_id, day)
    ) WITHOUT ROWID""",
    "CREATE INDEX attendance_day ON attendance (day)",
    # Extra closures (typhoon, local holidays) and extra school days (make-up days).
    """CREATE TABLE school_calendar_exception (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('closed', 'open')),
        reason TEXT NOT NULL DEFAULT ''
    )""",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
