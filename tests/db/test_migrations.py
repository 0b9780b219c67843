"""Every migration, from an empty database and from a database at every older version."""

import sqlite3

import pytest
from sqlite_utils import Database

from kindergarten_desktop.db import migrations


def _new(tmp_path, name="m.sqlite3") -> Database:
    return Database(sqlite3.connect(tmp_path / name, isolation_level=None))


def _schema(db: Database) -> list[tuple]:
    return sorted(db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())


def test_versions_are_unique_and_increasing():
    versions = [m.version for m in migrations.all_migrations()]
    assert versions[0] == 1
    assert versions == sorted(set(versions))


def test_latest_version_from_the_names_is_the_last_migration():
    """latest_version reads the modules' names (no import, start-up asks it); each module's
    VERSION must be its name's number, which all_migrations checks on import."""
    real = migrations.all_migrations()
    assert migrations.latest_version() == real[-1].version
    assert all(m.version == int(m.name[1:5]) for m in real)


def test_a_version_unlike_its_name_is_refused(monkeypatch):
    import importlib

    real_import = importlib.import_module

    def lying(name: str):
        module = real_import(name)
        if name.endswith("m0002_attendance"):
            monkeypatch.setattr(module, "VERSION", 3)
        return module

    monkeypatch.setattr(importlib, "import_module", lying)
    migrations.all_migrations.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="m0002_attendance declares VERSION = 3"):
            migrations.all_migrations()
    finally:
        monkeypatch.undo()
        migrations.all_migrations.cache_clear()
    assert migrations.all_migrations()[1].version == 2


def test_empty_database_migrates_to_latest(tmp_path):
    db = _new(tmp_path)
    applied = migrations.migrate(db)
    assert len(applied) == len(migrations.all_migrations())
    assert migrations.current_version(db) == migrations.latest_version()
    assert migrations.migrate(db) == []  # idempotent


@pytest.mark.parametrize("start", [m.version for m in migrations.all_migrations()])
def test_database_at_every_older_version_migrates_keeping_data(tmp_path, start):
    db = _new(tmp_path, "old.sqlite3")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(db, target=start)
    assert migrations.current_version(db) == start
    db.execute("INSERT INTO school_year (name, start_date, end_date) VALUES ('2024-2025','2024-09-05','2025-08-31')")
    db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Mầm 1', 'age_3_4')")
    db.execute("INSERT INTO child (full_name, sex, birth_date) VALUES ('Nguyễn Văn An', 1, '2021-03-04')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (1, 1, '2024-09-05')")
    migrations.migrate(db)
    assert migrations.current_version(db) == migrations.latest_version()
    assert db.execute("SELECT full_name FROM child").fetchall() == [("Nguyễn Văn An",)]
    fresh = _new(tmp_path, "fresh.sqlite3")
    migrations.migrate(fresh)
    assert _schema(db) == _schema(fresh)


def test_failed_migration_leaves_previous_version(tmp_path, monkeypatch):
    db = _new(tmp_path)
    broken = migrations.Migration(migrations.latest_version() + 1, "m9999_broken",
                                  lambda d: (d.execute("CREATE TABLE half (a)"), d.execute("SELECT nope")))
    real = migrations.all_migrations()
    monkeypatch.setattr(migrations, "all_migrations", lambda: (*real, broken))
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(db)
    assert migrations.current_version(db) == broken.version - 1
    assert "half" not in db.table_names()
