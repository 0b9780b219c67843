"""The market book (sổ chợ) of one day, its food balance, and the day's menu."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.market import (
    Item,
    add_purchase,
    cancel_purchase,
    correct_purchase,
    day_book,
    list_items,
    list_suppliers,
    purchases_between,
    unpriced_days_this_school_year,
)
from kindergarten_desktop.meals.menus import Menu, get_menu, save_menu
from kindergarten_desktop.meals.stock import add_use, set_stocked, stocked_items, uses_between
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.meals.table_model import ROW_ROLE, Column, RowsModel
from kindergarten_desktop.ui.numbers import ui_decimal_text, ui_money, ui_number


def _typed_quantity(text: str) -> str:
    """A quantity typed in the interface language ('1,5' or '1.5') for the meals module to read."""
    try:
        return ui_decimal_text(text)
    except ValueError:
        raise MealsError("meals.quantity_not_number", "quantity", value=text.strip()) from None


def _quantity(value: float) -> str:
    """1.5 -> "1,5" (vi) or "1.5" (en); 12.0 -> "12" (no trailing zeros)."""
    if value % 1 == 0:
        return ui_number(value, 0)
    return ui_number(value, 3).rstrip("0").rstrip(",.")


class MarketPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: dict[str, Item] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        self.day = DateField()
        self.day.setDate(QDate.currentDate())
        self.day.dateChanged.connect(lambda *_: self.refresh())
        top.addWidget(self.day)
        top.addStretch(1)
        layout.addLayout(top)
        self.balance = QLabel()
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        self.balance.setWordWrap(True)  # a long line would widen the window past a 1024-pixel screen
        layout.addWidget(self.balance)
        self.unpriced = QLabel()
        self.unpriced.setStyleSheet("color: #b00020; font-weight: bold")
        self.unpriced.setWordWrap(True)
        self.unpriced.hide()
        layout.addWidget(self.unpriced)

        form_box = QGroupBox(self.tr("New purchase"))
        form = QHBoxLayout(form_box)
        self.item = QComboBox()
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item.setMinimumWidth(180)
        _placeholder(self.item, self.tr("Item"))
        self.item.currentTextChanged.connect(self._item_chosen)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("Quantity"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Unit"))
        self.unit.setMaximumWidth(70)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Unit price (đ)"))
        self.supplier = QComboBox()
        self.supplier.setEditable(True)
        self.supplier.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.supplier.setMinimumWidth(180)
        _placeholder(self.supplier, self.tr("Supplier"))
        add = QPushButton(self.tr("&Add"))
        writes("market", add)
        add.clicked.connect(self._add)
        for edit in (self.quantity, self.price, self.unit):
            edit.returnPressed.connect(self._add)
        for w in (self.item, self.quantity, self.unit, self.price, self.supplier, add):
            form.addWidget(w)
        layout.addWidget(form_box)

        self.model = RowsModel([
            Column(self.tr("Item"), lambda p: p.item),
            Column(self.tr("Supplier"), lambda p: p.supplier),
            Column(self.tr("Quantity"), lambda p: _quantity(p.quantity), "int"),
            Column(self.tr("Unit"), lambda p: p.unit),
            Column(self.tr("Unit price"), lambda p: p.unit_price, "money"),
            Column(self.tr("Amount"), lambda p: p.amount, "money"),
            Column(self.tr("Corrections"), lambda p: self.tr("corrected") if p.adjustments else ""),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        delete = QPushButton(self.tr("Correct or cancel the selected purchase…"))
        writes("market", delete)
        delete.clicked.connect(self._delete)
        left.addWidget(delete, 0, Qt.AlignmentFlag.AlignLeft)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(self._stock_box(), 2)
        layout.addLayout(middle, 1)

        menu_box = QGroupBox(self.tr("Menu of the day"))
        menu_form = QFormLayout(menu_box)
        self.breakfast, self.lunch, self.snack = QLineEdit(), QLineEdit(), QLineEdit()
        menu_form.addRow(self.tr("&Breakfast:"), self.breakfast)
        menu_form.addRow(self.tr("L&unch:"), self.lunch)
        menu_form.addRow(self.tr("Afternoon &snack:"), self.snack)
        save = QPushButton(self.tr("Save the menu"))
        writes("kitchen", save)
        save.clicked.connect(self._save_menu)
        menu_form.addRow(save)
        layout.addWidget(menu_box)

    def _stock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Store (dry goods)"))
        column = QVBoxLayout(box)
        self.stock_model = RowsModel([
            Column(self.tr("Item"), lambda i: i.name),
            Column(self.tr("Unit"), lambda i: i.unit),
            Column(self.tr("On hand"), lambda i: _quantity(i.on_hand), "int"),
            Column(self.tr("Used today"), lambda i: _quantity(self.used_today.get(i.name, 0)), "int"),
        ], self)
        self.used_today: dict[str, float] = {}
        self.stock_table = QTableView()
        self.stock_table.setModel(self.stock_model)
        self.stock_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.stock_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stock_table.horizontalHeader().setStretchLastSection(True)
        self.stock_item = QComboBox()
        self.stock_table.clicked.connect(lambda index: self.stock_item.setCurrentText(
            self.stock_model.data(index, ROW_ROLE).name))
        column.addWidget(self.stock_table, 1)
        use_row = QHBoxLayout()
        self.stock_item.setMinimumWidth(140)
        self.stock_quantity = QLineEdit()
        self.stock_quantity.setPlaceholderText(self.tr("Quantity used"))
        self.stock_quantity.returnPressed.connect(self._use)
        use = QPushButton(self.tr("&Take out"))
        writes("stock", use)
        use.setToolTip(self.tr("Record what the kitchen takes out of the store on the chosen day"))
        use.clicked.connect(self._use)
        for w in (self.stock_item, self.stock_quantity, use):
            use_row.addWidget(w)
        column.addLayout(use_row)
        keep = QPushButton(self.tr("Keep the item being bought in the store"))
        writes("stock", keep)
        keep.setToolTip(self.tr("Its purchases then count as stock in"))
        keep.clicked.connect(self._keep)
        column.addWidget(keep, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _date(self) -> dt.date:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def refresh(self) -> None:
        day = self._date()
        self.model.set_rows(purchases_between(self.ctx.db, day, day))
        book = day_book(self.ctx.db, day, day)
        entry = book[0] if book else None
        if entry is None:
            self.balance.setText(self.tr("%1 is not a school day.").replace("%1", format_date(day)))
        else:
            self.balance.setText(
                self.tr("Food money in: <b>%1</b> (%2 children, %3 staff) · spent: <b>%4</b> · "
                        "day's balance: <b>%5</b> · carried in: %6 · carried forward: <b>%7</b>")
                .replace("%1", ui_money(entry.money_in)).replace("%2", str(sum(entry.meals.values())))
                .replace("%3", str(entry.staff)).replace("%4", ui_money(entry.spent))
                .replace("%5", ui_money(entry.balance)).replace("%6", ui_money(entry.carried_in))
                .replace("%7", ui_money(entry.carried_out)))
        missing = unpriced_days_this_school_year(self.ctx.db, day)
        self.unpriced.setVisible(bool(missing))
        if missing:
            self.unpriced.setText(
                self.tr("No daily meal rate covers the meals of %1 school day(s) up to this day (first: %2): they "
                        "count 0 ₫ of food money here. Set the rate on the Rates and rules page.")
                .replace("%1", str(len(missing))).replace("%2", format_date(min(missing))))
        self._refresh_stock(day)
        self.items = {i.name: i for i in list_items(self.ctx.db)}
        text = self.item.currentText()
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItems(list(self.items))
        self.item.setEditText(text)
        self.item.blockSignals(False)
        supplier = self.supplier.currentText()
        self.supplier.clear()
        self.supplier.addItems(list_suppliers(self.ctx.db))
        self.supplier.setEditText(supplier)
        menu = get_menu(self.ctx.db, day)
        self.breakfast.setText(menu.breakfast)
        self.lunch.setText(menu.lunch)
        self.snack.setText(menu.snack)

    def _refresh_stock(self, day: dt.date) -> None:
        self.used_today = {}
        for use in uses_between(self.ctx.db, day, day):
            self.used_today[use.item] = self.used_today.get(use.item, 0) + use.quantity
        items = stocked_items(self.ctx.db, day)
        self.stock_model.set_rows(items)
        chosen = self.stock_item.currentText()
        self.stock_item.clear()
        self.stock_item.addItems([i.name for i in items])
        if chosen:
            self.stock_item.setCurrentText(chosen)

    def _use(self) -> None:
        if not unsaved.save(self, self.tr("Stock use not saved"), (self.stock_item, self.stock_quantity),
                            lambda: add_use(self.ctx.db, self._date(), self.stock_item.currentText(),
                                            _typed_quantity(self.stock_quantity.text()))):
            return
        self.stock_quantity.clear()
        self.stock_quantity.setFocus()
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _keep(self) -> None:
        if not unsaved.save(self, self.tr("Item not added to the store"), (self.item,),
                            set_stocked, self.ctx.db, self.item.currentText()):
            return
        self.refresh()
        self.stock_item.setCurrentText(self.item.currentText().strip())

    def _item_chosen(self, name: str) -> None:
        item = self.items.get(name)
        if item is None:
            return
        self.unit.setText(item.unit)
        self.price.setText(ui_money(item.last_price, symbol=False) if item.last_price is not None else "")
        if item.last_supplier:
            self.supplier.setEditText(item.last_supplier)

    def _add(self) -> None:
        if not unsaved.save(self, self.tr("Purchase not saved"),
                            (self.item, self.quantity, self.price, self.unit, self.supplier),
                            lambda: add_purchase(self.ctx.db, self._date(), self.item.currentText(),
                                                 _typed_quantity(self.quantity.text()), self.price.text(),
                                                 unit=self.unit.text(), supplier=self.supplier.currentText())):
            return
        self.quantity.clear()
        self.item.setEditText("")
        self.price.clear()
        self.unit.clear()
        self.item.setFocus()
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _delete(self) -> None:
        """A purchase is corrected or cancelled by an adjustment entry, never deleted or rewritten."""
        from kindergarten_desktop.ui.meals.money_dialogs import AdjustDialog, accountant_name

        index = self.table.currentIndex()
        if not index.isValid():
            return
        purchase = self.model.data(index, ROW_ROLE)
        dialog = AdjustDialog(self, self.tr("Correct or cancel a purchase"), self.tr("%1: %2 %3 at %4 = %5")
                              .replace("%1", purchase.item).replace("%2", _quantity(purchase.quantity))
                              .replace("%3", purchase.unit).replace("%4", ui_money(purchase.unit_price))
                              .replace("%5", ui_money(purchase.amount)),
                              _quantity(purchase.quantity), str(purchase.unit_price), accountant_name(self.ctx.db))

        def change() -> None:
            if dialog.action.currentData() == "cancel":
                cancel_purchase(self.ctx.db, purchase.id, dialog.reason.text(), dialog.who.text())
            else:
                correct_purchase(self.ctx.db, purchase.id, _typed_quantity(dialog.quantity.text()),
                                 dialog.price.text(), dialog.reason.text(), dialog.who.text())

        # Not saved: the dialog opens again with what was typed, marked, until saved or cancelled.
        while True:
            if not dialog.exec():
                return
            if unsaved.save(self, self.tr("Purchase not changed"), dialog.fields(), change):
                break
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _save_menu(self) -> None:
        if not unsaved.save(self, self.tr("Menu not saved"), (self.breakfast, self.lunch, self.snack), save_menu,
                            self.ctx.db, Menu(self._date(), self.breakfast.text(), self.lunch.text(),
                                              self.snack.text())):
            return
        self.ctx.dataChanged.emit("meals")


def _placeholder(box: QComboBox, text: str) -> None:
    edit = box.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(text)
