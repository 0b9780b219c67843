"""What the one working may do, area by area, for "What can I do?" (issue 18).

Nothing here is a list of its own: each answer asks the rules the app obeys.

- changes: the storage's rules (db/permissions.py through accounts/access.py), the same the
  write guard (ui/accounts/write_guard.py) uses to grey out a button, teachers' rows about
  the children of the classes assigned included;
- sees: the roles' reading (``permissions.READS``), or else the pages of the window that show
  the area's data to this account (``session_ui.PLACES``, the table the window hides its tabs
  and pages by: the kitchen sees the meal count though it reads no one's fees) and the
  documents it may print (reports/readers.py).

tests/ui/accounts/test_rights.py builds the window for every role and checks these answers
against it and against the storage's own check.
"""

from __future__ import annotations

from dataclasses import dataclass

from kindergarten_desktop.accounts import access
from kindergarten_desktop.db import permissions, session
from kindergarten_desktop.db.database import Database

# changes
ALL = "all"
CLASSES = "classes"  # a teacher: the rows about the children of the classes assigned
OWN = "own"  # one's own row only (an account's own password)
# sees: ALL, CLASSES, or
PART = "part"  # not the area, but some of its data on the pages and documents named
NOTHING = ""


@dataclass(frozen=True)
class AreaRight:
    area: str
    changes: str  # ALL, CLASSES, OWN or NOTHING
    sees: str  # ALL, CLASSES, PART or NOTHING
    pages: tuple[tuple[str, str], ...]  # (tab, page) of session_ui.PLACES shown that show the area
    documents: tuple[str, ...]  # report kinds showing the area that the account may print
    writers: tuple[str, ...]  # the roles that change the area (all of it, or a teacher's classes)


def _own_row_only(area: str) -> bool:
    return any(isinstance(rule, permissions.OwnRow) and rule.area == area for rule in permissions.TABLES.values())


def _changes(db: Database, area: str) -> str:
    if access.can_write(db, area, for_classes=False):
        return ALL
    if access.can_write(db, area, for_classes=True):
        return CLASSES
    if session.current(db) is not None and _own_row_only(area):
        return OWN
    return NOTHING


def _documents(db: Database, area: str) -> tuple[str, ...]:
    from kindergarten_desktop.reports import readers

    return tuple(kind for kind, areas in readers.READS.items()
                 if area in areas and readers.refusal(db, kind, any_class=True) is None)


def area_right(db: Database, area: str) -> AreaRight:
    from kindergarten_desktop.ui.accounts.session_ui import PLACES, place_shown

    changes = _changes(db, area)
    pages = tuple(key for key, place in PLACES.items() if area in place.shows and place_shown(db, *key))
    documents = _documents(db, area)
    if access.can_read(db, area) or changes in (ALL, CLASSES):
        scoped = area in permissions.SCOPED_FOR_TEACHERS and access.visible_class_ids(db) is not None
        sees = CLASSES if scoped or changes == CLASSES else ALL
    elif pages or documents:
        sees = PART
    else:
        sees = NOTHING
    return AreaRight(area, changes, sees, pages, documents, tuple(permissions.writers_of(area)))


def rights(db: Database) -> list[AreaRight]:
    """Every area of db/permissions.py, in its order, for whoever works on ``db``."""
    return [area_right(db, area) for area in permissions.AREAS]
