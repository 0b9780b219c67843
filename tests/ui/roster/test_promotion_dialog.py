from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui.roster.promotion_dialog import PromotionDialog, PromotionModel


def test_preview_adjust_and_apply(qtbot, demo_db, boxes, qtmodeltester):
    dialog = PromotionDialog(demo_db, find_school_year(demo_db, "2025-2026"))
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    row = next(i for i, m in enumerate(dialog.plan.moves) if m.from_group == "age_4_5")
    index = model.index(row, PromotionModel.TARGET_COLUMN)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    # Edit through the real delegate's combo box.
    dialog.view.edit(index)
    combo = dialog.view.findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("Lá 5"))
    dialog.view.commitData(combo)
    assert dialog.plan.moves[row].target == "Lá 5"
    assert "Lá 5 (" in dialog.summary.text()
    dialog.apply()
    assert dialog.result_counts["promoted"] > 300
    question = boxes.said[0][1]  # the real counts: moving up and graduating, not all of them "moving up"
    assert question.startswith(f"{dialog.result_counts['promoted']} children move up")
    assert f"and {dialog.result_counts['graduated']} graduate" in question
    child = dialog.plan.moves[row].child_id
    assert demo_db.execute("""SELECT c.name FROM enrollment e JOIN class c ON c.id = e.class_id
                              WHERE e.child_id = ? AND e.end_date IS NULL""", [child]).fetchone()[0] == "Lá 5"


def test_over_capacity_shown(qtbot, demo_db, boxes):
    dialog = PromotionDialog(demo_db, find_school_year(demo_db, "2025-2026"))
    qtbot.addWidget(dialog)
    for row, move in enumerate(dialog.plan.moves):
        if move.from_group == "age_3_4":
            dialog.model.setData(dialog.model.index(row, 3), "Chồi 1")
    assert "legal maximum 30" in dialog.summary.text() or "tối đa 30" in dialog.summary.text()
