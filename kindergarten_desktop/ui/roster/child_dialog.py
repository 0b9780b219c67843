"""Create or edit a child: the record, circumstance flags and (for an existing child) its class history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, parse_date
from kindergarten_desktop.roster import children as ch
from kindergarten_desktop.roster.circumstances import CIRCUMSTANCES
from kindergarten_desktop.roster.classes import class_age_group
from kindergarten_desktop.roster.ethnicities import ETHNICITIES
from kindergarten_desktop.roster.movements import capacity_warnings, corrections, history
from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import attempt, run_action


class ChildDialog(QDialog):
    """``child_id`` None creates a child enrolled in ``class_id`` (of ``year``) from its enrolment date."""

    def __init__(self, db: Database, year: SchoolYear, class_id: int | None, child_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.year, self.class_id, self.child_id = db, year, class_id, child_id
        self.setWindowTitle(self.tr("New child") if child_id is None else self.tr("Child's record"))
        self.full_name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("Male"), 1)
        self.sex.addItem(self.tr("Female"), 2)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.ethnicity = QComboBox()
        self.ethnicity.addItems(list(ETHNICITIES))
        self.address = QLineEdit()
        self.father_name, self.father_phone = QLineEdit(), QLineEdit()
        self.mother_name, self.mother_phone = QLineEdit(), QLineEdit()
        self.guardian_name, self.guardian_phone = QLineEdit(), QLineEdit()
        self.parent_name, self.parent_phone = QLineEdit(), QLineEdit()
        self.parent_name.setToolTip(self.tr("A parent named in a list's “Họ tên cha/mẹ” column, when it does not "
                                            "say father or mother"))
        self.enrolled_on = QLineEdit()
        self.enrolled_on.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.health_notes, self.allergies = QPlainTextEdit(), QLineEdit()
        self.health_notes.setFixedHeight(52)
        for phone in (self.father_phone, self.mother_phone, self.guardian_phone, self.parent_phone):
            phone.setPlaceholderText(self.tr("e.g. 0912 345 678"))
            phone.setMaximumWidth(160)

        form = QFormLayout()
        form.addRow(self.tr("Full name *"), self.full_name)
        row = QHBoxLayout()
        row.addWidget(self.sex)
        row.addWidget(self.birth_date)
        row.addWidget(self.ethnicity)
        form.addRow(self.tr("Sex, date of birth *, ethnicity"), row)
        form.addRow(self.tr("Address"), self.address)
        for label, name, phone in ((self.tr("Father"), self.father_name, self.father_phone),
                                   (self.tr("Mother"), self.mother_name, self.mother_phone),
                                   (self.tr("Guardian"), self.guardian_name, self.guardian_phone),
                                   (self.tr("Parent (father or mother)"), self.parent_name, self.parent_phone)):
            line = QHBoxLayout()
            line.addWidget(name, 2)
            line.addWidget(phone, 1)
            form.addRow(label, line)
        form.addRow(self.tr("Enrolled on"), self.enrolled_on)
        form.addRow(self.tr("Allergies"), self.allergies)
        form.addRow(self.tr("Health notes"), self.health_notes)

        flags_box = QGroupBox(self.tr("Circumstances (fee exemption, lunch support)"))
        grid = QGridLayout(flags_box)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.flag_from: dict[str, QLineEdit] = {}  # the days each flag holds (from, to: the last day)
        self.flag_to: dict[str, QLineEdit] = {}
        labels = self._flag_labels()
        grid.setVerticalSpacing(1)
        grid.addWidget(QLabel(self.tr("Holds from")), 0, 1)
        grid.addWidget(QLabel(self.tr("to (empty: still holds)")), 0, 2)
        for i, code in enumerate(CIRCUMSTANCES, start=1):
            box = QCheckBox(labels[code])
            self.flag_boxes[code] = box
            self.flag_from[code], self.flag_to[code] = QLineEdit(), QLineEdit()
            for edit in (self.flag_from[code], self.flag_to[code]):
                edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
                edit.setMaximumWidth(110)
                edit.setEnabled(False)
                box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda on, c=code: self._flag_ticked(c, on))
            grid.addWidget(box, i, 0)
            grid.addWidget(self.flag_from[code], i, 1)
            grid.addWidget(self.flag_to[code], i, 2)

        self.history = QTableWidget(0, 4)  # a handful of rows: the child's stays
        self.history.setHorizontalHeaderLabels([self.tr("School year"), self.tr("Class"), self.tr("From – to"),
                                                self.tr("Movement")])
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setMaximumHeight(130)
        history_box = QGroupBox(self.tr("Class history"))
        QVBoxLayout(history_box).addWidget(self.history)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        writes("roster", buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        from kindergarten_desktop.accounts.access import is_principal

        if child_id is not None and is_principal(db):  # the audit trail is the principal's to read
            changes = buttons.addButton(self.tr("Change &history…"), QDialogButtonBox.ButtonRole.HelpRole)
            changes.setObjectName("childHistory")
            changes.clicked.connect(self._show_changes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(flags_box)
        layout.addWidget(history_box)
        layout.addWidget(buttons)
        self.resize(720, 700)
        if child_id is None:
            history_box.hide()
            self.enrolled_on.setText(format_date(self._default_start()))
        else:
            self._load(child_id)

    def _flag_labels(self) -> dict[str, str]:
        return {"poor_household": self.tr("Poor household"), "near_poor_household": self.tr("Near-poor household"),
                "disadvantaged_area": self.tr("Particularly disadvantaged commune/village"),
                "ethnic_minority": self.tr("Ethnic minority"), "no_carer": self.tr("Orphan or without carer"),
                "martyr_invalid_family": self.tr("Child of a martyr or war invalid"),
                "disability": self.tr("Disability, inclusive class")}

    def _flag_ticked(self, code: str, on: bool) -> None:
        """A flag ticked holds from the enrolment (a new child) or from today, until changed."""
        if on and not self.flag_from[code].text().strip():
            start = self.enrolled_on.text().strip() if self.child_id is None else ""
            self.flag_from[code].setText(start or format_date(dt.date.today()))

    def _flag_dates(self, problems: list[str]) -> dict[str, tuple[dt.date, dt.date | None]]:
        found: dict[str, tuple[dt.date, dt.date | None]] = {}
        for code, box in self.flag_boxes.items():
            if not box.isChecked():
                continue
            read: list[dt.date | None] = []
            for edit in (self.flag_from[code], self.flag_to[code]):
                text = edit.text().strip()
                try:
                    read.append(parse_date(text) if text else None)
                except ValueError:
                    problems.append(self.tr("%1: '%2' is not a date (dd/mm/yyyy)").replace("%1", box.text())
                                    .replace("%2", text))
                    read.append(None)
            if read[0] is not None:
                found[code] = (read[0], read[1])
        return found

    def _default_start(self) -> dt.date:
        return min(max(dt.date.today(), self.year.start_date), self.year.end_date)

    def _load(self, child_id: int) -> None:
        data = ch.load_child(self.db, child_id)
        self.full_name.setText(data.full_name)
        self.sex.setCurrentIndex(0 if data.sex == 1 else 1)
        self.birth_date.setText(format_date(data.birth_date))
        self.ethnicity.setCurrentText(data.ethnicity)
        for name in ("address", "father_name", "father_phone", "mother_name", "mother_phone", "guardian_name",
                     "guardian_phone", "parent_name", "parent_phone", "allergies"):
            getattr(self, name).setText(getattr(data, name))
        self.health_notes.setPlainText(data.health_notes)
        self.enrolled_on.setText(format_date(data.enrolled_on))
        for code, box in self.flag_boxes.items():
            box.setChecked(code in data.flags)
            start, end = data.flag_dates.get(code, (None, None))
            self.flag_from[code].setText(format_date(start))
            self.flag_to[code].setText(format_date(end))
        reasons = {"new": self.tr("new"), "promotion": self.tr("promotion"), "transfer": self.tr("transfer"),
                   "return": self.tr("return"), "withdrawal": self.tr("withdrawal"),
                   "graduation": self.tr("graduation")}
        stays = history(self.db, child_id)
        self.history.setRowCount(len(stays))
        for row, stay in enumerate(stays):
            movement = reasons.get(stay.start_reason, stay.start_reason)
            if stay.end_reason:
                movement += " → " + reasons.get(stay.end_reason, stay.end_reason)
            if stay.note:
                movement += f" ({stay.note})"
            cells = (stay.school_year, stay.class_name, f"{format_date(stay.start)} – {format_date(stay.end)}",
                     movement)
            for col, text in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(text))
        # Corrections of wrong movements stay visible with the rows they changed.
        actions = {"undo_transfer": self.tr("correction: transfer undone"),
                   "undo_withdrawal": self.tr("correction: withdrawal undone"),
                   "undo_return": self.tr("correction: return undone"),
                   "change_class": self.tr("correction: moved to the right class")}
        for fix in corrections(self.db, child_id):
            row = self.history.rowCount()
            self.history.insertRow(row)
            was = ", ".join(str(stay.get("class_name", "")) for stay in fix.before)
            cells = ("", was, fix.at.strftime("%d/%m/%Y %H:%M"),
                     actions.get(fix.action, fix.action) + (f" ({fix.reason})" if fix.reason else ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setForeground(Qt.GlobalColor.darkGray)
                self.history.setItem(row, col, item)

    def data(self) -> tuple[ch.ChildData | None, list[str]]:
        """The form's record, or None with the date fields that cannot be read."""
        problems = []
        dates: dict[str, dt.date | None] = {}
        for field, label in ((self.birth_date, self.tr("Date of birth")), (self.enrolled_on, self.tr("Enrolled on"))):
            text = field.text().strip()
            dates[label] = None
            if text:
                try:
                    dates[label] = parse_date(text)
                except ValueError:
                    problems.append(self.tr("%1: '%2' is not a date (dd/mm/yyyy)").replace("%1", label)
                                    .replace("%2", text))
        flag_dates = self._flag_dates(problems)
        if problems:
            return None, problems
        birth, enrolled = dates.values()
        return ch.ChildData(
            full_name=self.full_name.text(), sex=int(self.sex.currentData()), birth_date=birth,
            ethnicity=self.ethnicity.currentText(), address=self.address.text(),
            father_name=self.father_name.text(), father_phone=self.father_phone.text(),
            mother_name=self.mother_name.text(), mother_phone=self.mother_phone.text(),
            guardian_name=self.guardian_name.text(), guardian_phone=self.guardian_phone.text(),
            parent_name=self.parent_name.text(), parent_phone=self.parent_phone.text(),
            health_notes=self.health_notes.toPlainText(), allergies=self.allergies.text(),
            enrolled_on=enrolled, flags={c for c, b in self.flag_boxes.items() if b.isChecked()},
            flag_dates=flag_dates,
        ), []

    def _class_group(self) -> str | None:
        if self.class_id is None:
            return None
        return class_age_group(self.db, self.class_id)

    def save(self) -> None:
        data, problems = self.data()
        if data is None:
            QMessageBox.warning(self, self.tr("Cannot save"), "\n".join(problems))
            return
        check = ch.validate_child(data, self._class_group(), self.year.start_year)
        errors = [e.text() for e in check.errors]
        if self.child_id is None and data.enrolled_on and data.enrolled_on > self.year.end_date:
            errors.append(self.tr("Enrolled on %1: after the end of school year %2 (%3)")
                          .replace("%1", format_date(data.enrolled_on)).replace("%2", self.year.name)
                          .replace("%3", format_date(self.year.end_date)))
        if errors:
            QMessageBox.warning(self, self.tr("Cannot save"), "\n".join(errors))
            return
        warnings = [w.text() for w in check.warnings]
        if self.child_id is None and self.class_id is not None:
            start = max(data.enrolled_on or self._default_start(), self.year.start_date)
            warnings += [w.text() for w in capacity_warnings(self.db, self.class_id, start)]
        twins = ch.likely_duplicates(self.db, data, self.child_id)
        if twins:
            warnings.append(self.tr("Likely duplicate: a child with the same name and date of birth is "
                                    "already in the database"))
        if warnings:
            answer = QMessageBox.question(
                self, self.tr("Please confirm"), "\n".join(warnings) + "\n\n" + self.tr("Save anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        title = self.tr("Child not saved")
        if self.child_id is None:
            start = max(data.enrolled_on or self._default_start(), self.year.start_date)
            created = attempt(self, title, ch.create_child, self.db, data, self.class_id, start)
            if not created.ok or created.value is None:
                return
            self.child_id = created.value
        elif not run_action(self, title, ch.update_child, self.db, self.child_id, data):
            return
        self.accept()

    def _show_changes(self) -> None:
        """Every change of this child's records: who, when, before → after (the audit trail)."""
        from kindergarten_desktop.ui.accounts.audit_viewer import AuditViewer

        AuditViewer(self.db, self, child_id=self.child_id, title=self.tr("History of %1").replace(
            "%1", self.full_name.text())).exec()
