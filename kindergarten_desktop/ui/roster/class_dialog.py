"""Create or edit a class of the school year: name, age group, room, teachers, capacity."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.age_groups import AGE_GROUPS
from kindergarten_desktop.roster.classes import ClassData, check_class, load_class, save_class, teachers
from kindergarten_desktop.ui.actions import attempt


class ClassDialog(QDialog):
    def __init__(self, db: Database, year_id: int, class_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.year_id, self.class_id = db, year_id, class_id
        self.setWindowTitle(self.tr("New class") if class_id is None else self.tr("Edit class"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Chồi 2"))
        self.group = QComboBox()
        labels = self.group_labels()
        for group in AGE_GROUPS:
            limit = self.tr("at most %1").replace("%1", str(group.legal_max))
            self.group.addItem(f"{labels[group.code]} ({limit})", group.code)
        self.room = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 80)
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.teachers = QListWidget()
        for staff_id, name in teachers(db):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.teachers.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Class name *"), self.name)
        form.addRow(self.tr("Age group"), self.group)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Teachers"), self.teachers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 460)
        if class_id is None:
            # A new class's age group follows its name ("Lá 3" -> 5–6 years) until chosen by hand;
            # the first entry (3–12 months) was kept by mistake for most classes.
            self.group.setCurrentIndex(self.group.findData("mixed"))
            self._group_by_hand = False
            self.name.textEdited.connect(self._guess_group)
            self.group.activated.connect(lambda _i: setattr(self, "_group_by_hand", True))
        else:
            data = load_class(db, class_id)
            self.name.setText(data.name)
            self.group.setCurrentIndex(self.group.findData(data.age_group))
            self.room.setText(data.room)
            self.capacity.setValue(data.capacity or 0)
            for i in range(self.teachers.count()):
                item = self.teachers.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in data.teacher_ids:
                    item.setCheckState(Qt.CheckState.Checked)

    def _guess_group(self, name: str) -> None:
        from kindergarten_desktop.roster.importer import guess_age_group

        if not self._group_by_hand:
            self.group.setCurrentIndex(self.group.findData(guess_age_group(name, [], 0)))

    def group_labels(self) -> dict[str, str]:
        return {"nursery_3_12": self.tr("Nursery 3–12 months"), "nursery_13_24": self.tr("Nursery 13–24 months"),
                "nursery_25_36": self.tr("Nursery 25–36 months"), "age_3_4": self.tr("Kindergarten 3–4 years"),
                "age_4_5": self.tr("Kindergarten 4–5 years"), "age_5_6": self.tr("Kindergarten 5–6 years"),
                "mixed": self.tr("Mixed-age")}

    def data(self) -> ClassData:
        chosen = [self.teachers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.teachers.count())
                  if self.teachers.item(i).checkState() == Qt.CheckState.Checked]
        return ClassData(self.name.text(), self.group.currentData(), self.room.text(),
                         self.capacity.value() or None, chosen)

    def save(self) -> None:
        data = self.data()
        check = check_class(self.db, self.year_id, data, self.class_id)
        if not check.ok:
            QMessageBox.warning(self, self.tr("Cannot save"), "\n".join(e.text() for e in check.errors))
            return
        warnings = "\n".join(w.text() for w in check.warnings)
        if check.warnings and QMessageBox.question(
                self, self.tr("Please confirm"), warnings + "\n\n" + self.tr("Save anyway?")
        ) != QMessageBox.StandardButton.Yes:
            return
        saved = attempt(self, self.tr("Class not saved"), save_class, self.db, self.year_id, data, self.class_id)
        if not saved.ok or saved.value is None:
            return
        self.class_id = saved.value
        self.accept()
