"""The keyboard-first entry grid.

Enter saves the cell and moves on: down the column (one field for the whole class) or along the
row (weight, height, then the next child), as the nurse chose; Tab goes to the next field the nurse
fills in, skipping the read-only columns. When a value needs a confirmation the dialog takes the
keyboard; afterwards the editor is open again: on the questioned field after "Enter it again", on
the next cell after "Keep the value". The row header (number and name) stays in view when the grid
scrolls sideways.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from kindergarten_desktop.ui.growth.entry_model import (
    ABSENT,
    EDITABLE,
    HEIGHT,
    LYING,
    NAME,
    NO,
    STATUS,
    TAB_ORDER,
    WEIGHT,
    EntryModel,
)

EnterMode = Literal["column", "row"]
# Enter along the row: these columns, then the next child's first one.
ROW_FIELDS = (WEIGHT, HEIGHT)


class EntryGrid(QTableView):
    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.entry_model = model
        self.enter_mode: EnterMode = "column"
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(24)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setMinimumWidth(180)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        # Number and name are in the row header (frozen); the model keeps the columns for exports and tests.
        self.setColumnHidden(NO, True)
        self.setColumnHidden(NAME, True)

    def start(self) -> None:
        """Put the cursor on the first child's weight, ready to type."""
        if self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, WEIGHT))
        self.setFocus()

    # -- moving ------------------------------------------------------------------------------
    def _go(self, row: int, col: int, *, edit: bool = False) -> None:
        if not 0 <= row < self.model().rowCount():
            return
        index = self.model().index(row, col)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if edit and col in EDITABLE:
            self.edit(index)

    def next_after_enter(self, index: QModelIndex) -> tuple[int, int] | None:
        """Where Enter goes from ``index``: down the column, or weight → height → next child."""
        row, col = index.row(), index.column()
        if self.enter_mode == "row" and col in ROW_FIELDS:
            at = ROW_FIELDS.index(col)
            if at + 1 < len(ROW_FIELDS):
                return row, ROW_FIELDS[at + 1]
            return (row + 1, ROW_FIELDS[0]) if row + 1 < self.model().rowCount() else None
        return (row + 1, col) if row + 1 < self.model().rowCount() else None

    def next_field(self, index: QModelIndex, step: int) -> tuple[int, int] | None:
        """The next (step 1) or previous (-1) column the nurse fills in, wrapping to the next row."""
        row, col = index.row(), index.column()
        order = list(TAB_ORDER)
        at = order.index(col) if col in order else (-1 if step > 0 else len(order))
        at += step
        if at >= len(order):
            row, at = row + 1, 0
        elif at < 0:
            row, at = row - 1, len(order) - 1
        if not 0 <= row < self.model().rowCount():
            return None
        return row, order[at]

    def _advance(self, target: tuple[int, int] | None, *, edit: bool) -> None:
        if target is not None:
            self._go(*target, edit=edit)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            current = self.currentIndex()
            if current.isValid():
                step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
                target = self.next_field(current, step)
                return self.model().index(*target) if target else current
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        model = self.entry_model
        index = self.currentIndex()
        asked = model.questioned is not None
        moving = hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                          QAbstractItemDelegate.EndEditHint.EditNextItem,
                          QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        if not moving:
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if not model.last_edit_accepted:
            # Refused or "Enter it again": back to the questioned field (or stay), editing again after a question.
            column = model.questioned if model.questioned is not None else index.column()
            self._after_dialog(index.row(), column, asked)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            target = self.next_after_enter(index)
        else:
            step = 1 if hint == QAbstractItemDelegate.EndEditHint.EditNextItem else -1
            target = self.next_field(index, step)
        if target is None:
            self._after_dialog(index.row(), index.column(), False)
            return
        # Tab opens the next field's editor as Qt does; Enter only after a dialog (typing opens it anyway).
        self._after_dialog(*target, asked or hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def _after_dialog(self, row: int, col: int, edit: bool) -> None:
        """Move to the cell and give the keyboard back to the grid; the editor opens once Qt has
        finished closing the old one (a dialog in between took the focus away)."""
        self._go(row, col)
        self._take_keyboard()
        if edit and col in EDITABLE:
            QTimer.singleShot(0, lambda: self._edit_if_current(row, col))

    def _take_keyboard(self) -> None:
        """The window that showed the dialog gets the keyboard back, and the grid in it."""
        if not self.window().isActiveWindow():
            self.window().activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_if_current(self, row: int, col: int) -> None:
        index = self.currentIndex()
        if index.isValid() and (index.row(), index.column()) == (row, col) \
                and self.state() != QAbstractItemView.State.EditingState:
            self._take_keyboard()
            self.edit(index)
            editor = QApplication.focusWidget()
            if isinstance(editor, QLineEdit):
                editor.selectAll()  # the first key typed replaces the value

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            if index.isValid():
                self._advance(self.next_after_enter(index), edit=False)
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
        if self.entry_model.questioned is not None:
            self._after_dialog(index.row(), index.column(), False)

