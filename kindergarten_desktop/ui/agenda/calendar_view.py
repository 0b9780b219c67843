"""The month as a calendar: one row per week (Monday first), each day with its lunar date,
holiday or observance, and the plan's items and deadlines."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kindergarten_desktop.ui import roles
from kindergarten_desktop.ui.agenda.labels import ui_language
from kindergarten_desktop.ui.table_headers import give_rows, headers_only

if TYPE_CHECKING:  # the month grid (lunar dates) is imported with the first month's data, not at start-up
    from PySide6.QtCore import Qt

    from kindergarten_desktop.agenda.calendar import DayCell, MonthGrid

# Importing this module does not name PySide6's ``Qt`` namespace (the agenda's first paint builds
# the calendar, on its hidden page): the methods Qt calls once a month is shown import it.
_Index = QModelIndex | QPersistentModelIndex
MAX_LINES = 5
COLOURS = {"other_month": "#f4f4f4", "holiday": "#fde2e2", "weekend": "#f7f3ea", "today": "#fff6c2"}


class CalendarModel(QAbstractTableModel):
    CELL_ROLE = roles.USER + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: MonthGrid | None = None
        self.today = dt.date.today()

    def set_grid(self, grid: MonthGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.weeks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY) -> Any:
        if role != roles.DISPLAY:
            return None
        from PySide6.QtCore import Qt  # built by now: PySide6 passed ``orientation`` as one of its enums

        if orientation == Qt.Orientation.Horizontal:
            return self.day_names()[section]
        if self.grid is not None:
            # A row holding only the month's first weekend belongs to week 1 without being a school week.
            if all(c.weekend or not c.in_month for c in self.grid.weeks[section]):
                return ""
            return self.tr("Week %1").replace("%1", str(self.grid.week_label(section)))
        return None

    def day_names(self) -> list[str]:
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]

    def _lines(self, cell: DayCell) -> list[str]:
        lines = [f"{cell.day.day}   " + self.tr("(%1 lunar)").replace("%1", cell.lunar_text)
                 if cell.lunar.day in (1, 15) else f"{cell.day.day}   ({cell.lunar_text})"]
        from kindergarten_desktop.roster.calendar import public_holiday  # with the month's grid, not at start-up

        # Public holidays have an English name; observances and closures are the school's own words.
        holiday = cell.holiday and (public_holiday(cell.day, ui_language()) or cell.holiday)
        observance = None
        if cell.observance:
            from kindergarten_desktop.agenda.calendar import observance_label  # loaded with the grid by now

            observance = observance_label(cell.observance, ui_language())
        for mark in (holiday, cell.closed, observance):
            if mark:
                lines.append(f"★ {mark}")
        for entry in cell.entries:
            if entry.kind == "deadline":
                lines.append(self.tr("⏰ due: %1").replace("%1", entry.title))
            elif entry.kind in ("growth", "meals"):
                lines.append(f"◆ {entry.label(ui_language())}")
            else:
                lines.append(("✓ " if entry.status == "done" else "• ") + entry.title)
        return lines

    def data(self, index: _Index, role: int = roles.DISPLAY) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        cell = self.grid.weeks[index.row()][index.column()]
        if role == roles.DISPLAY:
            lines = self._lines(cell)
            if len(lines) > MAX_LINES:
                lines = lines[:MAX_LINES - 1] + [self.tr("… %1 more").replace("%1", str(len(lines) - MAX_LINES + 1))]
            return "\n".join(lines)
        if role == roles.TOOLTIP:
            return "\n".join(self._lines(cell))
        if role == self.CELL_ROLE:
            return cell
        if role == roles.BACKGROUND:
            if not cell.in_month:
                return QBrush(QColor(COLOURS["other_month"]))
            if cell.day == self.today:
                return QBrush(QColor(COLOURS["today"]))
            if cell.holiday or cell.closed:
                return QBrush(QColor(COLOURS["holiday"]))
            if cell.weekend:
                return QBrush(QColor(COLOURS["weekend"]))
        if role == roles.FOREGROUND:
            if not cell.in_month:
                return QBrush(QColor("#9a9a9a"))
            if cell.holiday:
                return QBrush(QColor("#b00020"))
        if role == roles.FONT and (cell.holiday or cell.observance):
            font = QFont()
            font.setBold(bool(cell.holiday))
            return font
        if role == roles.TEXT_ALIGNMENT:
            from PySide6.QtCore import Qt

            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        return None


class CalendarView(QTableView):
    """Shows the days' names from Qt-kept headers until :meth:`show_grid` (ui/table_headers.py:
    the agenda's first paint builds the calendar, and a Python ``headerData`` would build
    PySide6's Qt namespace)."""

    def __init__(self, model: CalendarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_model = model
        self.setModel(headers_only(model.day_names(), self))
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(90)

    def show_grid(self) -> None:
        """The month's model in place of the headers (the tab's first load)."""
        give_rows(self, self.calendar_model)
