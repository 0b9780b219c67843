"""Looking at a table as the user sees it: where its header draws a label, what a cell's tooltip says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader, QTableView, QToolTip


def label_rect(table: QTableView, column: int) -> QRect:
    """Where the header draws the label of ``column``: its section less the margins and, in the
    sorted column, the sort arrow."""
    header = table.horizontalHeader()
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height())
    option.orientation = Qt.Orientation.Horizontal
    option.section = column
    option.text = table.model().headerData(column, Qt.Orientation.Horizontal)
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)


def tip(table: QTableView, row: int, column: int) -> str:
    """The tooltip of a cell, asked as the mouse resting on it asks."""
    QToolTip.hideText()
    for _ in range(100):  # the tip fades out
        if not QToolTip.isVisible():
            break
        QTest.qWait(20)
    assert not QToolTip.isVisible()
    centre = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""
