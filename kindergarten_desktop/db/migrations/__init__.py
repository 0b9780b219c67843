"""Versioned schema migrations.

Each module ``mNNNN_<what>.py`` in this package defines ``VERSION = NNNN`` and
``up(db)``. Migrations run in order, each in its own transaction that also sets
``PRAGMA user_version``; a failed step leaves the database at the previous version.
Feature packages add their tables by adding a module here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kindergarten_desktop.db.database import Database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: Callable[[Database], None]


@cache
def all_migrations() -> tuple[Migration, ...]:
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not (info.name.startswith("m") and info.name[1:5].isdigit()):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, info.name, module.up))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return tuple(found)


def latest_version() -> int:
    migrations = all_migrations()
    return migrations[-1].version if migrations else 0


def current_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, target: int | None = None) -> list[str]:
    """Apply every migration above the database's version (up to ``target``), then install
    the permission and audit triggers of the tables there are (db/session.py)."""
    from kindergarten_desktop.db import session

    applied: list[str] = []
    with session.system(db):  # the app's own work: allowed everywhere, not audited
        for migration in all_migrations():
            if migration.version <= current_version(db):
                continue
            if target is not None and migration.version > target:
                break
            with db.atomic():
                migration.up(db)
                db.execute(f"PRAGMA user_version = {int(migration.version)}")
            applied.append(migration.name)
    if target is None:
        from kindergarten_desktop.db import guards

        guards.install(db)  # the closed-month triggers follow the tables the migrations made
        session.after_migrations(db)  # so do the permission and audit triggers
    return applied
