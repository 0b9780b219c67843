"""Undoable changes to the plan (Ctrl+Z while the app stays open). Each command replays
through the domain functions, so undo restores the exact row (same id and position).

A change is made with :func:`push`, never ``QUndoStack.push``: the change is done first, where a
refusal or a fault reaches the caller (``run_action``), and only a change that was made is
recorded for undo. An undo or redo that fails (the database is locked...) is told to the user
and dropped from the history, which then matches what is stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.items import AgendaItem, add_item, delete_item, get_item, restore_item, update_item
from kindergarten_desktop.agenda.recurring import RecurringItem, delete_recurring, restore_recurring
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear

Refresh = Callable[[], None]
NAMED_CHARS = 40  # of an item's title in a command's text, which titles the Undo/Redo buttons


def _named(template: str, title: str) -> str:
    """``template`` (translated: "add “%1”") naming the item by its title, shortened with "…":
    the whole title on the toolbar's Undo button pushed the Print button off the toolbar."""
    title = " ".join(title.split())
    short = title if len(title) <= NAMED_CHARS else title[:NAMED_CHARS - 1].rstrip() + "…"
    return template.replace("%1", short)


class PlanCommand(QUndoCommand):
    """A change of the plan: subclasses implement ``_redo`` and ``_undo``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done_by_push = False
        self.widget: QWidget | None = None  # where a failed undo or redo is told (set by push)

    def redo(self) -> None:
        if self._done_by_push:  # push() has just done it
            self._done_by_push = False
            return
        self._replay(self._redo, QCoreApplication.translate("AgendaCommands", "Not redone"))

    def undo(self) -> None:
        self._replay(self._undo, QCoreApplication.translate("AgendaCommands", "Not undone"))

    def _replay(self, step: Callable[[], None], title: str) -> None:
        from kindergarten_desktop.ui.actions import run_action

        if not run_action(self.widget, title, step):
            self.setObsolete(True)  # the stack drops it: the history stays what is stored

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def push(stack: QUndoStack, command: PlanCommand, widget: QWidget | None = None) -> None:
    """Do ``command`` (raising as the domain does) and record it for undo once it is done; a later
    undo or redo that fails is told over ``widget``."""
    command.widget = widget
    command._redo()
    command._done_by_push = True
    stack.push(command)


class AddItemCommand(PlanCommand):
    def __init__(self, db: Database, year: SchoolYear, item: AgendaItem, refresh: Refresh) -> None:
        super().__init__(_named(QCoreApplication.translate("AgendaCommands", "add “%1”"), item.title))
        self.db, self.year, self.item, self.refresh = db, year, item, refresh
        self.stored: AgendaItem | None = None

    def _redo(self) -> None:
        if self.stored is None:
            self.stored = add_item(self.db, self.year, self.item)
        else:
            restore_item(self.db, self._stored())
        self.refresh()

    def _undo(self) -> None:
        delete_item(self.db, self._stored().stored_id)
        self.refresh()

    def _stored(self) -> AgendaItem:
        return _done(self.stored)


def _done(stored: AgendaItem | None) -> AgendaItem:
    """What redo() stored; undo() and a second redo() only run after the first redo()."""
    if stored is None:
        raise RuntimeError("undo before redo")
    return stored


class EditItemCommand(PlanCommand):
    def __init__(self, db: Database, year: SchoolYear, new: AgendaItem, refresh: Refresh,
                 text: str | None = None) -> None:
        default = _named(QCoreApplication.translate("AgendaCommands", "edit “%1”"), new.title)
        super().__init__(text or default)
        self.db, self.year, self.new, self.refresh = db, year, new, refresh
        old = get_item(db, new.stored_id)
        if old is None:
            raise AgendaError("agenda.missing", field="id")
        self.old = old
        self.stored: AgendaItem | None = None

    def _redo(self) -> None:
        if self.stored is None:
            self.stored = update_item(self.db, self.year, self.new)
        else:
            delete_item(self.db, _done(self.stored).stored_id)
            restore_item(self.db, _done(self.stored))
        self.refresh()

    def _undo(self) -> None:
        delete_item(self.db, self.old.stored_id)
        restore_item(self.db, self.old)
        self.refresh()


class DeleteItemCommand(PlanCommand):
    def __init__(self, db: Database, item: AgendaItem, refresh: Refresh) -> None:
        super().__init__(_named(QCoreApplication.translate("AgendaCommands", "delete “%1”"), item.title))
        self.db, self.item, self.refresh = db, item, refresh

    def _redo(self) -> None:
        self.item = delete_item(self.db, self.item.stored_id)
        self.refresh()

    def _undo(self) -> None:
        restore_item(self.db, self.item)
        self.refresh()


class DeleteRecurringCommand(PlanCommand):
    def __init__(self, db: Database, item: RecurringItem, refresh: Refresh) -> None:
        super().__init__(_named(QCoreApplication.translate("AgendaCommands", "delete “%1”"), item.title))
        self.db, self.item, self.refresh = db, item, refresh

    def _redo(self) -> None:
        self.item = delete_recurring(self.db, self.item.stored_id)
        self.refresh()

    def _undo(self) -> None:
        restore_recurring(self.db, self.item)
        self.refresh()
