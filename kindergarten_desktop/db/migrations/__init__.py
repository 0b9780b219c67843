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


def _module_names() -> list[str]:
    """The migration modules' names (``mNNNN_<what>``), found without importing them."""
    return [info.name for info in pkgutil.iter_modules(__path__)
            if info.name.startswith("m") and info.name[1:5].isdigit()]


@cache
def all_migrations() -> tuple[Migration, ...]:
    found: list[Migration] = []
    for name in _module_names():
        module = importlib.import_module(f"{__name__}.{name}")
        if module.VERSION != int(name[1:5]):
            raise RuntimeError(f"migration {name} declares VERSION = {module.VERSION}")
        found.append(Migration(module.VERSION, name, module.up))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return tuple(found)


@cache
def latest_version() -> int:
    """The newest schema version, read from the modules' names (``mNNNN_``): every open asks it,
    and importing all the migrations for it would cost each start-up (all_migrations checks
    that each module's ``VERSION`` is the number of its name)."""
    return max((int(name[1:5]) for name in _module_names()), default=0)


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
