"""The monthly ledger (sổ theo dõi tiền ăn): one row per child, with month closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.errors import current_language
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.ledger import LedgerRow, MonthLedger, classes_in_order, compute_month
from kindergarten_desktop.meals.support import reason_text
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals.month_picker import MonthPicker
from kindergarten_desktop.ui.meals.table_model import Column, RowsModel, SearchProxy
from kindergarten_desktop.ui.numbers import ui_money
from kindergarten_desktop.ui.table_fit import WholeTextTip


def _reasons(row: LedgerRow, decree: str) -> str:
    """Why a child is supported (Decree 105 circumstances) and why discounted."""
    parts = []
    if row.support:
        parts.append(f"{decree}: " + reason_text(row.support_flags, current_language()))
    parts += row.discount_reasons
    return " · ".join(parts)


def _rates_text(row) -> str:
    return " + ".join(f"{line.days_charged}×{ui_money(line.rate, symbol=False)}" for line in row.lines)


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ledger: MonthLedger | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Month:"))
        top.addWidget(month_label)
        self.month = MonthPicker()
        month_label.setBuddy(self.month)
        self.month.monthChanged.connect(lambda *_: self.refresh())
        top.addWidget(self.month)
        class_label = QLabel(self.tr("Cl&ass:"))
        top.addWidget(class_label)
        self.klass = QComboBox()
        class_label.setBuddy(self.klass)
        self.klass.currentIndexChanged.connect(lambda *_: self._show())
        top.addWidget(self.klass)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a child (accents optional)"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        layout.addLayout(top)

        # Two-line labels keep the amounts' columns as narrow as their values: all thirteen
        # columns in view at 1280 px, the reasons (free text) taking what is left, cut ones shown
        # whole as tooltips.
        self.model = RowsModel([
            Column(self.tr("Full name"), lambda r: r.full_name, "name"),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Previous\nbalance"), lambda r: r.opening, "signed"),
            Column(self.tr("Days\neaten"), lambda r: r.days_eaten, "int"),
            Column(self.tr("Days\n× rate"), _rates_text),
            Column(self.tr("Meals"), lambda r: r.meal_charge, "money"),
            Column(self.tr("Monthly\nfees"), lambda r: r.fees, "money"),
            Column(self.tr("Refund"), lambda r: r.refund, "money"),
            Column(self.tr("Lunch\nsupport"), lambda r: r.support, "money"),
            Column(self.tr("Discount"), lambda r: r.discount, "money"),
            Column(self.tr("Paid"), lambda r: r.paid, "money"),
            Column(self.tr("Balance"), lambda r: r.balance, "signed"),
            Column(self.tr("Support and discount\nreasons"), lambda r: _reasons(r, self.tr("Decree 105"))),
        ], self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_needle)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setItemDelegate(WholeTextTip(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00000; font-weight: bold;")
        self.warning.hide()
        layout.addWidget(self.warning)

        bottom = QHBoxLayout()
        self.state = QLabel()
        bottom.addWidget(self.state, 1)
        self.close_button = QPushButton(self.tr("&Close this month…"))
        self.close_button.clicked.connect(self._close)
        self.reopen_button = QPushButton(self.tr("Re&open this month…"))
        writes("closing", self.close_button)
        writes("reopening", self.reopen_button)
        self.reopen_button.clicked.connect(self._reopen)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.reopen_button)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        year, month = self.month.year_month()
        self.ledger = compute_month(self.ctx.db, year, month)
        current = self.klass.currentData()
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItem(self.tr("Whole school"), None)
        for class_id, name in classes_in_order(self.ctx.db, self.ledger):
            self.klass.addItem(name, class_id)
        index = self.klass.findData(current)
        self.klass.setCurrentIndex(max(index, 0))
        self.klass.blockSignals(False)
        self._show()

    def _show(self) -> None:
        if self.ledger is None:
            return
        class_id = self.klass.currentData()
        ledger = self.ledger.for_class(class_id) if class_id is not None else self.ledger
        self.model.set_rows(ledger.rows)
        rows = ledger.rows
        owed = sum(r.balance for r in rows if r.balance > 0)
        self.totals.setText(
            self.tr("%1 children · %2 school days · meals %3 · fees %4 · refunds %5 · lunch support %6 · "
                    "paid %7 · still owed %8")
            .replace("%1", str(len(rows))).replace("%2", str(len(ledger.school_days)))
            .replace("%3", ui_money(sum(r.meal_charge for r in rows)))
            .replace("%4", ui_money(sum(r.fees for r in rows)))
            .replace("%5", ui_money(sum(r.refund for r in rows)))
            .replace("%6", ui_money(sum(r.support for r in rows)))
            .replace("%7", ui_money(sum(r.paid for r in rows))).replace("%8", ui_money(owed)))
        unpriced = ledger.unpriced
        if unpriced:
            groups = {"nursery": self.tr("nursery"), "kindergarten": self.tr("kindergarten")}
            self.warning.setText(
                self.tr("No daily meal rate (%1) is set for some school days of this month: %2 children's meals "
                        "are not charged yet. Set the rate on the “Rates and rules” page before printing notices "
                        "or closing the month.")
                .replace("%1", ", ".join(groups[c] for c in sorted(unpriced)))
                .replace("%2", str(sum(unpriced.values()))))
        self.warning.setVisible(bool(unpriced))
        mode = self.tr("pay in advance") if ledger.mode == "advance" else self.tr("pay after")
        if ledger.closed:
            events = [e for e in closing.history(self.ctx.db, ledger.key) if e.action == "close"]
            who = f" ({events[-1].by_whom}, {events[-1].at:%d/%m/%Y %H:%M})" if events else ""
            self.state.setText(self.tr("This month is closed%1: its amounts can no longer change.").replace("%1", who))
        else:
            self.state.setText(self.tr("This month is open (%1).").replace("%1", mode))
        from kindergarten_desktop.accounts.access import can_write, why_not

        allowed, reopens = can_write(self.ctx.db, "closing"), can_write(self.ctx.db, "reopening")
        self.close_button.setEnabled(allowed and not ledger.closed)
        self.reopen_button.setEnabled(reopens and ledger.closed and closing.last_closed(self.ctx.db) == ledger.key)
        self.close_button.setToolTip("" if allowed else why_not(self.ctx.db, "closing").text())
        self.reopen_button.setToolTip("" if reopens else why_not(self.ctx.db, "reopening").text())

    def _who(self, title: str) -> str | None:
        from kindergarten_desktop.db import session

        if session.current(self.ctx.db) is not None:
            return ""  # the signed-in account is recorded, not a typed name
        name, ok = QInputDialog.getText(self, title, self.tr("Your name (kept in the closing history):"))
        return name if ok else None

    def _close(self) -> None:
        year, month = self.month.year_month()
        label = f"{month:02d}/{year}"
        answer = QMessageBox.question(
            self, self.tr("Close the month"),
            self.tr("Close month %1? Its meals, receipts, purchases and attendance can no longer change; only "
                    "the principal can reopen it.").replace("%1", label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        who = self._who(self.tr("Close month %1/%2").replace("%1", f"{month:02d}").replace("%2", str(year)))
        if who is None:
            return
        if not run_action(self, self.tr("Month not closed"), closing.close_month, self.ctx.db, year, month, who):
            return
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _reopen(self) -> None:
        year, month = self.month.year_month()
        answer = QMessageBox.question(
            self, self.tr("Reopen the month"),
            self.tr("Reopening lets the month's payments, purchases and meals be changed again. Continue?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        who = self._who(self.tr("Reopen month %1/%2").replace("%1", f"{month:02d}").replace("%2", str(year)))
        if who is None:
            return
        if not run_action(self, self.tr("Month not reopened"), closing.reopen_month, self.ctx.db, year, month, who):
            return
        self.ctx.dataChanged.emit("meals")
        self.refresh()
