"""Circumstance flags get dates: a flag holds from ``valid_from`` to ``valid_to`` (the last day;
NULL: still holds), and a child may have several periods of one flag (poor household for one
year, again two years later).

Flags had no dates before, so the ledger of every month used the flags of today. Each existing
flag is carried over as holding from the child's birth (or the first enrolment, if the record
says earlier) and still holding: every month the ledger has computed keeps its figures."""

from kindergarten_desktop.db.database import Database

VERSION = 70


def up(db: Database) -> None:
    db.execute("""CREATE TABLE child_circumstance_dated (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id),
        flag TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        UNIQUE (child_id, flag, valid_from)
    )""")
    db.execute("""INSERT INTO child_circumstance_dated (child_id, flag, valid_from)
        SELECT cc.child_id, cc.flag,
               min(c.birth_date, coalesce((SELECT min(e.start_date) FROM enrollment e
                                           WHERE e.child_id = cc.child_id), c.birth_date))
        FROM child_circumstance cc JOIN child c ON c.id = cc.child_id
        ORDER BY cc.child_id, cc.flag""")
    db.execute("DROP TABLE child_circumstance")
    db.execute("ALTER TABLE child_circumstance_dated RENAME TO child_circumstance")
