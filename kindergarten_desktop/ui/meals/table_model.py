"""One table model for the meals pages: columns given as (header, getter, kind)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.names import fold, name_sort_key
from kindergarten_desktop.ui.numbers import ui_money

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    kind: str = "text"  # text | name | int | money | date | signed (money, red when owed)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._search: list[str] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._search = [fold(" ".join(str(c.get(r)) for c in self.columns if c.kind in ("text", "name")))
                        for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header if orientation == Qt.Orientation.Horizontal else section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        value = column.get(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind in ("money", "signed"):
                return ui_money(value) if value else ("0" if value == 0 else "")
            if column.kind == "date":
                return format_date(value)
            return value
        if role == SORT_ROLE:
            return name_sort_key(value) if column.kind == "name" else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "money", "signed"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.kind == "signed" and value and value > 0:
            return QBrush(QColor("#b00020"))
        return None


class SearchProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and filters accent-blind on the text columns."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (self.sourceModel().data(index, SEARCH_ROLE) or "")

    def lessThan(self, left: _Index, right: _Index) -> bool:
        # Sort values are Python objects (Vietnamese name keys, ints); Qt cannot order them.
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
