"""Pieces the kitchen pages share: a rows table model, labels, verdict colours and a date edit.

Importing it does not name PySide6's ``Qt`` namespace (the day's portion is the kitchen tab's
first paint, ui/table_headers.py): the roles are numbers here, the role table is made on the
first cell shown, and :func:`header_model` gives a table its headers until its rows are loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableView, QWidget

from kindergarten_desktop.ui import roles
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.table_headers import headers_only

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = roles.DISPLAY
ROW_ROLE = roles.USER + 1
VERDICT_COLOURS = {"below": "#ffe3b8", "within": "#d4efd4", "above": "#f7c9c9"}


def group_name(group: str) -> str:
    names = {"nursery": QCoreApplication.translate("Kitchen", "Nursery"),
             "kindergarten": QCoreApplication.translate("Kitchen", "Kindergarten")}
    return names.get(group, group)


def meal_name(meal: str) -> str:
    names = {"breakfast": QCoreApplication.translate("Kitchen", "Breakfast"),
             "lunch": QCoreApplication.translate("Kitchen", "Lunch"),
             "afternoon": QCoreApplication.translate("Kitchen", "Afternoon meal"),
             "snack": QCoreApplication.translate("Kitchen", "Snack")}
    return names.get(meal, meal)


def verdict_name(verdict: str) -> str:
    names = {"below": QCoreApplication.translate("Kitchen", "Below the norm"),
             "within": QCoreApplication.translate("Kitchen", "Within the norm"),
             "above": QCoreApplication.translate("Kitchen", "Above the norm")}
    return names.get(verdict, "")


def measure_name(measure: str) -> str:
    names = {"energy": QCoreApplication.translate("Kitchen", "Energy (kcal)"),
             "protein": QCoreApplication.translate("Kitchen", "Protein (% of energy)"),
             "fat": QCoreApplication.translate("Kitchen", "Fat (% of energy)"),
             "carbohydrate": QCoreApplication.translate("Kitchen", "Carbohydrate (% of energy)")}
    return names.get(measure, measure)


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    kind: str = "text"  # text | int | num1 | num2 | money | verdict
    background: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE:
            from PySide6.QtCore import Qt  # built by now: PySide6 passed ``orientation`` as one of its enums

            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        role_data = _roles().get(role)
        return role_data(column, row) if role_data is not None else None


def header_model(columns: Sequence[Column], parent: QWidget | None = None) -> QStandardItemModel:
    """The columns' headers and no rows, kept by Qt: what a table on the first paint's path shows
    until its rows are loaded (ui/table_headers.give_rows then gives it the :class:`RowsModel`)."""
    return headers_only([column.header for column in columns], parent)


# What each role shows of a cell: one function per role, each deciding by the column's kind.
def _display(column: Column, row: Any) -> Any:
    return display(column.get(row), column.kind)


def _tooltip(column: Column, row: Any) -> Any:
    return (display(column.get(row), column.kind) or None) if column.kind == "text" else None


def _alignment(column: Column, row: Any) -> Any:
    if column.kind in ("int", "num1", "num2", "money"):
        return _right_aligned()
    return None


@cache
def _right_aligned() -> int:
    from PySide6.QtCore import Qt

    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _background(column: Column, row: Any) -> Any:
    colour = column.background(row) if column.background else None
    if column.kind == "verdict":
        colour = VERDICT_COLOURS.get(column.get(row) or "")
    return QBrush(QColor(colour)) if colour else None


@cache
def _roles() -> dict[int, Callable[[Column, Any], Any]]:
    """What each role shows of a cell; made on the first cell shown, after the first paint."""
    from PySide6.QtCore import Qt

    return {
        Qt.ItemDataRole.DisplayRole: _display,
        Qt.ItemDataRole.ToolTipRole: _tooltip,
        Qt.ItemDataRole.TextAlignmentRole: _alignment,
        Qt.ItemDataRole.BackgroundRole: _background,
    }


def display(value: Any, kind: str) -> str:
    from kindergarten_desktop.ui.numbers import ui_money, ui_number

    if value is None or value == "":
        return ""
    if kind == "num1":
        return ui_number(value, 1)
    if kind == "num2":
        return ui_number(value, 2)
    if kind == "money":
        return ui_money(value, symbol=False)
    if kind == "verdict":
        return verdict_name(value)
    return str(value)


def table_view(model: QAbstractItemModel, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> Any:
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    return indexes[0].data(ROW_ROLE) if indexes else None


def date_edit(day: dt.date | None = None) -> QDateEdit:
    return DateField(day or dt.date.today())


def day_of(edit: QDateEdit) -> dt.date:
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value
