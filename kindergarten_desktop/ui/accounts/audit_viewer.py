"""The audit viewer: who changed what and when, newest first, with filters (who, what,
period, child). The model loads one page at a time as the list scrolls (keyset pagination),
so a trail of a million entries opens at once. The same window shows one record's history
(a child's record, a receipt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.accounts import audit
from kindergarten_desktop.accounts.audit import AuditFilter, Cursor, Entry, field_label
from kindergarten_desktop.db import session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.ui import workers
from kindergarten_desktop.ui.accounts.labels import action_label, table_label
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.dates import DateField

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Entries of one filter; ``fetchMore`` reads the next page after the last row."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[Entry] = []
        self.filter = AuditFilter()
        self._more = False
        self._fixed: list[Entry] | None = None
        self.child_names: dict[int, str] = {}
        # What each column shows of an entry, and the tooltips of the columns that have one.
        self._display: tuple[Callable[[Entry], str], ...] = (
            lambda e: e.at.strftime("%d/%m/%Y %H:%M:%S"),
            lambda e: e.actor,
            lambda e: action_label(e.action),
            lambda e: f"{table_label(e.table)} #{e.record_id}",
            lambda e: self.child_names.get(e.child_id, "") if e.child_id is not None else "",
            lambda e: e.summary(),
        )
        self._tooltips: dict[int, Callable[[Entry], str]] = {5: _changes_text}

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._fixed = None
        self.rows = audit.page(self.db, flt)
        self._more = len(self.rows) == audit.PAGE_SIZE
        self.endResetModel()

    def set_entries(self, entries: list[Entry]) -> None:
        """A fixed list (one record's history)."""
        self.beginResetModel()
        self._fixed = entries
        self.rows = entries
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or not self.rows:
            return
        after: Cursor = audit.cursor(self.rows[-1])
        more = audit.page(self.db, self.filter, after=after)
        self._more = len(more) == audit.PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Child"),
                    self.tr("Changes (before → after)"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[column](entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self._tooltips.get(column)
            return tooltip(entry) if tooltip else None
        return None


def _changes_text(entry: Entry) -> str:
    return "\n".join(f"{field_label(k)}: {'' if a is None else a} → {'' if b is None else b}"
                     for k, a, b in entry.changes())


class AuditViewer(QDialog):
    """The principal's whole trail with filters, or (``history``) one record's entries."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, child_id: int | None = None,
                 history: tuple[str, object] | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("AuditViewer")
        self.setWindowTitle(title or self.tr("Audit trail"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.model = AuditModel(db, self)
        self.model.child_names = dict(audit.children(db))
        self.filters = QWidget()
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        self.who = QComboBox()
        self.who.setObjectName("auditWho")
        self.what = QComboBox()
        self.what.setObjectName("auditWhat")
        self.child = QComboBox()
        self.child.setObjectName("auditChild")
        self.child.setEditable(True)
        self.child.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.use_period = QCheckBox(self.tr("&Period:"))
        self.since = DateField()
        self.until = DateField()
        for edit in (self.since, self.until):
            edit.setEnabled(False)
        today = QDate.currentDate()
        self.since.setDate(today.addMonths(-1))
        self.until.setDate(today)
        self.use_period.toggled.connect(self.since.setEnabled)
        self.use_period.toggled.connect(self.until.setEnabled)
        labels = (self.tr("&Who:"), self.tr("W&hat:"), self.tr("&Child:"))
        for column, (text, widget) in enumerate(zip(labels, (self.who, self.what, self.child), strict=True)):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        grid.addWidget(self.use_period, 1, 0)
        grid.addWidget(self.since, 1, 1)
        grid.addWidget(QLabel("–"), 1, 2, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.until, 1, 3)
        self.apply_button = QPushButton(self.tr("&Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        grid.addWidget(self.apply_button, 1, 5)
        layout.addWidget(self.filters)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column, width in enumerate((140, 110, 70, 200, 170)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if history is not None:
            self.filters.hide()
            self.export_button.hide()
            self.model.set_entries(audit.history(db, history[0], history[1]))
        else:
            self._fill_choices()
            if child_id is not None:
                self.child.setCurrentIndex(max(0, self.child.findData(child_id)))
            self.apply()
        self._update_status()
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.model.modelReset.connect(self._update_status)

    def _fill_choices(self) -> None:
        self.who.addItem(self.tr("Everyone"), None)
        for actor in audit.actors(self.db):
            self.who.addItem(actor, actor)
        self.what.addItem(self.tr("Everything"), None)
        for table in sorted(audit.tables(self.db), key=table_label):
            self.what.addItem(table_label(table), table)
        self.child.addItem(self.tr("All children"), None)
        for child_id, name in self.model.child_names.items():
            self.child.addItem(name, child_id)
        completer = QCompleter(self.child.model(), self.child)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.child.setCompleter(completer)

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.use_period.isChecked():
            since = dt.date.fromisoformat(self.since.date().toString("yyyy-MM-dd"))
            until = dt.date.fromisoformat(self.until.date().toString("yyyy-MM-dd"))
        child = self.child.currentData() if self.child.currentText() == self.child.itemText(
            self.child.currentIndex()) else None
        return AuditFilter(actor=self.who.currentData(), table=self.what.currentData(), since=since, until=until,
                           child_id=child)

    def apply(self) -> None:
        run_action(self, self.windowTitle(), lambda: self.model.set_filter(self.current_filter()))

    def _update_status(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        if count == 0:
            self.status.setText(self.tr("No change recorded."))
        elif more:
            self.status.setText(self.tr("%1 changes shown; scroll down for older ones.").replace("%1", str(count)))
        else:
            self.status.setText(self.tr("%1 changes.").replace("%1", str(count)))

    def export(self) -> None:
        """The entries shown (the filters last applied), into a folder of the user's."""
        from kindergarten_desktop.ui.reports.export import reading_connection, remember_folder, save_folder

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                              str(save_folder() / "nhat-ky-thay-doi.xlsx"),
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        remember_folder(name)
        # Ten years of a school's trail take a while: written off the GUI thread, with progress and
        # Cancel, on a connection of its own (read-only) that reads as whoever is signed in here.
        db_path = Path(self.db.file_path())
        actor, flt = session.current(self.db), self.model.filter

        def job(progress: workers.ProgressFn) -> int:
            from kindergarten_desktop.reports.audit_export import export_audit
            from kindergarten_desktop.reports.registry import Cancelled

            with reading_connection(db_path, actor) as db:
                try:
                    return export_audit(db, name, flt=flt, progress=progress)
                except Cancelled:
                    raise workers.Cancelled() from None

        def done(count: int) -> None:
            QMessageBox.information(self, self.windowTitle(), self.tr("%1 changes written to %2.").replace(
                "%1", str(count)).replace("%2", name))

        def failed(message: str, _traceback: str) -> None:
            QMessageBox.warning(self, self.windowTitle(), message)

        self._export_job = workers.run_in_background(
            self, job, title=self.tr("Exporting the audit trail…"), on_done=done, on_error=failed)
