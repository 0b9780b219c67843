import datetime as dt

import pytest

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


# --- issue 13: checked backups and restores ---------------------------------------------------

def test_backups_are_named_by_the_full_file_name(tmp_path):
    a, b = tmp_path / "truong.sqlite3", tmp_path / "truong.db"
    open_database(a).close()
    open_database(b).close()
    first = backup_now(a)
    second = backup_now(b)
    assert first.name.startswith("truong.sqlite3-") and second.name.startswith("truong.db-")
    assert [p for p, _ in list_backups(a)] == [first] and [p for p, _ in list_backups(b)] == [second]


def test_a_damaged_database_is_not_backed_up_and_rotates_nothing_out(school):
    import pytest

    from kindergarten_desktop.db import NotADatabase
    from tests.db.conftest import damage_table

    day = dt.datetime(2025, 9, 1, 17, 0)
    for i in range(KEEP):
        backup_now(school, day + dt.timedelta(days=i))
    kept = list_backups(school)
    damage_table(school)
    with pytest.raises(NotADatabase) as info:
        auto_backup(school, day + dt.timedelta(days=KEEP + 1))
    assert info.value.code == "db.backup_refused_damaged"
    assert list_backups(school) == kept
    assert not list(backups_dir(school).glob("*.part"))


def test_a_copy_that_fails_its_check_is_deleted(school, monkeypatch):
    import pytest

    from kindergarten_desktop.db import backup as backup_module

    kept = list_backups(school)

    def bad_copy(src, dst):
        dst.write_bytes(b"\0" * 4096)  # what a failing disk may leave

    monkeypatch.setattr(backup_module, "_online_copy", bad_copy)
    with pytest.raises(Exception) as info:
        backup_now(school)
    assert getattr(info.value, "code", "") in ("db.backup_not_verified", "db.not_database")
    assert list_backups(school) == kept and not list(backups_dir(school).glob("*.part"))


def test_stale_part_files_are_removed(school):
    import os

    folder = backups_dir(school)
    folder.mkdir()
    stale = folder / "truong.sqlite3-20250101-080000-000000.sqlite3.part"
    stale.write_bytes(b"half a copy")
    old = dt.datetime(2025, 1, 1).timestamp()
    os.utime(stale, (old, old))
    backup_now(school)
    assert not stale.exists()


def test_restore_refuses_damaged_foreign_and_newer_backups(school, foreign, tmp_path):
    import sqlite3

    import pytest

    from kindergarten_desktop.db import DatabaseTooNew, NotADatabase
    from kindergarten_desktop.db.migrations import latest_version
    from tests.db.conftest import damage_table

    good = backup_now(school)
    damaged = tmp_path / "damaged-copy.sqlite3"
    damaged.write_bytes(good.read_bytes())
    damage_table(damaged)
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()
    before = school.read_bytes()
    for chosen, code, kind in ((damaged, "db.restore_damaged", NotADatabase),
                               (foreign, "db.restore_not_ours", NotADatabase),
                               (newer, "db.restore_too_new", DatabaseTooNew)):
        with pytest.raises(kind) as info:
            restore_backup(chosen, school)
        assert info.value.code == code
    assert school.read_bytes() == before
    assert [p for p, _ in list_backups(school)] == [good]  # no "before restore" copy either


def test_restore_over_a_damaged_database_keeps_it_and_installs_the_backup(school):
    from kindergarten_desktop.db.backup import backup_label
    from kindergarten_desktop.db.connection import inspect_file
    from tests.db.conftest import damage_table

    good = backup_now(school)
    damage_table(school)
    safety = restore_backup(good, school)
    assert backup_label(school, safety) == "before-restore"
    assert not inspect_file(safety, full_check=True).intact  # the damaged file, kept as it was
    info = inspect_file(school, full_check=True)
    assert info.intact
    db = open_database(school)
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 3
    db.close()


def test_save_what_can_be_read_from_a_damaged_database(school, tmp_path):
    from kindergarten_desktop.db.salvage import save_readable
    from tests.db.conftest import damage_table

    damage_table(school, "child")
    before = school.read_bytes()
    result = save_readable(school, tmp_path / "cuu.sqlite3")
    assert school.read_bytes() == before  # only read
    assert "child" in result.incomplete and result.rows["class"] == 1
    db = open_database(tmp_path / "cuu.sqlite3", create=False)
    assert db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Mai"
    assert db.execute("SELECT name FROM class").fetchall() == [("Lá 1",)]
    db.close()


def test_saving_what_can_be_read_onto_a_full_drive_leaves_no_half_made_file(school, tmp_path, file_size_limit):
    from kindergarten_desktop.db.faults import DatabaseError
    from kindergarten_desktop.db.salvage import save_readable
    from tests.db.conftest import damage_table

    damage_table(school, "child")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cuu.sqlite3"
    file_size_limit(64 * 1024)  # the new database's tables do not fit
    try:
        with pytest.raises(DatabaseError) as err:
            save_readable(school, target)
    finally:
        file_size_limit(None)
    assert str(target) in err.value.text("vi") and ".part" not in err.value.text("vi")
    assert list(out.iterdir()) == []  # neither the target nor a temporary file
    save_readable(school, target)  # room again: saved, under its name only
    assert [p.name for p in out.iterdir()] == ["cuu.sqlite3"]
