"""Core tables: the school, its years, staff, classes, children and enrolments."""

from kindergarten_desktop.db.database import Database

VERSION = 1

STATEMENTS = [
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE school_year (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        CHECK (end_date > start_date)
    )""",
    """CREATE TABLE school (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        governing_body TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        principal_name TEXT NOT NULL DEFAULT '',
        current_school_year_id INTEGER REFERENCES school_year(id)
    )""",
    "INSERT INTO school (id) VALUES (1)",
    """CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (trim(full_name) <> ''),
        role TEXT NOT NULL DEFAULT 'teacher',
        phone TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE class (
        id INTEGER PRIMARY KEY,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        age_group TEXT NOT NULL,
        room TEXT NOT NULL DEFAULT '',
        capacity INTEGER,
        UNIQUE (school_year_id, name)
    )""",
    """CREATE TABLE class_staff (
        class_id INTEGER NOT NULL REFERENCES class(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        PRIMARY KEY (class_id, staff_id)
    )""",
    """CREATE TABLE child (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (trim(full_name) <> ''),
        sex INTEGER NOT NULL CHECK (sex IN (1, 2)),
        birth_date TEXT NOT NULL,
        ethnicity TEXT NOT NULL DEFAULT 'Kinh',
        address TEXT NOT NULL DEFAULT '',
        father_name TEXT NOT NULL DEFAULT '',
        father_phone TEXT NOT NULL DEFAULT '',
        mother_name TEXT NOT NULL DEFAULT '',
        mother_phone TEXT NOT NULL DEFAULT '',
        guardian_name TEXT NOT NULL DEFAULT '',
        guardian_phone TEXT NOT NULL DEFAULT '',
        health_notes TEXT NOT NULL DEFAULT '',
        allergies TEXT NOT NULL DEFAULT '',
        enrolled_on TEXT
    )""",
    """CREATE TABLE child_circumstance (
        child_id INTEGER NOT NULL REFERENCES child(id),
        flag TEXT NOT NULL,
        PRIMARY KEY (child_id, flag)
    )""",
    """CREATE TABLE enrollment (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id),
        class_id INTEGER NOT NULL REFERENCES class(id),
        start_date TEXT NOT NULL,
        end_date TEXT,
        start_reason TEXT NOT NULL DEFAULT 'new',
        end_reason TEXT,
        note TEXT NOT NULL DEFAULT '',
        CHECK (end_date IS NULL OR end_date >= start_date)
    )""",
    "CREATE INDEX enrollment_class ON enrollment (class_id, start_date)",
    "CREATE INDEX enrollment_child ON enrollment (child_id, start_date)",
    "CREATE INDEX class_year ON class (school_year_id)",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
