"""The principal's monthly focus agenda (kế hoạch trọng tâm tháng): dated or undated items
per school year and month, and recurring items shown in every month of the year."""

from kindergarten_desktop.db.database import Database

VERSION = 6

STATEMENTS = [
    # month 'YYYY-MM' inside the school year; week 1-5 of that month or NULL for the whole month.
    # responsible: ';'-separated tokens (group codes such as 'principal', 'class:<id>', or free text).
    # anchor: how copying to next year moves the dates: 'weekday' (same weekday of the matching
    # week), 'fixed' (same day and month, e.g. 20/11) or 'lunar' (same lunar date, e.g. Trung thu).
    """CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        week INTEGER CHECK (week IS NULL OR week BETWEEN 1 AND 5),
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        start_date TEXT,
        end_date TEXT CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date)),
        deadline TEXT,
        responsible TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'postponed', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        to_review INTEGER NOT NULL DEFAULT 0 CHECK (to_review IN (0, 1)),
        anchor TEXT NOT NULL DEFAULT 'weekday' CHECK (anchor IN ('weekday', 'fixed', 'lunar'))
    )""",
    "CREATE INDEX agenda_item_month ON agenda_item (school_year_id, month, position)",
    "CREATE INDEX agenda_item_dates ON agenda_item (start_date, deadline)",
    # Defined once per school year ("every month: ensure school safety ...").
    """CREATE TABLE agenda_recurring (
        id INTEGER PRIMARY KEY,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        responsible TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX agenda_recurring_year ON agenda_recurring (school_year_id, position)",
    # The months a recurring item is left out of (e.g. no internal inspection in July).
    """CREATE TABLE agenda_recurring_skip (
        recurring_id INTEGER NOT NULL REFERENCES agenda_recurring(id) ON DELETE CASCADE,
        month TEXT NOT NULL,
        PRIMARY KEY (recurring_id, month)
    ) WITHOUT ROWID""",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
