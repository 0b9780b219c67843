"""Issue 13: every fault of the storage gets its own message; damaged and foreign files are
never written; new files are private. The faults are real: max_page_count (disk full), a
second connection holding BEGIN IMMEDIATE (locked), a read-only open (works as root too)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat

import pytest

from kindergarten_desktop.db import (
    DatabaseFull,
    DatabaseIOError,
    DatabaseLocked,
    DatabaseNotWritable,
    NotADatabase,
    explain,
    open_database,
)
from kindergarten_desktop.db.connection import APPLICATION_ID, connect, inspect_file
from kindergarten_desktop.db.migrations import latest_version
from kindergarten_desktop.db.settings import set_setting
from kindergarten_desktop.errors import set_language
from tests.db.conftest import damage_table


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language("vi")


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


# --- the fault matrix -------------------------------------------------------------------------

def test_disk_full_names_the_drive_and_its_free_space(school):
    db = open_database(school)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as info:
        set_setting(db, "notes", "x" * 200_000)
    fault = explain(info.value, school)
    assert isinstance(fault, DatabaseFull) and fault.code == "db.disk_full"
    assert "free" in fault.text() and str(fault.params["drive"]) in fault.text()
    assert "đầy" in fault.text("vi")
    assert db.execute("SELECT count(*) FROM setting WHERE key = 'notes'").fetchone()[0] == 0
    db.close()


def test_locked_by_another_connection_says_who_may_hold_it(school):
    holder = sqlite3.connect(school, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = 'other'")
    db = open_database(school)
    db.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            set_setting(db, "k", 1)
        fault = explain(info.value, school)
        assert isinstance(fault, DatabaseLocked)
        assert "another program" in fault.text() and "OneDrive" in fault.text()
        assert db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Mai"  # readers go on
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.close()


def test_read_only_open_refuses_writes_with_a_message_even_as_root(school):
    conn = connect(school, read_only=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("UPDATE school SET name = 'x'")
    conn.close()
    fault = explain(info.value, school)
    assert isinstance(fault, DatabaseNotWritable) and "read-only" in fault.text()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_by_chmod(school):
    school.chmod(0o444)
    try:
        with pytest.raises(DatabaseNotWritable):
            open_database(school)
    finally:
        school.chmod(0o600)


def test_os_errors_map_to_their_messages(tmp_path):
    path = tmp_path / "x.sqlite3"
    assert isinstance(explain(OSError(errno.ENOSPC, "No space left on device"), path), DatabaseFull)
    assert isinstance(explain(PermissionError(errno.EACCES, "Permission denied"), path), DatabaseNotWritable)
    assert isinstance(explain(OSError(errno.EROFS, "Read-only file system"), path), DatabaseNotWritable)
    io = explain(OSError(errno.EIO, "Input/output error"), path)
    assert isinstance(io, DatabaseIOError) and "I/O error" in io.text()
    assert explain(ValueError("a bug"), path) is None  # a bug is not the user's environment


def test_every_fault_message_names_the_file_in_both_languages(school):
    for fault in (DatabaseLocked(school), DatabaseNotWritable(school), DatabaseIOError(school, detail="x"),
                  NotADatabase(school, "db.damaged", detail="x"), NotADatabase(school, "db.foreign")):
        assert str(school) in fault.text("vi") and str(school) in fault.text("en")


# --- damaged files ----------------------------------------------------------------------------

def test_damaged_database_is_refused_or_opened_read_only_never_written(school):
    damage_table(school)
    before = school.read_bytes()
    with pytest.raises(NotADatabase) as info:
        open_database(school)
    assert info.value.code == "db.damaged" and "Restore a backup" in info.value.text()
    db = open_database(school, allow_damaged=True)
    assert db.damaged and db.read_only
    assert db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Mai"  # what can be read
    with pytest.raises(sqlite3.OperationalError) as write:
        db.execute("UPDATE school SET name = 'x'")
    assert isinstance(explain(write.value, school), DatabaseNotWritable)
    db.close()
    assert school.read_bytes() == before


def test_not_sqlite_and_foreign_files_are_refused_unchanged(tmp_path, foreign):
    before = foreign.read_bytes()
    with pytest.raises(NotADatabase) as info:
        open_database(foreign)
    assert info.value.code == "db.foreign" and "another program" in info.value.text()
    assert foreign.read_bytes() == before and _files(tmp_path) == ["history.sqlite3"]  # no -wal, no backup
    other = tmp_path / "other-app.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE school (id)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabase, match="another program"):
        open_database(other)


def test_zero_byte_and_missing_files_are_created_only_when_asked(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(NotADatabase) as info:
        open_database(empty, create=False)
    assert info.value.code == "db.empty" and empty.stat().st_size == 0
    with pytest.raises(NotADatabase) as info:
        open_database(tmp_path / "none.sqlite3", create=False)
    assert info.value.code == "db.missing" and not (tmp_path / "none.sqlite3").exists()
    open_database(empty, create=True).close()
    assert inspect_file(empty).application_id == APPLICATION_ID


def test_hot_rollback_journal_is_recovered_by_sqlite(school, tmp_path):
    conn = sqlite3.connect(school, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(conn)  # another program with the app's SQL functions: the audit triggers call them
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # spill to the file mid-transaction
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE filler (x)")
    for _ in range(40):
        conn.execute("INSERT INTO filler VALUES (randomblob(4000))")
    conn.execute("UPDATE school SET name = 'half-written'")
    crashed = tmp_path / "crashed.sqlite3"
    shutil.copy(school, crashed)  # what a power cut leaves: the file and its hot journal
    shutil.copy(str(school) + "-journal", str(crashed) + "-journal")
    conn.execute("ROLLBACK")
    conn.close()
    db = open_database(crashed)
    assert db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Mai"
    assert "filler" not in db.table_names()
    db.close()


def test_newer_or_unexpected_schema_leaves_the_file_as_it_was(tmp_path):
    odd = tmp_path / "odd.sqlite3"
    conn = sqlite3.connect(odd)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY)")  # ours by its stamp, but not what v3 has
    conn.commit()
    conn.close()
    before = odd.read_bytes()
    with pytest.raises(NotADatabase) as info:
        open_database(odd)
    assert info.value.code == "db.unexpected_schema" and "left as it was" in info.value.text()
    assert odd.read_bytes() == before
    assert not os.path.exists(str(odd) + "-wal")


def test_application_id_stamped_on_create_and_on_upgrade_after_a_copy(tmp_path):
    from kindergarten_desktop.db import migrations
    from kindergarten_desktop.db.backup import backup_label, list_backups
    from kindergarten_desktop.db.database import Database

    new = tmp_path / "new.sqlite3"
    open_database(new).close()
    assert inspect_file(new).application_id == APPLICATION_ID
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old, isolation_level=None)
    migrations.migrate(Database(conn), target=2)  # a school database made by an older version, no stamp
    conn.close()
    open_database(old).close()
    info = inspect_file(old)
    assert (info.application_id, info.user_version) == (APPLICATION_ID, latest_version())
    copies = list_backups(old)
    assert [backup_label(old, p) for p, _ in copies] == ["before-upgrade"]
    assert inspect_file(copies[0][0]).user_version == 2


# --- private by default -----------------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_database_wal_shm_and_backups_are_owner_only(tmp_path):
    from kindergarten_desktop.db.backup import backup_now

    path = tmp_path / "private" / "truong.sqlite3"
    db = open_database(path)
    set_setting(db, "k", 1)

    def mode(p):
        return stat.S_IMODE(os.stat(p).st_mode)

    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600
    assert mode(str(path) + "-wal") == 0o600 and mode(str(path) + "-shm") == 0o600
    backup = backup_now(path)
    db.close()
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
    loose = tmp_path / "loose.sqlite3"
    open_database(loose).close()
    loose.chmod(0o644)
    open_database(loose).close()
    assert mode(loose) == 0o600  # tightened on open
