"""The food catalogue: the 2007 table and the school's foods, searched without accents; the
purchase unit, supplier and latest price of each food; adding a school food from its label."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.kitchen.catalogue import (
    GROUPS_VI,
    NUTRIENTS,
    Food,
    add_food,
    delete_food,
    list_foods,
    search,
    set_purchase,
)
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import Column, RowsModel, selected_row, table_view
from kindergarten_desktop.ui.meals import unsaved


class CataloguePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.foods: list[Food] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Search:")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("name or code, with or without accents"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter())
        top.addWidget(self.search, 1)
        self.count = QLabel()
        top.addWidget(self.count)
        layout.addLayout(top)
        self.model = RowsModel([
            Column(self.tr("Code"), lambda f: f.code),
            Column(self.tr("Food"), lambda f: f.name),
            Column(self.tr("Waste %"), lambda f: f.waste_pct, "num1"),
            Column(self.tr("kcal/100 g"), lambda f: f.nutrients[0], "num1"),
            Column(self.tr("Protein"), lambda f: f.nutrients[1], "num1"),
            Column(self.tr("Fat"), lambda f: f.nutrients[2], "num1"),
            Column(self.tr("Carb."), lambda f: f.nutrients[3], "num1"),
            Column(self.tr("Animal"), lambda f: self.tr("yes") if f.animal else ""),
            Column(self.tr("Unit"), lambda f: f.unit),
            Column(self.tr("Latest price"), lambda f: f.price, "money"),
            Column(self.tr("Supplier"), lambda f: f.supplier),
            Column(self.tr("Source"), lambda f: self.tr("2007 table") if f.builtin else self.tr("school")),
        ], self)
        self.view = table_view(self.model, stretch=1)
        self.view.setObjectName("foods")
        self.view.doubleClicked.connect(lambda _i: self._purchase())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        purchase = QPushButton(self.tr("Unit, price and supplier…"))
        writes("kitchen", purchase)
        purchase.clicked.connect(self._purchase)
        add = QPushButton(self.tr("Add a school food…"))
        writes("kitchen", add)
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Delete school food"))
        writes("kitchen", remove)
        remove.clicked.connect(self._delete)
        buttons.addWidget(purchase)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(QLabel(self.tr("Source: Bảng thành phần thực phẩm Việt Nam 2007, Viện Dinh dưỡng "
                                        "(National Institute of Nutrition); values per 100 g edible part.")))
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.foods = list_foods(self.ctx.db)
        self._filter()

    def _filter(self) -> None:
        found = search(self.foods, self.search.text())
        self.model.set_rows(found)
        self.count.setText(self.tr("%1 foods").replace("%1", str(len(found))))

    def _purchase(self) -> None:
        food = selected_row(self.view)
        if food is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(food.name)
        form = QFormLayout(dialog)
        unit = QLineEdit(food.unit)
        grams = QDoubleSpinBox()
        grams.setRange(1, 100000)
        grams.setDecimals(0)
        grams.setValue(food.unit_grams)
        price = QLineEdit("" if food.price is None else str(food.price))
        supplier = QLineEdit(food.supplier)
        market = QLineEdit(food.market_name)
        market.setPlaceholderText(food.name)
        form.addRow(self.tr("Purchase unit:"), unit)
        form.addRow(self.tr("Grams in one unit:"), grams)
        form.addRow(self.tr("Latest price (đồng per unit):"), price)
        form.addRow(self.tr("Supplier:"), supplier)
        form.addRow(self.tr("Name in the market book:"), market)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        while dialog.exec():
            if not unsaved.save(self, self.tr("Price not saved"), (unit, grams, price, supplier, market),
                                set_purchase, self.ctx.db, food.id, unit=unit.text(), unit_grams=grams.value(),
                                price=price.text(), supplier=supplier.text(), market_name=market.text()):
                continue
            self.refresh()
            self.ctx.dataChanged.emit("kitchen")
            return

    def _delete(self) -> None:
        food = selected_row(self.view)
        if food is None:
            return
        if QMessageBox.question(self, self.tr("Delete school food"), self.tr("Delete “%1” from the catalogue?")
                                .replace("%1", food.name)) != QMessageBox.StandardButton.Yes:
            return
        if not run_action(self, self.tr("Food not deleted"), delete_food, self.ctx.db, food.id):
            return
        self.refresh()

    def _add(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add a school food"))
        form = QFormLayout(dialog)
        name = QLineEdit()
        group = QComboBox()
        for number, label in GROUPS_VI.items():
            group.addItem(f"{number}. {label}", number)
        waste = QDoubleSpinBox()
        waste.setRange(0, 99)
        form.addRow(self.tr("Name:"), name)
        form.addRow(self.tr("Food group:"), group)
        form.addRow(self.tr("Waste %:"), waste)
        labels = [self.tr("Energy (kcal)"), self.tr("Protein (g)"), self.tr("Fat (g)"), self.tr("Carbohydrate (g)"),
                  self.tr("Calcium (mg)"), self.tr("Iron (mg)"), self.tr("Vitamin A (mcg)"),
                  self.tr("Vitamin B1 (mg)"), self.tr("Vitamin C (mg)")]
        edits = {}
        for nutrient, label in zip(NUTRIENTS, labels, strict=True):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("per 100 g; empty = unknown"))
            form.addRow(label + ":", edit)
            edits[nutrient] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        while dialog.exec():
            if not unsaved.save(self, self.tr("Food not saved"), (name, group, waste, *edits.values()), add_food,
                                self.ctx.db, name.text(), group.currentData(), {n: e.text() for n, e in edits.items()},
                                waste_pct=waste.value()):
                continue
            self.refresh()
            return
