"""The window disables what the signed-in account may not change, and says why (issue 18).

Each edit widget or action is tagged with the area it writes, one line where it is made::

    writes("roster", self.new_button, self.edit_button)
    writes("attendance", self.all_present, for_classes=True)  # rows a teacher writes for the classes assigned

:func:`apply_permissions` (run by ``session_ui.decorate_window`` whenever a window is built
for whoever signed in, after sign-in and sign-out) disables every tagged widget of the window
whose area the account may not write, with the tooltip "Only <roles> may change this." in the
user's language. An area is the storage's (db/permissions.py): a tag names the area of the
table or setting key the control writes (``area_of_setting`` for a setting), so the
button, the storage's refusal and the tooltip name the same roles. A widget tagged later (a
tab built on first show, a dialog) is checked when tagged. A page that enables its buttons
again (a selection changed) cannot undo it: the tag watches the widget's enabled state. A
school without accounts sees everything enabled, and a teacher's attendance marks and
measurements (tagged ``for_classes=True``) stay enabled (the class lists show only the classes
assigned; the storage refuses any other), while what is school-wide in those areas (a growth
round, the targets) is the nurse's and the principal's. A print button is tagged with
``prints(kind, widget)``: greyed out, with the reason, for an account that may not read what
the document shows (reports/readers.py, which every print path also enforces).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from kindergarten_desktop.accounts import access
from kindergarten_desktop.db import permissions
from kindergarten_desktop.db.database import Database

AREA_PROPERTY = "writesArea"
FOR_CLASSES_PROPERTY = "writesForClasses"  # rows a teacher writes for the classes assigned
_DISABLED = "writesAreaDisabled"  # set while this module holds the widget disabled
_TIP = "writesAreaTooltip"  # the widget's own tooltip, given back when the account may write

PRINTS = "print:"  # a tag "print:<kind>" marks a widget that prints that document
Rules = Callable[[str, bool], str | None]  # (area, for classes) -> why it may not be changed, or None


def _everyone(_area: str, _for_classes: bool = False) -> str | None:
    return None


_rules: Rules = _everyone
# Every widget and action writes() tagged, deleted ones pruned when read: tagged() looks here rather
# than walking all of a window's objects (findChildren wraps each for Python: ~20 ms of a start-up).
# Weak: a tag keeps nothing alive that would have gone.
_tagged: list[weakref.ref[QWidget | QAction]] = []


def writers_text(area: str, for_classes: bool = False) -> str:
    """"principal or accountant": the roles that write ``area`` (db/permissions.py), in the
    user's language (teachers named for attendance marks and measurements, ``for_classes``)."""
    from kindergarten_desktop.ui.accounts.labels import role_label

    names = [role_label(role) for role in permissions.writers_of(
        "school" if area == "setting" else area, for_classes=for_classes)]
    names = names or [role_label("principal")]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " " + QCoreApplication.translate(
        "WriteGuard", "or") + " " + names[-1]


def why_not_text(area: str, for_classes: bool = False) -> str:
    """"Only principal or accountant may change this.", in the user's language."""
    return QCoreApplication.translate("WriteGuard", "Only %1 may change this.").replace(
        "%1", writers_text(area, for_classes))


def _print_refusal(db: Database, kind: str) -> str | None:
    """Why the account may not print document ``kind`` (reports/readers.py), or None."""
    from kindergarten_desktop.reports import readers

    error = readers.refusal(db, kind, any_class=True)
    return error.text() if error is not None else None


def rules_for(db: Database | None) -> Rules:
    """The rules for whoever is signed in on ``db`` (everything allowed without accounts)."""
    if db is None or not access.has_accounts(db):
        return _everyone
    answers: dict[tuple[str, bool], str | None] = {}

    def rule(area: str, for_classes: bool = False) -> str | None:
        key = (area, for_classes)
        if key not in answers:
            if area.startswith(PRINTS):
                answers[key] = _print_refusal(db, area[len(PRINTS):])
            else:
                answers[key] = None if access.can_write(db, area, for_classes=for_classes) \
                    else why_not_text(area, for_classes)
        return answers[key]

    return rule


class _Keeper(QObject):
    """Keeps a refused widget disabled, with its reason as tooltip, when its page enables it
    again or sets a tooltip of its own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange) and isinstance(watched, QWidget) \
                and watched.property(_DISABLED):
            area = watched.property(AREA_PROPERTY)
            reason = _rules(area, bool(watched.property(FOR_CLASSES_PROPERTY))) if isinstance(area, str) else None
            if reason is not None:
                if kind == QEvent.Type.EnabledChange and watched.isEnabled():
                    watched.setEnabled(False)
                elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != reason:
                    watched.setProperty(_TIP, watched.toolTip())  # the page's own, given back later
                    watched.setToolTip(reason)
        return False


_keeper: _Keeper | None = None


def _keep(target: QWidget | QAction) -> None:
    global _keeper
    if target.property("writesAreaWatched"):
        return
    target.setProperty("writesAreaWatched", True)
    if isinstance(target, QAction):
        def again(enabled: bool) -> None:
            area = target.property(AREA_PROPERTY)
            if enabled and target.property(_DISABLED) and isinstance(area, str) \
                    and _rules(area, bool(target.property(FOR_CLASSES_PROPERTY))) is not None:
                target.setEnabled(False)

        target.enabledChanged.connect(again)
        return
    if _keeper is None:
        _keeper = _Keeper()
    target.installEventFilter(_keeper)


def _apply(target: QWidget | QAction) -> None:
    area = target.property(AREA_PROPERTY)
    if not isinstance(area, str):
        return
    reason = _rules(area, bool(target.property(FOR_CLASSES_PROPERTY)))
    if reason is not None:
        _keep(target)  # watched from its first refusal on: until then it has nothing to keep
        if not target.property(_DISABLED):
            target.setProperty(_TIP, target.toolTip())
        target.setProperty(_DISABLED, True)
        target.setEnabled(False)
        target.setToolTip(reason)
        if isinstance(target, QAction):
            target.setStatusTip(reason)
    elif target.property(_DISABLED):  # refused for the one signed in before: give it back
        target.setProperty(_DISABLED, False)
        target.setEnabled(True)
        own = target.property(_TIP)
        target.setToolTip(own if isinstance(own, str) else "")


def writes(area: str, *targets: QWidget | QAction | None, for_classes: bool = False) -> None:
    """Tag ``targets`` as changing ``area`` (an area of db/permissions.py) and disable them at
    once when the signed-in account may not change it. ``for_classes``: they write rows about
    the children of the class shown (attendance marks, measurements), which a teacher writes
    for the classes assigned."""
    if area not in permissions.AREAS and not area.startswith(PRINTS):
        raise ValueError(f"unknown area {area!r}")  # a typo would leave the control enabled for all
    for target in targets:
        if target is None:
            continue
        if not isinstance(target.property(AREA_PROPERTY), str):
            _tagged.append(weakref.ref(target))
        target.setProperty(AREA_PROPERTY, area)
        target.setProperty(FOR_CLASSES_PROPERTY, for_classes)
        _apply(target)


def prints(kind: str, *targets: QWidget | QAction | None) -> None:
    """Tag ``targets`` as printing the document ``kind`` (reports/readers.py says who may) and
    disable them at once, with the reason, for an account that may not read it."""
    writes(PRINTS + kind, *targets)


def prints_documents(buttons: dict[str, QPushButton]) -> None:
    """``prints`` for a row of print buttons keyed by the document they print."""
    for kind, button in buttons.items():
        prints(kind, button)


def area_of_setting(key: str) -> str:
    """The area the storage checks a change of the setting ``key`` against."""
    return permissions.setting_area(key)


def tagged(root: QObject) -> list[QWidget | QAction]:
    """Every tagged widget and action under ``root`` (``root`` included), in the order tagged."""
    alive = [t for t in (ref() for ref in _tagged) if t is not None and isValid(t)]
    _tagged[:] = [weakref.ref(t) for t in alive]
    return [t for t in alive if _within(root, t) and isinstance(t.property(AREA_PROPERTY), str)]


def _within(root: QObject, obj: QObject) -> bool:
    node: QObject | None = obj
    while node is not None:
        if node is root:
            return True
        node = node.parent()
    return False


def apply_permissions(root: QObject, db: Database | None) -> None:
    """Disable (or give back) every tagged widget under ``root`` for whoever is signed in on ``db``."""
    global _rules
    _rules = rules_for(db)
    for target in tagged(root):
        _apply(target)
