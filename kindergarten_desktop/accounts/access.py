"""What the signed-in account may do, asked before acting (the UI disables, the CLI refuses).
The triggers are the rule, and a write they refuse already arrives as the app's error
(db/refusals.py, applied by ``Database``); this module only asks the same registry
(db/permissions.py) ahead of time."""

from __future__ import annotations

from collections.abc import Iterable

from kindergarten_desktop.db import permissions, refusals, session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.refusals import AccessError as AccessError
from kindergarten_desktop.db.refusals import Label as Label
from kindergarten_desktop.errors import AppError, message


def has_accounts(db: Database) -> bool:
    try:
        return db.execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0] == 1
    except Exception:  # noqa: BLE001 - a database from before accounts (migrate=False)
        return False


def role_label(role: str) -> str:
    return message(f"accounts.role_{role}")


def area_label(area: str) -> str:
    return message(f"accounts.area_{area}")


def roles_text(roles: Iterable[str]) -> str:
    return str(roles_label(roles))


def roles_label(roles: Iterable[str], joiner: str = ", ") -> Label:
    return refusals.roles_label(tuple(roles), joiner)


def _area(area: str) -> Label:
    return Label((f"accounts.area_{area}",))


def can_write(db: Database, area: str, *, for_classes: bool = True) -> bool:
    """True when the actor may change ``area`` (always, in a school without accounts). A
    teacher's attendance and growth rows are checked row by row: this says only that some
    are (``for_classes``); what is school-wide in those areas (a growth round, the growth
    targets) is not a teacher's (``for_classes=False``)."""
    if not has_accounts(db):
        return True
    actor = session.current(db)
    if actor is None:
        return False
    if permissions.role_may_write(actor.roles, area):
        return True
    return (for_classes and "teacher" in actor.roles and area in permissions.SCOPED_AREAS
            and bool(actor.class_ids))


def can_write_class(db: Database, area: str, class_id: int | None) -> bool:
    """True when the actor may change ``area``'s rows about the children of ``class_id`` (a
    teacher: only the classes assigned)."""
    if can_write(db, area, for_classes=False):
        return True
    actor = session.current(db)
    return (actor is not None and "teacher" in actor.roles and area in permissions.SCOPED_AREAS
            and class_id is not None and int(class_id) in actor.class_ids)


def can_read(db: Database, area: str) -> bool:
    if not has_accounts(db):
        return True
    actor = session.current(db)
    return actor is not None and permissions.role_may_read(actor.roles, area)


def visible_class_ids(db: Database) -> frozenset[int] | None:
    """The classes whose rosters the actor sees, or None for all (no accounts, or a role that
    reads every roster). A teacher sees the classes assigned."""
    actor = session.current(db)
    if actor is None or "teacher" not in actor.roles or not has_accounts(db):
        return None
    if permissions.role_may_read(actor.roles - {"teacher"}, "roster"):
        return None
    return actor.class_ids


def area_label_of(area: str) -> Label:
    """The area's name, in the language a message is shown in."""
    return _area(area)


def is_principal(db: Database) -> bool:
    if not has_accounts(db):
        return True
    actor = session.current(db)
    return actor is not None and "principal" in actor.roles


def why_not(db: Database, area: str, *, read: bool = False) -> AppError:
    """The refusal the user sees for ``area``."""
    return refusal(session.current(db), area, read=read)


def refusal(actor: session.Actor | None, area: str, *, read: bool = False) -> AppError:
    return refusals.denied(actor, area, read=read)


def require_write(db: Database, area: str) -> None:
    if not can_write(db, area):
        raise why_not(db, area)


def require_read(db: Database, area: str) -> None:
    if not can_read(db, area):
        raise why_not(db, area, read=True)


def require_principal(db: Database, code: str = "accounts.principal_only") -> None:
    """Refuse (with ``code``) unless the principal is signed in or the school has no accounts."""
    if not is_principal(db):
        if session.current(db) is None:
            raise AccessError("accounts.sign_in_required", area=_area("accounts"))
        raise AppError(code)
