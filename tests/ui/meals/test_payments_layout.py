"""The receipts-and-debts page in the main window at 1280×720, in Vietnamese and English: every
column of the month's receipts and of the debt list is wholly in view, no header is cut short
(the debt list's "Đã nộp" and "Còn nợ" were off the window's right edge at 1280 and 1366), and
the debt list is in the order its header shows; at the smallest window (1024×640) the lists'
amounts are still in view ("Còn nợ" and "Thành tiền" were partly off), the names giving way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from kindergarten_desktop.errors import set_language
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp
from kindergarten_desktop.ui.meals.table_model import ROW_ROLE
from tests.ui.table_probe import label_rect, tip


@pytest.fixture(params=["vi", "en"])
def page(request, qapp, demo_db_copy):
    make_qapp()
    i18n.install_translators(request.param)
    app = Application(QApplication.instance(), request.param, interactive=False)
    assert app.open(demo_db_copy) is None
    app.show_window()
    window = app.window
    window.resize(1280, 720)
    meals = window.show_tab("meals")
    meals.pages.setCurrentWidget(meals.payments)
    payments = meals.payments
    payments.month.set_month(2026, 3)
    _settle()
    assert window.width() == 1280 and window.height() == 720
    yield payments
    window.close()
    app.close_database(backup=False)
    i18n.install_translators("en")
    set_language("vi")  # Application(language) set the messages' language too: the suite's default back


def _settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def _assert_all_in_view(table: QTableView, free_text: int | None = None, names: tuple[int, ...] = ()) -> None:
    """Every column wholly in the viewport, its header whole; its values whole too, but for the
    free text of column ``free_text`` (a cancel reason), whose cut values show whole as tooltips."""
    assert table.isVisible() and table.model().rowCount() > 0
    header = table.horizontalHeader()
    width = table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to sideways
    for column in range(header.count()):
        text = table.model().headerData(column, Qt.Orientation.Horizontal)
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= width, (text, left, table.columnWidth(column), width)
        label = label_rect(table, column)
        metrics = header.fontMetrics()
        for line in text.split("\n"):  # two-line headers: each line whole
            assert metrics.horizontalAdvance(line) <= label.width(), (line, label.width())
        assert metrics.lineSpacing() * len(text.split("\n")) <= label.height() + metrics.leading(), text
        # The cells are not cut short either: the column is as wide as its widest value.
        if column != free_text and column not in names:  # names: checked by the caller
            assert table.sizeHintForColumn(column) <= table.columnWidth(column), text
    if free_text is not None:
        model = table.model()
        cut = [r for r in range(model.rowCount()) if table.sizeHintForIndex(model.index(r, free_text)).width()
               > table.columnWidth(free_text)]
        assert cut  # the demo month has a cancelled receipt with a long reason
        table.scrollTo(model.index(cut[0], free_text))
        _settle()
        for row in cut[:1]:
            assert tip(table, row, free_text) == model.index(row, free_text).data()
        assert tip(table, cut[0], 1) == ""  # a date shown whole: no tooltip


def test_every_column_of_both_lists_is_in_view_at_1280(page):
    page.side.setCurrentWidget(page.receipts_page)
    _settle()
    _assert_all_in_view(page.payments_table)  # "Tình trạng" too: ĐÃ HỦY and the whole reason
    page.side.setCurrentWidget(page.debts_page)
    _settle()
    _assert_all_in_view(page.debts_table)


def test_a_narrow_side_shortens_the_names_never_the_amounts(page):
    """At the smallest window (1024×640) the form is as narrow as it can be and the four lists
    keep every column in view: the names and the cancel reasons give way (elided, whole as
    tooltips), the amounts stay whole."""
    page.side.setCurrentWidget(page.debts_page)
    _settle()
    table = page.debts_table
    wanted = table.columnWidth(0)
    page.window().resize(1024, 640)
    _settle()
    assert (page.window().width(), page.window().height()) == (1024, 640)
    # The receipts: the child's name (column 2) and the status (6) give way, the status first.
    page.side.setCurrentWidget(page.receipts_page)
    _settle()
    receipts = page.payments_table
    _assert_all_in_view(receipts, free_text=6, names=(2,))
    model = receipts.model()
    names = [r for r in range(model.rowCount())
             if receipts.sizeHintForIndex(model.index(r, 2)).width() > receipts.columnWidth(2)]
    assert names or receipts.columnWidth(6) < receipts.sizeHintForColumn(6)  # the status gave way first
    for row in names[:1]:  # a long name cut short is shown whole on hover (the Vietnamese words are longer)
        receipts.scrollTo(model.index(row, 2))
        _settle()
        assert tip(receipts, row, 2) == model.index(row, 2).data()
    for widget, list_table in ((page.debts_page, table), (page.side.widget(2), page.days_table),
                               (page.side.widget(3), page.payouts_table)):
        page.side.setCurrentWidget(widget)
        _settle()
        assert list_table.horizontalScrollBar().maximum() == 0
        width = list_table.viewport().width()
        gives_way = {0} if list_table is table else {2, 3, 6} if list_table is page.payouts_table else set()
        for column in range(list_table.model().columnCount()):
            assert list_table.columnViewportPosition(column) + list_table.columnWidth(column) <= width
            if column not in gives_way:
                assert list_table.sizeHintForColumn(column) <= list_table.columnWidth(column)
    page.side.setCurrentWidget(page.debts_page)
    _settle()
    assert table.columnWidth(0) < wanted
    page.window().resize(1920, 1040)
    _settle()
    assert table.columnWidth(0) == wanted  # a wide screen: the amounts stay next to the names


def test_the_debt_list_is_in_the_order_its_header_shows(page):
    """Who owes most first, the header of "Còn nợ"/"Owes" marked sorted; the same amount by name."""
    table = page.debts_table
    header = table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 6
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    model = table.model()
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    assert len(rows) > 50
    keys = [(-r.balance, name_sort_key(r.full_name)) for r in rows]
    assert keys == sorted(keys)
    assert len({r.balance for r in rows}) < len(rows)  # equal amounts exist: the names order them
    said = page.debt_order.text()
    assert said.startswith(("Xếp theo cột “Còn nợ”, số lớn trước; cùng số tiền thì theo tên.",
                            "Ordered by “Owes”, largest first; the same amount by name.")), said
    # Another column clicked and "Còn nợ" again: equal amounts are back in name order.
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.debt_order.text().startswith(("Xếp theo cột “Lớp”, từ A đến Z.", "Ordered by “Class”, A to Z."))
    table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    again = [(-r.balance, name_sort_key(r.full_name))
             for r in (model.index(i, 0).data(ROW_ROLE) for i in range(model.rowCount()))]
    assert again == keys
    assert page.debt_order.text() == said
