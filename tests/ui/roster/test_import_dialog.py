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
    assert dialog.model.index(2, 0).data() == 9 and dialog.model.index(2, 5).data().startswith("✗")
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.apply()
    assert dialog.result.added == 5
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before + 5


def test_cancel_writes_nothing(qtbot, demo_db, tmp_path):
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows()[:2])
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    dialog = ImportDialog(demo_db, preview_import(demo_db, path, "2025-2026"))
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled() and not dialog.skip.isVisibleTo(dialog)
    dialog.reject()
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before


def test_an_import_into_closed_months_is_refused_with_the_reason(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows()[:2])
    before = demo_db.execute("SELECT count(*) FROM child").fetchone()[0]
    dialog = ImportDialog(demo_db, preview_import(demo_db, path, "2025-2026"))
    qtbot.addWidget(dialog)
    dialog.apply()
    assert shown and "02/2026" in shown[-1]  # the demo's books are closed up to February
    assert demo_db.execute("SELECT count(*) FROM child").fetchone()[0] == before
