"""``demo-data --with-accounts``: one account per role, all with the password ``demo``."""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.accounts import users
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.age_groups import class_sort_key

PASSWORD = "demo"
# (user name, full name, roles); giaovien teaches the first class of the current year.
DEMO_ACCOUNTS = (
    ("hieutruong", "Nguyễn Thị Hạnh", ("principal",)),
    ("ketoan", "Trần Thị Thu", ("accountant",)),
    ("yte", "Lê Thị Mai", ("nurse",)),
    ("bep", "Phạm Văn Hùng", ("kitchen",)),
    ("giaovien", "Hoàng Thị Lan", ("teacher",)),
)


def first_class(db: Database) -> int | None:
    from kindergarten_desktop.school import load_settings

    year_id = load_settings(db).current_school_year_id
    rows = db.execute("SELECT id, name, age_group FROM class WHERE school_year_id = ?", [year_id]).fetchall()
    if not rows:
        return None
    return min(rows, key=lambda r: class_sort_key(r[2], r[1]))[0]


def add_demo_accounts(path: Path) -> str:
    """Create the demo accounts in the database at ``path``; returns the recovery code."""
    from kindergarten_desktop.db import open_database, session

    db = open_database(path)
    try:
        code = ""
        class_id = first_class(db)
        for username, full_name, roles in DEMO_ACCOUNTS:
            classes = [class_id] if "teacher" in roles and class_id is not None else []
            found = users.add_account(db, username, PASSWORD, roles, full_name=full_name, class_ids=classes)
            code = found or code
        session.sign_in(db, None)
        return code
    finally:
        db.close()
