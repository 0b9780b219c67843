"""The day's market list: quantities by supplier at the latest prices against the day's food
money, and the one action that writes it to the market book (dry goods out of the store)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kindergarten_desktop.kitchen.market_list import MarketList, market_list, write_purchases
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import Column, RowsModel, date_edit, day_of, table_view
from kindergarten_desktop.ui.numbers import ui_money


class MarketListPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: MarketList | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        self.day = date_edit()
        self.day.dateChanged.connect(lambda _d: self.refresh())
        top.addWidget(self.day)
        self.eaters = QLabel()
        top.addWidget(self.eaters, 1)
        layout.addLayout(top)
        self.model = RowsModel([
            Column(self.tr("Supplier"), lambda ln: ln.supplier or self.tr("(no supplier)")),
            Column(self.tr("Food"), lambda ln: ln.food.item_name),
            Column(self.tr("Net kg"), lambda ln: ln.net_g / 1000, "num2"),
            Column(self.tr("Gross kg"), lambda ln: ln.gross_g / 1000, "num2"),
            Column(self.tr("Quantity"), lambda ln: ln.quantity, "num2"),
            Column(self.tr("Unit"), lambda ln: ln.food.unit),
            Column(self.tr("Latest price"), lambda ln: ln.food.price, "money",
                   background=lambda ln: "#ffe3b8" if ln.food.price is None else None),
            Column(self.tr("Amount"), lambda ln: ln.amount, "money"),
            Column(self.tr("From the store"), lambda ln: self.tr("yes") if ln.in_store else ""),
        ], self)
        self.view = table_view(self.model, stretch=1)
        self.view.setObjectName("marketList")
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setObjectName("marketSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Write to the market book"))
        writes("market", self.write_button)
        self.write_button.setToolTip(self.tr("Record the purchases in the market book and take dry goods out of the "
                                             "store, once for the day"))
        self.write_button.clicked.connect(self._write)
        row.addWidget(self.write_button)
        row.addStretch(1)
        layout.addLayout(row)

    def refresh(self) -> None:
        plan = market_list(self.ctx.db, day_of(self.day))
        self.plan = plan
        rows = [ln for lines in plan.by_supplier().values() for ln in lines]
        self.model.set_rows(rows)
        groups = plan.portion.groups
        self.eaters.setText(self.tr("Children eating: nursery %1, kindergarten %2; staff meals %3").replace(
            "%1", str(groups["nursery"].children)).replace("%2", str(groups["kindergarten"].children)).replace(
            "%3", str(plan.portion.staff)))
        balance = plan.balance
        text = self.tr("Food money of the day's meals: %1 · to buy: %2 · from the store: %3 · %4").replace(
            "%1", ui_money(plan.money)).replace("%2", ui_money(plan.cost)).replace(
            "%3", ui_money(plan.store_value)).replace(
            "%4", (self.tr("surplus %1") if balance >= 0 else self.tr("deficit %1")).replace(
                "%1", ui_money(abs(balance))))
        if plan.unpriced:
            text += "\n" + self.tr("No price yet for: %1").replace("%1", ", ".join(f.name for f in plan.unpriced))
        if plan.unpriced_categories:
            text += "\n" + self.tr("No daily meal rate for these meals yet: the food money counts them 0.")
        if plan.ordered:
            text += "\n" + self.tr("Already written to the market book.")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if balance < 0 else "")
        self.write_button.setEnabled(bool(rows) and not plan.ordered)

    def _write(self) -> None:
        if self.plan is None:
            return
        day = day_of(self.day)
        if QMessageBox.question(self, self.tr("Market book"), self.tr(
                "Write %1 purchases of %2 to the market book and take the dry goods out of the store?").replace(
                "%1", str(sum(not ln.in_store for ln in self.plan.lines))).replace(
                "%2", f"{day:%d/%m/%Y}")) != QMessageBox.StandardButton.Yes:
            return
        if not run_action(self, self.tr("Purchases not written"), write_purchases, self.ctx.db, day):
            return
        self.refresh()
        self.ctx.dataChanged.emit("meals")
