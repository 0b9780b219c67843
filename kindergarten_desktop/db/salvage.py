"""Save what can be read from a damaged database into a new school database.

The damaged file is only read (``mode=ro``). Table by table, the rows SQLite can still read are
copied into a freshly created, migrated database; a table that cannot be read whole is copied
row by row up to the first damaged page. The result says what was saved and what was not.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kindergarten_desktop.db.connection import connect, open_database
from kindergarten_desktop.db.faults import DatabaseError, DatabaseIOError, explain

log = logging.getLogger(__name__)


@dataclass
class SalvageResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows saved
    incomplete: list[str] = field(default_factory=list)  # tables that could not be read whole


def save_readable(damaged: Path, target: Path) -> SalvageResult:
    """Copy the readable rows of ``damaged`` into a new database at ``target`` (must not exist).

    The new database is built under a temporary name next to ``target`` and renamed into place
    once complete: a failure (a full disk, a drive removed) leaves no half-made file behind, and
    is told with ``target``'s name."""
    damaged, target = Path(damaged), Path(target)
    if target.exists() and target.stat().st_size > 0:
        raise FileExistsError(target)
    tmp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.part{target.suffix}")
    result = SalvageResult(target)
    src = connect(damaged, read_only=True)
    try:
        try:
            new = open_database(tmp)
        except DatabaseError as exc:
            raise _about(exc, target) from exc
        try:
            new.execute("PRAGMA foreign_keys = OFF")  # parents may be among the lost rows
            src_tables = {r[0] for r in _rows(src, "SELECT name FROM sqlite_master WHERE type = 'table'")}
            with new.atomic():
                for table in new.table_names():
                    if table not in src_tables or table.startswith("sqlite_"):
                        continue
                    _copy_table(src, new.conn, table, result)
        except sqlite3.Error as exc:
            raise explain(exc, target) or DatabaseIOError(target, detail=str(exc)) from exc
        finally:
            new.close()
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise explain(exc, target) or DatabaseIOError(target, detail=str(exc)) from exc
    finally:
        src.close()
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
    log.info("salvage: %d tables, %d incomplete", len(result.rows), len(result.incomplete))
    return result


def _about(exc: DatabaseError, target: Path) -> DatabaseError:
    """The same refusal, naming the file the user chose rather than the temporary one."""
    params = {k: v for k, v in exc.params.items() if k != "path"}
    return type(exc)(target, exc.code, **params)


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.DatabaseError:
        return []


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str, result: SalvageResult) -> None:
    dst_cols = [r[1] for r in dst.execute(f'PRAGMA table_info("{table}")')]
    src_cols = {r[1] for r in _rows(src, f'PRAGMA table_info("{table}")')}
    cols = [c for c in dst_cols if c in src_cols]
    if not cols:
        result.incomplete.append(table)
        return
    names = ", ".join(f'"{c}"' for c in cols)
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))}) ON CONFLICT DO NOTHING'
    dst.execute(f'DELETE FROM "{table}"')  # rows the migrations seeded (e.g. the school row)
    saved = 0
    try:
        for row in src.execute(f'SELECT {names} FROM "{table}"'):
            dst.execute(insert, row)
            saved += 1
    except sqlite3.DatabaseError:
        result.incomplete.append(table)
    result.rows[table] = saved
