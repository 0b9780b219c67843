"""ui/table_headers.py: Qt-kept headers until a table's rows come, and the ascending sort
indicator shown without naming Qt.SortOrder."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QTableView

from kindergarten_desktop.ui.table_headers import give_rows, headers_only, show_ascending


def test_show_ascending_shows_what_sort_by_column_ascending_shows(qtbot):
    shown, sorted_up = QTableView(), QTableView()
    for view in (shown, sorted_up):
        qtbot.addWidget(view)
        view.setModel(headers_only(["STT", "Họ và tên"]))
        view.setSortingEnabled(True)
        view.resize(300, 100)
    assert shown.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # Qt's default
    assert show_ascending(shown.horizontalHeader())
    sorted_up.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert shown.horizontalHeader().saveState() == sorted_up.horizontalHeader().saveState()
    assert shown.grab().toImage() == sorted_up.grab().toImage()
    assert not show_ascending(shown.horizontalHeader())  # already up: nothing changed


def test_give_rows_swaps_the_headers_once_and_keeps_the_sections(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    headers = headers_only(["a", "b"])
    view.setModel(headers)
    view.setColumnWidth(0, 77)
    rows = QStringListModel(["x", "y"])
    rows.insertColumn(1)
    assert give_rows(view, rows) and view.model() is rows
    assert view.columnWidth(0) == 77
    assert not give_rows(view, rows)
