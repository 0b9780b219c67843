"""The nurse's Save in the growth summary's dialog, with the keyboard, on a real database file with
accounts (the nurse signed in): nothing typed writes no assessment row, no document settings and no
entry on the audit trail; an unchanged assessment is not written again; one emptied is forgotten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.reports.narrative import Narrative, load_narrative, save_narrative
from kindergarten_desktop.reports.registry import get_kind
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.reports.dialog import ReportDialog
from tests.accounts.conftest import act_as


def trail(db):
    return db.execute("SELECT table_name, action FROM audit_log WHERE table_name IN "
                      "('growth_round_narrative', 'document_settings') ORDER BY id").fetchall()


def open_dialog(qtbot, db, path, round_number):
    dialog = ReportDialog(AppContext(db, path), get_kind("growth-summary"), looking_at={"round": str(round_number)})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press_save(qtbot, dialog):
    """Tab to "Lưu…" as the nurse does and press it with the space bar."""
    dialog.save_button.setFocus()
    assert QApplication.focusWidget() is dialog.save_button
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_save_with_nothing_typed_writes_nothing(qtbot, accounts_db, accounts_db_copy):
    act_as(accounts_db, "yte")
    year = accounts_db.execute("SELECT id FROM school_year ORDER BY start_date DESC").fetchone()[0]
    dialog = open_dialog(qtbot, accounts_db, accounts_db_copy, 2)
    assert dialog.round.value() == 2 and all(not e.toPlainText() for e in dialog.narrative.values())
    press_save(qtbot, dialog)
    assert accounts_db.execute("SELECT count(*) FROM growth_round_narrative").fetchone()[0] == 0
    assert accounts_db.execute("SELECT count(*) FROM document_settings").fetchone()[0] == 0
    assert trail(accounts_db) == []
    assert find_round(accounts_db, year, 2) is not None


def test_an_unchanged_assessment_is_not_written_again_and_an_emptied_one_is_forgotten(
        qtbot, accounts_db, accounts_db_copy):
    act_as(accounts_db, "yte")
    year = accounts_db.execute("SELECT id FROM school_year ORDER BY start_date DESC").fetchone()[0]
    round_id = find_round(accounts_db, year, 2).id
    save_narrative(accounts_db, round_id, Narrative(assessment="Tỉ lệ suy dinh dưỡng giảm.", causes="Bữa phụ"))
    before = trail(accounts_db)
    dialog = open_dialog(qtbot, accounts_db, accounts_db_copy, 2)
    assert dialog.narrative["assessment"].toPlainText() == "Tỉ lệ suy dinh dưỡng giảm."
    press_save(qtbot, dialog)
    assert trail(accounts_db) == before  # nothing changed: nothing written
    assert load_narrative(accounts_db, round_id).causes == "Bữa phụ"

    dialog = open_dialog(qtbot, accounts_db, accounts_db_copy, 2)
    for edit in dialog.narrative.values():  # the nurse empties every part on purpose
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    press_save(qtbot, dialog)
    assert load_narrative(accounts_db, round_id) == Narrative()
    assert trail(accounts_db) == [*before, ("growth_round_narrative", "delete")]
