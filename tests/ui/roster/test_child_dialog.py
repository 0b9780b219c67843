from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui.roster.child_dialog import ChildDialog


def _class(db, name="Chồi 1"):
    return db.execute("SELECT id FROM class WHERE name = ?", [name]).fetchone()[0]


def test_new_child_saved_with_enrolment(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    dialog = ChildDialog(demo_db, year, _class(demo_db))
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Hoàng Gia Bảo")
    dialog.birth_date.setText("14/02/2021")
    dialog.mother_phone.setText("091 234 5678")
    dialog.enrolled_on.setText("02/03/2026")
    dialog.ethnicity.setCurrentText("Tày")
    dialog.flag_boxes["near_poor_household"].setChecked(True)
    dialog.save()
    assert boxes.said == [] and dialog.result() == dialog.DialogCode.Accepted
    row = demo_db.execute("SELECT full_name, mother_phone, ethnicity, birth_date FROM child WHERE id = ?",
                          [dialog.child_id]).fetchone()
    assert row == ("Hoàng Gia Bảo", "0912345678", "Tày", "2021-02-14")
    assert demo_db.execute("SELECT start_date FROM enrollment WHERE child_id = ?",
                           [dialog.child_id]).fetchone()[0] == "2026-03-02"


def test_bad_input_keeps_the_dialog_open_and_writes_nothing(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    dialog = ChildDialog(demo_db, year, _class(demo_db))
    qtbot.addWidget(dialog)
    dialog.birth_date.setText("31/02/2021")
    dialog.save()
    assert "not a date" in boxes.said[-1][1]
    dialog.birth_date.setText("14/02/2021")
    dialog.save()
    assert "Full name is empty" in boxes.said[-1][1]
    dialog.full_name.setText("Lê Văn Tú")
    dialog.father_phone.setText("12345")
    dialog.save()
    assert "Father's phone" in boxes.said[-1][1]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before


def test_borderline_age_asks_and_can_be_declined(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    dialog = ChildDialog(demo_db, year, _class(demo_db))
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Lê Văn Tú")
    dialog.birth_date.setText("14/08/2018")  # 7 years 1 month old, in Chồi (4–5 years)
    dialog.enrolled_on.setText("02/10/2025")
    boxes.answer["question"] = QMessageBox.StandardButton.No
    dialog.save()
    kind, text = boxes.said[-1]
    assert kind == "question" and "at the limit" in text and "usually born in 2021" in text
    assert dialog.child_id is None
    dialog.birth_date.setText("14/02/2018")  # 7 years 7 months: refused
    dialog.save()
    assert boxes.said[-1][0] == "warning" and "from 6 months to 7 years" in boxes.said[-1][1]


def test_existing_child_shows_history_and_saves_edits(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    child_id = demo_db.execute("SELECT child_id FROM enrollment LIMIT 1").fetchone()[0]
    dialog = ChildDialog(demo_db, year, None, child_id)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 1 and dialog.history.item(0, 0).text() == "2025-2026"
    dialog.allergies.setText("Dị ứng đậu phộng")
    dialog.save()
    assert demo_db.execute("SELECT allergies FROM child WHERE id = ?", [child_id]).fetchone()[0] == "Dị ứng đậu phộng"


def test_enrolment_before_birth_or_after_the_year_is_refused_plainly(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    dialog = ChildDialog(demo_db, year, _class(demo_db))
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Lê Văn Tú")
    dialog.birth_date.setText("14/02/2021")
    dialog.enrolled_on.setText("01/01/2010")
    dialog.save()
    assert boxes.said[-1] == ("warning", "Enrolment date is before the date of birth")  # no negative age
    dialog.enrolled_on.setText("05/09/2026")
    dialog.save()
    assert boxes.said[-1] == ("warning", "Enrolled on 05/09/2026: after the end of school year 2025-2026 "
                                         "(31/08/2026)")
    assert dialog.child_id is None


def test_same_name_and_birth_date_asks_before_saving_a_twin(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    name, birth = demo_db.execute("SELECT full_name, birth_date FROM child LIMIT 1").fetchone()
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    dialog = ChildDialog(demo_db, year, _class(demo_db))
    qtbot.addWidget(dialog)
    dialog.full_name.setText("  " + name.upper() + " ")
    dialog.birth_date.setText(birth)
    boxes.answer["question"] = QMessageBox.StandardButton.No
    dialog.save()
    assert boxes.said[-1][0] == "question" and "Likely duplicate" in boxes.said[-1][1]
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before


def test_new_child_in_a_full_class_is_confirmed_first(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    class_id = _class(demo_db)
    demo_db.execute("UPDATE class SET capacity = 5 WHERE id = ?", [class_id])
    dialog = ChildDialog(demo_db, year, class_id)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Hoàng Gia Bảo")
    dialog.birth_date.setText("14/02/2021")
    dialog.enrolled_on.setText("02/03/2026")
    boxes.answer["question"] = QMessageBox.StandardButton.No
    dialog.save()
    assert boxes.said[-1][0] == "question" and "above its capacity of 5" in boxes.said[-1][1]
    assert dialog.child_id is None


def test_class_history_shows_the_corrections(qtbot, demo_db):
    import datetime as dt

    from kindergarten_desktop.roster import movements as mv

    year = find_school_year(demo_db, "2025-2026")
    child_id, class_id = demo_db.execute(
        "SELECT child_id, class_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()
    other = demo_db.execute("SELECT id FROM class WHERE school_year_id = ? AND id <> ? LIMIT 1",
                            [year.id, class_id]).fetchone()[0]
    mv.transfer(demo_db, child_id, other, dt.date(2026, 3, 17))
    mv.undo_last_movement(demo_db, child_id, "Nhầm lớp")
    dialog = ChildDialog(demo_db, year, class_id, child_id)
    qtbot.addWidget(dialog)
    last = dialog.history.rowCount() - 1
    assert dialog.history.item(last, 3).text() == "correction: transfer undone (Nhầm lớp)"
