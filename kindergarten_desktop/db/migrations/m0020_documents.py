"""Official documents: the province's Department and the school's symbol in the school settings,
the document settings last used per report kind (number, recipients, signer ...), and the
narrative of a growth round's report (Đánh giá chung, Nguyên nhân, Biện pháp, Kiến nghị)."""

from kindergarten_desktop.db.database import Database

VERSION = 20

STATEMENTS = [
    "ALTER TABLE school ADD COLUMN department TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE school ADD COLUMN symbol TEXT NOT NULL DEFAULT ''",
    # One row per report kind: the values the person printing chose last time.
    # recipients: one per line, as typed (without "- " and ";").
    """CREATE TABLE document_settings (
        kind TEXT PRIMARY KEY,
        number TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        signer_name TEXT NOT NULL DEFAULT '',
        signer_title TEXT NOT NULL DEFAULT '',
        authority TEXT NOT NULL DEFAULT '',
        drafter TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE growth_round_narrative (
        round_id INTEGER PRIMARY KEY REFERENCES growth_round(id) ON DELETE CASCADE,
        assessment TEXT NOT NULL DEFAULT '',
        causes TEXT NOT NULL DEFAULT '',
        measures TEXT NOT NULL DEFAULT '',
        proposals TEXT NOT NULL DEFAULT ''
    )""",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
