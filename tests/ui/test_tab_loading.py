"""The main tabs load after the window's first paint (ui/tab_loading.py): the restored tab shows
"Loading…" and is disabled until its data is in; a tab whose load fails on a damaged database
says so in the tab, in the user's language, with restore and salvage, and never stays empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kindergarten_desktop.errors import set_language
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp
from kindergarten_desktop.ui.tab_loading import TabPage
from kindergarten_desktop.ui.tabs import TAB_SPECS
from tests.db.conftest import damage_table


@pytest.fixture
def start(qapp, qtbot):
    """``start(path, tab, lang)``: the app as it starts, with ``tab`` remembered, window shown."""
    opened: list[Application] = []

    def start(path, tab: str, lang: str = "en") -> Application:
        make_qapp()
        QSettings().setValue("window/tab", tab)
        i18n.install_translators(lang)
        app = Application(QApplication.instance(), lang, interactive=False)
        assert app.open(path) is None
        app.show_window()
        opened.append(app)
        return app

    yield start
    QSettings().remove("window")
    for app in opened:
        if app.window is not None:
            app.window.close()
        app.close_database(backup=False)
    set_language("vi")


@pytest.mark.parametrize("key", [spec.key for spec in TAB_SPECS])
def test_restored_tab_loads_after_its_first_paint(start, demo_db_copy, qtbot, key):
    app = start(demo_db_copy, key)
    page = app.window.current_page()
    assert page.key == key
    # Built, shown disabled with "Loading…" until the event loop has painted it.
    assert page.state == TabPage.LOADING
    assert page.widget is not None and not page.widget.isEnabled()
    assert page.status.isVisible() and page.message.text() == "Loading…"
    with qtbot.waitSignal(page.ready, timeout=20_000):
        pass
    assert page.state == TabPage.LOADED
    assert page.widget.isEnabled() and page.widget.isVisible() and not page.status.isVisible()
    # Only the visible tab was built; another loads when first shown.
    assert set(app.window.tab_widgets) == {key}


def test_other_tab_loads_when_first_shown(start, demo_db_copy, qtbot):
    app = start(demo_db_copy, "roster")
    qtbot.waitUntil(lambda: app.window.page("roster").state == TabPage.LOADED)
    agenda = app.window.page("agenda")
    with qtbot.waitSignal(agenda.ready, timeout=20_000):
        app.window.tabs.setCurrentWidget(agenda)
    assert agenda.state == TabPage.LOADED
    assert app.window.tab_widgets["agenda"].model.rowCount() > 0


def test_asking_for_a_tab_loads_it_at_once(start, demo_db_copy):
    app = start(demo_db_copy, "roster")
    roster = app.window.tab("roster")  # before any paint: the caller needs the data now
    assert app.window.page("roster").state == TabPage.LOADED
    assert roster.classes.count() > 0


@pytest.mark.parametrize(("lang", "expected"), [("en", "damaged"), ("vi", "bị hỏng")])
def test_tab_on_a_damaged_database_says_what_happened_and_what_to_do(
        start, tmp_path, qtbot, monkeypatch, lang, expected):
    from kindergarten_desktop.db import open_database

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    path = tmp_path / "hong.sqlite3"
    db = open_database(path)
    with db.atomic():
        db.execute("INSERT INTO school_year (name, start_date, end_date) VALUES ('2025-2026', '2025-09-05', "
                   "'2026-08-31')")
        db.execute("UPDATE school SET current_school_year_id = 1")
        db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (1, 'Lá 1', 'age_5_6')")
    db.close()
    damage_table(path, "class")  # the roster's first query reads the classes
    app = start(path, "roster", lang)
    page = app.window.current_page()
    qtbot.waitUntil(lambda: app.window.current_page().state == TabPage.FAILED, timeout=20_000)
    page = app.window.current_page()  # the window is rebuilt read-only once the damage check answers
    assert not page.widget.isVisible()  # no empty tab left on screen
    text = page.findChild(QLabel, "tabStatusMessage").text()
    assert expected in text and str(path) in text
    assert page.buttons["retry"].isVisible()
    assert page.buttons["restore"].isVisible() and page.buttons["salvage"].isVisible()
    # "Try again" fails the same way, and says so again.
    page.buttons["retry"].click()
    assert page.state == TabPage.FAILED and expected in page.message.text()


def test_unexpected_error_while_loading_names_the_log(start, demo_db_copy, qtbot, monkeypatch):
    from kindergarten_desktop.ui.tabs.agenda_tab import AgendaTab

    def broken(self) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(AgendaTab, "load", broken)
    app = start(demo_db_copy, "agenda")
    page = app.window.current_page()
    qtbot.waitUntil(lambda: page.state == TabPage.FAILED, timeout=20_000)
    assert "unexpected error" in page.message.text()
    assert page.buttons["retry"].isVisible() and not page.buttons["salvage"].isVisible()
    monkeypatch.undo()
    page.buttons["retry"].click()
    assert page.state == TabPage.LOADED and page.widget.isVisible() and not page.status.isVisible()


@pytest.mark.parametrize("key", ["roster", "growth", "agenda"])
def test_a_reload_after_another_school_year_is_chosen_fails_in_the_tab_like_a_first_load(
        start, demo_db_copy, qtbot, key):
    import sqlite3

    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.school import ensure_school_year

    db = open_database(demo_db_copy)
    ensure_school_year(db, 2026)  # next year, to switch to
    db.close()
    app = start(demo_db_copy, key)
    page = app.window.current_page()
    qtbot.waitUntil(lambda: page.state == TabPage.LOADED, timeout=20_000)
    combo = app.window.year_combo
    assert combo.count() == 2
    other = next(i for i in range(combo.count()) if i != combo.currentIndex())
    # A table renamed behind the app's back (another program, a bad copy): the next read fails.
    raw = sqlite3.connect(demo_db_copy)
    raw.execute("ALTER TABLE class RENAME TO class_hidden")
    raw.commit()
    combo.setCurrentIndex(other)  # as the user picks another school year
    assert page.state == TabPage.FAILED
    assert not page.widget.isVisible() and page.status.isVisible()
    text = page.findChild(QLabel, "tabStatusMessage").text()
    # No raw dialog (tests/ui/conftest.py fails on one): the tab says it, and the log has the details.
    assert text.startswith("This tab could not be loaded. An unexpected error occurred.")
    assert page.buttons["retry"].isVisible() and page.buttons["restore"].isVisible()
    # Put back, "Try again" shows the other year.
    raw.execute("ALTER TABLE class_hidden RENAME TO class")
    raw.commit()
    raw.close()
    page.buttons["retry"].click()
    assert page.state == TabPage.LOADED and page.widget.isVisible() and not page.status.isVisible()
    # Choosing again reloads through the same path, with the data of the year chosen.
    combo.setCurrentIndex(1 - other)
    assert page.state == TabPage.LOADED and page.widget.isVisible()
