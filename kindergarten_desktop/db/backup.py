"""Backups with SQLite's online backup API, into a ``backups`` folder beside the database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from kindergarten_desktop.db.connection import inspect_file, sqlite_uri

KEEP = 30
STAMP = "%Y%m%d-%H%M%S-%f"  # microseconds: two backups in one second never collide


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def _backup_name(db_path: Path, when: dt.datetime) -> str:
    return f"{Path(db_path).stem}-{when.strftime(STAMP)}.sqlite3"


def _online_copy(src_path: Path, dst_path: Path) -> None:
    """Copy a database page by page with SQLite's backup API (consistent even while open)."""
    src = sqlite3.connect(sqlite_uri(Path(src_path).resolve()), uri=True)
    try:
        dst = sqlite3.connect(str(dst_path))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _copy(src_path: Path, dst_path: Path) -> None:
    """Copy a live database to a temporary name renamed at the end."""
    tmp = dst_path.with_name(dst_path.name + ".part")
    _online_copy(src_path, tmp)
    os.replace(tmp, dst_path)


def list_backups(db_path: Path) -> list[tuple[Path, dt.datetime]]:
    """Backups of this database, newest first, with the time each was taken."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    prefix = f"{Path(db_path).stem}-"
    found = []
    for path in folder.glob(f"{prefix}*.sqlite3"):
        try:
            when = dt.datetime.strptime(path.stem[len(prefix):], STAMP)
        except ValueError:
            continue
        found.append((path, when))
    return sorted(found, key=lambda item: item[1], reverse=True)


def backup_now(db_path: Path, when: dt.datetime | None = None) -> Path:
    when = when or dt.datetime.now()
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _backup_name(db_path, when)
    _copy(Path(db_path), target)
    prune(db_path)
    return target


def prune(db_path: Path, keep: int = KEEP) -> None:
    for path, _ in list_backups(db_path)[keep:]:
        path.unlink(missing_ok=True)


def auto_backup(db_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Back up at most once a calendar day; returns the new file or None."""
    now = now or dt.datetime.now()
    existing = list_backups(db_path)
    if existing and existing[0][1].date() == now.date():
        return None
    return backup_now(db_path, now)


def restore_backup(backup_path: Path, db_path: Path) -> Path:
    """Replace the database's content with a backup. The current content is first saved
    as a backup of its own, so a restore can itself be undone. Close every connection first.
    A backup that is not a readable database raises NotADatabase and changes nothing."""
    inspect_file(Path(backup_path))
    safety = backup_now(db_path, dt.datetime.now())
    _online_copy(Path(backup_path), Path(db_path))
    return safety
