"""A tab brought to the front gives the keyboard to its natural first widget (ui/tab_loading.py:
natural_focus, TabPage.shown), on the window's start and when another tab is chosen, so the user
can type at once: the nurse's grid on the first child's weight, the roster's children, the
attendance grid, the meal count, the agenda's items, the kitchen's day. Checked on the real
window over a real database file, with real key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTabBar

from kindergarten_desktop.ui.app import Application
from kindergarten_desktop.ui.tab_loading import TabPage
from kindergarten_desktop.ui.tabs import TAB_SPECS
from tests.ui.test_tab_loading import start  # noqa: F401 - the fixture

KEYS = [spec.key for spec in TAB_SPECS]


@pytest.fixture
def started(start, qtbot):  # noqa: F811 - the imported fixture
    """``started(path, tab)``: the app as it starts with ``tab`` remembered (test_tab_loading's
    ``start``), its window active, once the tab has loaded."""

    def started(path, tab: str) -> Application:
        app = start(path, tab)
        app.window.activateWindow()
        wait_loaded(qtbot, app.window.page(tab))
        return app

    return started


def wait_loaded(qtbot, page: TabPage) -> None:
    qtbot.waitUntil(lambda: page.state == TabPage.LOADED, timeout=20_000)
    for _ in range(5):  # the keyboard is handed over through the event loop
        QCoreApplication.processEvents()


def natural(window, key: str):
    """What each tab's user types into first."""
    tab = window.tab_widgets[key]
    return {"roster": lambda: tab.table, "growth": lambda: tab.grid, "meals": lambda: tab.count.table,
            "agenda": lambda: tab.table, "kitchen": lambda: tab.portion.day}[key]()


@pytest.mark.parametrize("key", KEYS)
def test_the_restored_tab_has_the_keyboard_once_loaded(started, demo_db_copy, key):
    window = started(demo_db_copy, key).window
    focus = window.focusWidget()
    assert not isinstance(focus, QTabBar)
    assert focus is natural(window, key)


def test_the_nurse_types_into_the_first_childs_weight_at_once(started, demo_db_copy, qtbot):
    from kindergarten_desktop.ui.growth.entry_model import WEIGHT

    window = started(demo_db_copy, "growth").window
    grid = window.tab_widgets["growth"].grid
    assert window.focusWidget() is grid
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, WEIGHT)
    qtbot.keyClick(window.focusWidget(), "1")  # a digit, where the keyboard is: it opens the weight's editor
    assert grid.state() == QAbstractItemView.State.EditingState
    assert grid.currentIndex().column() == WEIGHT


@pytest.mark.parametrize("key", [k for k in KEYS if k != "roster"])
def test_a_tab_chosen_takes_the_keyboard(started, demo_db_copy, qtbot, key):
    window = started(demo_db_copy, "roster").window
    window.tabs.tabBar().setFocus()  # where a click on the tab bar, or the start, leaves it
    window.tabs.setCurrentIndex(KEYS.index(key))
    wait_loaded(qtbot, window.page(key))
    assert window.focusWidget() is natural(window, key)
    window.tabs.setCurrentIndex(0)  # back to a tab loaded already: at once
    QCoreApplication.processEvents()
    assert window.focusWidget() is window.tab_widgets["roster"].table


def test_arrows_on_the_tab_bar_stay_there_and_enter_goes_into_the_tab(started, demo_db_copy, qtbot):
    window = started(demo_db_copy, "roster").window
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # going along the tabs: the keyboard stays on the bar
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    wait_loaded(qtbot, window.page("meals"))
    assert window.tabs.currentIndex() == KEYS.index("meals")
    assert window.focusWidget() is bar
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert window.focusWidget() is natural(window, "meals")


def test_ctrl_tab_from_the_children_goes_to_the_attendance_grid(started, demo_db_copy, qtbot):
    window = started(demo_db_copy, "roster").window
    roster = window.tab_widgets["roster"]
    assert window.focusWidget() is roster.table
    qtbot.keyClick(roster.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert roster.pages.currentIndex() == 1
    assert window.focusWidget() is roster.attendance.view
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert roster.pages.currentIndex() == 0
    assert window.focusWidget() is roster.table


def test_alt_and_a_number_goes_to_a_tab_from_inside_the_nurses_grid(started, demo_db_copy, qtbot):
    """The grid keeps Tab (next field) and Ctrl+Tab (the tab's pages): Alt+1 … Alt+5 reach the tabs."""
    window = started(demo_db_copy, "growth").window
    grid = window.tab_widgets["growth"].grid
    assert window.focusWidget() is grid
    qtbot.keyClick(grid, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    wait_loaded(qtbot, window.page("agenda"))
    assert window.tabs.currentIndex() == KEYS.index("agenda")
    assert window.focusWidget() is natural(window, "agenda")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    QCoreApplication.processEvents()
    assert window.tabs.currentIndex() == KEYS.index("growth") and window.focusWidget() is grid


def test_the_nurse_reaches_the_round_and_the_class_from_the_grid(started, demo_db_copy, qtbot):
    """Shift+Tab from the first cell goes back to the visit date and the class; Alt+O and Alt+L
    (Vietnamese: “Đợt cân đ̲o”, “L̲ớp”) reach the round and the class; a class picked with the arrow
    keys hands the keyboard back to its grid."""
    from kindergarten_desktop.ui.growth.entry_model import WEIGHT

    window = started(demo_db_copy, "growth").window
    growth = window.tab_widgets["growth"]
    grid = growth.grid
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is growth.visit
    for _section in range(3):  # the date's year, month and day (Qt's date field), then out of it
        qtbot.keyClick(growth.visit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is growth.classes
    qtbot.keyClick(growth.classes, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is growth.rounds
    qtbot.keyClick(growth.rounds, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is growth.classes
    first = growth.classes.currentText()
    qtbot.keyClick(growth.classes, Qt.Key.Key_Down)
    assert growth.classes.currentText() != first
    assert window.focusWidget() is grid and grid.currentIndex().column() == WEIGHT
