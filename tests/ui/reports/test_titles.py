"""The English interface speaks English about reports: the Reports menu, the report dialog and
the export messages name each kind in English; the Vietnamese interface (and the documents
themselves) keep the Vietnamese document titles."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from kindergarten_desktop.reports.registry import all_kinds, get_kind
from kindergarten_desktop.reports.titles import ENGLISH, kind_title
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.app import Application, make_qapp

VIETNAMESE_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def test_every_kind_has_an_english_name():
    kinds = all_kinds()
    assert set(ENGLISH) == set(kinds)  # none missing, none left over from a removed kind
    for kind in kinds.values():
        assert kind_title(kind, "vi") == kind.title
        english = kind_title(kind, "en")
        assert english and not VIETNAMESE_LETTERS.search(english), english


@pytest.fixture
def window_in(qapp, demo_db_copy):
    opened: list[Application] = []

    def open_in(lang: str) -> QMenu:
        make_qapp()
        i18n.install_translators(lang)
        app = Application(QApplication.instance(), lang, interactive=False)
        assert app.open(demo_db_copy) is None
        app.show_window()
        opened.append(app)
        menu = app.window.findChild(QMenu, "reportsMenu")
        menu.aboutToShow.emit()
        return menu

    yield open_in
    for app in opened:
        app.window.close()
        app.close_database(backup=False)
    i18n.install_translators("en")


def test_reports_menu_in_english(window_in):
    menu = window_in("en")
    assert menu.title() == "&Reports"
    texts = [a.text() for a in menu.actions()]
    assert texts == sorted(ENGLISH[name] + "…" for name in all_kinds())  # in English order
    assert "Cash book…" in texts and "Monthly meal fee ledger…" in texts
    assert not any(VIETNAMESE_LETTERS.search(t) for t in texts), texts


def test_reports_menu_in_vietnamese(window_in):
    menu = window_in("vi")
    assert menu.title() == "&Báo cáo"
    texts = [a.text() for a in menu.actions()]
    assert texts == [kind.title + "…" for kind in all_kinds().values()]
    assert "Sổ quỹ tiền mặt…" in texts


def test_report_dialog_is_titled_in_the_interface_language(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.errors import set_language
    from kindergarten_desktop.ui.context import AppContext
    from kindergarten_desktop.ui.reports.dialog import ReportDialog

    ctx = AppContext(demo_db, demo_db_copy)
    set_language("en")
    try:
        dialog = ReportDialog(ctx, get_kind("debt-list"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Children still owing meal fees"
    finally:
        set_language("vi")
    dialog = ReportDialog(ctx, get_kind("debt-list"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Danh sách trẻ còn nợ tiền ăn"
