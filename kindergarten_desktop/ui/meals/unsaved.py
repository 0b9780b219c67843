"""A save that failed stays visibly *not saved* where it was typed.

    from kindergarten_desktop.ui.meals.unsaved import save

    if save(self, self.tr("Rate not saved"), (self.food, self.fuel), add_rate, self.ctx.db, ...):
        self.refresh()

:func:`save` runs the domain call through ``ui/actions.py`` (``attempt``, the one helper that
shows the dialog: what was not saved, in its title; why and what to do, in its text). When it
fails, the fields the user typed keep their values and are marked: a light red background and
a tooltip "Not saved: <the reason>" in the user's language. The mark stays until a save of the
same fields succeeds (or :func:`clear` is called when the page shows other data). Tables show
the same mark through ``RowsModel.mark_unsaved``.

Used by the meals, kitchen, accounts and reports screens (its texts are in the meals translation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from kindergarten_desktop.ui import actions

P = ParamSpec("P")
T = TypeVar("T")

FIELD_COLOUR = "#fde2e1"  # a field whose value is not in the database: light red, with the border below
UNSAVED_COLOUR = actions.UNSAVED_COLOUR.name()  # a table cell: the colour of every table (ui/actions.py)
UNSAVED_BORDER = UNSAVED_COLOUR
_PROPERTY = "unsavedReason"
_TOOLTIP = "toolTipBeforeUnsaved"


def not_saved_text(reason: str) -> str:
    """The tooltip of a value that was not saved."""
    return QCoreApplication.translate("Unsaved", "Not saved: %1").replace("%1", reason)


def mark(fields: Iterable[QWidget], reason: str) -> None:
    """Colour ``fields`` and give them the reason as tooltip."""
    for field in fields:
        if field.property(_PROPERTY) is None:
            field.setProperty(_TOOLTIP, field.toolTip())
        field.setProperty(_PROPERTY, reason)
        field.setStyleSheet(f"background-color: {FIELD_COLOUR}; border: 1px solid {UNSAVED_BORDER};")
        field.setToolTip(not_saved_text(reason))


def clear(fields: Iterable[QWidget]) -> None:
    """Remove the mark of :func:`mark` (the value was saved, or the page shows other data)."""
    for field in fields:
        if field.property(_PROPERTY) is None:
            continue
        field.setProperty(_PROPERTY, None)
        field.setStyleSheet("")
        field.setToolTip(str(field.property(_TOOLTIP) or ""))


def inputs(form: QWidget) -> list[QWidget]:
    """Every field of ``form`` the user types or chooses in (a dialog's fields, to mark them all)."""
    kinds = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QPlainTextEdit)
    return [w for w in form.findChildren(QWidget)
            if isinstance(w, kinds) and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]


def is_marked(field: QWidget) -> bool:
    return field.property(_PROPERTY) is not None


def save(parent: QWidget, title: str, fields: Iterable[QWidget], action: Callable[P, T], /,
         *args: P.args, **kwargs: P.kwargs) -> bool:
    """``run_action(parent, title, action, ...)``; on failure ``fields`` are marked not saved
    (with the reason), on success their mark is removed. True when saved."""
    fields = list(fields)
    outcome = actions.attempt(parent, title, action, *args, **kwargs)
    if outcome.ok:
        clear(fields)
    else:
        mark(fields, outcome.reason)
    return outcome.ok


def attempt(parent: QWidget, title: str, action: Callable[[], T]) -> tuple[bool, T | None, str]:
    """Run ``action()`` through run_action and keep its result: (ok, result, reason when not ok)."""
    outcome = actions.attempt(parent, title, action)
    return outcome.ok, outcome.value, outcome.reason
