"""Tables that fit the width they are given: names give way (elided, the whole name as tooltip)
before amounts and numbers, which are never cut short.

Like ui/meals/table_model.py it does not name PySide6's ``Qt`` namespace at import time (its
enums cost a first paint ~16 ms; see that module's doc): ``Qt`` is imported inside functions.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

_Index = QModelIndex | QPersistentModelIndex


class WholeTextTip(QStyledItemDelegate):
    """A cell too narrow for its text (a long cancel reason, a name in a narrow list) shows the
    whole text as its tooltip; a cell that shows it all has none."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: _Index) -> bool:
        from PySide6.QtCore import QEvent, Qt  # after the first paint (see the module's doc)

        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = index.data(Qt.ItemDataRole.DisplayRole)
            own = index.data(Qt.ItemDataRole.ToolTipRole)  # e.g. why a value was not saved
            if own is None and isinstance(text, str) and text and self._width(option, index) > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def _width(self, option: QStyleOptionViewItem, index: _Index) -> int:
        """The width the cell's text needs on one line (the view's word wrap would fold it into
        the cell's width, which then always seems enough)."""
        one_line = QStyleOptionViewItem(option)
        one_line.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        one_line.rect = QRect()
        return self.sizeHint(one_line, index).width()


class NameFirstToGive(QObject):
    """The name columns of ``table`` (a child's name; a dish and a food) as wide as their longest
    value while the table has the room, and narrower (the names elided, shown whole as tooltips
    by :class:`WholeTextTip`) when it has not: the other columns, amounts and numbers, keep their
    full width and stay in view. Of several columns the last named gives way first (a free-text
    status before a name), down to its header's width, then the one before it. Unlike a
    stretched column they do not push the amounts away from the names on a wide screen (the room
    left over stays on the right)."""

    def __init__(self, table: QTableView, *columns: int) -> None:
        super().__init__(table)
        self.table, self.columns = table, columns
        header = table.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._other_resized)
        table.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self._follow_model()
        if table.itemDelegate() is None or type(table.itemDelegate()) is QStyledItemDelegate:
            table.setItemDelegate(WholeTextTip(table))

    def _follow_model(self) -> None:
        """Refit when the rows change, on the table's model of the moment: a page shows a
        headers-only model until its first load (ui/table_headers.give_rows), then its rows' model."""
        model = self.table.model()
        if model is self._model or model is None:
            return
        self._model = model
        model.modelReset.connect(self._later)
        model.layoutChanged.connect(self._later)
        self._later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if shiboken6.isValid(self.table):
            self._follow_model()  # an identity check: the first paint after give_rows finds the rows' model
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _other_resized(self, section: int, _old: int, _new: int) -> None:
        if section not in self.columns:  # the other columns were fitted to their contents
            self.fit()

    def _later(self) -> None:
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        if not shiboken6.isValid(self.table):  # a call queued (_later) as the window was rebuilt
            return
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in self.columns and not header.isSectionHidden(c))
        wanted = {c: max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in self.columns}
        room = self.table.viewport().width() - others
        sizes = dict(wanted)
        short = sum(wanted.values()) - room
        # The last column named gives way first, down to its header's width; then the one before.
        for column in reversed(self.columns):
            floor = min(wanted[column], max(header.sectionSizeHint(column), header.minimumSectionSize()))
            give = max(0, min(short, sizes[column] - floor))
            sizes[column] -= give
            short -= give
        if short > 0:  # still too narrow: all of them, in proportion, below their headers' width
            total = sum(sizes.values()) or 1
            sizes = {c: s - short * s // total for c, s in sizes.items()}
        for column, size in sizes.items():
            header.resizeSection(column, max(size, header.minimumSectionSize()))
