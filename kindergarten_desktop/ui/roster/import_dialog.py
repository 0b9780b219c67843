"""Preview of an Excel class list before importing it: every row with its problems, likely
duplicates, the classes to create; nothing is written until "Import"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.roster import importer as imp
from kindergarten_desktop.ui.roster.messages import translate_message

_Index = QModelIndex | QPersistentModelIndex


class ImportRowsModel(QAbstractTableModel):
    def __init__(self, preview: imp.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = preview.rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Row"), self.tr("Full name"), self.tr("Date of birth"), self.tr("Sex"),
                    self.tr("Class"), self.tr("Check")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 5:
                if row.errors:
                    return "✗ " + "; ".join(map(translate_message, row.errors))
                if row.warnings:
                    return "! " + "; ".join(map(translate_message, row.warnings))
                return self.tr("OK")
            return (row.row_number, row.data.full_name, format_date(row.data.birth_date),
                    self.tr("Male") if row.data.sex == 1 else self.tr("Female"), row.class_name)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(QColor("#ffd6d6"))
            if row.warnings:
                return QBrush(QColor("#fff2b3"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return "\n".join(map(translate_message, row.errors + row.warnings)) or None
        return None


class ImportDialog(QDialog):
    def __init__(self, db: Database, preview: imp.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.preview = db, preview
        self.result: imp.ImportResult | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", preview.path.name))
        duplicates = sum(1 for r in preview.rows if r.duplicate_of is not None)
        text = (self.tr("Header found on row %1. %2 children read: %3 to add, %4 invalid, %5 already in the "
                        "database.").replace("%1", str(preview.header_row)).replace("%2", str(len(preview.rows)))
                .replace("%3", str(len(preview.to_add))).replace("%4", str(len(preview.invalid)))
                .replace("%5", str(duplicates)))
        if preview.new_classes:
            text += " " + self.tr("New classes: %1.").replace("%1", ", ".join(preview.new_classes))
        summary = QLabel(text)
        summary.setWordWrap(True)
        self.model = ImportRowsModel(preview, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.skip = QCheckBox(self.tr("Leave out the %1 invalid rows and import the others")
                              .replace("%1", str(len(preview.invalid))))
        self.skip.setVisible(bool(preview.invalid))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.skip.toggled.connect(lambda _on: self._update_button())
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(bool(self.preview.to_add)
                                      and (not self.preview.invalid or self.skip.isChecked()))

    def apply(self) -> None:
        try:
            self.result = imp.apply_import(self.db, self.preview, skip_invalid=self.skip.isChecked())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Import"), translate_message(str(exc)))
            return
        self.accept()
