"""Backups with SQLite's online backup API, into a private ``backups`` folder beside the database.

* Named by the database's full file name: ``truong.sqlite3`` and ``truong.db`` never share
  (``truong.sqlite3-20250901-170000-000000.sqlite3``; labelled copies such as
  ``truong.sqlite3-before-restore-<stamp>.sqlite3`` are kept out of the rotation).
* A damaged database is never backed up (``integrity_check`` first), so damage cannot rotate
  the good backups out; every copy is checked again after writing, under a ``.part`` name
  that is renamed only when the copy is good. Stale ``.part`` files are removed.
* A restore checks the chosen file (intact, a school database, schema not newer), keeps the
  current file as a "before restore" copy, and checks the result.
* Files are 0600 in a 0700 folder (POSIX).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path

from kindergarten_desktop.db.connection import (
    connect,
    create_private_file,
    inspect_file,
    make_private,
    private_mkdir,
    quick_check,
)
from kindergarten_desktop.db.faults import (
    DatabaseError,
    DatabaseIOError,
    DatabaseTooNew,
    NotADatabase,
    explain,
)

log = logging.getLogger(__name__)

KEEP = 30
STAMP = "%Y%m%d-%H%M%S-%f"  # microseconds: two backups in one second never collide
LABELS = ("before-upgrade", "before-restore")
STALE_PART_S = 600  # a .part older than this is left over from a crash


def backups_dir(db_path: Path) -> Path:
    return Path(os.path.abspath(db_path)).parent / "backups"


def _backup_name(db_path: Path, when: dt.datetime, label: str = "") -> str:
    middle = f"{label}-" if label else ""
    return f"{Path(db_path).name}-{middle}{when.strftime(STAMP)}.sqlite3"


def _parse(db_path: Path, path: Path) -> tuple[str, dt.datetime] | None:
    prefix = f"{Path(db_path).name}-"
    if not (path.name.startswith(prefix) and path.name.endswith(".sqlite3")):
        return None
    rest = path.name[len(prefix):-len(".sqlite3")]
    label = next((lb for lb in LABELS if rest.startswith(lb + "-")), "")
    if label:
        rest = rest[len(label) + 1:]
    try:
        return label, dt.datetime.strptime(rest, STAMP)
    except ValueError:
        return None


def backup_label(db_path: Path, backup: Path) -> str:
    """'' for a regular backup, else its label (``before-upgrade``, ``before-restore``)."""
    parsed = _parse(db_path, backup)
    return parsed[0] if parsed else ""


def list_backups(db_path: Path) -> list[tuple[Path, dt.datetime]]:
    """Backups of this database (regular and labelled), newest first, with the time each was taken."""
    folder = backups_dir(db_path)
    found = []
    try:
        for path in folder.iterdir():
            parsed = _parse(db_path, path)
            if parsed is not None:
                found.append((path, parsed[1]))
    except OSError:  # no backups folder yet, or one this user cannot read
        return []
    return sorted(found, key=lambda item: item[1], reverse=True)


def remove_stale_parts(db_path: Path, older_than_s: float = STALE_PART_S) -> list[Path]:
    """Delete ``.part`` files of this database's backups left over by a crash or a full disk."""
    folder = backups_dir(db_path)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for path in folder.glob(f"{Path(db_path).name}-*.part"):
        try:
            if now - path.stat().st_mtime >= older_than_s:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def _online_copy(src_path: Path, dst_path: Path) -> None:
    """Copy a database page by page with SQLite's backup API (consistent even while it is open
    and written), then switch the copy to a single-file journal."""
    src = connect(src_path, read_only=True)
    try:
        dst = connect(dst_path)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _verify(path: Path, *, need_intact: bool = True) -> None:
    info = inspect_file(path, full_check=True)
    if not info.is_ours or (need_intact and not info.intact):
        raise DatabaseIOError(path, "db.backup_not_verified")


def backup_now(db_path: Path, when: dt.datetime | None = None, *, label: str = "", check: bool = True) -> Path:
    """Copy the database into its backups folder; returns the backup.

    ``check``: refuse (``db.backup_refused_damaged``) a database failing ``integrity_check`` —
    the copy would be damaged too and would rotate a good backup out. Labelled safety copies
    (before an upgrade or a restore) pass False: a copy of whatever is there is still wanted.
    """
    db_path = Path(db_path)
    when = when or dt.datetime.now()
    if check:
        conn = connect(db_path, read_only=True)
        try:
            problem = quick_check(conn, full=True)
        finally:
            conn.close()
        if problem != "ok":
            raise NotADatabase(db_path, "db.backup_refused_damaged", detail=problem)
    folder = backups_dir(db_path)
    private_mkdir(folder)
    remove_stale_parts(db_path)
    target = folder / _backup_name(db_path, when, label)
    tmp = target.with_name(target.name + ".part")
    try:
        create_private_file(tmp)
        try:
            _online_copy(db_path, tmp)
        except sqlite3.DatabaseError as exc:
            if check or getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (11, 26):
                raise
            # A safety copy of a damaged file the backup API cannot read: copy the bytes. Only
            # done on the way to a restore, when the app has closed every connection to it.
            tmp.unlink()
            shutil.copyfile(db_path, tmp)
            wal = Path(str(db_path) + "-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(str(target) + "-wal"))
            make_private(tmp)
        if check or not label:
            _verify(tmp)
        os.replace(tmp, target)
    except DatabaseError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise explain(exc, tmp) or DatabaseIOError(tmp, detail=str(exc)) from exc
    if not label:
        prune(db_path)
    log.info("backup written: %s", target.name)
    return target


def prune(db_path: Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` regular backups; labelled copies are kept."""
    regular = [p for p, _ in list_backups(db_path) if not backup_label(db_path, p)]
    for path in regular[keep:]:
        path.unlink(missing_ok=True)


def auto_backup(db_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Back up at most once a calendar day; returns the new file or None."""
    now = now or dt.datetime.now()
    existing = [(p, w) for p, w in list_backups(db_path) if not backup_label(db_path, p)]
    if existing and existing[0][1].date() == now.date():
        return None
    return backup_now(db_path, now)


def check_backup(backup_path: Path) -> None:
    """Raise unless ``backup_path`` is an intact school database this version can open."""
    from kindergarten_desktop.db import migrations

    backup_path = Path(backup_path)
    try:
        info = inspect_file(backup_path, full_check=True)
    except NotADatabase as exc:
        raise NotADatabase(backup_path, "db.restore_not_ours") from exc
    if not info.is_ours or not info.tables:
        raise NotADatabase(backup_path, "db.restore_not_ours")
    if not info.intact:
        raise NotADatabase(backup_path, "db.restore_damaged", detail=info.check)
    if info.user_version > migrations.latest_version():
        raise DatabaseTooNew(backup_path, "db.restore_too_new", version=info.user_version,
                             known=migrations.latest_version())


def restore_backup(backup_path: Path, db_path: Path) -> Path | None:
    """Replace the database's content with a checked backup. The current file is first kept as
    a "before restore" copy (returned; None when there was no file), so a restore can itself be
    undone. Close every connection of this process first. A backup that fails the check raises
    and changes nothing."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    check_backup(backup_path)
    exists = db_path.exists() and db_path.stat().st_size > 0
    safety = backup_now(db_path, label="before-restore", check=False) if exists else None
    try:
        if exists:
            try:
                _online_copy(backup_path, db_path)
            except sqlite3.DatabaseError as exc:
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (11, 26):
                    raise
                _replace_file(backup_path, db_path)  # the current file is too damaged to write into
        else:
            create_private_file(db_path)
            _online_copy(backup_path, db_path)
    except DatabaseError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise explain(exc, db_path) or DatabaseIOError(db_path, detail=str(exc)) from exc
    _verify(db_path)
    make_private(db_path)
    log.info("restored %s", backup_path.name)
    return safety


def _replace_file(backup_path: Path, db_path: Path) -> None:
    """Install a copy of the backup in place of a damaged file (kept as the safety copy). Its
    ``-wal``/``-shm`` belong to the damaged file and would be replayed into the new one."""
    tmp = db_path.with_name(db_path.name + ".restore.part")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    _online_copy(backup_path, tmp)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
