"""Growth monitoring: measurement rounds per school year and one measurement per child and round."""

from kindergarten_desktop.db.database import Database

VERSION = 4

STATEMENTS = [
    # kind 'round': the school-wide rounds (cân đo đợt 1/2/3); 'monthly': the monthly checks of
    # the children followed up. Numbers count within a kind, so "round 2" means đợt 2.
    """CREATE TABLE growth_round (
        id INTEGER PRIMARY KEY,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id),
        kind TEXT NOT NULL DEFAULT 'round' CHECK (kind IN ('round', 'monthly')),
        number INTEGER NOT NULL CHECK (number >= 1),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        day TEXT NOT NULL,
        UNIQUE (school_year_id, kind, number)
    )""",
    "CREATE INDEX growth_round_year ON growth_round (school_year_id, day)",
    # confirmed: the nurse accepted a value flagged by WHO or an unusual change.
    """CREATE TABLE measurement (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id),
        round_id INTEGER NOT NULL REFERENCES growth_round(id),
        visit_date TEXT NOT NULL,
        weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg BETWEEN 2 AND 50),
        height_cm REAL CHECK (height_cm IS NULL OR height_cm BETWEEN 45 AND 150),
        measure TEXT CHECK (measure IS NULL OR measure IN ('l', 'h')),
        absent INTEGER NOT NULL DEFAULT 0 CHECK (absent IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
        UNIQUE (child_id, round_id)
    )""",
    "CREATE INDEX measurement_round ON measurement (round_id)",
    "CREATE INDEX measurement_child ON measurement (child_id, visit_date)",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
