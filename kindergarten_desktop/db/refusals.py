"""Writes the storage's own rules refuse, raised as the app's errors in one place.

SQLite triggers hold the rules every writer obeys (the GUI, the CLI, any future front end):

* who may write what — ``db/permissions.py`` (``RAISE(ABORT, 'kd.denied:<area>:<table>')``);
* closed months — ``db/guards.py`` (``'kd:month_closed:<table>'``);
* money dated before its book's opening balance — ``db/guards.py`` (``'kd:before_opening:<book>'``);
* the append-only audit trail — ``db/audit.py`` (``'kd.append_only'``);
* any other rule of a migration, whose message is an error code with a text
  (``'meals.receipt_never_deleted'``, ``'meals.purchase_fixed'`` ...).

SQLite reports each as ``sqlite3.IntegrityError`` with that text. :func:`from_error` is the one
place that reads it: ``Database`` applies it to every error leaving ``execute``,
``executemany``, ``insert`` and ``atomic`` (commit included), so every caller gets a
:class:`Refused` — an :class:`~kindergarten_desktop.errors.AppError` with a code and parameters
(who may do it, which month is closed and how to reopen) — never the raw SQLite error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kindergarten_desktop.errors import AppError, message, placeholders, templates

if TYPE_CHECKING:
    from kindergarten_desktop.db.database import Database
    from kindergarten_desktop.db.session import Actor

DENIED = "kd.denied:"
APPEND_ONLY = "kd.append_only"
# A rule's code whose text names the row (a receipt's number) is shown, when the trigger
# refused a write that bypassed the domain's own check, by a text that needs no parameter.
WITHOUT_PARAMETERS: dict[str, str] = {
    "meals.receipt_already_cancelled": "meals.already_cancelled_entry",
    "meals.payout_already_cancelled": "meals.already_cancelled_entry",
}


@dataclass(frozen=True)
class Label:
    """Role or area names rendered in the language the message is shown in."""

    codes: tuple[str, ...]
    joiner: str = ", "  # or "accounts.or": " hoặc " / " or "

    def render(self, lang: str | None) -> str:
        if not self.codes:
            return message("accounts.nobody", lang)
        names = [message(c, lang) for c in self.codes]
        if self.joiner.startswith("accounts.") and len(names) > 1:  # "a, b or c"
            return f"{', '.join(names[:-1])} {message(self.joiner, lang)} {names[-1]}"
        return self.joiner.join(names)

    def __str__(self) -> str:
        return self.render(None)


class AccessError(AppError):
    """A refusal whose role and area names follow the language it is shown in."""

    def text(self, lang: str | None = None) -> str:
        params = {k: v.render(lang) if isinstance(v, Label) else v for k, v in self.params.items()}
        return message(self.code, lang, **params)

    def __str__(self) -> str:
        return self.text("en")


class Refused(AppError):
    """A write a rule of the storage refused; ``table`` is the table written."""

    table: str = ""


class PermissionDenied(AccessError, Refused):
    """The signed-in account's roles do not cover the area written (db/permissions.py)."""

    def __init__(self, code: str, written: str, table: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.table = table
        self.written = written  # the area written (params["area"] is its label)


class AppendOnly(Refused):
    """The audit trail is added to, never changed or deleted (db/audit.py)."""

    def __init__(self) -> None:
        super().__init__("accounts.append_only")
        self.table = "audit_log"


class RuleRefused(Refused):
    """Any other rule a trigger holds (a receipt never deleted, a purchase never rewritten ...)."""


def roles_label(roles: tuple[str, ...] | frozenset[str] | list[str], joiner: str = ", ") -> Label:
    from kindergarten_desktop.db.permissions import ROLES

    chosen = set(roles)
    return Label(tuple(f"accounts.role_{r}" for r in ROLES if r in chosen), joiner)


def area_label(area: str) -> Label:
    return Label((f"accounts.area_{area}",))


def denied(actor: Actor | None, area: str, *, table: str = "", read: bool = False) -> AccessError:
    """The refusal the user sees when ``actor`` may not write (or ``read``) ``area``."""
    from kindergarten_desktop.db.permissions import writers_of

    if area == "setting":
        area = "school"
    if actor is None:
        return PermissionDenied("accounts.sign_in_required", area, table, area=area_label(area))
    if read:
        return AccessError("accounts.cannot_read", who=actor.username, roles=roles_label(actor.roles),
                           area=area_label(area))
    if "teacher" in actor.roles and area in ("attendance", "growth") and (not table or _scoped(table)):
        return PermissionDenied("accounts.denied_class", area, table, who=actor.username, area=area_label(area))
    code = "accounts.denied_reopen" if area == "reopening" else "accounts.denied"
    return PermissionDenied(code, area, table, who=actor.username, roles=roles_label(actor.roles),
                            area=area_label(area), allowed=roles_label(writers_of(area, table), "accounts.or"))


def _scoped(table: str) -> bool:
    from kindergarten_desktop.db.permissions import Scoped, rule_for

    return isinstance(rule_for(table), Scoped)


def _rule(text: str, table: str) -> Refused | None:
    code = WITHOUT_PARAMETERS.get(text, text)
    pair = templates(code) if "." in code and " " not in code else None
    if pair is None or placeholders(pair[0]) or placeholders(pair[1]):
        return None
    error = RuleRefused(code)
    error.table = table
    return error


def trigger_text(exc: BaseException) -> str | None:
    """The message a trigger's ``RAISE(ABORT, ...)`` gave, or None for any other error."""
    if not isinstance(exc, sqlite3.IntegrityError):
        return None
    return str(exc)


def from_error(exc: BaseException, db: Database, table: str = "") -> Refused | None:
    """The app's error for a write a trigger refused; None for any other error (a constraint,
    a fault), which the caller re-raises unchanged."""
    text = trigger_text(exc)
    if text is None:
        return None
    from kindergarten_desktop.db import guards, session

    if text.startswith(DENIED):
        area, _, denied_table = text[len(DENIED):].partition(":")
        actor = _actor(db, session.current)
        refusal = denied(actor, area, table=denied_table)
        assert isinstance(refusal, Refused)
        return refusal
    if text == APPEND_ONLY:
        return AppendOnly()
    closed = guards.app_error(exc, db)
    if closed is not None:
        return closed
    early = guards.before_opening(exc, db)
    if early is not None:
        early.table = table
        return early
    return _rule(text, table)


def _actor(db: Database, current: Callable[[Database], Actor | None]) -> Actor | None:
    try:
        return current(db)
    except sqlite3.Error:
        from kindergarten_desktop.db.session import process_actor

        return process_actor()
