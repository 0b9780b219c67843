"""The keyboard-first entry grid: type a number, Enter saves it and moves down the column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from kindergarten_desktop.ui.growth.entry_model import ABSENT, LYING, NAME, STATUS, WEIGHT, EntryModel


class EntryGrid(QTableView):
    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(NAME, 210)

    def start(self) -> None:
        """Put the cursor on the first child's weight, ready to type."""
        if self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, WEIGHT))
        self.setFocus()

    def _down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter commits with SubmitModelCache; move down only when the value was accepted.
        super().closeEditor(editor, hint)
        model: EntryModel = self.model()  # type: ignore[assignment]
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and model.last_edit_accepted:
            self._down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._down()
            return
        if index.isValid() and index.column() in (LYING, ABSENT) and key == Qt.Key.Key_Space:
            self._toggle(index)
            return
        if index.isValid() and index.column() in (LYING, ABSENT) and event.text().strip():
            return  # letters do nothing on a check column instead of starting an editor
        super().keyPressEvent(event)

    def _toggle(self, index: QModelIndex) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        checked = Qt.CheckState(state) == Qt.CheckState.Checked
        self.model().setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
