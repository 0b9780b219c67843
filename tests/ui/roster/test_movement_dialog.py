from kindergarten_desktop.roster.movements import current_stay, history
from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui.roster.movement_dialog import TRANSFER, WITHDRAW, MovementDialog


def test_transfer_then_withdraw(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    child_id, class_id = demo_db.execute(
        "SELECT child_id, class_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()
    dialog = MovementDialog(demo_db, year, child_id, "x", TRANSFER, class_id)
    qtbot.addWidget(dialog)
    assert dialog.target.currentIndex() == -1  # no class chosen for the user
    dialog.date.setText("17/03/2026")
    dialog.save()
    assert boxes.said == [("warning", "Choose the class.")]
    boxes.said.clear()
    dialog.target.setCurrentIndex(0)
    dialog.save()
    assert all(kind == "question" for kind, _text in boxes.said)  # age group / capacity: confirmed
    import datetime as dt

    assert current_stay(demo_db, child_id, dt.date(2026, 3, 17)).class_id == dialog.target.itemData(0)
    leave = MovementDialog(demo_db, year, child_id, "x", WITHDRAW)
    qtbot.addWidget(leave)
    leave.date.setText("bad")
    leave.save()
    assert "not a date" in boxes.said[-1][1]
    leave.date.setText("20/03/2026")
    leave.save()
    assert "reason" in boxes.said[-1][1]
    leave.reason.setCurrentText("Gia đình chuyển nơi ở")
    leave.save()
    assert history(demo_db, child_id)[-1].end_reason == "withdrawal"


def test_wrong_class_corrected_with_a_recorded_reason(qtbot, demo_db, boxes):
    from kindergarten_desktop.roster.movements import corrections
    from kindergarten_desktop.ui.roster.movement_dialog import CORRECT

    year = find_school_year(demo_db, "2025-2026")
    child_id, class_id = demo_db.execute(
        "SELECT child_id, class_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()
    before = history(demo_db, child_id)
    dialog = MovementDialog(demo_db, year, child_id, "x", CORRECT, class_id)
    qtbot.addWidget(dialog)
    assert dialog.target.currentIndex() == -1
    dialog.target.setCurrentIndex(1)
    dialog.reason.setCurrentText("Nhập nhầm lớp")
    dialog.save()  # the stay began in a month whose books are closed: refused, with the reason
    assert "02/2026" in boxes.said[-1][1] and history(demo_db, child_id) == before
    demo_db.execute("DELETE FROM meal_month_event")  # a school that has closed no month yet
    dialog.save()
    after = history(demo_db, child_id)
    assert [(s.start, s.end) for s in after] == [(s.start, s.end) for s in before]  # same dates
    assert after[-1].class_id == dialog.target.itemData(1) != class_id
    assert corrections(demo_db, child_id)[-1].reason == "Nhập nhầm lớp"
