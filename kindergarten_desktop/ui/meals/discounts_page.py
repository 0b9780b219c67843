"""Discounts (miễn giảm): the month's discounts, one-month or standing, with a form to add,
change or remove one. Standing discounts apply every month from their first month until
their last (or until ended)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.meals.discounts import (
    Discount,
    add_discount,
    add_standing,
    delete_discount,
    delete_standing,
    discounts_in,
    update_discount,
    update_standing,
)
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals import child_choice, unsaved
from kindergarten_desktop.ui.meals.month_picker import MonthPicker
from kindergarten_desktop.ui.meals.table_model import Column, RowsModel


def _month_text(month: str | None) -> str:
    return f"{month[5:7]}/{month[:4]}" if month else ""


class DiscountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Month:"))
        self.month = MonthPicker()
        label.setBuddy(self.month)
        self.month.monthChanged.connect(lambda *_: self.refresh())
        top.addWidget(label)
        top.addWidget(self.month)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = RowsModel([
            Column(self.tr("Child"), lambda d: d.child_name, "name"),
            Column(self.tr("Kind"), lambda d: self.tr("Every month") if d.standing else self.tr("This month")),
            Column(self.tr("From"), lambda d: _month_text(d.start)),
            Column(self.tr("To"), lambda d: _month_text(d.end) if d.end or not d.standing else self.tr("until ended")),
            Column(self.tr("Per month"), lambda d: d.amount, "money"),
            Column(self.tr("Reason"), lambda d: d.reason),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._load_selected())
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Discount"))
        form = QFormLayout(box)
        self.child = QComboBox()
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form.addRow(self.tr("&Child:"), self.child)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 50.000"))
        form.addRow(self.tr("Amount &per month:"), self.amount)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Con giáo viên trong trường"))
        form.addRow(self.tr("R&eason:"), self.reason)
        self.standing = QCheckBox(self.tr("Every month from this month on (standing discount)"))
        form.addRow(self.standing)
        self.has_end = QCheckBox(self.tr("Until the month of:"))
        self.end = MonthPicker()
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.standing.toggled.connect(self._standing_toggled)
        self._standing_toggled(False)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        end_row.addStretch(1)
        form.addRow(end_row)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        writes("meals", self.add_button)
        self.add_button.clicked.connect(self._add)
        self.save_button = QPushButton(self.tr("&Save changes"))
        writes("meals", self.save_button)
        self.save_button.clicked.connect(self._save)
        self.remove_button = QPushButton(self.tr("Remo&ve…"))
        writes("meals", self.remove_button)
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(box)
        self._load_selected()

    def _standing_toggled(self, on: bool) -> None:
        self.has_end.setEnabled(on)
        self.end.setEnabled(on and self.has_end.isChecked())

    def _first_day(self) -> dt.date:
        year, month = self.month.year_month()
        return dt.date(year, month, 1)

    def refresh(self) -> None:
        year, month = self.month.year_month()
        self.model.set_rows(discounts_in(self.ctx.db, year, month))
        keep = self.child.currentData()
        self.child.clear()
        rows = sorted(compute_month(self.ctx.db, year, month).rows, key=lambda r: name_sort_key(r.full_name))
        child_choice.fill(self.child, self.ctx.db, (
            (row.child_id, f"{row.full_name} ({row.class_name})" if row.class_name else row.full_name)
            for row in rows))
        self.child.setCurrentIndex(max(self.child.findData(keep), 0))
        self._load_selected()

    def selected(self) -> Discount | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.rows[index.row()]

    def _load_selected(self) -> None:
        chosen = self.selected()
        self.save_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        if chosen is None:
            return
        self.child.setCurrentIndex(max(self.child.findData(chosen.child_id), 0))
        self.amount.setText(str(chosen.amount))
        self.reason.setText(chosen.reason)
        self.standing.setChecked(chosen.standing)
        self.has_end.setChecked(chosen.end is not None and chosen.standing)
        if chosen.end:
            self.end.set_month(int(chosen.end[:4]), int(chosen.end[5:]))

    def _child_id(self) -> int | None:
        typed = self.child.currentText().strip()
        found = child_choice.chosen(self.child)
        if found < 0:
            QMessageBox.warning(self, self.tr("Discount not saved"),
                                self.tr("Child: “%1” has nothing in this month's ledger; choose a name from the list.")
                                .replace("%1", typed))
            return None
        return self.child.itemData(found)

    def _end(self) -> dt.date | None:
        if not self.has_end.isChecked():
            return None
        year, month = self.end.year_month()
        return dt.date(year, month, 1)

    def _add(self) -> None:
        child_id = self._child_id()
        if child_id is None:
            return
        if self.standing.isChecked():
            saved = unsaved.save(self, self.tr("Discount not saved"), self._fields(), add_standing, self.ctx.db,
                                 child_id, self._first_day(), self._end(), self.amount.text(), self.reason.text())
        else:
            saved = unsaved.save(self, self.tr("Discount not saved"), self._fields(), add_discount, self.ctx.db,
                                 child_id, self._first_day(), self.amount.text(), self.reason.text())
        if not saved:
            return
        self._changed()

    def _save(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.standing:
            saved = unsaved.save(self, self.tr("Discount not saved"), self._fields(), update_standing, self.ctx.db,
                                 chosen.id, self._end(), self.amount.text(), self.reason.text())
        else:
            saved = unsaved.save(self, self.tr("Discount not saved"), self._fields(), update_discount, self.ctx.db,
                                 chosen.id, self.amount.text(), self.reason.text())
        if not saved:
            return
        self._changed()

    def _remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = (self.tr("Remove the standing discount of %1 in every month from %2?") if chosen.standing
                else self.tr("Remove the discount of %1 for %2?"))
        answer = QMessageBox.question(self, self.tr("Remove discount"),
                                      text.replace("%1", chosen.child_name).replace("%2", _month_text(chosen.start)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not run_action(self, self.tr("Discount not removed"),
                          delete_standing if chosen.standing else delete_discount, self.ctx.db, chosen.id):
            return
        self._changed()

    def _fields(self) -> tuple[QWidget, ...]:
        """The fields a discount is typed in (marked when it was not saved)."""
        return (self.child, self.amount, self.reason, self.standing, self.end)

    def _changed(self) -> None:
        self.amount.clear()
        self.reason.clear()
        self.ctx.dataChanged.emit("meals")
        self.refresh()
