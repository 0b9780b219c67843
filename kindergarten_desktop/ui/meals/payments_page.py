"""The accountant's counter: a receipt (phiếu thu) saved and printed at once, receipts cancelled
(never deleted), the day's totals per method for the cash check, payouts (phiếu chi), and who
still owes at the end of the month."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.payments import (
    NeedsConfirmation,
    Payment,
    add_payment,
    cancel_payment,
    day_totals,
    default_months,
    list_payments,
    months_text,
)
from kindergarten_desktop.meals.payouts import Payout, cancel_payout, list_payouts
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.calendar import month_bounds
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.meals import child_choice, money_dialogs, unsaved
from kindergarten_desktop.ui.meals.money_dialogs import CancelDialog, PayoutDialog, accountant_name
from kindergarten_desktop.ui.meals.month_picker import MonthPicker
from kindergarten_desktop.ui.meals.table_model import ROW_ROLE, Column, RowsModel, SearchProxy
from kindergarten_desktop.ui.meals.unsaved import attempt
from kindergarten_desktop.ui.numbers import ui_money
from kindergarten_desktop.ui.table_fit import NameFirstToGive, WholeTextTip


def _table(model: RowsModel, stretch: int | None = None) -> QTableView:
    """A list of the page; column ``stretch`` (default: the last) takes the width left over and
    gives some up when the side is narrow, the others are as wide as their contents."""
    table = QTableView()
    proxy = SearchProxy(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.setItemDelegate(WholeTextTip(table))
    table.setWordWrap(False)  # a name cut short ends in "…" (whole as its tooltip), not folded out of sight
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    elif stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


DEBT_OWES = 6  # the debt list's column "Còn nợ"


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
        self.books = QToolButton()
        self.books.setText(self.tr("Books and lists"))
        self.books.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.books)
        for kind, text in (("cash-book", self.tr("Cash book of the month…")),
                           ("bank-book", self.tr("Bank-transfer book of the month…")),
                           ("receipts-list", self.tr("Receipts list of the month…")),
                           ("debt-list", self.tr("Debt list…")),
                           ("collection-list", self.tr("Collection list per class…"))):
            menu.addAction(text, partial(self.export, kind))
        menu.addAction(self.tr("Cash book of the school year…"), partial(self.export, "cash-book", whole_year=True))
        menu.addSeparator()
        menu.addAction(self.tr("Opening balances of the books…"), self._openings)
        self.books.setMenu(menu)
        top.addWidget(self.books)
        layout.addLayout(top)

        form_box = QGroupBox(self.tr("New receipt"))
        form = QFormLayout(form_box)
        self.child = QComboBox()
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Wide enough for most names and their class, and no wider, so that the month's lists
        # beside the form keep their columns in view from the smallest window (1024 px) on; the
        # list that drops down is as wide as the longest name and class.
        self.child.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.child.setMinimumContentsLength(20)
        completer = self.child.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.child.currentIndexChanged.connect(self._child_chosen)
        form.addRow(self.tr("&Child:"), self.child)
        self.owed = QLabel()
        form.addRow(self.tr("Owes now:"), self.owed)
        self.date = DateField()
        self.date.setDate(QDate.currentDate())
        self.date.dateChanged.connect(self._date_changed)
        form.addRow(self.tr("&Date:"), self.date)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("whole đồng, e.g. 616.000"))
        form.addRow(self.tr("&Amount:"), self.amount)
        self.months = QLineEdit()
        self.months.setPlaceholderText(self.tr("e.g. 10/2025 or 10, 11/2025"))
        form.addRow(self.tr("For mon&th(s):"), self.months)
        self.payer = QLineEdit()
        form.addRow(self.tr("&Payer:"), self.payer)
        self.method = QComboBox()
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Bank transfer"), "transfer")
        form.addRow(self.tr("&Method:"), self.method)
        self.print_after = QCheckBox(self.tr("Pri&nt the receipt after saving (2 copies)"))
        self.print_after.setChecked(True)
        form.addRow(self.print_after)
        self.save = QPushButton(self.tr("&Save receipt"))
        writes("meals", self.save)
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
            Column(self.tr("For"), lambda p: months_text(p.for_months)),
            Column(self.tr("Method"), lambda p: self.tr("Cash") if p.method == "cash" else self.tr("Transfer")),
            Column(self.tr("Amount"), lambda p: p.amount, "money"),
            Column(self.tr("Status"), lambda p: self.tr("CANCELLED: %1").replace("%1", p.cancel_reason)
                   if p.cancelled else ""),
        ], self)
        self.payments_table = _table(self.payments, stretch=-1)
        NameFirstToGive(self.payments_table, 2, 6)  # the child and a cancelled receipt's reason
        print_receipt = QPushButton(self.tr("Print the selected receipt"))
        print_receipt.setShortcut(QKeySequence("Ctrl+P"))
        print_receipt.clicked.connect(self._print_selected)
        cancel = QPushButton(self.tr("Cancel the selected receipt…"))
        writes("meals", cancel)
        cancel.clicked.connect(self._cancel)
        history = QPushButton(self.tr("History of the selected receipt…"))
        history.setObjectName("receiptHistory")
        history.clicked.connect(self._history)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.payments_table).activated.connect(self._cancel)
        self.days = RowsModel([
            Column(self.tr("Day"), lambda t: t.day, "date"),
            Column(self.tr("Receipts"), lambda t: t.count, "int"),
            Column(self.tr("Cash"), lambda t: t.cash, "money"),
            Column(self.tr("Transfer"), lambda t: t.transfer, "money"),
            Column(self.tr("Total"), lambda t: t.total, "money"),
            Column(self.tr("Cancelled"), lambda t: t.cancelled, "int"),
        ], self)
        self.days_table = _table(self.days)
        self.month_total = QLabel()

        self.debts = RowsModel([
            Column(self.tr("Child"), lambda r: r.full_name, "name"),
            Column(self.tr("Class"), lambda r: r.class_name),
            # The columns add across, as on the printed debt list (reports/kinds/money_lists.py):
            # earlier months + this month = total due; total due − paid = still owed. Two-line
            # labels keep the columns narrow at the side of the page.
            Column(self.tr("Owed from\nearlier months"), lambda r: r.opening, "signed"),
            Column(self.tr("Due\nthis month"), lambda r: r.this_month, "money"),
            Column(self.tr("Total\ndue"), lambda r: r.due, "money"),
            Column(self.tr("Paid"), lambda r: r.paid, "money"),
            Column(self.tr("Owes"), lambda r: r.balance, "signed"),
        ], self)
        self.debts_table = _table(self.debts, stretch=-1)
        NameFirstToGive(self.debts_table, 0)
        self.debt_order = QLabel()
        self.debt_order.setWordWrap(True)  # a long line must not widen the side past the window
        self.debts_table.horizontalHeader().sortIndicatorChanged.connect(self._debt_order_shown)
        self.debts_table.sortByColumn(DEBT_OWES, Qt.SortOrder.DescendingOrder)
        self._debt_order_shown()
        self.debt_total = QLabel()
        self.debt_total.setWordWrap(True)
        self.payouts = RowsModel([
            Column(self.tr("No."), lambda p: p.number, "int"),
            Column(self.tr("Date"), lambda p: p.paid_on, "date"),
            Column(self.tr("Paid to"), lambda p: p.payee),
            Column(self.tr("Reason"), lambda p: p.reason),
            Column(self.tr("Method"), lambda p: self.tr("Cash") if p.method == "cash" else self.tr("Transfer")),
            Column(self.tr("Amount"), lambda p: p.amount, "money"),
            Column(self.tr("Status"), lambda p: self.tr("CANCELLED: %1").replace("%1", p.cancel_reason)
                   if p.cancelled else ""),
        ], self)
        self.payouts_table = _table(self.payouts, stretch=-1)
        NameFirstToGive(self.payouts_table, 2, 3, 6)  # payee, reason, status: the amount stays in view

        # The form on the left, the month's lists on the right, each list on a page of its own
        # at the full width of the side: every column of the receipts and of the debt list
        # stays in view at 1280 px (side by side, the debt list's last columns were off the
        # window's edge).
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(form_box)
        left_layout.addStretch(1)

        self.side = QTabWidget()
        receipts_page = QWidget()
        receipts_layout = QVBoxLayout(receipts_page)
        receipts_layout.addWidget(self.payments_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(print_receipt)
        buttons.addWidget(cancel)
        buttons.addWidget(history)
        buttons.addStretch(1)
        receipts_layout.addLayout(buttons)
        self.receipts_page = receipts_page
        self.side.addTab(receipts_page, self.tr("Rec&eipts of the month"))
        debts_page = QWidget()
        debts_layout = QVBoxLayout(debts_page)
        debts_layout.addWidget(self.debts_table, 1)
        debts_layout.addWidget(self.debt_order)
        debts_layout.addWidget(self.debt_total)
        self.debts_page = debts_page
        self.side.addTab(debts_page, self.tr("Still &owing"))
        days_page = QWidget()
        days_layout = QVBoxLayout(days_page)
        days_layout.addWidget(self.days_table, 1)
        days_layout.addWidget(self.month_total)
        self.side.addTab(days_page, self.tr("Totals per &day"))
        payouts_page = QWidget()
        payouts_layout = QVBoxLayout(payouts_page)
        payouts_layout.addWidget(self.payouts_table, 1)
        row = QHBoxLayout()
        new_payout = QPushButton(self.tr("New pa&yout…"))
        writes("meals", new_payout)
        new_payout.clicked.connect(self._new_payout)
        print_payout = QPushButton(self.tr("Print the selected payout"))
        print_payout.clicked.connect(self._print_payout)
        cancel_payout_button = QPushButton(self.tr("Cancel the selected payout…"))
        writes("meals", cancel_payout_button)
        cancel_payout_button.clicked.connect(self._cancel_payout)
        for button in (new_payout, print_payout, cancel_payout_button):
            row.addWidget(button)
        row.addStretch(1)
        payouts_layout.addLayout(row)
        self.side.addTab(payouts_page, self.tr("Pa&youts"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.side)
        # The form as wide as it needs, the lists the rest: a wider window widens the lists.
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self._date_changed()

    # --- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        year, month = self.month.year_month()
        ledger = compute_month(self.ctx.db, year, month)
        self.balances = {r.child_id: r.balance for r in ledger.rows}
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        child_choice.fill(self.child, self.ctx.db, (
            (row.child_id, f"{row.full_name} — {row.class_name}")
            for row in sorted(ledger.rows, key=lambda r: (name_sort_key(r.full_name), r.class_name))))
        self.child.setCurrentIndex(max(self.child.findData(current), 0))
        self.child.blockSignals(False)
        view = self.child.view()  # the list dropping down shows the longest name and class whole
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8)
        self._child_chosen()
        self._date_changed()
        first, last = month_bounds(year, month)
        self.payments.set_rows(list_payments(self.ctx.db, first, last))
        totals = day_totals(self.ctx.db, first, last)
        self.days.set_rows(totals)
        cash, transfer = sum(t.cash for t in totals), sum(t.transfer for t in totals)
        self.month_total.setText(self.tr("Month: cash %1, transfer %2, in all %3")
                                 .replace("%1", ui_money(cash)).replace("%2", ui_money(transfer))
                                 .replace("%3", ui_money(cash + transfer)))
        self.payouts.set_rows(list_payouts(self.ctx.db, first, last))
        # Who owes most first, by the column "Owes" (its header shows the order), the same amount
        # by name as everywhere (the table keeps this order for equal amounts, ui/meals/table_model).
        owing = sorted((r for r in ledger.rows if r.balance > 0),
                       key=lambda r: (-r.balance, name_sort_key(r.full_name), r.class_name))
        self.debts.set_rows(owing)
        overdue = [r for r in owing if r.opening - r.paid > 0]
        self.debt_total.setText(
            self.tr("%1 children owe %2 in all; %3 of them have not paid earlier months (%4)")
            .replace("%1", str(len(owing))).replace("%2", ui_money(sum(r.balance for r in owing)))
            .replace("%3", str(len(overdue))).replace("%4", ui_money(sum(r.opening - r.paid for r in overdue))))

    def _debt_order_shown(self, *_args: object) -> None:
        """The debt list's order in words (the header's arrow alone is easy to miss)."""
        header = self.debts_table.horizontalHeader()
        column = header.sortIndicatorSection()
        if not 0 <= column < self.debts.columnCount():
            self.debt_order.clear()
            return
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        if column == DEBT_OWES:  # the order the list opens in: equal amounts keep the names' order
            text = (self.tr("Ordered by “%1”, largest first; the same amount by name.") if descending else
                    self.tr("Ordered by “%1”, smallest first; the same amount by name."))
        elif self.debts.columns[column].kind in ("money", "signed"):
            text = self.tr("Ordered by “%1”, largest first.") if descending else \
                self.tr("Ordered by “%1”, smallest first.")
        else:
            text = self.tr("Ordered by “%1”, Z to A.") if descending else self.tr("Ordered by “%1”, A to Z.")
        name = " ".join(self.debts.columns[column].header.split())  # a two-line heading on one line
        self.debt_order.setText(text.replace("%1", name) + " " + self.tr("A click on a column's heading orders by it."))

    def _child_chosen(self, *_args: object) -> None:
        balance = self.balances.get(self.child.currentData(), 0)
        if balance > 0:
            self.owed.setText(ui_money(balance))
        elif balance < 0:
            self.owed.setText(self.tr("nothing (credit %1)").replace("%1", ui_money(-balance)))
        else:
            self.owed.setText(self.tr("nothing"))

    def _date_changed(self, *_args: object) -> None:
        day = cast(dt.date, self.date.date().toPython())
        self.months.setText(months_text(default_months(self.ctx.db, day)).replace(", ", ","))

    # --- receipts ----------------------------------------------------------------------
    def _save(self) -> None:
        # The box is editable: a typed (or half-typed) name must not fall back on the child shown
        # before, or the money would be booked to the wrong child.
        typed = self.child.currentText().strip()
        found = child_choice.chosen(self.child)
        if found < 0:
            QMessageBox.warning(self, self.tr("Receipt not saved"),
                                self.tr("Choose the child first.") if not typed else
                                self.tr("Child: “%1” is not in the list; choose a name from the list.")
                                .replace("%1", typed))
            self.child.setFocus()
            return
        self.child.setCurrentIndex(found)
        child_id = self.child.itemData(found)
        day = cast(dt.date, self.date.date().toPython())
        args = dict(payer=self.payer.text(), method=self.method.currentData(), for_months=self.months.text(),
                    created_by=accountant_name(self.ctx.db))
        title = self.tr("Receipt not saved")
        fields = (self.child, self.date, self.amount, self.payer, self.method, self.months)
        questions: list[NeedsConfirmation] = []

        def first() -> Payment | None:
            try:
                return add_payment(self.ctx.db, child_id, day, self.amount.text(), **args)
            except NeedsConfirmation as question:
                questions.append(question)
                return None

        ok, payment, reason = attempt(self, title, first)
        if ok and questions:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("More than the debt"), questions[0].text(),
                              parent=self)
            ahead = box.addButton(self.tr("Pay ahead"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Change the amount"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not ahead:
                self.amount.setFocus()
                self.amount.selectAll()
                return
            ok, payment, reason = attempt(self, title, lambda: add_payment(
                self.ctx.db, child_id, day, self.amount.text(), confirmed=True, **args))
        if not ok or payment is None:
            unsaved.mark(fields, reason)  # what was typed stays, marked not saved
            self.amount.setFocus()
            return
        unsaved.clear(fields)
        self.amount.clear()
        self.payer.clear()
        self.ctx.dataChanged.emit("meals")
        self.refresh()
        self.last_saved.setText(self.tr("Receipt no. %1 saved: %2").replace("%1", f"{payment.number:04d}")
                                .replace("%2", ui_money(payment.amount)))
        if self.print_after.isChecked():
            self.print_receipt(payment)
        self.child.setFocus()
        line = self.child.lineEdit()
        if line is not None:
            line.selectAll()

    def print_receipt(self, payment: Payment) -> None:
        from kindergarten_desktop.reports.vouchers import print_receipt

        year = f"{payment.paid_on.year if payment.paid_on.month >= 9 else payment.paid_on.year - 1}"
        path = money_dialogs.print_folder() / f"Phieu_thu_{payment.number:04d}_{year}.pdf"
        from kindergarten_desktop.reports.output import OutputError

        try:
            print_receipt(self.ctx.db, payment, path)
        except OutputError as error:  # the print folder cannot be written: said in the user's language
            QMessageBox.warning(self, self.tr("Receipt not printed"), error.text())
            return
        except OSError as error:  # e.g. the disk filled while the PDF was written
            QMessageBox.warning(self, self.tr("Receipt not printed"), OutputError.from_os_error(path, error).text())
            return
        money_dialogs.open_document(path)

    def _selected(self, table: QTableView) -> object | None:
        index = table.currentIndex()
        return table.model().data(index, ROW_ROLE) if index.isValid() else None

    def _print_selected(self) -> None:
        payment = self._selected(self.payments_table)
        if isinstance(payment, Payment):
            self.print_receipt(payment)

    def _history(self) -> None:
        """Who wrote, changed or cancelled the receipt, and when (the audit trail, issue 18)."""
        from kindergarten_desktop.ui.accounts.audit_viewer import AuditViewer

        index = self.payments_table.currentIndex()
        if not index.isValid():
            return
        payment = self.payments_table.model().data(index, ROW_ROLE)
        AuditViewer(self.ctx.db, self, history=("meal_payment", payment.id), title=self.tr(
            "History of receipt no. %1").replace("%1", str(payment.number))).exec()

    def _cancel(self) -> None:
        payment = self._selected(self.payments_table)
        if not isinstance(payment, Payment):
            return
        if payment.cancelled:
            QMessageBox.information(self, self.tr("Cancel receipt"), self.tr("Receipt no. %1 is already cancelled.")
                                    .replace("%1", f"{payment.number:04d}"))
            return
        dialog = CancelDialog(self, self.tr("Cancel receipt"), self.tr(
            "Receipt no. %1 (%2, %3) keeps its number and is printed “ĐÃ HỦY”; it no longer counts.")
            .replace("%1", f"{payment.number:04d}").replace("%2", payment.child_name)
            .replace("%3", ui_money(payment.amount)), accountant_name(self.ctx.db))
        while True:  # not saved: the dialog opens again with what was typed, marked
            if not dialog.exec():
                return
            if unsaved.save(self, self.tr("Receipt not cancelled"), (dialog.who, dialog.reason), cancel_payment,
                            self.ctx.db, payment.id, dialog.who.text(), dialog.reason.text()):
                break
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    # --- payouts -----------------------------------------------------------------------
    def _new_payout(self) -> None:
        from kindergarten_desktop.meals.market import list_suppliers

        credits = sorted(((cid, self.child.itemText(self.child.findData(cid)), -bal)
                          for cid, bal in self.balances.items() if bal < 0), key=lambda c: name_sort_key(c[1]))
        dialog = PayoutDialog(self, self.ctx.db, credits, list_suppliers(self.ctx.db),
                             cast(dt.date, self.date.date().toPython()))
        if not dialog.exec() or dialog.payout is None:
            return
        self.ctx.dataChanged.emit("meals")
        self.refresh()
        if dialog.print_after.isChecked():
            self.print_payout(dialog.payout)

    def print_payout(self, payout: Payout) -> None:
        from kindergarten_desktop.reports.vouchers import print_payout

        path = money_dialogs.print_folder() / f"Phieu_chi_{payout.number:04d}_{payout.paid_on:%Y}.pdf"
        print_payout(self.ctx.db, payout, path)
        money_dialogs.open_document(path)

    def _print_payout(self) -> None:
        payout = self._selected(self.payouts_table)
        if isinstance(payout, Payout):
            self.print_payout(payout)

    def _cancel_payout(self) -> None:
        payout = self._selected(self.payouts_table)
        if not isinstance(payout, Payout) or payout.cancelled:
            return
        dialog = CancelDialog(self, self.tr("Cancel payout"), self.tr("Payout no. %1 (%2, %3)")
                              .replace("%1", f"{payout.number:04d}").replace("%2", payout.payee)
                              .replace("%3", ui_money(payout.amount)), accountant_name(self.ctx.db))
        while True:  # not saved: the dialog opens again with what was typed, marked
            if not dialog.exec():
                return
            if unsaved.save(self, self.tr("Payout not cancelled"), (dialog.who, dialog.reason), cancel_payout,
                            self.ctx.db, payout.id, dialog.who.text(), dialog.reason.text()):
                break
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _openings(self) -> None:
        dialog = money_dialogs.OpeningDialog(self, self.ctx.db, cast(dt.date, self.date.date().toPython()))
        if dialog.exec():
            self.ctx.dataChanged.emit("meals")

    # --- documents ---------------------------------------------------------------------
    def export(self, kind: str, whole_year: bool = False) -> None:
        from kindergarten_desktop.ui.reports.export import export_report

        year, month = self.month.year_month()
        start = year if month >= 9 else year - 1
        params = {"year": f"{start}-{start + 1}"}
        if not whole_year:
            params["month"] = f"{year:04d}-{month:02d}"
        export_report(self, self.ctx, kind, **params)
