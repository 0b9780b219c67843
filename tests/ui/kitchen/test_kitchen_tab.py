"""The kitchen tab on the demo school, as a user sees it: real widgets, offscreen."""

import datetime as dt

from PySide6.QtCore import QDate

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.kitchen_tab import KitchenTab
from tests.conftest import DEMO_TODAY


def _tab(qtbot, demo_db, demo_db_copy):
    ctx = AppContext(demo_db, demo_db_copy)
    tab = KitchenTab(ctx)
    qtbot.addWidget(tab)
    tab.portion.day.setDate(QDate(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day))
    return tab


def test_portion_page_shows_both_groups_with_verdicts(qtbot, demo_db, demo_db_copy):
    tab = _tab(qtbot, demo_db, demo_db_copy)
    for group, meals in (("nursery", 3), ("kindergarten", 2)):  # 11 measures, then each meal's share
        assert tab.portion.summary_models[group].rowCount() == 11 + meals
        assert tab.portion.food_models[group].rowCount() > 5
        first = tab.portion.summary_models[group].index(0, 3)
        assert first.data() == "Within the norm"
    assert "children eating" in tab.portion.boxes["kindergarten"].title()


def test_portion_tables_show_their_headers_before_the_load_and_their_rows_after(qtbot, demo_db, demo_db_copy):
    """Built for the first paint (load=False), the day's portion's tables show Qt-kept headers,
    the same as their rows' models'; the load gives them those models (ui/table_headers.py)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    tab = KitchenTab(AppContext(demo_db, demo_db_copy), load=False)
    qtbot.addWidget(tab)
    page = tab.portion
    models = [*page.summary_models.values(), *page.food_models.values(), page.week_model]
    views = page.findChildren(QTableView)
    assert len(views) == len(models) == 5
    for view in views:
        shown = view.model()
        assert shown not in models and shown.rowCount() == 0
        headers = [shown.headerData(i, Qt.Orientation.Horizontal) for i in range(shown.columnCount())]
        assert headers in [[m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())]
                           for m in models]
    assert list(tab._lazy.built) == ["portion"]
    tab.load()
    assert sorted(id(v.model()) for v in views) == sorted(id(m) for m in models)
    assert page.findChild(QTableView, "summary_nursery").model() is page.summary_models["nursery"]
    assert page.findChild(QTableView, "foods_kindergarten").model() is page.food_models["kindergarten"]
    assert page.week_view.model() is page.week_model and page.week_model.rowCount() == 4
    assert page.summary_models["nursery"].rowCount() > 0 and page.food_models["nursery"].rowCount() > 0
    page.refresh()  # again: the same models stay
    assert page.week_view.model() is page.week_model


def test_every_page_loads_when_shown(qtbot, demo_db, demo_db_copy):
    tab = _tab(qtbot, demo_db, demo_db_copy)
    for edit in (tab.menus.week, tab.market.day, tab.inspection.day):
        edit.setDate(QDate(2026, 3, 16))
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)
    assert tab.menus.model.cells and tab.dishes.dishes.rowCount() >= 20
    tab.catalogue.search.setText("THIT LON NAC")
    assert "Thịt lợn nạc" in [f.name for f in tab.catalogue.model.rows]
    assert tab.market.model.rowCount() > 5 and tab.market.write_button.isEnabled()
    assert tab.inspection.records.rowCount() > 0 and tab.inspection.samples.rowCount() > 0


def test_import_dialog_previews_then_imports(qtbot, demo_db, demo_db_copy, tmp_path):
    from kindergarten_desktop.kitchen.menus import day_menu
    from kindergarten_desktop.ui.kitchen.import_dialog import MenuImportDialog

    path = tmp_path / "td.csv"
    path.write_text("Ngày,Khối,Bữa,Món ăn,Mã thực phẩm,Định lượng (g/trẻ)\n"
                    "23/03/2026,Mẫu giáo,Trưa,Cơm tẻ,1004,70\n"
                    "23/03/2026,Mẫu giáo,Trưa,Canh,9999,20\n", encoding="utf-8")
    ctx = AppContext(demo_db, demo_db_copy)
    dialog = MenuImportDialog(ctx, None, path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and not dialog.import_button.isEnabled()
    assert "1 invalid" in dialog.summary.text() and "replaces the menus of: 23/03/2026" in dialog.summary.text().lower()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [(ln.dish, ln.grams) for ln in day_menu(demo_db, dt.date(2026, 3, 23), "kindergarten")] == [("Cơm tẻ", 70)]


def test_vietnamese_interface(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")
    tab = _tab(qtbot, demo_db, demo_db_copy)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles[0] == "&Khẩu phần ngày" and "Kiểm thực và &lưu mẫu" in titles
    assert tab.portion.summary_models["nursery"].index(0, 3).data() == "Đạt định mức"


def test_inspection_and_sample_dialogs_save_and_refuse(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kindergarten_desktop.kitchen.inspection import Inspection, Sample, list_inspections, list_samples
    from kindergarten_desktop.ui.kitchen.record_dialogs import InspectionDialog, SampleDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    day = dt.date(2026, 3, 24)
    dialog = InspectionDialog(demo_db, Inspection(None, day, 1, "06:30", ""), None)
    qtbot.addWidget(dialog)
    dialog.item.setText("Thịt lợn nạc")
    dialog.at.setText("25:99")
    dialog.accept()
    assert warnings and list_inspections(demo_db, day, day) == []
    dialog.at.setText("6h45")
    dialog.passed.setChecked(False)
    dialog.accept()
    saved = list_inspections(demo_db, day, day)
    assert [(r.item, r.at, r.passed) for r in saved] == [("Thịt lợn nạc", "06:45", False)]
    taken = dt.datetime(2026, 3, 24, 10, 30)
    samples = SampleDialog(demo_db, Sample(None, day, "lunch", "", 100, "g", taken), None)
    qtbot.addWidget(samples)
    samples.dish.setText("Canh cua")
    samples.unit.setCurrentText("ml")
    samples.accept()  # 100 ml is below the 150 ml a liquid sample needs
    assert len(warnings) == 2 and list_samples(demo_db, day, day) == []
    samples.quantity.setValue(150)
    samples.accept()
    assert [(s.dish, s.quantity, s.unit, s.discarded_at) for s in list_samples(demo_db, day, day)] == [
        ("Canh cua", 150, "ml", None)]


def test_norms_dialog_adds_an_effective_dated_norm(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.kitchen.norms import norm_table
    from kindergarten_desktop.ui.kitchen.norms_dialog import NormsDialog

    ctx = AppContext(demo_db, demo_db_copy)
    dialog = NormsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    dialog.group.setCurrentIndex(1)  # kindergarten, filled from its latest norm
    assert dialog.spins["energy"][0].value() == 615
    dialog.start.setDate(QDate(2026, 4, 1))
    dialog.spins["energy"][0].setValue(640)
    dialog.source.setText("Nghị quyết HĐND tỉnh")
    dialog._save()
    assert dialog.model.rowCount() == 3
    norms = norm_table(demo_db)
    assert norms.on("kindergarten", dt.date(2026, 4, 1)).energy == (640, 726)
    assert norms.on("kindergarten", dt.date(2026, 3, 31)).energy == (615, 726)


def test_menu_page_fills_a_month_from_the_rotation(qtbot, demo_db, demo_db_copy, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kindergarten_desktop.kitchen.menus import menus_between

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    tab = _tab(qtbot, demo_db, demo_db_copy)
    tab.pages.setCurrentWidget(tab.menus)
    tab.menus.week.setDate(QDate(2026, 4, 13))
    assert not tab.menus.model.cells
    tab.menus._fill_month()
    assert tab.menus.model.cells
    april = menus_between(demo_db, dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert (dt.date(2026, 4, 30), "nursery") not in april and (dt.date(2026, 4, 29), "nursery") in april


def test_print_buttons_pass_the_pages_day_or_month(qtbot, demo_db, demo_db_copy):
    tab = _tab(qtbot, demo_db, demo_db_copy)
    tab.inspection.day.setDate(QDate(2026, 3, 5))
    tab.menus.week.setDate(QDate(2026, 3, 19))
    assert tab.report_params("nutrition") == {"date": DEMO_TODAY.isoformat()}
    assert tab.report_params("menu-week") == {"date": "2026-03-16"}
    assert tab.report_params("inspection-book") == tab.report_params("sample-book") == {"month": "2026-03"}


def test_deleting_an_inspection_record_or_a_sample_asks_first(qtbot, demo_db, demo_db_copy, monkeypatch):
    """One click on "Xóa dòng" / "Xóa mẫu" erased an entry of the food-safety book at once."""
    from PySide6.QtWidgets import QMessageBox

    tab = _tab(qtbot, demo_db, demo_db_copy)
    page = tab.inspection
    page.day.setDate(QDate(2026, 3, 16))
    tab.pages.setCurrentWidget(page)
    answers, asked = [QMessageBox.StandardButton.No], []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    for view, model, delete, what in ((page.records_view, page.records, page._delete_record, "item"),
                                      (page.samples_view, page.samples, page._delete_sample, "dish")):
        before = model.rowCount()
        view.selectRow(0)
        name = getattr(model.rows[0], what)
        answers[0] = QMessageBox.StandardButton.No
        delete()
        assert model.rowCount() == before and name in asked[-1]
        answers[0] = QMessageBox.StandardButton.Yes
        delete()
        assert model.rowCount() == before - 1


def test_choosing_another_school_year_moves_every_page_to_it(qtbot, demo_db, demo_db_copy):
    """The school year chosen in the toolbar: the kitchen's pages follow it like the roster's,
    growth's and agenda's (the tab kept showing the year it opened on)."""
    from kindergarten_desktop.school import ensure_school_year

    tab = _tab(qtbot, demo_db, demo_db_copy)
    shown = tab.ctx.school_year
    tab.pages.setCurrentWidget(tab.inspection)
    assert tab.inspection.records.rowCount() > 0
    older = ensure_school_year(demo_db, 2024)
    tab.ctx.set_school_year(older.id)
    assert tab.inspection.day.date().toPython() == older.start_date and tab.inspection.records.rowCount() == 0
    tab.pages.setCurrentWidget(tab.portion)
    assert tab.portion.day.date().toPython() == older.start_date
    tab.ctx.set_school_year(shown.id)
    assert shown.contains(tab.portion.day.date().toPython())


def test_the_menu_file_to_import_is_looked_for_in_the_users_folder(qtbot, demo_db, demo_db_copy, monkeypatch,
                                                                    tmp_path):
    """The open dialog started in the program's own folder (the working directory of a desktop
    shortcut), not in Documents or where the last document was saved or opened, as the roster's
    import and the reports do (ui/reports/export.save_folder)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from kindergarten_desktop.ui.kitchen.import_dialog import MenuImportDialog
    from kindergarten_desktop.ui.reports.export import FOLDER_KEY

    menus = tmp_path / "thuc-don"
    menus.mkdir()
    chosen = menus / "thuc-don-thang-4.csv"
    chosen.write_text("Ngày,Nhóm,Bữa,Món,Mã,Thực phẩm,Gam\n", encoding="utf-8")
    QSettings().setValue(FOLDER_KEY, str(tmp_path))
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _p, _t, folder, _f: (asked.append(folder), (str(chosen), ""))[1]))
    dialog = MenuImportDialog(AppContext(demo_db, demo_db_copy), None)
    qtbot.addWidget(dialog)
    try:
        dialog._choose()
        assert asked == [str(tmp_path)]
        assert QSettings().value(FOLDER_KEY) == str(menus)  # the next dialog opens where this file was
    finally:
        QSettings().remove(FOLDER_KEY)
    assert dialog.path.text() == str(chosen)
