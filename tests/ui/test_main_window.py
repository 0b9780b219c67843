import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kindergarten_desktop.school import load_settings
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp


@pytest.fixture
def controller(qapp, demo_db_copy):
    make_qapp()
    i18n.install_translators("vi")
    app = Application(QApplication.instance(), "vi", interactive=False)
    assert app.open(demo_db_copy) is None
    app.show_window()
    yield app
    app.window.close()
    app.close_database(backup=False)
    i18n.install_translators("en")  # other UI tests read the English source strings


def test_four_tabs_in_vietnamese(controller):
    tabs = controller.window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Danh sách lớp", "Tăng trưởng", "Tiền ăn", "Lịch trọng tâm", "Bếp"]
    assert "Hoa Mai" in controller.window.windowTitle()
    assert "2025-2026" in controller.window.year_label.text()


def test_language_switch_is_remembered_and_retitles(controller):
    controller.set_language("en")
    tabs = controller.window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Class rosters", "Growth", "Meals && fees", "Monthly agenda", "Kitchen"]
    assert QSettings().value("language") == "en"
    controller.set_language("vi")
    assert controller.window.tabs.tabText(0) == "Danh sách lớp"


def test_roster_tab_lists_classes_and_searches_without_accents(controller, qtbot):
    roster = controller.window.show_tab("roster")
    assert roster.classes.count() == 16
    assert roster.model.rowCount() > 20
    first = roster.model.index(0, 1).data()
    from kindergarten_desktop.names import fold

    roster.search.setText(fold(first))
    assert 1 <= roster.proxy.rowCount() < roster.model.rowCount()
    roster.search.clear()
    assert roster.proxy.rowCount() == roster.model.rowCount()


def test_tabs_are_built_when_first_shown(controller):
    window = controller.window
    window.show_tab("roster")
    assert "agenda" not in window.tab_widgets
    window.tabs.setCurrentIndex(3)
    assert window.tab_widgets["agenda"].isVisible()


def test_geometry_and_last_tab_remembered(controller):
    controller.window.tabs.setCurrentIndex(2)
    controller.window.close()
    assert QSettings().value("window/tab") == "meals"
    controller.show_window()
    assert controller.window.tabs.currentIndex() == 2


def test_settings_dialog_refuses_empty_name_and_saves(controller, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kindergarten_desktop.ui.settings_dialog import SchoolSettingsDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a))
    dialog = SchoolSettingsDialog(controller.ctx.db)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.accept()
    assert warnings and dialog.result() == 0
    assert load_settings(controller.ctx.db).name == "Trường Mầm non Hoa Mai"
    dialog.name.setText("Trường Mầm non Sen Hồng")
    dialog.principal.setText("Lê Thị Hoa")
    dialog.accept()
    saved = load_settings(controller.ctx.db)
    assert (saved.name, saved.principal_name) == ("Trường Mầm non Sen Hồng", "Lê Thị Hoa")


def test_second_open_of_the_same_database_is_refused(controller, demo_db_copy):
    other = Application(QApplication.instance(), "vi", interactive=False)
    problem = other.open(demo_db_copy)
    assert problem is not None and "already open" in problem.replace("đang được mở", "already open")


def test_bad_file_message_names_the_file(qapp, tmp_path):
    make_qapp()
    bad = tmp_path / "hồ sơ.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    app = Application(QApplication.instance(), "en", interactive=False)
    problem = app.open(bad)
    assert problem is not None and str(bad) in problem
    assert bad.read_bytes() == b"garbage" * 100


def test_reports_menu_lists_the_registered_kinds(controller):
    from kindergarten_desktop.reports.registry import all_kinds

    menu = next(a.menu() for a in controller.window.menuBar().actions() if a.text() == "&Báo cáo")
    assert menu.actions() == []  # filled when first opened, so start-up does not import the kinds
    menu.aboutToShow.emit()
    menu.aboutToShow.emit()
    assert [a.objectName() for a in menu.actions()] == [f"report_{name}" for name in all_kinds()]


def test_new_school_creates_its_first_school_year_from_the_settings(qapp, qtbot, tmp_path, monkeypatch):
    """An empty database has no school year, and nothing else can be done without one."""
    import datetime as dt

    from kindergarten_desktop.school import list_school_years, school_year_name, school_year_start_for
    from kindergarten_desktop.ui.settings_dialog import SchoolSettingsDialog

    make_qapp()
    app = Application(QApplication.instance(), "en", interactive=True)
    assert app.open(tmp_path / "new.sqlite3") is None
    opened = []
    monkeypatch.setattr(Application, "_edit_settings", lambda self: opened.append(True))
    app.show_window()
    try:
        qtbot.waitUntil(lambda: opened == [True])  # first run asks for the school at once
        dialog = SchoolSettingsDialog(app.ctx.db)
        qtbot.addWidget(dialog)
        this_year = school_year_name(school_year_start_for(dt.date.today()))
        assert dialog.year.currentText() == f"{this_year} (new)"
        assert dialog.year.count() == 2  # this year and the next, both offered as new
        dialog.name.setText("Trường Mầm non Sen Hồng")
        dialog.accept()
        assert [y.name for y in list_school_years(app.ctx.db)] == [this_year]
        assert load_settings(app.ctx.db).current_school_year_id == list_school_years(app.ctx.db)[0].id
        reopened = SchoolSettingsDialog(app.ctx.db)
        qtbot.addWidget(reopened)
        assert reopened.year.currentText() == this_year
    finally:
        app.window.close()
        app.close_database(backup=False)


def test_menu_shortcuts_are_the_platform_standard_keys(controller):
    """Each menu entry with a standard key gets that key's first binding on this platform (Ctrl+O,
    Ctrl+N...), as setShortcut(StandardKey) gave it, set without building PySide6's Qt namespace."""
    from PySide6.QtGui import QKeySequence

    keys = QKeySequence.StandardKey
    with_keys = {a.shortcut().toString(): a.shortcuts() for menu in controller.window.menuBar().actions()
                 if menu.menu() for a in menu.menu().actions() if a.shortcuts()}
    assert with_keys == {QKeySequence(k).toString(): [QKeySequence(k)]
                         for k in (keys.Open, keys.New, keys.Quit, keys.HelpContents) if QKeySequence.keyBindings(k)}
    assert {"Ctrl+O", "Ctrl+N"} <= set(with_keys)


def test_a_rebuilt_window_leaves_no_slot_of_the_old_one_behind(controller, qtbot):
    """Signing out and in (or a language switch) builds a new window over the same context; the
    old window's and tabs' reactions to a change stayed connected to it, so the next saved mark
    showed "an unexpected error" (RuntimeError: the old window's C++ object was deleted)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for key in ("roster", "growth", "agenda", "meals", "kitchen"):
        controller.window.tab(key)  # built, with their reactions to the school year
    old = controller.window
    controller.set_language("en")  # the same path as a sign-in: show_window() builds a new one
    assert controller.window is not old
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater() done
    for key in ("roster", "growth", "agenda", "meals", "kitchen"):
        controller.window.tab(key)
    with qtbot.captureExceptions() as raised:
        controller.ctx.dataChanged.emit("roster")
        controller.ctx.schoolYearChanged.emit(controller.ctx.school_year)
        qtbot.wait(50)
    assert raised == []
    assert "Hoa Mai" in controller.window.windowTitle()
    controller.set_language("vi")
