"""The Reports menu's dialog offers what the user is looking at: the round (and class) open on the
growth tab, not the latest round of the calendar; the roster's class. The real window over a real
database file, the dialog opened from the real menu action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from kindergarten_desktop.growth.rounds import current_round, find_round
from kindergarten_desktop.ui.app import Application, make_qapp
from kindergarten_desktop.ui.reports.dialog import ReportDialog
from kindergarten_desktop.ui.tab_loading import TabPage


@pytest.fixture
def window(qapp, qtbot, demo_db_copy):
    make_qapp()
    QSettings().setValue("window/tab", "growth")
    app = Application(QApplication.instance(), "vi", interactive=False)
    assert app.open(demo_db_copy) is None
    app.show_window()
    qtbot.waitUntil(lambda: app.window.page("growth").state == TabPage.LOADED, timeout=20_000)
    yield app.window
    QSettings().remove("window")
    app.window.close()
    app.close_database(backup=False)


def open_from_menu(window, kind: str) -> dict[str, object]:
    """Choose *Báo cáo › <kind>* and read what the dialog shows, then close it."""
    shown: dict[str, object] = {}

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportDialog):
            QTimer.singleShot(10, read)
            return
        shown.update(year=dialog.year.currentText(), round=dialog.round.value(), klass=dialog.klass.currentText(),
                     values=dialog.values(),
                     assessment=dialog.narrative["assessment"].toPlainText() if dialog.narrative else None)
        dialog.reject()

    menu = window.findChild(QMenu, "reportsMenu")
    menu.aboutToShow.emit()
    action = window.findChild(QAction, f"report_{kind}")
    QTimer.singleShot(0, read)
    action.trigger()
    assert shown, "the dialog did not open"
    return shown


def show_round(growth, number: int, class_index: int):
    year = growth.ctx.school_year
    chosen = find_round(growth.ctx.db, year.id, number)
    growth.rounds.setCurrentIndex(growth.rounds.findData(chosen.id))
    growth.classes.setCurrentIndex(class_index)
    return chosen


def test_the_growth_summary_is_offered_for_the_round_on_the_growth_tab(window):
    growth = window.tab_widgets["growth"]
    year = growth.ctx.school_year
    usual = current_round(growth.ctx.db, year.id, year.end_date)
    assert usual is not None and usual.number != 2  # what the dialog offered on its own
    from kindergarten_desktop.reports.narrative import Narrative, save_narrative

    save_narrative(growth.ctx.db, find_round(growth.ctx.db, year.id, 2).id, Narrative(assessment="Đợt 2: tốt"))
    show_round(growth, 2, 3)
    shown = open_from_menu(window, "growth-summary")
    assert shown["year"] == year.name and shown["round"] == 2
    assert shown["values"]["round"] == 2
    assert shown["assessment"] == "Đợt 2: tốt"  # the round's own written assessment, to go on with


def test_growth_cards_are_offered_for_the_round_and_class_on_the_growth_tab(window):
    growth = window.tab_widgets["growth"]
    show_round(growth, 2, 3)
    class_name = growth.classes.currentText()
    shown = open_from_menu(window, "growth-cards")
    assert (shown["round"], shown["klass"]) == (2, class_name)
    assert shown["values"]["class_name"] == class_name


def test_the_growth_tabs_round_still_counts_from_another_tab(window):
    growth = window.tab_widgets["growth"]
    show_round(growth, 2, 3)
    window.show_tab("roster")
    roster = window.tab_widgets["roster"]
    roster.classes.setCurrentRow(5)
    shown = open_from_menu(window, "growth-cards")
    assert shown["round"] == 2
    assert shown["klass"] == roster.current_class().name  # the class in front: the roster's


def test_a_monthly_check_offers_the_school_round_it_follows(window):
    import datetime as dt

    from kindergarten_desktop.growth.rounds import add_round

    growth = window.tab_widgets["growth"]
    year = growth.ctx.school_year
    check = add_round(growth.ctx.db, year, dt.date(year.start_year + 1, 1, 12), kind="monthly")
    growth.refresh()
    growth.rounds.setCurrentIndex(growth.rounds.findData(check.id))
    assert current_round(growth.ctx.db, year.id, check.day).number == 2  # December's round came before
    assert open_from_menu(window, "growth-summary")["round"] == 2
