from kindergarten_desktop.roster.staff import list_staff
from kindergarten_desktop.ui.staff_dialog import StaffDialog


def test_add_a_teacher_then_refuse_a_bad_phone_without_saving(qtbot, db):
    dialog = StaffDialog(db)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nguyễn Thị Lan")
    dialog.phone.setText("0912 345 678")
    dialog.save_button.click()
    assert [(s.full_name, s.role, s.phone) for s in list_staff(db)] == [("Nguyễn Thị Lan", "teacher", "0912345678")]
    assert dialog.model.rowCount() == 1 and dialog.message.text() == ""
    dialog.phone.setText("12ab")
    dialog.save_button.click()
    assert "Phone" in dialog.message.text()
    assert list_staff(db)[0].phone == "0912345678"  # the saved record is untouched


def test_empty_name_is_refused(qtbot, db):
    dialog = StaffDialog(db)
    qtbot.addWidget(dialog)
    dialog.start_new()
    dialog.save_button.click()
    assert "Full name" in dialog.message.text()
    assert list_staff(db) == []
