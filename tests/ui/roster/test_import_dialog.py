from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.roster.importer import preview_import
from kindergarten_desktop.ui.roster.import_dialog import ImportDialog
from tests.roster.workbooks import realistic_rows, school_workbook


def test_preview_blocks_until_skipping_is_chosen(qtbot, demo_db, tmp_path, boxes, qtmodeltester):
    # The import enrols from the start of the year: a school that has closed no month yet
    # (the demo's closed months would refuse it, db/guards.py).
    demo_db.execute("DELETE FROM meal_month_event")
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    dialog = ImportDialog(demo_db, preview_import(demo_db, path, "2025-2026"))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 7
    assert dialog.model.index(2, 0).data() == 9 and dialog.model.index(2, 6).data().startswith("✗")
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.apply()
    assert dialog.import_result.added == 5
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before + 5


def test_cancel_writes_nothing(qtbot, demo_db, tmp_path):
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows()[:2])
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    dialog = ImportDialog(demo_db, preview_import(demo_db, path, "2025-2026"))
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled() and not dialog.skip.isVisibleTo(dialog)
    dialog.reject()
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before


def test_year_and_class_prefilled_from_the_title_and_the_left_out_rows_listed(qtbot, demo_db, tmp_path, boxes):
    from kindergarten_desktop.roster.importer import read_sheet
    from kindergarten_desktop.ui.roster.import_dialog import ImportResultDialog
    from tests.roster.class_lists import nam_nu_list

    sheet = read_sheet(nam_nu_list(tmp_path / "choi2.xlsx"))
    dialog = ImportDialog(demo_db, sheet, None, "2025-2026", "Lá 1")  # the tab had Lá 1 selected
    qtbot.addWidget(dialog)
    assert dialog.year.currentData() == "2025-2026" and dialog.klass.currentText() == "Chồi 2"
    assert "Chồi 2" in dialog.title_note.text()
    assert dialog.model.rowCount() == 4 and dialog.model.index(0, 5).data() == "Tạ Văn Lâm / Hồ Thị Sen"
    assert not dialog.import_button.isEnabled()  # 31/04/2021 is invalid
    assert dialog.model.index(3, 6).data().startswith("— ")  # the repeat of row 8: left out, said so
    dialog.skip.setChecked(True)
    dialog.klass.setCurrentText("Chồi 3")  # not what the title says: asked, the answer is No
    boxes.answer["question"] = QMessageBox.StandardButton.No
    dialog.apply()
    assert dialog.import_result is None and "Chồi 2" in boxes.said[-1][1]
    boxes.answer["question"] = QMessageBox.StandardButton.Yes
    dialog.apply()
    assert dialog.import_result.added == 2
    assert {r.class_name for r in dialog.preview.to_add} == {"Chồi 3"}
    report = ImportResultDialog(dialog.import_result)
    qtbot.addWidget(report)
    lines = report.details.toPlainText().splitlines()
    assert lines[0].startswith("10. Hà Nhật Nam: Date of birth 31/04/2021: that day does not exist")
    assert lines[1].startswith("11. Tạ Minh Đức: Same as row 8")


def test_an_import_after_closed_months_enrols_from_the_first_open_month(qtbot, demo_db, tmp_path):
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows()[:2])
    dialog = ImportDialog(demo_db, preview_import(demo_db, path, "2025-2026"))
    qtbot.addWidget(dialog)
    assert "from 01/03/2026" in dialog.summary.text()  # the demo's books are closed up to February
    dialog.apply()
    assert dialog.import_result.added == 2
    assert {r[0] for r in demo_db.execute(
        "SELECT e.start_date FROM enrollment e JOIN child c ON c.id = e.child_id WHERE c.full_name IN (?, ?)",
        ["Nguyễn Ngọc Bảo Anh", "Lò Văn Bình"])} == {"2026-03-01"}


def test_an_import_into_closed_months_is_refused_with_the_reason(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows()[:2])
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    # Last year's list: every month of that year is closed, so nothing can be enrolled.
    dialog = ImportDialog(demo_db, preview_import(demo_db, path, "2024-2025", follow_title=False))
    qtbot.addWidget(dialog)
    dialog.apply()
    assert shown and "02/2026" in shown[-1]  # the demo's books are closed up to February
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before
