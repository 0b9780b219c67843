"""Every table of the meals tab's and the kitchen tab's pages in the main window at 1280×720 and
1366×768, in Vietnamese and English: its columns wholly in view without sideways scrolling, no
header cut short, no amount or number cut short. Only names and free text give way (elided),
shown whole as the cell's tooltip (ui/table_fit.py). The demo school's March 2026."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from kindergarten_desktop.errors import set_language
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp
from tests.ui.table_probe import label_rect, tip

PAGES = [("meals", name) for name in ("count", "ledger", "discounts", "payments", "market", "stock", "rates")] + \
        [("kitchen", name) for name in ("portion", "menus", "dishes", "catalogue", "market", "inspection")]
# The columns that may give way: names and free text (a reason, a note, a cancelled receipt's
# reason), by header, in both languages.
GIVE_WAY = {"Child", "Trẻ", "Status", "Tình trạng", "Paid to", "Người nhận", "Reason", "Lý do", "Note", "Ghi chú",
            "Dish", "Món ăn", "Food", "Thực phẩm",
            "Support and discount\nreasons", "Lý do hỗ trợ,\nmiễn giảm"}


@pytest.fixture(scope="module", params=[("vi", 1280, 720), ("en", 1280, 720), ("vi", 1366, 768), ("en", 1366, 768)],
                ids=lambda p: f"{p[0]}-{p[1]}")
def window(request, qapp, demo_db_file, tmp_path_factory):
    language, width, height = request.param
    path = tmp_path_factory.mktemp("layouts") / "demo.sqlite3"
    shutil.copy(demo_db_file, path)
    make_qapp()
    i18n.install_translators(language)
    app = Application(QApplication.instance(), language, interactive=False)
    assert app.open(path) is None
    app.show_window()
    app.window.resize(width, height)
    _settle()
    yield app.window, (width, height)
    app.window.close()
    app.close_database(backup=False)
    i18n.install_translators("en")
    set_language("vi")  # Application(language) set the messages' language too: the suite's default back


def _settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def _check(table: QTableView) -> list[str]:
    """What is cut in ``table``; empty when all is in view."""
    model, header = table.model(), table.horizontalHeader()
    width = table.viewport().width()
    found = []
    if table.horizontalScrollBar().maximum() > 0:
        found.append(f"scrolls sideways by {table.horizontalScrollBar().maximum()} px")
    metrics = header.fontMetrics()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        left = table.columnViewportPosition(column)
        if left < 0 or left + table.columnWidth(column) > width:
            found.append(f"{text!r} off the view ({left} + {table.columnWidth(column)} > {width})")
        label = label_rect(table, column)
        for line in text.split("\n"):
            if metrics.horizontalAdvance(line) > label.width():
                found.append(f"header {line!r} cut ({metrics.horizontalAdvance(line)} > {label.width()})")
        if metrics.lineSpacing() * len(text.split("\n")) > label.height() + metrics.leading():
            found.append(f"header {text!r} too low")
        if model.rowCount() == 0 or table.sizeHintForColumn(column) <= table.columnWidth(column):
            continue
        if text not in GIVE_WAY:
            found.append(f"values of {text!r} cut ({table.sizeHintForColumn(column)} > {table.columnWidth(column)})")
            continue
        cut = next(r for r in range(model.rowCount())
                   if table.sizeHintForIndex(model.index(r, column)).width() > table.columnWidth(column))
        table.scrollTo(model.index(cut, column))
        _settle()
        whole = model.index(cut, column).data()
        if tip(table, cut, column) != whole:
            found.append(f"{text!r}: {whole!r} cut without its tooltip")
    return found


@pytest.mark.parametrize(("tab", "name"), PAGES, ids=[f"{t}-{n}" for t, n in PAGES])
def test_every_table_of_the_page_is_in_view(window, tab, name):
    main, (width, height) = window
    tab_widget = main.show_tab(tab)
    page = tab_widget._lazy.get(name)
    tab_widget.pages.setCurrentWidget(page)
    if hasattr(page, "month"):
        page.month.set_month(2026, 3)
    _settle()
    assert (main.width(), main.height()) == (width, height)  # no page makes the window taller than the screen
    # A page with lists on tabs of its own (receipts, debts…): each of them in front in turn.
    inner = page.findChildren(QTabWidget)
    states = [(inner[0], i) for i in range(inner[0].count())] if inner else [(None, 0)]
    checked, problems = 0, []
    for holder, index in states:
        if holder is not None:
            holder.setCurrentIndex(index)
            _settle()
        for table in page.findChildren(QTableView):
            if table.isVisible() and table.model() is not None:
                checked += 1
                problems += [f"{table.objectName() or type(table).__name__} #{checked}: {p}" for p in _check(table)]
    assert checked > 0
    assert problems == []
