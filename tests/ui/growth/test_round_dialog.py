"""Adding a measuring round with the keyboard only: a refused round (a duplicate) leaves the dialog
open with what was typed, says why in Vietnamese and puts the keyboard on the field to correct;
corrected, the round is added and shown. A real tab over a real database file, real key presses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from kindergarten_desktop.growth.rounds import find_round, list_rounds
from kindergarten_desktop.ui.growth.round_dialog import RoundDialog
from tests.ui.growth.test_growth_tab import tab  # noqa: F401 - the fixture


def in_dialog(qtbot, steps):
    """Run ``steps(dialog)`` once the round dialog is open (the tab's button runs it modally)."""
    done = []

    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RoundDialog):
            QTimer.singleShot(10, run)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard is the dialog's
            steps(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return done


def type_date(qtbot, field, day: dt.date):
    """Type a date over the field as the nurse does: its digits, day first, the day's section
    selected (the field moves on from section to section by itself)."""
    assert field.lineEdit().selectedText() == field.sectionText(field.Section.DaySection)
    qtbot.keyClicks(field, day.strftime("%d%m%Y"))


def test_a_duplicate_round_keeps_the_dialog_open_with_what_was_typed(qtbot, tab):  # noqa: F811
    db, year = tab.ctx.db, tab.ctx.school_year
    second = find_round(db, year.id, 2)
    before = list_rounds(db, year.id)
    seen: dict[str, object] = {}

    def steps(dialog):
        assert QApplication.focusWidget() is dialog.kind  # where the dialog opens
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # "School-wide round"
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.day
        type_date(qtbot, dialog.day, second.day)
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)  # OK
        seen.update(open=dialog.isVisible(), kind=dialog.kind.currentData(), day=dialog.day.date(),
                    message=dialog.findChild(QLabel, "roundRefused").text(),
                    shown=dialog.findChild(QLabel, "roundRefused").isVisible(),
                    focus=QApplication.focusWidget() is dialog.day)
        # Corrected on the spot: the next day, then Enter.
        type_date(qtbot, dialog.day, second.day + dt.timedelta(days=1))
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()

    done = in_dialog(qtbot, steps)
    tab.new_round.setFocus()
    qtbot.keyClick(tab.new_round, Qt.Key.Key_Space)
    assert done
    assert seen["open"] and seen["kind"] == "round" and seen["day"] == QDate(second.day)
    assert seen["shown"] and seen["focus"]
    assert seen["message"] == f"Ngày {second.day:%d/%m/%Y} đã có đợt “{second.name}”: hãy chọn ngày khác."
    assert seen["closed"]
    after = list_rounds(db, year.id)
    added = [r for r in after if r.id not in {b.id for b in before}]
    assert [(r.kind, r.day, r.number) for r in added] == [("round", second.day + dt.timedelta(days=1), 3)]
    # Numbered by date: the day after round 2 is round 3, March's round moves up to 4.
    assert [r.number for r in after if r.kind == "round"] == [1, 2, 3, 4]
    assert tab.rounds.currentData() == added[0].id  # the tab shows the new round


def test_a_refused_name_puts_the_keyboard_on_the_name(qtbot, tab):  # noqa: F811
    db, year = tab.ctx.db, tab.ctx.school_year
    first = find_round(db, year.id, 1)
    before = list_rounds(db, year.id)
    seen: dict[str, object] = {}

    def steps(dialog):
        dialog.name.setFocus()
        dialog.name.insert(first.name.upper())  # as an input method commits Vietnamese (QTest types ASCII only)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        seen.update(open=dialog.isVisible(), name=dialog.name.text(),
                    message=dialog.findChild(QLabel, "roundRefused").text(),
                    focus=QApplication.focusWidget() is dialog.name, selected=dialog.name.selectedText())
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    done = in_dialog(qtbot, steps)
    tab.new_round.setFocus()
    qtbot.keyClick(tab.new_round, Qt.Key.Key_Space)
    assert done
    assert seen["open"] and seen["name"] == first.name.upper()
    assert seen["focus"] and seen["selected"] == first.name.upper()  # typing replaces it
    assert f"đã có đợt “{first.name}”" in seen["message"] and "hãy đặt tên khác" in seen["message"]
    assert list_rounds(db, year.id) == before


def test_a_date_outside_the_school_year_is_refused_on_the_date(qtbot, tab):  # noqa: F811
    db, year = tab.ctx.db, tab.ctx.school_year
    before = list_rounds(db, year.id)
    outside = year.end_date + dt.timedelta(days=30)
    seen: dict[str, object] = {}

    def steps(dialog):
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
        type_date(qtbot, dialog.day, outside)
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
        seen.update(open=dialog.isVisible(), day=dialog.day.date(), message=dialog.message.text(),
                    focus=QApplication.focusWidget() is dialog.day)
        qtbot.keyClick(dialog.day, Qt.Key.Key_Escape)

    done = in_dialog(qtbot, steps)
    tab.new_round.setFocus()
    qtbot.keyClick(tab.new_round, Qt.Key.Key_Space)
    assert done
    assert seen["open"] and seen["day"] == QDate(outside) and seen["focus"]
    assert seen["message"] == (f"Ngày {outside:%d/%m/%Y} nằm ngoài năm học {year.name} "
                               f"({year.start_date:%d/%m/%Y} – {year.end_date:%d/%m/%Y}): "
                               "hãy chọn một ngày trong năm học.")
    assert list_rounds(db, year.id) == before
