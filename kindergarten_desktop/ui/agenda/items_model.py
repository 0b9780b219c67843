"""The month's agenda as a table: recurring items first, then the items by week in the
principal's order. Rows can be dragged to reorder; the tab stores the new order."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.ui import roles
from kindergarten_desktop.ui.actions import UNSAVED_COLOUR, UNSAVED_TEXT, Unsaved, unsaved_tooltip
from kindergarten_desktop.ui.agenda.labels import status_label, ui_language, week_label

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from kindergarten_desktop.agenda.items import AgendaItem
    from kindergarten_desktop.agenda.recurring import RecurringItem

# Importing this module does not name PySide6's ``Qt`` namespace (the agenda's first paint,
# ui/table_headers.py): the methods Qt calls once the rows are shown import it. The rows' types
# come with the first rows (_kinds).
_Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-kindergarten-agenda-item"
STATUS_COLOURS = {"done": "#e3f4e1", "postponed": "#fdf0d5", "cancelled": "#eeeeee"}
RECURRING_COLOUR = "#eaf1fb"


@cache
def _kinds() -> tuple[type[AgendaItem], type[RecurringItem]]:
    """The rows' two types, imported with the month's data: not before the tab's first paint."""
    from kindergarten_desktop.agenda.items import AgendaItem
    from kindergarten_desktop.agenda.recurring import RecurringItem

    return AgendaItem, RecurringItem


class AgendaItemsModel(QAbstractTableModel):
    ITEM_ROLE = roles.USER + 1
    WEEK, WORK, DATE, RESPONSIBLE, STATUS, NOTES = range(6)
    dropRequested = Signal(int, object)  # item id, id of the item to put it before (None: at the end)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItem | RecurringItem] = []
        self._class_names: dict[int, str] = {}
        # A status the principal set that could not be saved: item id -> (status, why), shown in red.
        self.unsaved: Unsaved[int, str] = Unsaved()

    def headers(self) -> list[str]:
        return [self.tr("Week"), self.tr("Work"), self.tr("Date"), self.tr("Responsible"), self.tr("Status"),
                self.tr("Notes")]

    def set_rows(self, recurring: list[RecurringItem], items: list[AgendaItem], class_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = [*recurring, *items]
        self._class_names = class_names
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem | RecurringItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def refresh_row(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, item_id: int) -> int:
        item_type = _kinds()[0]
        return next((i for i, r in enumerate(self._rows) if isinstance(r, item_type) and r.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY) -> Any:
        if role == roles.DISPLAY:
            from PySide6.QtCore import Qt  # built by now: PySide6 passed ``orientation`` as one of its enums

            if orientation == Qt.Orientation.Horizontal:
                return self.headers()[section]
        return None

    def _date_text(self, item: AgendaItem) -> str:
        parts = []
        if item.start_date and item.end_date and item.end_date != item.start_date:
            parts.append(f"{item.start_date:%d/%m} – {format_date(item.end_date)}")
        elif item.start_date:
            parts.append(format_date(item.start_date))
        if item.deadline:
            parts.append(self.tr("due %1").replace("%1", format_date(item.deadline)))
        return "\n".join(parts)

    def _display(self, row: AgendaItem | RecurringItem, column: int) -> str:
        from kindergarten_desktop.agenda import responsible

        people = responsible.label(row.responsible, self._class_names, ui_language())
        if not isinstance(row, _kinds()[0]):  # a recurring item
            return (self.tr("Every month"), row.title, "", people, "", row.notes)[column]
        return (week_label(row.week), row.title, self._date_text(row), people, status_label(row.status),
                row.notes)[column]

    def data(self, index: _Index, role: int = roles.DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        item_type = _kinds()[0]  # else a recurring item
        unsaved = self.unsaved.get(row.stored_id) if isinstance(row, item_type) else None
        if unsaved is not None and index.column() == self.STATUS:
            if role == roles.DISPLAY:
                return status_label(unsaved[0])
            if role == roles.BACKGROUND:
                return QBrush(UNSAVED_COLOUR)
            if role == roles.FOREGROUND:
                return QBrush(UNSAVED_TEXT)
            if role == roles.TOOLTIP:
                return unsaved_tooltip(unsaved[1])
        if role == roles.DISPLAY:
            return self._display(row, index.column())
        if role == self.ITEM_ROLE:
            return row
        if role == roles.BACKGROUND:
            if not isinstance(row, item_type):
                return QBrush(QColor(RECURRING_COLOUR))
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == roles.FONT and isinstance(row, item_type):
            font = QFont()
            font.setStrikeOut(row.status == "cancelled")
            font.setItalic(row.to_review)
            return font
        if role == roles.TOOLTIP:
            if not isinstance(row, item_type):
                return self.tr("Shown every month; edit it with “Recurring items…”")
            if row.to_review:
                return self.tr("To review: copied from last year or from the template")
        return None

    # --- drag and drop --------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        from PySide6.QtCore import Qt

        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and isinstance(self._rows[index.row()], _kinds()[0]):
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        from PySide6.QtCore import Qt

        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        item = self._rows[indexes[0].row()] if indexes else None
        if isinstance(item, _kinds()[0]):
            data.setData(MIME, QByteArray(str(item.id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        from PySide6.QtCore import Qt

        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = int(bytes(data.data(MIME).data()).decode())
        target = parent.row() if parent.isValid() else row
        items = [(i, r) for i, r in enumerate(self._rows) if isinstance(r, _kinds()[0])]
        before = next((r.id for i, r in items if i >= target), None) if target >= 0 else None
        if before != item_id:
            self.dropRequested.emit(item_id, before)
        return False  # the tab reloads the month from the database
