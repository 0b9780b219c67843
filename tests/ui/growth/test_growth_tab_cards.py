"""The Growth tab's "Print growth cards…" action: save dialog, background build, the PDF made."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.roster.queries import class_children
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.growth_tab import GrowthTab
from tests.conftest import DEMO_TODAY


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy):
    widget = GrowthTab(AppContext(demo_db, Path(demo_db_copy)))
    widget.today = DEMO_TODAY
    widget.refresh()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def saved(monkeypatch, tmp_path):
    """Answers the save dialog with a file in tmp_path; records what was proposed and shown."""
    seen = {"proposed": [], "boxes": []}

    def get_save(_parent, _title, proposed, _filters, selected):
        seen["proposed"].append(Path(proposed).name)
        return str(tmp_path / Path(proposed).name), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen["boxes"].append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: seen["boxes"].append(text)))
    return seen


def _finished(qtbot, flow):
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60000) as blocker:
        pass
    return blocker.args[0]


def test_cards_of_the_chosen_class_and_round(qtbot, tab, saved):
    tab.rounds.setCurrentIndex(tab.rounds.findData(find_round(tab.ctx.db, tab.ctx.school_year.id, 2).id))
    tab.classes.setCurrentIndex(tab.classes.findText("Chồi 3"))
    assert tab.cards_class.text() == "This class (Chồi 3)"
    path = _finished(qtbot, tab.print_cards(whole_school=False))
    assert saved["proposed"] == ["Phieu_theo_doi_tang_truong_Choi_3_dot_2_2025-2026.pdf"]
    assert path is not None and path.name == saved["proposed"][0]
    class_id = tab.classes.currentData()
    children = class_children(tab.ctx.db, class_id, on=tab.current_round().day)
    pages = PdfReader(path).pages
    assert len(pages) == len(children)
    assert children[0].full_name in pages[0].extract_text() and "Cân đo đợt 2" in pages[0].extract_text()
    assert any(str(path) in text for text in saved["boxes"])  # "Saved: …" with open / folder buttons


def test_menu_offers_class_and_whole_school(tab, saved, monkeypatch):
    asked = []
    monkeypatch.setattr(tab, "print_cards", lambda *, whole_school: asked.append(whole_school))
    actions = tab.cards.menu().actions()
    assert [a.text().split(" (")[0] for a in actions] == ["This class", "Whole school"]
    actions[1].trigger()
    actions[0].trigger()
    assert asked == [True, False]
