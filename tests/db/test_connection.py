import os
import sqlite3

import pytest

from kindergarten_desktop.db import (
    DatabaseNotWritable,
    DatabaseTooNew,
    NotADatabase,
    open_database,
)
from kindergarten_desktop.db.connection import APPLICATION_ID
from kindergarten_desktop.db.migrations import latest_version


def test_new_database_is_created_migrated_with_pragmas(tmp_path):
    path = tmp_path / "sub" / "school.sqlite3"
    db = open_database(path)
    assert path.exists()
    assert db.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert {"school", "school_year", "class", "child", "enrollment", "staff"} <= set(db.table_names())
    db.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (999, 'A', 'age_3_4')")


def test_not_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"hello, this is a text file" * 50)
    before = path.read_bytes()
    with pytest.raises(NotADatabase) as err:
        open_database(path)
    assert "not an SQLite database" in err.value.problem
    assert err.value.path == path
    assert path.read_bytes() == before


def test_corrupt_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "broken.sqlite3"
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(NotADatabase) as err:
        open_database(path)
    assert "damaged" in err.value.problem
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    mtime = os.stat(path).st_mtime_ns
    with pytest.raises(DatabaseTooNew) as err:
        open_database(path)
    assert "newer version" in err.value.problem
    assert path.read_bytes() == before
    assert os.stat(path).st_mtime_ns == mtime
    assert not (tmp_path / "future.sqlite3-wal").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_gives_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseNotWritable):
            open_database(folder / "x.sqlite3")
    finally:
        folder.chmod(0o755)


def test_read_only_file_gives_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "school.sqlite3"
    open_database(path).close()
    # Works as root too: pretend the OS refuses writing.
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(DatabaseNotWritable):
        open_database(path)


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(NotADatabase):
        open_database(tmp_path)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(NotADatabase):
        open_database(tmp_path / "nope.sqlite3", create=False)


def test_atomic_rolls_back_a_failed_multi_row_write(db):
    db.execute("INSERT INTO school_year (name, start_date, end_date) VALUES ('2025-2026', '2025-09-05', '2026-08-31')")
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 1', 'age_5_6')")
            db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 1', 'age_5_6')")
    assert db.execute("SELECT count(*) FROM class").fetchone()[0] == 0


def test_start_up_does_not_import_sqlite_utils_or_numpy(tmp_path):
    """sqlite-utils (and numpy behind it) load only when a feature needs more than the daily
    API (db/database.py), keeping them off the start-up path."""
    import subprocess
    import sys

    code = ("import sys; from kindergarten_desktop.db import open_database;"
            f"db = open_database({str(tmp_path / 'x.sqlite3')!r});"
            "print(sorted(m for m in ('sqlite_utils', 'numpy') if m in sys.modules));"
            "print(type(db.sqlite_utils).__module__, db.table('child').exists());"
            "db.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "sqlite_utils.db True"]


def test_nested_atomic_blocks_are_savepoints(db):
    db.execute("INSERT INTO school_year (name, start_date, end_date) VALUES ('2025-2026', '2025-09-05', '2026-08-31')")
    with db.atomic():
        db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 1', 'age_5_6')")
        with pytest.raises(sqlite3.IntegrityError):
            with db.atomic():
                db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 2', 'age_5_6')")
                db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 2', 'age_5_6')")
    assert [r[0] for r in db.execute("SELECT name FROM class")] == ["Lá 1"]
