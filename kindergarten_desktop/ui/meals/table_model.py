"""One table model for the meals pages: columns given as (header, getter, kind).

Importing it does not name PySide6's ``Qt`` namespace (building its ~120 enums costs the meal
count's first paint ~16 ms, tests/ui/test_startup_path.py): the roles are numbers here and the
role tables are made on the first cell shown; :func:`header_model` gives a page's table its
headers until its rows are loaded (PySide6 passes a Python ``headerData`` a ``Qt.Orientation``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QBrush, QColor, QStandardItemModel

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.names import fold, name_sort_key
from kindergarten_desktop.ui import roles
from kindergarten_desktop.ui.actions import UNSAVED_TEXT
from kindergarten_desktop.ui.meals.unsaved import UNSAVED_COLOUR, not_saved_text
from kindergarten_desktop.ui.numbers import ui_money
from kindergarten_desktop.ui.table_headers import headers_only

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = roles.DISPLAY
USER_ROLE = roles.USER
SORT_ROLE = USER_ROLE + 1
SEARCH_ROLE = USER_ROLE + 2
ROW_ROLE = USER_ROLE + 3


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
        self._unsaved: dict[tuple[int, int], str] = {}  # (row, column) -> why not saved

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._unsaved = {}
        self._search = [fold(" ".join(str(c.get(r)) for c in self.columns if c.kind in ("text", "name")))
                        for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE:
            from PySide6.QtCore import Qt  # built by now: PySide6 passed ``orientation`` as one of its enums

            return self.columns[section].header if orientation == Qt.Orientation.Horizontal else section + 1
        return None

    # --- marks of values that were not saved (ui/meals/unsaved.py) -------------------------
    def mark_unsaved(self, row: int, reason: str, columns: Iterable[int] | None = None) -> None:
        """Show row ``row`` (its ``columns``, default all) as not saved, ``reason`` as tooltip."""
        for column in (range(len(self.columns)) if columns is None else columns):
            self._unsaved[(row, column)] = reason
        if self.rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def unsaved_reason(self, row: int, column: int) -> str | None:
        return self._unsaved.get((row, column))

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        roles, unsaved_roles = _role_tables()
        unsaved = self._unsaved.get((index.row(), index.column()))
        if unsaved is not None and role in unsaved_roles:
            return unsaved_roles[role](unsaved)
        role_data = roles.get(role)
        if role_data is None:
            return None
        column = self.columns[index.column()]
        return role_data(column, column.get(row))


# What each role shows of a cell: one function per role, each deciding by the column's kind.
def _display(column: Column, value: Any) -> Any:
    if column.kind in ("money", "signed"):
        return ui_money(value) if value else ("0" if value == 0 else "")
    if column.kind == "date":
        return format_date(value)
    return value


def _sort(column: Column, value: Any) -> Any:
    return name_sort_key(value) if column.kind == "name" else value


def _alignment(column: Column, value: Any) -> Any:
    if column.kind in NUMERIC_KINDS:
        return _right_aligned()
    return None


@cache
def _right_aligned() -> int:
    from PySide6.QtCore import Qt

    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _foreground(column: Column, value: Any) -> Any:
    if column.kind == "signed" and value and value > 0:
        return QBrush(QColor("#b00020"))  # still owed
    return None


NUMERIC_KINDS = ("int", "money", "signed")


@cache
def _role_tables() -> tuple[dict[int, Callable[[Column, Any], Any]], dict[int, Callable[[str], Any]]]:
    """What each role shows of a cell, and of a cell marked not saved (its colour and the reason);
    made on the first cell shown, after the first paint."""
    from PySide6.QtCore import Qt

    roles: dict[int, Callable[[Column, Any], Any]] = {
        Qt.ItemDataRole.DisplayRole: _display,
        SORT_ROLE: _sort,
        Qt.ItemDataRole.TextAlignmentRole: _alignment,
        Qt.ItemDataRole.ForegroundRole: _foreground,
    }
    unsaved: dict[int, Callable[[str], Any]] = {
        Qt.ItemDataRole.BackgroundRole: lambda reason: QBrush(QColor(UNSAVED_COLOUR)),
        Qt.ItemDataRole.ForegroundRole: lambda reason: QBrush(UNSAVED_TEXT),
        Qt.ItemDataRole.ToolTipRole: not_saved_text,
    }
    return roles, unsaved


def header_model(columns: Sequence[Column], parent=None) -> QStandardItemModel:
    """The columns' headers and no rows: what a page's table shows until its rows are loaded
    (then the view is given the rows' model). Qt keeps these headers itself, so painting them calls no Python
    (a :class:`RowsModel` is asked for each header several times per paint, and PySide6 builds
    its whole ``Qt`` namespace to pass it the orientation)."""
    return headers_only([column.header for column in columns], parent)


@cache
def _descending() -> Any:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


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
            if a == b:
                return self._model_order(left, right)
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def _model_order(self, left: _Index, right: _Index) -> bool:
        """Equal values keep the model's order (e.g. by name) whichever way the column is sorted,
        not the order of the column sorted before."""
        if self.sortOrder() == _descending():  # Qt asks lessThan(right, left)
            return left.row() > right.row()
        return left.row() < right.row()
