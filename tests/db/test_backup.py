import datetime as dt

from kindergarten_desktop.db import open_database
from kindergarten_desktop.db.backup import (
    KEEP,
    auto_backup,
    backup_now,
    backups_dir,
    list_backups,
    restore_backup,
)


def _school_name(path):
    db = open_database(path)
    try:
        return db.execute("SELECT name FROM school").fetchone()[0]
    finally:
        db.close()


def _set_name(path, name):
    db = open_database(path)
    db.execute("UPDATE school SET name = ?", [name])
    db.close()


def test_auto_backup_once_a_day_and_keeps_the_last_30(tmp_path):
    path = tmp_path / "school.sqlite3"
    open_database(path).close()
    day = dt.datetime(2025, 9, 1, 17, 0)
    assert auto_backup(path, day) is not None
    assert auto_backup(path, day + dt.timedelta(hours=2)) is None
    for i in range(1, 40):
        auto_backup(path, day + dt.timedelta(days=i))
    backups = list_backups(path)
    assert len(backups) == KEEP
    assert backups[0][1] == day + dt.timedelta(days=39)
    assert all(p.parent == backups_dir(path) for p, _ in backups)
    assert not list(backups_dir(path).glob("*.part"))


def test_backup_while_open_and_restore_is_itself_undoable(tmp_path):
    path = tmp_path / "school.sqlite3"
    _set_name(path, "Trường Mầm non Hoa Mai")
    db = open_database(path)  # a live connection during the backup
    first = backup_now(path, dt.datetime(2025, 1, 1, 8, 0))
    db.close()
    _set_name(path, "Tên sai")
    safety = restore_backup(first, path)
    assert _school_name(path) == "Trường Mầm non Hoa Mai"
    restore_backup(safety, path)
    assert _school_name(path) == "Tên sai"


def test_a_broken_backup_is_refused_and_the_database_untouched(tmp_path):
    import pytest

    from kindergarten_desktop.db import NotADatabase

    path = tmp_path / "school.sqlite3"
    _set_name(path, "Trường Mầm non Hoa Mai")
    broken = tmp_path / "backups" / "school.sqlite3-20250101-080000-000000.sqlite3"
    broken.parent.mkdir()
    broken.write_bytes(b"not a database at all" * 10)
    with pytest.raises(NotADatabase):
        restore_backup(broken, path)
    assert _school_name(path) == "Trường Mầm non Hoa Mai"
    assert [p for p, _ in list_backups(path)] == [broken]  # no safety copy was made either
