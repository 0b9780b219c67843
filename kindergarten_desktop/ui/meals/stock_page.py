"""The dry-goods store: each item's stock card (thẻ kho) for a month, valued at the moving average
cost, and the month's uses, which are corrected or cancelled through adjustment entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.stock import StockUse, cancel_use, correct_use, stocked_items, uses_between
from kindergarten_desktop.meals.stock_value import StockCard, stock_cards
from kindergarten_desktop.roster.calendar import month_bounds
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.meals.money_dialogs import AdjustDialog, accountant_name
from kindergarten_desktop.ui.meals.month_picker import MonthPicker
from kindergarten_desktop.ui.meals.table_model import ROW_ROLE, Column, RowsModel
from kindergarten_desktop.ui.numbers import ui_decimal_text, ui_money, ui_number


def _quantity(value: float) -> str:
    if not value:
        return ""
    if value % 1 == 0:
        return ui_number(value, 0)
    return ui_number(value, 3).rstrip("0").rstrip(",.")


def _table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class StockPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        item_label = QLabel(self.tr("&Item:"))
        self.item = QComboBox()
        self.item.setMinimumWidth(180)
        item_label.setBuddy(self.item)
        self.item.currentIndexChanged.connect(lambda *_: self._show_card())
        top.addWidget(item_label)
        top.addWidget(self.item)
        top.addWidget(QLabel(self.tr("Month:")))
        self.month = MonthPicker()
        self.month.monthChanged.connect(lambda *_: self.refresh())
        top.addWidget(self.month)
        top.addStretch(1)
        print_card = QPushButton(self.tr("Print stock cards…"))
        print_card.clicked.connect(self._print)
        top.addWidget(print_card)
        layout.addLayout(top)
        self.summary = QLabel()
        layout.addWidget(self.summary)

        self.card = RowsModel([
            Column(self.tr("Date"), lambda line: line.day, "date"),
            Column(self.tr("Entry"), lambda line: line.text),
            Column(self.tr("In"), lambda line: _quantity(line.qty_in), "int"),
            Column(self.tr("Out"), lambda line: _quantity(line.qty_out), "int"),
            Column(self.tr("On hand"), lambda line: _quantity(line.qty_after) or "0", "int"),
            Column(self.tr("Average cost"), lambda line: line.unit_cost, "money"),
            Column(self.tr("Value in"), lambda line: line.value_in or None, "money"),
            Column(self.tr("Value out"), lambda line: line.value_out or None, "money"),
            Column(self.tr("Value on hand"), lambda line: line.value_after, "money"),
        ], self)
        self.card_table = _table(self.card)
        self.uses = RowsModel([
            Column(self.tr("Date"), lambda u: u.day, "date"),
            Column(self.tr("Item"), lambda u: u.item),
            Column(self.tr("Quantity"), lambda u: _quantity(u.quantity) or "0", "int"),
            Column(self.tr("Unit"), lambda u: u.unit),
            Column(self.tr("Note"), lambda u: u.note),
            Column(self.tr("Corrections"), lambda u: (self.tr("cancelled") if u.cancelled else self.tr(
                "entered %1").replace("%1", _quantity(u.recorded))) if u.adjustments else ""),
        ], self)
        self.uses_table = _table(self.uses)
        adjust = QPushButton(self.tr("&Correct or cancel the selected use…"))
        writes("stock", adjust)
        adjust.clicked.connect(self._adjust)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.uses_table).activated.connect(self._adjust)

        card_box = QWidget()
        card_layout = QVBoxLayout(card_box)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(QLabel(self.tr("<b>Stock card</b>")))
        card_layout.addWidget(self.card_table, 1)
        uses_box = QWidget()
        uses_layout = QVBoxLayout(uses_box)
        uses_layout.setContentsMargins(0, 0, 0, 0)
        uses_layout.addWidget(QLabel(self.tr("<b>Taken out of the store this month</b>")))
        uses_layout.addWidget(self.uses_table, 1)
        uses_layout.addWidget(adjust, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(card_box)
        split.addWidget(uses_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._cards: dict[int, StockCard] = {}

    def refresh(self) -> None:
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for item in stocked_items(self.ctx.db):
            self.item.addItem(item.name, item.id)
        self.item.setCurrentIndex(max(self.item.findData(current), 0))
        self.item.blockSignals(False)
        first, last = month_bounds(*self.month.year_month())
        self._cards = {card.item_id: card for card in stock_cards(self.ctx.db, first, last)}
        self.uses.set_rows(uses_between(self.ctx.db, first, last, include_cancelled=True))
        self._show_card()

    def _show_card(self) -> None:
        card = self._cards.get(self.item.currentData())
        if card is None:
            self.card.set_rows([])
            self.summary.setText(self.tr("No item is kept in the store yet: mark rice, oil … as stocked on the "
                                         "market book page."))
            return
        self.card.set_rows(card.lines)
        self.summary.setText(
            self.tr("%1 (%2): opening %3 worth %4; in %5, out %6; closing %7 worth %8")
            .replace("%1", card.item).replace("%2", card.unit)
            .replace("%3", _quantity(card.opening_qty) or "0").replace("%4", ui_money(card.opening_value))
            .replace("%5", _quantity(card.qty_in) or "0").replace("%6", _quantity(card.qty_out) or "0")
            .replace("%7", _quantity(card.closing_qty) or "0").replace("%8", ui_money(card.closing_value)))

    def _adjust(self) -> None:
        index = self.uses_table.currentIndex()
        if not index.isValid():
            return
        use: StockUse = self.uses.data(index, ROW_ROLE)
        if use.cancelled:
            return
        dialog = AdjustDialog(self, self.tr("Correct or cancel a stock use"), self.tr("%1: %2 %3 taken out on %4")
                              .replace("%1", use.item).replace("%2", _quantity(use.quantity)).replace("%3", use.unit)
                              .replace("%4", f"{use.day:%d/%m/%Y}"), _quantity(use.quantity), None,
                              accountant_name(self.ctx.db))

        def change() -> None:
            if dialog.action.currentData() == "cancel":
                cancel_use(self.ctx.db, use.id, dialog.reason.text(), dialog.who.text())
                return
            try:
                typed = ui_decimal_text(dialog.quantity.text())
            except ValueError:
                raise MealsError("meals.quantity_not_number", "quantity",
                                 value=dialog.quantity.text().strip()) from None
            correct_use(self.ctx.db, use.id, typed, dialog.reason.text(), dialog.who.text())

        while True:  # not saved: the dialog opens again with what was typed, marked
            if not dialog.exec():
                return
            if unsaved.save(self, self.tr("Stock use not changed"), dialog.fields(), change):
                break
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _print(self) -> None:
        from kindergarten_desktop.ui.reports.export import export_report

        year, month = self.month.year_month()
        start = year if month >= 9 else year - 1
        export_report(self, self.ctx, "stock-card", year=f"{start}-{start + 1}", month=f"{year:04d}-{month:02d}")
