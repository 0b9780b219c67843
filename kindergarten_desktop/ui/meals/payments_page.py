"""Payments (phiếu thu) for the month and the list of who still owes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.payments import NeedsConfirmation, add_payment, delete_payment, list_payments
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.calendar import month_bounds
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals.messages import explain, show_error
from kindergarten_desktop.ui.meals.month_picker import MonthPicker
from kindergarten_desktop.ui.meals.table_model import ROW_ROLE, Column, RowsModel, SearchProxy
from kindergarten_desktop.ui.numbers import ui_money


def _table(model) -> QTableView:
    table = QTableView()
    proxy = SearchProxy(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PaymentsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.balances: dict[int, int] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        self.month = MonthPicker()
        self.month.monthChanged.connect(lambda *_: self.refresh())
        top.addWidget(self.month)
        top.addStretch(1)
        layout.addLayout(top)

        form_box = QGroupBox(self.tr("New receipt"))
        form = QFormLayout(form_box)
        self.child = QComboBox()
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.child.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.child.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.child.currentIndexChanged.connect(self._child_chosen)
        form.addRow(self.tr("C&hild:"), self.child)
        self.owed = QLabel()
        form.addRow(self.tr("Owes now:"), self.owed)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        form.addRow(self.tr("&Date:"), self.date)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("whole đồng, e.g. 616.000"))
        form.addRow(self.tr("&Amount:"), self.amount)
        self.payer = QLineEdit()
        form.addRow(self.tr("&Payer:"), self.payer)
        self.method = QComboBox()
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Bank transfer"), "transfer")
        form.addRow(self.tr("&Method:"), self.method)
        self.save = QPushButton(self.tr("&Save receipt"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.amount.returnPressed.connect(self._save)
        form.addRow(self.save)
        self.last_saved = QLabel()
        form.addRow(self.last_saved)

        self.payments = RowsModel([
            Column(self.tr("No."), lambda p: p.number, "int"),
            Column(self.tr("Date"), lambda p: p.paid_on, "date"),
            Column(self.tr("Child"), lambda p: p.child_name, "name"),
            Column(self.tr("Payer"), lambda p: p.payer),
            Column(self.tr("Method"), lambda p: self.tr("Cash") if p.method == "cash" else self.tr("Transfer")),
            Column(self.tr("Amount"), lambda p: p.amount, "money"),
        ], self)
        self.payments_table = _table(self.payments)
        delete = QPushButton(self.tr("Delete the selected receipt…"))
        delete.clicked.connect(self._delete)
        self.debts = RowsModel([
            Column(self.tr("Child"), lambda r: r.full_name, "name"),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Overdue (before this month)"), lambda r: max(0, r.opening - r.paid), "signed"),
            Column(self.tr("Owes"), lambda r: r.balance, "signed"),
        ], self)
        self.debts_table = _table(self.debts)
        self.debt_total = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(form_box)
        left_layout.addWidget(QLabel(self.tr("<b>Receipts of the month</b>")))
        left_layout.addWidget(self.payments_table, 1)
        left_layout.addWidget(delete)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Still owing at the end of the month</b>")))
        right_layout.addWidget(self.debts_table, 1)
        right_layout.addWidget(self.debt_total)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        year, month = self.month.year_month()
        ledger = compute_month(self.ctx.db, year, month)
        self.balances = {r.child_id: r.balance for r in ledger.rows}
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        for row in sorted(ledger.rows, key=lambda r: (name_sort_key(r.full_name), r.class_name)):
            self.child.addItem(f"{row.full_name} — {row.class_name}", row.child_id)
        self.child.setCurrentIndex(max(self.child.findData(current), 0))
        self.child.blockSignals(False)
        self._child_chosen()
        first, last = month_bounds(year, month)
        self.payments.set_rows(list_payments(self.ctx.db, first, last))
        owing = sorted((r for r in ledger.rows if r.balance > 0), key=lambda r: (-(r.opening - r.paid), -r.balance))
        self.debts.set_rows(owing)
        overdue = [r for r in owing if r.opening - r.paid > 0]
        self.debt_total.setText(
            self.tr("%1 children owe %2 in all; %3 of them have not paid earlier months (%4)")
            .replace("%1", str(len(owing))).replace("%2", ui_money(sum(r.balance for r in owing)))
            .replace("%3", str(len(overdue))).replace("%4", ui_money(sum(r.opening - r.paid for r in overdue))))

    def _child_chosen(self, *_args) -> None:
        balance = self.balances.get(self.child.currentData(), 0)
        self.owed.setText(ui_money(balance) if balance > 0 else self.tr("nothing (credit %1)")
                          .replace("%1", ui_money(-balance)))

    def _save(self) -> None:
        # The box is editable: a typed (or half-typed) name must not fall back on the child shown
        # before, or the money would be booked to the wrong child.
        typed = self.child.currentText().strip()
        found = self.child.findText(typed, Qt.MatchFlag.MatchFixedString) if typed else -1
        if found < 0:
            QMessageBox.warning(self, self.tr("Receipt not saved"),
                                self.tr("Choose the child first.") if not typed else
                                self.tr("Child: “%1” is not in the list; choose a name from the list.")
                                .replace("%1", typed))
            self.child.setFocus()
            return
        self.child.setCurrentIndex(found)
        child_id = self.child.itemData(found)
        day: dt.date = self.date.date().toPython()
        args = dict(payer=self.payer.text(), method=self.method.currentData())
        try:
            try:
                payment = add_payment(self.ctx.db, child_id, day, self.amount.text(), **args)
            except NeedsConfirmation as warning:
                answer = QMessageBox.question(self, self.tr("Unusual amount"), explain(warning))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                payment = add_payment(self.ctx.db, child_id, day, self.amount.text(), confirmed=True, **args)
        except AppError as error:
            show_error(self, self.tr("Receipt not saved"), error)
            return
        self.amount.clear()
        self.payer.clear()
        self.ctx.dataChanged.emit("meals")
        self.refresh()
        self.last_saved.setText(self.tr("Receipt no. %1 saved: %2").replace("%1", str(payment.number))
                                .replace("%2", ui_money(payment.amount)))

    def _delete(self) -> None:
        index = self.payments_table.currentIndex()
        if not index.isValid():
            return
        payment = self.payments_table.model().data(index, ROW_ROLE)
        answer = QMessageBox.question(self, self.tr("Delete receipt"), self.tr(
            "Delete receipt no. %1 (%2, %3)?").replace("%1", str(payment.number))
            .replace("%2", payment.child_name).replace("%3", ui_money(payment.amount)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_payment(self.ctx.db, payment.id)
        except AppError as error:
            show_error(self, self.tr("Receipt not deleted"), error)
            return
        self.ctx.dataChanged.emit("meals")
        self.refresh()
