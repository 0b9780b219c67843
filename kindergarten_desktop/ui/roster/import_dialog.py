"""Preview of an Excel class list before importing it: the school year and class (prefilled from the
list's title), every row with its problems, children already known, the classes to create; nothing
is written until "Import". It ends with the rows left out and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.roster import importer as imp
from kindergarten_desktop.roster.queries import list_classes
from kindergarten_desktop.school import find_school_year, list_school_years
from kindergarten_desktop.ui.actions import attempt

_Index = QModelIndex | QPersistentModelIndex


class ImportRowsModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, preview: imp.ImportPreview | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[imp.ImportRow] = preview.rows if preview else []

    def set_preview(self, preview: imp.ImportPreview | None) -> None:
        self.beginResetModel()
        self.rows = preview.rows if preview else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Row"), self.tr("Full name"), self.tr("Date of birth"), self.tr("Sex"),
                    self.tr("Class"), self.tr("Parents"), self.tr("Check")][section]
        return None

    @staticmethod
    def parents(row: imp.ImportRow) -> str:
        data = row.data
        return " / ".join(n for n in (data.father_name, data.mother_name, data.parent_name, data.guardian_name) if n)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        last = self.COLUMNS - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == last:
                if row.errors:
                    return "✗ " + "; ".join(e.text() for e in row.errors)
                if row.skipped:
                    return "— " + "; ".join(w.text() for w in imp.skip_reasons(row))
                if row.warnings:
                    return "! " + "; ".join(w.text() for w in row.warnings)
                return self.tr("OK")
            return (row.row_number, row.data.full_name, format_date(row.data.birth_date),
                    self.tr("Male") if row.data.sex == 1 else self.tr("Female"), row.class_name,
                    self.parents(row))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(QColor("#ffd6d6"))
            if row.skipped:
                return QBrush(QColor("#e6e6e6"))
            if row.warnings:
                return QBrush(QColor("#fff2b3"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == last:
            return "\n".join(p.text() for p in row.errors + row.warnings) or None
        return None


class ImportDialog(QDialog):
    """``source``: a sheet read with ``imp.read_sheet`` (the year and class are chosen here), or a
    ready preview."""

    def __init__(self, db: Database, source: imp.ImportPreview | imp.Sheet, parent: QWidget | None = None,
                 year_name: str | None = None, class_name: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.import_result: imp.ImportResult | None = None
        if isinstance(source, imp.ImportPreview):
            self.sheet: imp.Sheet | None = None
            self.preview: imp.ImportPreview | None = source
            path, title = source.path, source.title
            year_name, class_name = source.school_year, source.class_name
        else:
            self.sheet, self.preview = source, None
            path, title = source.path, source.title
        self.title = title
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.year = QComboBox()
        names = [y.name for y in list_school_years(db)]
        chosen_year = title.school_year or year_name
        for name in dict.fromkeys([*names, *(n for n in (chosen_year, year_name) if n)]):
            self.year.addItem(name, name)
        self.year.setCurrentIndex(max(self.year.findData(chosen_year), 0))
        self.klass = QComboBox()
        self.klass.setEditable(True)
        self._initial_class = title.class_name or class_name or ""
        self.title_note = QLabel()
        self.title_note.setWordWrap(True)
        if title.class_name or title.school_year:
            self.title_note.setText(self.tr("The list's title says: class %1, school year %2.")
                                    .replace("%1", title.class_name or "—").replace("%2", title.school_year or "—"))
        form = QFormLayout()
        form.addRow(self.tr("School year"), self.year)
        form.addRow(self.tr("Class (for rows without a class)"), self.klass)
        form.addRow(self.title_note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ImportRowsModel(self.preview, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.skip = QCheckBox()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.skip.toggled.connect(lambda _on: self._update_button())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.resize(980, 600)
        self._fill_classes()
        if self.sheet is None:
            self.year.setEnabled(False)
            self.klass.setEnabled(False)
            self._show_preview()
        else:
            self.reload()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.klass.currentTextChanged.connect(lambda _t: self.reload())

    def _year_changed(self, _index: int) -> None:
        self._fill_classes()
        self.reload()

    def _fill_classes(self) -> None:
        current = self.klass.currentText().strip() or self._initial_class
        self.klass.blockSignals(True)
        self.klass.clear()
        year = find_school_year(self.db, self.year.currentData() or "")
        names = [c.name for c in list_classes(self.db, year.id)] if year else []
        if current and current not in names:
            names.insert(0, current)
        self.klass.addItems(names)
        self.klass.setCurrentText(current)
        self.klass.blockSignals(False)

    def reload(self) -> None:
        if self.sheet is None:
            return
        try:
            self.preview = imp.preview_import(self.db, self.sheet, self.year.currentData(),
                                              self.klass.currentText().strip() or None, follow_title=False)
        except AppError as exc:
            self.preview = None
            self.model.set_preview(None)
            self.summary.setText("<span style='color:#a00'>" + exc.text().replace("\n", "<br>") + "</span>")
            self._update_button()
            return
        self.model.set_preview(self.preview)
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.preview
        assert preview is not None
        text = (self.tr("Header found on row %1. %2 children read: %3 to add, %4 already known to enrol, "
                        "%5 invalid, %6 left out.")
                .replace("%1", str(preview.header_row)).replace("%2", str(len(preview.rows)))
                .replace("%3", str(len(preview.to_add))).replace("%4", str(len(preview.to_enrol)))
                .replace("%5", str(len(preview.invalid))).replace("%6", str(len(preview.skipped))))
        if preview.new_classes:
            text += " " + self.tr("New classes: %1.").replace("%1", ", ".join(preview.new_classes))
        if preview.start_moved:
            text += " " + AppError("roster.import_starts_later", day=preview.starts_on).text()
        self.summary.setText(text)
        self.skip.setText(self.tr("Leave out the %1 invalid rows and import the others")
                          .replace("%1", str(len(preview.invalid))))
        self.skip.setVisible(bool(preview.invalid))
        self._update_button()

    def _update_button(self) -> None:
        preview = self.preview
        self.import_button.setEnabled(preview is not None and bool(preview.to_add or preview.to_enrol)
                                      and (not preview.invalid or self.skip.isChecked()))

    def _differs_from_title(self) -> list[str]:
        found = []
        chosen_year, chosen_class = self.year.currentData(), self.klass.currentText().strip()
        if self.title.school_year and chosen_year and chosen_year != self.title.school_year:
            found.append(self.tr("school year %1 (the title says %2)").replace("%1", chosen_year)
                         .replace("%2", self.title.school_year))
        if self.title.class_name and chosen_class and not imp.same_name(chosen_class, self.title.class_name):
            found.append(self.tr("class %1 (the title says %2)").replace("%1", chosen_class)
                         .replace("%2", self.title.class_name))
        return found

    def apply(self) -> None:
        if self.preview is None:
            return
        if self.sheet is not None and (differs := self._differs_from_title()):
            if QMessageBox.question(self, self.tr("Import"), self.tr("Import into %1?").replace(
                    "%1", ", ".join(differs)), defaultButton=QMessageBox.StandardButton.No) \
                    != QMessageBox.StandardButton.Yes:
                return
        done = attempt(self, self.tr("Nothing imported"), imp.apply_import, self.db, self.preview,
                       skip_invalid=self.skip.isChecked())
        if not done.ok:
            return
        self.import_result = done.value
        self.accept()


def skipped_report(result: imp.ImportResult) -> str:
    """One line per row left out, with why (the end of an import)."""
    lines = []
    for row in result.skipped:
        reasons = imp.skip_reasons(row)
        lines.append(f"{row.row_number}. {row.data.full_name or '—'}: " + "; ".join(r.text() for r in reasons))
    return "\n".join(lines)


class ImportResultDialog(QDialog):
    """What the import did, and every row left out with its reason."""

    def __init__(self, result: imp.ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        text = (self.tr("%1 children added, %2 already known enrolled.").replace("%1", str(result.added))
                .replace("%2", str(result.enrolled)))
        if result.classes_created:
            text += " " + self.tr("Classes created: %1.").replace("%1", ", ".join(result.classes_created))
        layout = QVBoxLayout(self)
        summary = QLabel(text)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.details = QPlainTextEdit(skipped_report(result))
        self.details.setReadOnly(True)
        if result.skipped:
            layout.addWidget(QLabel(self.tr("Rows left out (spreadsheet row, name: why):")))
            layout.addWidget(self.details, 1)
        else:
            self.details.hide()
            layout.addWidget(QLabel(self.tr("No row was left out.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(720, 420 if result.skipped else 160)

