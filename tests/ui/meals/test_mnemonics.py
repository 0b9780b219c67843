"""Keyboard-only in Vietnamese: on every page of the meals and kitchen tabs, Alt+letter of a menu
opens that menu and Alt+letter of a tab goes to that tab. "B&ữa ăn" took Alt+B from "&Báo cáo"
(the accountant could not reach the Reports menu from the meal count), "&Thu tiền và công nợ" and
"&Trẻ" took Alt+T from "&Tệp", "&Miễn giảm" and "Định &mức" shared Alt+M, and Alt+S for "&Số tiền" at
the counter left the page for "&Sổ tiền ăn tháng". Labels and buttons may share a letter with each
other (Qt moves between them on each press), never with a menu or a tab."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTabWidget, QWidget

from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp


@pytest.fixture
def window(qapp, demo_db_copy):
    make_qapp()
    i18n.install_translators("vi")
    app = Application(QApplication.instance(), "vi", interactive=False)
    assert app.open(demo_db_copy) is None
    app.show_window()
    yield app.window
    app.window.close()
    app.close_database(backup=False)
    i18n.install_translators("en")


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


def _page_mnemonics(window) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(letter -> visible labels and buttons, letter -> visible tabs) of what is on screen."""
    widgets: dict[str, list[str]] = {}
    tabs: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            if letter := _letter(widget.text()):
                widgets.setdefault(letter, []).append(widget.text())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if letter := _letter(widget.tabText(i)):
                    tabs.setdefault(letter, []).append(widget.tabText(i))
    return widgets, tabs


@pytest.mark.parametrize("tab", ["Tiền ăn", "Bếp"])
def test_menus_and_tabs_keep_their_alt_letters_on_every_page(window, tab):
    menus = {_letter(a.text()): a.text() for a in window.menuBar().actions() if _letter(a.text())}
    assert set(menus) == {"t", "b", "n", "g"}, menus
    main = window.tabs
    main.setCurrentIndex(next(i for i in range(main.count()) if main.tabText(i) == tab))
    _settle()
    inner = main.currentWidget().findChildren(QTabWidget)[0]
    seen = 0
    for index in range(inner.count()):
        inner.setCurrentIndex(index)
        _settle()
        widgets, tabs = _page_mnemonics(window)
        page = inner.tabText(index)
        seen += 1
        for letter, texts in {**widgets, **tabs}.items():
            assert letter.isascii() and letter.isalnum(), (page, texts)  # typed with Alt on any keyboard
        taken = {k: v for k, v in {**widgets, **tabs}.items() if k in menus}
        assert not taken, f"{page}: Alt+{list(taken)} should open the menu {[menus[k] for k in taken]}, not {taken}"
        shared = {k: v for k, v in tabs.items() if len(v) > 1}
        assert not shared, f"{page}: tabs sharing a letter: {shared}"
        leaves = {k: (v, tabs[k]) for k, v in widgets.items() if k in tabs}
        assert not leaves, f"{page}: Alt+{list(leaves)} of a field would switch tabs: {leaves}"
    assert seen == inner.count() >= 5
