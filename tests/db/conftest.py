"""Faults made for real: damaged pages, foreign files, hot journals (issue 13)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kindergarten_desktop.db import open_database


def damage_table(path: Path, table: str = "child") -> None:
    """Overwrite the root page of ``table`` with garbage. The schema stays readable, so the file
    opens, but ``PRAGMA quick_check`` (and reading that table) fails. No connection may be open."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as handle:  # a test-made fault: no connection of this process is open
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


@pytest.fixture
def school(tmp_path) -> Path:
    """A small real school database with a name, a year, a class and three children."""
    path = tmp_path / "truong.sqlite3"
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE school SET name = 'Trường Mầm non Hoa Mai'")
        db.execute("INSERT INTO school_year (name, start_date, end_date) "
                   "VALUES ('2025-2026', '2025-09-05', '2026-08-31')")
        db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 1', 'age_5_6')")
        for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"):
            db.execute("INSERT INTO child (full_name, sex, birth_date) VALUES (?, 1, '2020-03-04')", [name])
    db.close()
    return path


@pytest.fixture
def foreign(tmp_path) -> Path:
    """Another program's SQLite file (a browser history, say): tables, no stamp, no school schema."""
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO urls (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    return path
