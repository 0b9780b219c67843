from PySide6.QtCore import Qt

from kindergarten_desktop.roster.classes import load_class
from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui.roster.class_dialog import ClassDialog


def test_create_class_with_teachers_and_capacity_warning(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    dialog = ClassDialog(demo_db, year.id)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "Class name is empty" in boxes.said[-1][1]
    dialog.name.setText("Lá 6")
    dialog.group.setCurrentIndex(dialog.group.findData("age_5_6"))
    dialog.capacity.setValue(40)
    dialog.teachers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert boxes.said[-1][0] == "question" and "legal maximum of 35" in boxes.said[-1][1]
    data = load_class(demo_db, dialog.class_id)
    assert (data.name, data.age_group, data.capacity, len(data.teacher_ids)) == ("Lá 6", "age_5_6", 40, 1)


def test_edit_loads_the_class(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    class_id = demo_db.execute("SELECT id FROM class WHERE name = 'Mầm 2'").fetchone()[0]
    dialog = ClassDialog(demo_db, year.id, class_id)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Mầm 2" and dialog.group.currentData() == "age_3_4"
    dialog.room.setText("Phòng 205")
    dialog.save()
    assert load_class(demo_db, class_id).room == "Phòng 205"


def test_new_class_age_group_follows_the_name_until_chosen(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    dialog = ClassDialog(demo_db, year.id)
    qtbot.addWidget(dialog)

    def type_name(text):  # QTest cannot type 'á': the line edit's typing signal, as a user's keys send it
        dialog.name.setText(text)
        dialog.name.textEdited.emit(text)

    assert dialog.group.currentData() == "mixed"  # not silently "3–12 months"
    type_name("Lá 6")
    assert dialog.group.currentData() == "age_5_6"
    type_name("Chồi 5")
    assert dialog.group.currentData() == "age_4_5"
    dialog.group.setCurrentIndex(dialog.group.findData("age_3_4"))
    dialog.group.activated.emit(dialog.group.currentIndex())  # the principal picks one
    type_name("Chồi 5A")
    assert dialog.group.currentData() == "age_3_4"


def test_too_long_name_is_refused_with_the_reason(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    dialog = ClassDialog(demo_db, year.id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Lớp " + "x" * 296)
    dialog.save()
    assert boxes.said[-1] == ("warning", "Class name is 300 characters long; at most 50 are allowed")
    assert dialog.class_id is None
    assert demo_db.execute("SELECT count(*) FROM class WHERE length(name) > 50").fetchone()[0] == 0
