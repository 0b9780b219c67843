"""The week's menus per age group (meals × Monday-Friday), with adding and removing dishes,
copying a week, keeping a week in the 4-week rotation, filling a month from the rotation and
importing menus from a spreadsheet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.kitchen import GROUPS, MEALS
from kindergarten_desktop.kitchen.menus import (
    add_dish_to_menu,
    copy_week,
    fill_month,
    list_dishes,
    monday_of,
    remove_dish_from_menu,
    rotation_from_week,
    week_menu,
)
from kindergarten_desktop.kitchen.portion import portions_between
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import (
    VERDICT_COLOURS,
    date_edit,
    day_of,
    group_name,
    meal_name,
    verdict_name,
)
from kindergarten_desktop.ui.meals.unsaved import attempt
from kindergarten_desktop.ui.numbers import ui_number

_Index = QModelIndex | QPersistentModelIndex


class WeekModel(QAbstractTableModel):
    """Rows: meals, then the day's energy per child; columns: Monday to Friday; cells: the dishes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = monday_of(dt.date.today())
        self.cells: dict[tuple[dt.date, str], list[str]] = {}
        self.energy: dict[dt.date, tuple[float, str]] = {}  # day -> (kcal per child, verdict)

    def set_week(self, monday: dt.date, cells: dict[tuple[dt.date, str], list[str]],
                 energy: dict[dt.date, tuple[float, str]]) -> None:
        self.beginResetModel()
        self.monday, self.cells, self.energy = monday, cells, energy
        self.endResetModel()

    def day(self, column: int) -> dt.date:
        return self.monday + dt.timedelta(days=column)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(MEALS) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                     self.tr("Friday")]
            return f"{names[section]}\n{self.day(section):%d/%m}"
        return meal_name(MEALS[section]) if section < len(MEALS) else self.tr("Energy per child")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day(index.column())
        if index.row() == len(MEALS):  # the energy row
            kcal, verdict = self.energy.get(day, (0.0, ""))
            if role == Qt.ItemDataRole.DisplayRole and day in self.energy:
                return f"{ui_number(kcal, 0)} kcal · {verdict_name(verdict)}"
            if role == Qt.ItemDataRole.BackgroundRole and verdict in VERDICT_COLOURS:
                return QBrush(QColor(VERDICT_COLOURS[verdict]))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self.cells.get((day, MEALS[index.row()]), []))
        return None


class MenuPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week of:")))
        self.week = date_edit()
        self.week.dateChanged.connect(lambda _d: self.refresh())
        top.addWidget(self.week)
        top.addWidget(QLabel(self.tr("Age group:")))
        self.group = QComboBox()
        for g in GROUPS:
            self.group.addItem(group_name(g), g)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.group)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = WeekModel(self)
        self.view = QTableView()
        self.view.setObjectName("weekMenu")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(lambda _i: self._add_dish())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add dish…"), self._add_dish), (self.tr("Remove dish…"), self._remove_dish),
                           (self.tr("Copy week to…"), self._copy_week),
                           (self.tr("Keep as rotation week…"), self._keep_rotation),
                           (self.tr("Fill month from rotation"), self._fill_month),
                           (self.tr("Import menus…"), self._import)):
            button = QPushButton(text)
            writes("kitchen", button)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def monday(self) -> dt.date:
        return monday_of(day_of(self.week))

    def refresh(self) -> None:
        group = self.group.currentData()
        menus = week_menu(self.ctx.db, self.monday())
        cells = {(day, meal): dishes for (day, g), meals in menus.items() if g == group
                 for meal, dishes in meals.items()}
        portions = portions_between(self.ctx.db, self.monday(), self.monday() + dt.timedelta(days=4))
        energy = {p.day: (p.groups[group].per_child.energy, p.groups[group].verdicts.get("energy", ""))
                  for p in portions if not p.groups[group].empty}
        self.model.set_week(self.monday(), cells, energy)
        self.view.resizeRowsToContents()

    def _cell(self) -> tuple[dt.date, str] | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(MEALS):
            QMessageBox.information(self, self.tr("Menus"), self.tr("Choose a day and a meal in the table first."))
            return None
        return self.model.day(index.column()), MEALS[index.row()]

    def _changed(self) -> None:
        self.refresh()
        self.ctx.dataChanged.emit("kitchen")

    def _add_dish(self) -> None:
        cell = self._cell()
        if cell is None:
            return
        dishes = list_dishes(self.ctx.db)
        if not dishes:
            QMessageBox.information(self, self.tr("Menus"), self.tr("No dish yet: create dishes on the Dishes page."))
            return
        name, ok = QInputDialog.getItem(self, self.tr("Add dish"), self.tr("Dish for %1, %2:").replace(
            "%1", f"{cell[0]:%d/%m/%Y}").replace("%2", meal_name(cell[1])), [d.name for d in dishes], 0, False)
        if not ok:
            return
        dish = next(d for d in dishes if d.name == name)
        if not run_action(self, self.tr("Dish not added to the menu"), add_dish_to_menu, self.ctx.db, cell[0],
                          self.group.currentData(), cell[1], dish.id):
            return
        self._changed()

    def _remove_dish(self) -> None:
        cell = self._cell()
        if cell is None:
            return
        dishes = self.model.cells.get(cell, [])
        if not dishes:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Remove dish"), self.tr("Dish to remove:"), dishes, 0, False)
        if ok:
            if not run_action(self, self.tr("Dish not removed from the menu"), remove_dish_from_menu, self.ctx.db,
                              cell[0], self.group.currentData(), cell[1], name):
                return
            self._changed()

    def _copy_week(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Copy week"))
        form = QFormLayout(dialog)
        target = date_edit(self.monday() + dt.timedelta(days=7))
        form.addRow(self.tr("Copy this week's menus (both age groups) to the week of:"), target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if not dialog.exec():
            return
        ok, written, _reason = attempt(self, self.tr("Week not copied"),
                                       lambda: copy_week(self.ctx.db, self.monday(), day_of(target)))
        if not ok:
            return
        QMessageBox.information(self, self.tr("Copy week"), self.tr("%1 day menus copied.").replace("%1", str(written)))
        self.ctx.dataChanged.emit("kitchen")

    def _keep_rotation(self) -> None:
        week, ok = QInputDialog.getInt(self, self.tr("Rotation"), self.tr(
            "Keep this week's menus (both age groups) as week number (1-4) of the rotation:"), 1, 1, 4)
        if ok:
            run_action(self, self.tr("Rotation not kept"), rotation_from_week, self.ctx.db, self.monday(), week)

    def _fill_month(self) -> None:
        day = self.monday() + dt.timedelta(days=4)
        answer = QMessageBox.question(self, self.tr("Fill month"), self.tr(
            "Give every school day of %1 its menu from the 4-week rotation? Menus already planned in that month are "
            "replaced; holidays stay empty.").replace("%1", f"{day:%m/%Y}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, written, _reason = attempt(self, self.tr("Month not filled"),
                                       lambda: fill_month(self.ctx.db, day.year, day.month))
        if not ok:
            return
        QMessageBox.information(self, self.tr("Fill month"), self.tr("%1 day menus written.").replace(
            "%1", str(written)))
        self._changed()

    def _import(self) -> None:
        from kindergarten_desktop.ui.kitchen.import_dialog import MenuImportDialog

        if MenuImportDialog(self.ctx, self).exec():
            self._changed()
