"""Dish templates: ingredients with net grams per child for nhà trẻ and mẫu giáo."""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.kitchen import GROUPS
from kindergarten_desktop.kitchen.catalogue import foods_by_id, list_foods, search
from kindergarten_desktop.kitchen.menus import Dish, delete_dish, list_dishes, save_dish
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import Column, RowsModel, group_name, selected_row, table_view


class DishesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.dishes = RowsModel([Column(self.tr("Dish"), lambda d: d.name)], self)
        self.dish_view = table_view(self.dishes, stretch=0)
        self.dish_view.setObjectName("dishes")
        self.dish_view.selectionModel().selectionChanged.connect(lambda *_: self._show_ingredients())
        left.addWidget(self.dish_view, 1)
        new = QPushButton(self.tr("New dish…"))
        writes("kitchen", new)
        new.clicked.connect(self._new)
        remove = QPushButton(self.tr("Delete dish"))
        writes("kitchen", remove)
        remove.clicked.connect(self._delete)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(remove)
        left.addLayout(row)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.ingredients = RowsModel([
            Column(self.tr("Food"), lambda r: r[1]),
            *[Column(self.tr("%1: net g per child").replace("%1", group_name(g)), itemgetter(2 + i), "num1")
              for i, g in enumerate(GROUPS)],
        ], self)
        self.ingredient_view = table_view(self.ingredients, stretch=0)
        right.addWidget(self.ingredient_view, 1)
        add = QPushButton(self.tr("Add ingredient…"))
        writes("kitchen", add)
        add.clicked.connect(self._add_ingredient)
        drop = QPushButton(self.tr("Remove ingredient"))
        writes("kitchen", drop)
        drop.clicked.connect(self._remove_ingredient)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(drop)
        row.addStretch(1)
        right.addLayout(row)
        layout.addLayout(right, 2)

    def refresh(self) -> None:
        current = self._dish()
        self.dishes.set_rows(list_dishes(self.ctx.db))
        if current is not None:
            for i, dish in enumerate(self.dishes.rows):
                if dish.id == current.id:
                    self.dish_view.selectRow(i)
        self._show_ingredients()

    def _dish(self) -> Dish | None:
        dish: Dish | None = selected_row(self.dish_view)
        return dish

    def _show_ingredients(self) -> None:
        dish = self._dish()
        if dish is None:
            self.ingredients.set_rows([])
            return
        grams: dict[int, list[float | None]] = {}
        for i, group in enumerate(GROUPS):
            for food_id, g in dish.ingredients.get(group, []):
                grams.setdefault(food_id, [None, None])[i] = g
        foods = foods_by_id(self.ctx.db, set(grams))
        self.ingredients.set_rows([(fid, foods[fid].name, *values) for fid, values in grams.items()])

    def _save(self, dish: Dish, rows: list[tuple[int, float | None, float | None]]) -> None:
        items = [(g, fid, q) for fid, *qs in rows for g, q in zip(GROUPS, qs, strict=True) if q]
        run_action(self, self.tr("Dish not saved"), save_dish, self.ctx.db, dish.name, items, dish.id)
        self.refresh()

    def _new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New dish"), self.tr("Name of the dish:"))
        if ok:
            run_action(self, self.tr("Dish not created"), save_dish, self.ctx.db, name, [])
            self.refresh()

    def _delete(self) -> None:
        dish = self._dish()
        if dish and QMessageBox.question(self, self.tr("Delete dish"), self.tr(
                "Delete the dish “%1”? Menus already planned keep it.").replace("%1", dish.name)) == \
                QMessageBox.StandardButton.Yes:
            delete_dish(self.ctx.db, dish.id)
            self.refresh()

    def _add_ingredient(self) -> None:
        dish = self._dish()
        if dish is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add ingredient to %1").replace("%1", dish.name))
        form = QFormLayout(dialog)
        query = QLineEdit()
        query.setPlaceholderText(self.tr("type to search the catalogue"))
        combo = QComboBox()
        foods = list_foods(self.ctx.db)

        def fill() -> None:
            combo.clear()
            for food in search(foods, query.text())[:200]:
                combo.addItem(f"{food.name} ({food.code})", food.id)

        query.textChanged.connect(lambda _t: fill())
        fill()
        spins = []
        form.addRow(self.tr("Search:"), query)
        form.addRow(self.tr("Food:"), combo)
        for group in GROUPS:
            spin = QDoubleSpinBox()
            spin.setRange(0, 500)
            spin.setDecimals(1)
            form.addRow(self.tr("%1: net g per child").replace("%1", group_name(group)) + ":", spin)
            spins.append(spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if not dialog.exec() or combo.currentData() is None:
            return
        rows = [(r[0], r[2], r[3]) for r in self.ingredients.rows if r[0] != combo.currentData()]
        rows.append((combo.currentData(), spins[0].value() or None, spins[1].value() or None))
        self._save(dish, rows)

    def _remove_ingredient(self) -> None:
        dish, row = self._dish(), selected_row(self.ingredient_view)
        if dish is None or row is None:
            return
        self._save(dish, [(r[0], r[2], r[3]) for r in self.ingredients.rows if r[0] != row[0]])
