"""Alt+letter in the main window: on every tab and page, each letter leads to one place.

The menu bar's letters (Alt+T opens Tệp), the page titles of a tab with pages and the labels and
buttons of the page shown are all live at once; two of them on one letter and Qt only cycles the
focus between them (the menu no longer opens). Checked in both languages, on every page."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp
from kindergarten_desktop.ui.main_window import TAB_SPECS


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _live_texts(page: QWidget) -> list[str]:
    """Texts with a mnemonic the user can reach on ``page`` (buttons, a label's buddy, checkable groups)."""
    texts = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
    return [t for t in texts if mnemonic(t)]


def _clashes(named: dict[str, list[str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for where, texts in named.items():
        for text in texts:
            by_letter[mnemonic(text) or ""].append(f"{where}: {text}")
    return {letter: places for letter, places in by_letter.items() if len(places) > 1}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_alt_letter_leads_to_one_place_on_every_page(qapp, demo_db_copy, lang):
    make_qapp()
    i18n.install_translators(lang)
    app = Application(QApplication.instance(), lang, interactive=False)
    assert app.open(demo_db_copy) is None
    app.show_window()
    window = app.window
    problems = {}
    try:
        menus = [a.text() for a in window.menuBar().actions() if mnemonic(a.text())]
        for index, spec in enumerate(TAB_SPECS):
            window.tabs.setCurrentIndex(index)
            tab = window.tab(spec.key)
            QApplication.processEvents()
            pages = getattr(tab, "pages", None)
            if isinstance(pages, QTabWidget):
                titles = [pages.tabText(i) for i in range(pages.count()) if mnemonic(pages.tabText(i))]
                for i in range(pages.count()):
                    pages.setCurrentIndex(i)
                    QApplication.processEvents()
                    where = f"{spec.key} / {pages.tabText(i)}"
                    found = _clashes({"menu": menus, "pages": titles, where: _live_texts(pages.widget(i))})
                    if found:
                        problems[where] = found
                pages.setCurrentIndex(0)
            else:
                found = _clashes({"menu": menus, spec.key: _live_texts(tab)})
                if found:
                    problems[spec.key] = found
    finally:
        window.close()
        app.close_database(backup=False)
        i18n.install_translators("en")
    assert problems == {}, "\n".join(f"{w}: {c}" for w, c in problems.items())


def test_ctrl_tab_moves_between_the_pages_of_a_tab(qapp, demo_db_copy, qtbot):
    from PySide6.QtCore import Qt

    make_qapp()
    i18n.install_translators("vi")
    app = Application(QApplication.instance(), "vi", interactive=False)
    assert app.open(demo_db_copy) is None
    app.show_window()
    window = app.window
    try:
        meals = window.show_tab("meals")
        pages = meals.pages
        assert isinstance(pages, QTabWidget) and pages.currentIndex() == 0
        window.activateWindow()
        pages.currentWidget().setFocus()
        qtbot.keyClick(QApplication.focusWidget() or pages.currentWidget(), Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ControlModifier)
        assert pages.currentIndex() == 1
        assert window.tabs.tabText(window.tabs.currentIndex()) == "Tiền ăn"  # the window's own tab stays
    finally:
        window.close()
        app.close_database(backup=False)
        i18n.install_translators("en")
