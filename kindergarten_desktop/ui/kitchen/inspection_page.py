"""The three-step inspection records and kept samples of a day, pre-filled from its menu and
purchases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kindergarten_desktop.kitchen.inspection import (
    Inspection,
    Sample,
    cook_name,
    delete_inspection,
    delete_sample,
    list_inspections,
    list_samples,
    save_prefilled,
    save_sample,
)
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import (
    Column,
    RowsModel,
    date_edit,
    day_of,
    meal_name,
    selected_row,
    table_view,
)
from kindergarten_desktop.ui.meals.unsaved import attempt


class InspectionPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        self.day = date_edit()
        self.day.dateChanged.connect(lambda _d: self.refresh())
        top.addWidget(self.day)
        fill = QPushButton(self.tr("Fill from the menu and purchases"))
        writes("kitchen", fill)
        fill.clicked.connect(self._fill)
        top.addWidget(fill)
        top.addStretch(1)
        layout.addLayout(top)
        steps = {1: self.tr("1. Receiving"), 2: self.tr("2. Cooking"), 3: self.tr("3. Before serving")}
        self.records = RowsModel([
            Column(self.tr("Step"), lambda r: steps[r.step]),
            Column(self.tr("Time"), lambda r: r.at),
            Column(self.tr("Food or dish"), lambda r: r.item),
            Column(self.tr("Supplier"), lambda r: r.supplier),
            Column(self.tr("Quantity"), lambda r: r.quantity),
            Column(self.tr("Papers"), lambda r: r.papers),
            Column(self.tr("Check"), lambda r: self.tr("passed") if r.passed else self.tr("failed"),
                   background=lambda r: None if r.passed else "#f7c9c9"),
            Column(self.tr("Remark"), lambda r: r.remark),
            Column(self.tr("Inspector"), lambda r: r.inspector),
        ], self)
        box = QGroupBox(self.tr("Three-step food inspection"))
        inner = QVBoxLayout(box)
        self.records_view = table_view(self.records, stretch=2)
        self.records_view.doubleClicked.connect(lambda _i: self._edit_record())
        inner.addWidget(self.records_view)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add record…"), self._add_record), (self.tr("Edit record…"), self._edit_record),
                           (self.tr("Delete record"), self._delete_record)):
            button = QPushButton(text)
            writes("kitchen", button)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box, 3)
        self.samples = RowsModel([
            Column(self.tr("Meal"), lambda s: meal_name(s.meal)),
            Column(self.tr("Dish"), lambda s: s.dish),
            Column(self.tr("Quantity"), lambda s: f"{s.quantity:g} {s.unit}"),
            Column(self.tr("Taken"), lambda s: f"{s.taken_at:%H:%M %d/%m}"),
            Column(self.tr("Discarded"), lambda s: f"{s.discarded_at:%H:%M %d/%m}" if s.discarded_at else ""),
            Column(self.tr("Taken by"), lambda s: s.taken_by),
            Column(self.tr("Discarded by"), lambda s: s.discarded_by),
        ], self)
        box = QGroupBox(self.tr("Kept samples (at least 24 hours)"))
        inner = QVBoxLayout(box)
        self.samples_view = table_view(self.samples, stretch=1)
        self.samples_view.doubleClicked.connect(lambda _i: self._edit_sample())
        inner.addWidget(self.samples_view)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add sample…"), self._add_sample), (self.tr("Edit sample…"), self._edit_sample)):
            button = QPushButton(text)
            writes("kitchen", button)
            button.clicked.connect(slot)
            row.addWidget(button)
        discard = QPushButton(self.tr("Discarded now"))
        writes("kitchen", discard)
        discard.clicked.connect(self._discard)
        remove = QPushButton(self.tr("Delete sample"))
        writes("kitchen", remove)
        remove.clicked.connect(self._delete_sample)
        row.addWidget(discard)
        row.addWidget(remove)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box, 2)

    def refresh(self) -> None:
        day = day_of(self.day)
        self.records.set_rows(list_inspections(self.ctx.db, day, day))
        self.samples.set_rows(list_samples(self.ctx.db, day, day))

    def _cook(self) -> str:
        return cook_name(self.ctx.db)

    def _fill(self) -> None:
        ok, filled, _reason = attempt(self, self.tr("Inspection not filled in"),
                                      lambda: save_prefilled(self.ctx.db, day_of(self.day), self._cook()))
        if not ok or filled is None:
            return
        records, samples = filled
        if not records and not samples:
            QMessageBox.information(self, self.tr("Inspection"), self.tr(
                "Nothing to add: the day already has its records, or no menu and no purchase."))
        self.refresh()

    def _add_record(self) -> None:
        from kindergarten_desktop.ui.kitchen.record_dialogs import InspectionDialog

        record = Inspection(None, day_of(self.day), 1, "06:30", "", inspector=cook_name(self.ctx.db))
        if InspectionDialog(self.ctx.db, record, self).exec():
            self.refresh()

    def _edit_record(self) -> None:
        from kindergarten_desktop.ui.kitchen.record_dialogs import InspectionDialog

        record = selected_row(self.records_view)
        if record is not None and InspectionDialog(self.ctx.db, record, self).exec():
            self.refresh()

    def _add_sample(self) -> None:
        from kindergarten_desktop.ui.kitchen.record_dialogs import SampleDialog

        taken = dt.datetime.combine(day_of(self.day), dt.time(10, 30))
        sample = Sample(None, day_of(self.day), "lunch", "", 100, "g", taken, None, cook_name(self.ctx.db))
        if SampleDialog(self.ctx.db, sample, self).exec():
            self.refresh()

    def _edit_sample(self) -> None:
        from kindergarten_desktop.ui.kitchen.record_dialogs import SampleDialog

        sample = selected_row(self.samples_view)
        if sample is not None and SampleDialog(self.ctx.db, sample, self).exec():
            self.refresh()

    def _confirm(self, title: str, text: str) -> bool:
        """An entry of the food-safety book is erased or overwritten only when asked (the default
        answer keeps it)."""
        return QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def _delete_record(self) -> None:
        record = selected_row(self.records_view)
        if record is not None and self._confirm(
                self.tr("Delete record"), self.tr("Delete the inspection of “%1” on %2 from the book?")
                .replace("%1", record.item).replace("%2", f"{record.day:%d/%m/%Y}")):
            run_action(self, self.tr("Inspection record not deleted"), delete_inspection, self.ctx.db, record.id)
            self.refresh()

    def _discard(self) -> None:
        sample = selected_row(self.samples_view)
        if sample is None:
            return
        now = dt.datetime.now().replace(second=0, microsecond=0)
        if sample.discarded_at is not None and not self._confirm(  # No (the default) keeps the time written
                self.tr("Discarded now"),
                self.tr("The sample of “%1” was already discarded at %2. Write %3 instead?\n\n"
                        "To correct the time by hand: Edit sample…")
                .replace("%1", sample.dish).replace("%2", f"{sample.discarded_at:%H:%M %d/%m/%Y}")
                .replace("%3", f"{now:%H:%M %d/%m/%Y}")):
            return
        discarded = replace(sample, discarded_at=now,
                            discarded_by=sample.discarded_by or self._cook())
        run_action(self, self.tr("Sample not marked discarded"), save_sample, self.ctx.db, discarded)
        self.refresh()

    def _delete_sample(self) -> None:
        sample = selected_row(self.samples_view)
        if sample is not None and self._confirm(
                self.tr("Delete sample"), self.tr("Delete the kept sample of “%1” on %2 from the book?")
                .replace("%1", sample.dish).replace("%2", f"{sample.day:%d/%m/%Y}")):
            run_action(self, self.tr("Sample not deleted"), delete_sample, self.ctx.db, sample.id)
            self.refresh()
