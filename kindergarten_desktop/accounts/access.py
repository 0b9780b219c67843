"""What the signed-in account may do, asked before acting (the UI hides, the CLI refuses) and
explained after a trigger refused a write. The triggers are the rule; this module only asks
the same registry (db/permissions.py) ahead of time and words the answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kindergarten_desktop.db import permissions, session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError, message


@dataclass(frozen=True)
class Label:
    """Role or area names rendered in the language the message is shown in."""

    codes: tuple[str, ...]
    joiner: str = ", "  # or "accounts.or": " hoặc " / " or "

    def render(self, lang: str | None) -> str:
        if not self.codes:
            return message("accounts.nobody", lang)
        joiner = f" {message(self.joiner, lang)} " if self.joiner.startswith("accounts.") else self.joiner
        return joiner.join(message(c, lang) for c in self.codes)

    def __str__(self) -> str:
        return self.render(None)


class AccessError(AppError):
    """A refusal whose role and area names follow the language it is shown in."""

    def text(self, lang: str | None = None) -> str:
        params = {k: v.render(lang) if isinstance(v, Label) else v for k, v in self.params.items()}
        return message(self.code, lang, **params)

    def __str__(self) -> str:
        return self.text("en")


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
    chosen = set(roles)
    return Label(tuple(f"accounts.role_{r}" for r in permissions.ROLES if r in chosen), joiner)


def _area(area: str) -> Label:
    return Label((f"accounts.area_{area}",))


def can_write(db: Database, area: str) -> bool:
    """True when the actor may change ``area`` (always, in a school without accounts). A
    teacher's attendance and growth are checked row by row: this says only that some are."""
    if not has_accounts(db):
        return True
    actor = session.current(db)
    if actor is None:
        return False
    if permissions.role_may_write(actor.roles, area):
        return True
    return "teacher" in actor.roles and area in ("attendance", "growth") and bool(actor.class_ids)


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


def is_principal(db: Database) -> bool:
    if not has_accounts(db):
        return True
    actor = session.current(db)
    return actor is not None and "principal" in actor.roles


def why_not(db: Database, area: str, *, read: bool = False) -> AppError:
    """The refusal the user sees for ``area``."""
    return refusal(session.current(db), area, read=read)


def refusal(actor: session.Actor | None, area: str, *, read: bool = False) -> AppError:
    if area == "setting":
        area = "school"
    if actor is None:
        return AccessError("accounts.sign_in_required", area=_area(area))
    if read:
        return AccessError("accounts.cannot_read", who=actor.username, roles=roles_label(actor.roles),
                           area=_area(area))
    if "teacher" in actor.roles and area in ("attendance", "growth"):
        return AccessError("accounts.denied_class", who=actor.username, area=_area(area))
    return AccessError("accounts.denied", who=actor.username, roles=roles_label(actor.roles), area=_area(area),
                       allowed=roles_label(permissions.writers_of(area), "accounts.or"))


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


def translate(db: Database | None, exc: BaseException) -> AppError | None:
    """The user's message for a write a trigger refused, or None for any other error."""
    if str(exc) == "kd.append_only":
        return AppError("accounts.append_only")
    found = permissions.denial(exc)
    if found is None:
        return None
    area, _table = found
    return refusal(session.current(db) if db is not None else session.process_actor(), area)
