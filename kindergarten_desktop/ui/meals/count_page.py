"""Today's meal count (báo ăn): per class, age group and school, the number the kitchen
cooks for; overrides for one child and the staff meals of the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.meals import child_choice, unsaved
from kindergarten_desktop.ui.meals.table_model import Column, RowsModel, header_model
from kindergarten_desktop.ui.meals.unsaved import attempt

if TYPE_CHECKING:  # the counts (and the closed months) come with the page's data, after the first paint
    from kindergarten_desktop.meals.counts import ClassCount, DailyCount


def _age_group(code: str) -> str:
    """The age group's name in the user's language (imported with the data: the roster's age groups
    are off the first paint's imports, tests/ui/test_startup_path.py)."""
    from kindergarten_desktop.ui.age_group_label import age_group_label

    return age_group_label(code)


class CountPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count: DailyCount | None = None
        self.child_class: int | None = None  # the class whose children the override box lists
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        self.day = DateField()
        self.day.setDate(QDate.currentDate())
        self.day.dateChanged.connect(self.refresh)
        top.addWidget(self.day)
        today = QPushButton(self.tr("&Today"))
        today.clicked.connect(lambda: self.day.setDate(QDate.currentDate()))
        top.addWidget(today)
        top.addStretch(1)
        layout.addLayout(top)
        self.headline = QLabel()  # rich text, from the first load on (_first_load)
        layout.addWidget(self.headline)
        self.model = RowsModel([
            Column(self.tr("Class"), lambda c: c.name),
            Column(self.tr("Age group"), lambda c: _age_group(c.age_group)),
            Column(self.tr("Enrolled"), lambda c: c.enrolled, "int"),
            Column(self.tr("Present"), lambda c: c.present, "int"),
            Column(self.tr("Absent"), lambda c: c.absent, "int"),
            Column(self.tr("Not marked"), lambda c: c.unmarked, "int"),
            Column(self.tr("Eating"), lambda c: c.eating, "int"),
            Column(self.tr("To cook"), lambda c: c.expected, "int"),
        ], self)
        self.table = QTableView()
        # Until the first load the tables show their headers from Qt's own model (table_model.header_model):
        # the first paint then needs no Python per header, nor PySide6's Qt namespace.
        self.table.setModel(header_model(self.model.columns, self))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.clicked.connect(self._class_chosen)
        tables = QHBoxLayout()
        tables.addWidget(self.table, 3)
        # The children of the class chosen in the table (all classes from the total row) with
        # their mark and meal: the list the kitchen checks the trays against.
        self.statuses = {"P": self.tr("Present"), "E": self.tr("Excused absence"), "U": self.tr("Unexcused absence"),
                         None: self.tr("Not marked")}
        self.children_model = RowsModel([
            Column(self.tr("Child"), lambda m: m.full_name, "name"),
            Column(self.tr("Class"), lambda m: m.class_name),
            Column(self.tr("Attendance"), lambda m: self.statuses.get(m.status, "")),
            Column(self.tr("Eats"), lambda m: self.tr("yes") if m.eats else self.tr("no")),
            Column(self.tr("Meal change"), lambda m: m.reason if m.override is not None else ""),
        ], self)
        self.children_table = QTableView()
        self.children_table.setModel(header_model(self.children_model.columns, self))
        self.children_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.children_table.horizontalHeader().setStretchLastSection(True)
        tables.addWidget(self.children_table, 2)
        layout.addLayout(tables, 1)
        self.groups = QLabel()
        self.groups.setWordWrap(True)
        layout.addWidget(self.groups)

        bottom = QHBoxLayout()
        self.staff_box = staff_box = QGroupBox(self.tr("Staff meals"))
        staff_form = QFormLayout(staff_box)
        self.staff = QSpinBox()
        self.staff.setRange(0, 500)
        staff_form.addRow(self.tr("&Staff eating:"), self.staff)
        save_staff = QPushButton(self.tr("Save staff meals"))
        writes("meals", save_staff)
        save_staff.clicked.connect(self._save_staff)
        save_staff.setToolTip(self.tr("Enter in the number also saves"))
        self.staff.lineEdit().returnPressed.connect(self._save_staff)
        staff_form.addRow(save_staff)
        bottom.addWidget(staff_box)

        self.over_box = over_box = QGroupBox(self.tr("Change one child's meal"))
        over_form = QFormLayout(over_box)
        self.child = QComboBox()
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        over_form.addRow(self.tr("&Child:"), self.child)
        self.eats = QComboBox()
        self.eats.addItem(self.tr("Does not eat (reported absent, left before lunch)"), False)
        self.eats.addItem(self.tr("Eats (though not marked present)"), True)
        self.eats.addItem(self.tr("Follow attendance (remove the change)"), None)
        over_form.addRow(self.tr("&Meal:"), self.eats)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. parent phoned at 7:30"))
        over_form.addRow(self.tr("R&eason:"), self.reason)
        save_over = QPushButton(self.tr("Save the change"))
        writes("meals", save_over)
        save_over.clicked.connect(self._save_override)
        save_over.setToolTip(self.tr("Enter in the reason also saves"))
        self.reason.returnPressed.connect(self._save_override)
        over_form.addRow(save_over)
        bottom.addWidget(over_box, 1)
        layout.addLayout(bottom)

    def _date(self) -> dt.date:
        day = self.day.date()
        return dt.date(day.year(), day.month(), day.day())

    def _first_load(self) -> None:
        """What the first paint does without: the rows' models in the tables, the headline's format."""
        from PySide6.QtCore import Qt

        self.headline.setTextFormat(Qt.TextFormat.RichText)
        for table, model in ((self.table, self.model), (self.children_table, self.children_model)):
            headers = table.model()
            table.setModel(model)
            headers.deleteLater()
        # The arrow keys choose a class as a click does (the tab opens with the keyboard in this
        # table); connected here because setModel gives the table a new selection model.
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._class_chosen(current) if current.isValid() else None)

    def refresh(self) -> None:
        from kindergarten_desktop.meals.closing import is_closed
        from kindergarten_desktop.meals.counts import daily_count, overrides_on

        if self.table.model() is not self.model:
            self._first_load()
        day = self._date()
        self.count = count = daily_count(self.ctx.db, day)
        self.model.set_rows([*count.classes, *self._summary_rows(count)] if count.classes else [])
        if not count.school_day:
            self.headline.setText("<h3>" + self.tr("%1 is not a school day: no meals.")
                                  .replace("%1", format_date(day)) + "</h3>")
        else:
            self.headline.setText(
                "<h2>" + self.tr("To cook on %1: %2 meals").replace("%1", format_date(day))
                .replace("%2", str(count.to_cook)) + "</h2>"
                + self.tr("%1 children eating, %2 not marked yet, %3 staff")
                .replace("%1", str(count.eating)).replace("%2", str(count.expected - count.eating))
                .replace("%3", str(count.staff))
                + ("" if count.classes else "<br><b>" + self.tr(
                    "No class has children on this day yet: create the classes and enrol the children on the "
                    "Class lists tab.") + "</b>"))
        # A day of a closed month is read-only here (the database would refuse the change anyway).
        closed = is_closed(self.ctx.db, f"{day:%Y-%m}")
        self.staff_box.setEnabled(not closed)
        self.over_box.setEnabled(not closed)
        if closed:
            self.headline.setText(self.headline.text() + "<br><b>" + self.tr(
                "The books of %1 are closed: this day's meals can no longer change (reopen the month on the "
                "Monthly ledger page to correct them).").replace("%1", f"{day:%m/%Y}") + "</b>")
        self.groups.setText("   ·   ".join(
            f"{_age_group(code)}: {expected}" for code, _, expected in count.by_age_group()))
        self.staff.setValue(count.staff)
        unsaved.clear([self.staff])  # the box now shows what is saved
        overrides = overrides_on(self.ctx.db, day)
        if overrides:
            self.groups.setText(self.groups.text() + "<br>" + self.tr("%1 meal changes recorded for this day")
                                .replace("%1", str(len(overrides))))
        # The children enrolled on this day: a new day may have joiners and leavers, or another year's classes.
        shown = {c.class_id for c in count.classes}
        if self.child_class not in shown:
            self.child_class = count.classes[0].class_id if count.classes else None
        self._fill_children(self.child_class)
        self._list_children(self.child_class)

    def _summary_rows(self, count: DailyCount) -> list[ClassCount]:
        """The staff meals and the total rows under the classes (class id 0: not a class)."""
        from kindergarten_desktop.meals.counts import ClassCount

        classes = count.classes
        staff = ClassCount(0, self.tr("Staff meals"), "", 0, 0, 0, 0, count.staff)
        total = ClassCount(0, self.tr("Total"), "", sum(c.enrolled for c in classes),
                           sum(c.present for c in classes), sum(c.absent for c in classes),
                           sum(c.unmarked for c in classes), count.eating + count.staff)
        # "To cook" of the total row = children expected + staff (ClassCount adds unmarked to eating).
        return [staff, total]

    def _class_chosen(self, index) -> None:
        if not 0 <= index.row() < len(self.model.rows):
            return
        class_id = self.model.rows[index.row()].class_id
        if class_id:
            self.child_class = class_id
            self._fill_children(self.child_class)
        self._list_children(class_id or None)

    def _list_children(self, class_id: int | None) -> None:
        from kindergarten_desktop.meals.counts import children_on

        self.children_model.set_rows(children_on(self.ctx.db, self._date(), class_id))

    def _fill_children(self, class_id: int | None) -> None:
        from kindergarten_desktop.roster.queries import class_children

        keep = self.child.currentData()
        self.child.clear()
        if class_id is not None:
            child_choice.fill(self.child, self.ctx.db,
                              ((child.id, child.full_name) for child in class_children(self.ctx.db, class_id,
                                                                                        self._date())))
        self.child.setCurrentIndex(max(self.child.findData(keep), 0))

    def _save_staff(self) -> None:
        from kindergarten_desktop.meals.counts import set_staff_meals

        typed = self.staff.value()
        ok, _, reason = attempt(self, self.tr("Staff meals not saved"),
                                lambda: set_staff_meals(self.ctx.db, self._date(), typed))
        if not ok:
            # The typed number stays in the box and in the table's staff row, marked not saved.
            unsaved.mark([self.staff], reason)
            self._show_unsaved_staff(typed, reason)
            return
        unsaved.clear([self.staff])
        self.ctx.dataChanged.emit("meals")
        self.refresh()

    def _show_unsaved_staff(self, typed: int, reason: str) -> None:
        rows = self.model.rows
        staff_row = len(rows) - 2 if rows else -1  # the staff meals row, above the total
        if staff_row < 0:
            return
        rows[staff_row] = replace(rows[staff_row], eating=typed)  # the staff row counts staff as eating
        self.model.mark_unsaved(staff_row, reason, columns=(0, 6, 7))

    def _save_override(self) -> None:
        # The box is editable: a typed name that is not in the list must not fall back on the
        # child shown before (the change would land on the wrong child).
        typed = self.child.currentText().strip()
        found = child_choice.chosen(self.child)
        if found < 0:
            QMessageBox.warning(self, self.tr("Change not saved"),
                                self.tr("Child: “%1” is not in the list of this class; choose a name from the list "
                                        "(click a class in the table to list its children).")
                                .replace("%1", typed))
            return
        self.child.setCurrentIndex(found)
        child_id = self.child.itemData(found)
        from kindergarten_desktop.meals.counts import set_override
        if not unsaved.save(self, self.tr("Change not saved"), (self.child, self.eats, self.reason),
                            set_override, self.ctx.db, child_id, self._date(), self.eats.currentData(),
                            self.reason.text()):
            return
        self.reason.clear()
        self.ctx.dataChanged.emit("meals")
        self.refresh()
        self.child.setFocus()  # ready for the next child's change
