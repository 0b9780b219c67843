"""Rates (định mức tiền ăn), monthly fees and the school's collection and refund rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.meals.rates import add_fee, add_rate, list_fees, list_rates
from kindergarten_desktop.meals.settings import load_rules, save_rules
from kindergarten_desktop.meals.support import list_rules, save_rule
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.meals.month_picker import MonthPicker
from kindergarten_desktop.ui.meals.table_model import Column, RowsModel
from kindergarten_desktop.ui.table_fit import WholeTextTip


def _day(edit: QDateEdit) -> dt.date:
    """The edit's date as a datetime.date (toPython() is typed object)."""
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def _date_edit() -> QDateEdit:
    edit = DateField()
    edit.setDate(QDate.currentDate())
    return edit


class RatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories = {"nursery": self.tr("Nursery"), "kindergarten": self.tr("Kindergarten"),
                           "all": self.tr("All children")}
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Daily meal rates</b> (a new rate applies from its date on)")))
        self.rates = RowsModel([
            Column(self.tr("For"), lambda r: self.categories[r.category]),
            Column(self.tr("From"), lambda r: r.effective_from, "date"),
            Column(self.tr("Food"), lambda r: r.food, "money"),
            Column(self.tr("Fuel"), lambda r: r.fuel, "money"),
            Column(self.tr("Other"), lambda r: r.other, "money"),
            Column(self.tr("Daily rate"), lambda r: r.total, "money"),
            Column(self.tr("Note"), lambda r: r.note),
        ], self)
        self.rates_table = table = QTableView()
        table.setModel(self.rates)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The note takes the width left and wraps, rather than running off the table's edge.
        header.setSectionResizeMode(self.rates.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(table, 2)

        rate_box = QGroupBox(self.tr("New rate"))
        rate_form = QFormLayout(rate_box)
        self.category = QComboBox()
        self.category.addItem(self.categories["kindergarten"], "kindergarten")
        self.category.addItem(self.categories["nursery"], "nursery")
        rate_form.addRow(self.tr("F&or:"), self.category)
        self.rate_from = _date_edit()
        rate_form.addRow(self.tr("From d&ate:"), self.rate_from)
        self.food, self.fuel, self.other = QLineEdit(), QLineEdit("0"), QLineEdit("0")
        self.food.setPlaceholderText(self.tr("e.g. 25.000"))
        rate_form.addRow(self.tr("Foo&d (đ/day):"), self.food)
        rate_form.addRow(self.tr("F&uel (đ/day):"), self.fuel)
        rate_form.addRow(self.tr("O&ther (đ/day):"), self.other)
        self.note = QLineEdit()
        rate_form.addRow(self.tr("&Note:"), self.note)
        add = QPushButton(self.tr("Save the rate"))
        writes("meals", add)
        add.clicked.connect(self._add_rate)
        rate_form.addRow(add)
        left.addWidget(rate_box)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        rules_box = QGroupBox(self.tr("Collection and refunds"))
        rules_form = QFormLayout(rules_box)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Pay in advance: the month's school days, unused days refunded"), "advance")
        self.mode.addItem(self.tr("Pay after: the days eaten"), "after")
        rules_form.addRow(self.tr("Collection:"), self.mode)
        self.absences = QComboBox()
        self.absences.addItem(self.tr("Excused absences only"), "excused")
        self.absences.addItem(self.tr("All absences"), "all")
        rules_form.addRow(self.tr("Refunded absences:"), self.absences)
        self.components = QComboBox()
        self.components.addItem(self.tr("Food money only"), "food")
        self.components.addItem(self.tr("The whole daily rate"), "all")
        rules_form.addRow(self.tr("Refunded part:"), self.components)
        for combo in (self.mode, self.absences, self.components):
            # Long choices must not widen this side and squeeze the rates table (the full text drops down).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.receipt_book = QLineEdit()
        self.receipt_book.setPlaceholderText(self.tr("empty when the school uses no receipt book"))
        rules_form.addRow(self.tr("Receipt boo&k no.:"), self.receipt_book)
        save_rules_button = QPushButton(self.tr("Save the rules"))
        writes("meals", save_rules_button)
        save_rules_button.clicked.connect(self._save_rules)
        rules_form.addRow(save_rules_button)
        rules_form.addRow(QLabel(self.tr("Changing the rules changes the open months only.")))
        right.addWidget(rules_box)

        fee_box = QGroupBox(self.tr("Monthly fees (drinking water, care …)"))
        fee_layout = QVBoxLayout(fee_box)
        self.fees = RowsModel([
            Column(self.tr("Fee"), lambda f: f.name),
            Column(self.tr("For"), lambda f: self.categories[f.category]),
            Column(self.tr("From"), lambda f: f.effective_from, "date"),
            Column(self.tr("Per month"), lambda f: f.amount, "money"),
            Column(self.tr("Charged"), lambda f: self.tr("if enrolled") if f.rule == "enrolled"
                   else self.tr("if the child ate")),
        ], self)
        fee_table = QTableView()
        fee_table.setModel(self.fees)
        fee_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fee_layout.addWidget(fee_table)
        fee_form = QFormLayout()
        self.fee_name = QLineEdit()
        self.fee_name.setPlaceholderText(self.tr("e.g. Nước uống"))
        fee_form.addRow(self.tr("Fee na&me:"), self.fee_name)
        self.fee_amount = QLineEdit()
        fee_form.addRow(self.tr("Amount &per month:"), self.fee_amount)
        self.fee_from = MonthPicker()  # a fee is charged by month: no day to choose
        fee_form.addRow(self.tr("From month:"), self.fee_from)
        self.fee_rule = QComboBox()
        self.fee_rule.addItem(self.tr("Every month enrolled"), "enrolled")
        self.fee_rule.addItem(self.tr("Only months with meals eaten"), "attended")
        fee_form.addRow(self.tr("Charged:"), self.fee_rule)
        add_fee_button = QPushButton(self.tr("Save the fee"))
        writes("meals", add_fee_button)
        add_fee_button.clicked.connect(self._add_fee)
        fee_form.addRow(add_fee_button)
        fee_layout.addLayout(fee_form)
        right.addWidget(fee_box, 1)
        right.addWidget(self._support_box(), 1)
        # The rules, the fees and the lunch support are taller than a 720-pixel screen leaves:
        # they scroll, rather than making the window taller than the screen.
        side = QWidget()
        side.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(side.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(scroll, 2)

    def _support_box(self) -> QGroupBox:
        """Decree 105/2020 lunch support: amount and most months a school year, from a date on."""
        box = QGroupBox(self.tr("State lunch support (Decree 105/2020)"))
        box_layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Kindergarten-age children (never nursery) with a circumstance of art. 7 (poor or "
                              "near-poor household, disadvantaged commune, no carer, child of a martyr or war "
                              "invalid, disability), for each month they eat at school."))
        hint.setWordWrap(True)
        box_layout.addWidget(hint)
        self.support = RowsModel([
            Column(self.tr("From"), lambda r: r.effective_from, "date"),
            Column(self.tr("Per month"), lambda r: r.amount, "money"),
            Column(self.tr("Most months a year"), lambda r: r.max_months, "int"),
            Column(self.tr("Note"), lambda r: r.note),
        ], self)
        table = QTableView()
        table.setModel(self.support)
        table.setItemDelegate(WholeTextTip(table))  # a long note cut short: whole on hover
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        box_layout.addWidget(table)
        form = QFormLayout()
        self.support_from = _date_edit()
        form.addRow(self.tr("From dat&e:"), self.support_from)
        self.support_amount = QLineEdit()
        self.support_amount.setPlaceholderText(self.tr("e.g. 160.000"))
        form.addRow(self.tr("&Support per month:"), self.support_amount)
        self.support_months = QSpinBox()
        self.support_months.setRange(0, 12)
        self.support_months.setValue(9)
        form.addRow(self.tr("Most months a school &year:"), self.support_months)
        self.support_note = QLineEdit()
        self.support_note.setPlaceholderText(self.tr("e.g. the decree's number"))
        form.addRow(self.tr("Note:"), self.support_note)
        save = QPushButton(self.tr("Save the lunch support rule"))
        writes("meals", save)
        save.clicked.connect(self._save_support)
        form.addRow(save)
        box_layout.addLayout(form)
        return box

    def _save_support(self) -> None:
        if not unsaved.save(self, self.tr("Lunch support rule not saved"),
                            (self.support_from, self.support_amount, self.support_months, self.support_note),
                            save_rule, self.ctx.db, _day(self.support_from), self.support_amount.text(),
                            self.support_months.value(), self.support_note.text()):
            return
        self.support_amount.clear()
        self.support_note.clear()
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def refresh(self) -> None:
        self.rates.set_rows(list_rates(self.ctx.db))
        self.fees.set_rows(list_fees(self.ctx.db))
        self.support.set_rows(list_rules(self.ctx.db))
        rules = load_rules(self.ctx.db)
        self.mode.setCurrentIndex(self.mode.findData(rules.collection_mode))
        self.absences.setCurrentIndex(self.absences.findData(rules.refund_absences))
        self.components.setCurrentIndex(self.components.findData(rules.refund_components))
        self.receipt_book.setText(rules.receipt_book)
        unsaved.clear((self.mode, self.absences, self.components, self.receipt_book))  # saved values shown

    def _add_rate(self) -> None:
        if not unsaved.save(self, self.tr("Rate not saved"),
                            (self.category, self.rate_from, self.food, self.fuel, self.other, self.note),
                            add_rate, self.ctx.db, self.category.currentData(), _day(self.rate_from),
                            self.food.text(), self.fuel.text(), self.other.text(), self.note.text()):
            return
        self.food.clear()
        self.note.clear()
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _add_fee(self) -> None:
        if not unsaved.save(self, self.tr("Fee not saved"),
                            (self.fee_name, self.fee_from, self.fee_amount, self.fee_rule),
                            add_fee, self.ctx.db, self.fee_name.text(), _day(self.fee_from), self.fee_amount.text(),
                            rule=self.fee_rule.currentData()):
            return
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _save_rules(self) -> None:
        rules = replace(load_rules(self.ctx.db), collection_mode=self.mode.currentData(),
                        refund_absences=self.absences.currentData(), refund_components=self.components.currentData(),
                        receipt_book=self.receipt_book.text().strip())
        if not unsaved.save(self, self.tr("Rules not saved"),
                            (self.mode, self.absences, self.components, self.receipt_book),
                            save_rules, self.ctx.db, rules):
            return
        self.ctx.dataChanged.emit("meals")
