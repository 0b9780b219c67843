"""Undoable changes to the plan (Ctrl+Z while the app stays open). Each command replays
through the domain functions, so undo restores the exact row (same id and position)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.items import AgendaItem, add_item, delete_item, get_item, restore_item, update_item
from kindergarten_desktop.agenda.recurring import RecurringItem, delete_recurring, restore_recurring
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear

Refresh = Callable[[], None]


class AddItemCommand(QUndoCommand):
    def __init__(self, db: Database, year: SchoolYear, item: AgendaItem, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "add “%1”").replace("%1", item.title.strip()))
        self.db, self.year, self.item, self.refresh = db, year, item, refresh
        self.stored: AgendaItem | None = None

    def redo(self) -> None:
        if self.stored is None:
            self.stored = add_item(self.db, self.year, self.item)
        else:
            restore_item(self.db, self._stored())
        self.refresh()

    def undo(self) -> None:
        delete_item(self.db, self._stored().stored_id)
        self.refresh()

    def _stored(self) -> AgendaItem:
        return _done(self.stored)


def _done(stored: AgendaItem | None) -> AgendaItem:
    """What redo() stored; undo() and a second redo() only run after the first redo()."""
    if stored is None:
        raise RuntimeError("undo before redo")
    return stored


class EditItemCommand(QUndoCommand):
    def __init__(self, db: Database, year: SchoolYear, new: AgendaItem, refresh: Refresh,
                 text: str | None = None) -> None:
        default = QCoreApplication.translate("AgendaCommands", "edit “%1”").replace("%1", new.title.strip())
        super().__init__(text or default)
        self.db, self.year, self.new, self.refresh = db, year, new, refresh
        old = get_item(db, new.stored_id)
        if old is None:
            raise AgendaError("agenda.missing", field="id")
        self.old = old
        self.stored: AgendaItem | None = None

    def redo(self) -> None:
        if self.stored is None:
            self.stored = update_item(self.db, self.year, self.new)
        else:
            delete_item(self.db, _done(self.stored).stored_id)
            restore_item(self.db, _done(self.stored))
        self.refresh()

    def undo(self) -> None:
        delete_item(self.db, self.old.stored_id)
        restore_item(self.db, self.old)
        self.refresh()


class DeleteItemCommand(QUndoCommand):
    def __init__(self, db: Database, item: AgendaItem, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "delete “%1”").replace("%1", item.title))
        self.db, self.item, self.refresh = db, item, refresh

    def redo(self) -> None:
        self.item = delete_item(self.db, self.item.stored_id)
        self.refresh()

    def undo(self) -> None:
        restore_item(self.db, self.item)
        self.refresh()


class DeleteRecurringCommand(QUndoCommand):
    def __init__(self, db: Database, item: RecurringItem, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("AgendaCommands", "delete “%1”").replace("%1", item.title))
        self.db, self.item, self.refresh = db, item, refresh

    def redo(self) -> None:
        self.item = delete_recurring(self.db, self.item.stored_id)
        self.refresh()

    def undo(self) -> None:
        restore_recurring(self.db, self.item)
        self.refresh()
