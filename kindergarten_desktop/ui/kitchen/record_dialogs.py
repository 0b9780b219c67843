"""Dialogs to add or correct one inspection record or one kept sample by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.kitchen import MEALS
from kindergarten_desktop.kitchen.inspection import Inspection, Sample, save_inspection, save_sample
from kindergarten_desktop.ui.kitchen.common import meal_name
from kindergarten_desktop.ui.meals import unsaved


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class InspectionDialog(QDialog):
    def __init__(self, db: Database, record: Inspection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.record = db, record
        self.setWindowTitle(self.tr("Inspection record of %1").replace("%1", f"{record.day:%d/%m/%Y}"))
        form = QFormLayout(self)
        self.step = QComboBox()
        for step, text in ((1, self.tr("1. Receiving")), (2, self.tr("2. Cooking")), (3, self.tr("3. Before serving"))):
            self.step.addItem(text, step)
        self.step.setCurrentIndex(record.step - 1)
        self.at = QLineEdit(record.at)
        self.at.setPlaceholderText("HH:MM")
        self.item = QLineEdit(record.item)
        self.supplier = QLineEdit(record.supplier)
        self.quantity = QLineEdit(record.quantity)
        self.papers = QLineEdit(record.papers)
        self.passed = QCheckBox(self.tr("Passed the sensory check"))
        self.passed.setChecked(record.passed)
        self.remark = QLineEdit(record.remark)
        self.inspector = QLineEdit(record.inspector)
        for label, widget in ((self.tr("Step:"), self.step), (self.tr("Time:"), self.at),
                              (self.tr("Food or dish:"), self.item), (self.tr("Supplier:"), self.supplier),
                              (self.tr("Quantity:"), self.quantity), (self.tr("Papers:"), self.papers),
                              ("", self.passed), (self.tr("Remark:"), self.remark),
                              (self.tr("Inspector:"), self.inspector)):
            form.addRow(label, widget)
        _buttons(self, form)

    def accept(self) -> None:
        r = self.record
        record = Inspection(r.id, r.day, self.step.currentData(), self.at.text(), self.item.text(),
                            self.supplier.text(), self.quantity.text(), self.papers.text(), self.passed.isChecked(),
                            self.remark.text(), self.inspector.text())
        if not unsaved.save(self, self.tr("Inspection record not saved"), unsaved.inputs(self), save_inspection,
                            self.db, record):
            return
        super().accept()


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


class SampleDialog(QDialog):
    def __init__(self, db: Database, sample: Sample, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.sample = db, sample
        self.setWindowTitle(self.tr("Kept sample of %1").replace("%1", f"{sample.day:%d/%m/%Y}"))
        form = QFormLayout(self)
        self.meal = QComboBox()
        for meal in MEALS:
            self.meal.addItem(meal_name(meal), meal)
        self.meal.setCurrentIndex(MEALS.index(sample.meal) if sample.meal in MEALS else 1)
        self.dish = QLineEdit(sample.dish)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 5000)
        self.quantity.setDecimals(0)
        self.quantity.setValue(sample.quantity)
        self.unit = QComboBox()
        self.unit.addItems(["g", "ml"])
        self.unit.setCurrentText(sample.unit)
        self.taken = QDateTimeEdit(_qdt(sample.taken_at))
        self.taken.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.discarded_check = QCheckBox(self.tr("Discarded"))
        self.discarded_check.setChecked(sample.discarded_at is not None)
        self.discarded = QDateTimeEdit(_qdt(sample.discarded_at or sample.taken_at + dt.timedelta(hours=24)))
        self.discarded.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.taken_by = QLineEdit(sample.taken_by)
        self.discarded_by = QLineEdit(sample.discarded_by)
        for label, widget in ((self.tr("Meal:"), self.meal), (self.tr("Dish:"), self.dish),
                              (self.tr("Quantity:"), self.quantity), (self.tr("Unit:"), self.unit),
                              (self.tr("Taken at:"), self.taken), ("", self.discarded_check),
                              (self.tr("Discarded at:"), self.discarded), (self.tr("Taken by:"), self.taken_by),
                              (self.tr("Discarded by:"), self.discarded_by)):
            form.addRow(label, widget)
        _buttons(self, form)

    def accept(self) -> None:
        s = self.sample
        taken = self.taken.dateTime().toPython()
        discarded = self.discarded.dateTime().toPython() if self.discarded_check.isChecked() else None
        assert isinstance(taken, dt.datetime) and (discarded is None or isinstance(discarded, dt.datetime))
        sample = Sample(s.id, s.day, self.meal.currentData(), self.dish.text(), self.quantity.value(),
                        self.unit.currentText(), taken, discarded, self.taken_by.text(), self.discarded_by.text())
        if not unsaved.save(self, self.tr("Sample not saved"), unsaved.inputs(self), save_sample, self.db, sample):
            return
        super().accept()
