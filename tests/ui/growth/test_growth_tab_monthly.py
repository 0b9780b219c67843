"""A monthly check in the Growth tab: the follow-up children only, with the reason, unless the
nurse asks for the whole class."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kindergarten_desktop.growth.follow_up import follow_up_list
from kindergarten_desktop.growth.measurements import get_measurement
from kindergarten_desktop.growth.rounds import add_round
from kindergarten_desktop.school import ensure_school_year
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.growth.entry_model import REASON, WEIGHT
from kindergarten_desktop.ui.tabs.growth_tab import SUMMARY_PAGE, GrowthTab
from tests.conftest import DEMO_TODAY
from tests.ui.growth.test_growth_tab import type_and_enter


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy):
    ctx = AppContext(demo_db, Path(demo_db_copy))
    widget = GrowthTab(ctx)
    widget.today = DEMO_TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    check = add_round(demo_db, ctx.school_year, DEMO_TODAY, kind="monthly")
    widget.refresh()
    widget.rounds.setCurrentIndex(widget.rounds.findData(check.id))
    return widget


def choose_class_with_follow_ups(tab, at_least: int) -> list:
    """Pick a class with at least ``at_least`` children on the follow-up list; return that list."""
    for i in range(tab.classes.count()):
        found = follow_up_list(tab.ctx.db, tab.ctx.school_year.id, DEMO_TODAY, class_id=tab.classes.itemData(i))
        if len(found) >= at_least:
            tab.classes.setCurrentIndex(i)
            return found
    pytest.fail(f"no class of the demo has {at_least} children to follow up")


def test_monthly_check_shows_the_follow_up_children_with_the_reason(qtbot, tab):
    found = choose_class_with_follow_ups(tab, 2)
    model = tab.model
    assert [r.child.id for r in model.rows] == [f.child_id for f in found]
    assert model.class_size > model.rowCount()
    assert not tab.grid.isColumnHidden(REASON) and tab.whole_class.isVisible()
    reasons = [model.index(i, REASON).data() for i in range(model.rowCount())]
    assert all(reasons)
    assert all(text in ("Under 24 months",) or text.endswith("last time") for r in reasons for text in r.split(", "))
    assert f"{len(found)} of the class's {model.class_size} children" in tab.follow_note.text()
    assert tab.progress.text() == f"0 of {len(found)} children measured"
    # "Show the whole class" brings in everyone; the follow-up children keep their reason.
    tab.whole_class.setChecked(True)
    assert model.rowCount() == model.class_size
    assert sum(1 for i in range(model.rowCount()) if model.index(i, REASON).data()) == len(found)
    tab.whole_class.setChecked(False)
    assert model.rowCount() == len(found)


def test_enter_moves_down_the_filtered_grid_and_saves(qtbot, tab):
    choose_class_with_follow_ups(tab, 2)
    model, grid = tab.model, tab.grid
    grid.start()
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == WEIGHT
    first = model.rows[0]
    weight = round(first.previous.weight_kg + 0.2, 1) if first.previous and first.previous.weight_kg else 12.0
    type_and_enter(qtbot, grid, f"{weight:.1f}".replace(".", ","))
    assert grid.currentIndex().row() == 1
    stored = get_measurement(tab.ctx.db, first.child.id, model.round.id)
    assert stored.weight_kg == weight
    assert tab.progress.text().startswith("1 of ")
    # Reloading keeps the measured child on the list: the reason is judged before the check.
    tab.classes.setCurrentIndex(tab.classes.currentIndex())
    tab._load_grid()
    assert model.rows[0].child.id == first.child.id and model.index(0, REASON).data()


def test_regular_round_shows_the_whole_class_without_reasons(qtbot, tab):
    tab.rounds.setCurrentIndex(tab.rounds.findText("Cân đo đợt 2", Qt.MatchFlag.MatchStartsWith))
    assert tab.model.rowCount() == tab.model.class_size > 0
    assert tab.grid.isColumnHidden(REASON) and tab.whole_class.isHidden() and tab.follow_note.isHidden()


def test_summary_of_a_monthly_check_says_it_covers_the_follow_up_children(qtbot, tab):
    tab.pages.setCurrentIndex(SUMMARY_PAGE)
    assert "covers only the children on the follow-up list" in tab.summary.headline.text()
    tab.rounds.setCurrentIndex(tab.rounds.findText("Cân đo đợt 2", Qt.MatchFlag.MatchStartsWith))
    assert "follow-up list" not in tab.summary.headline.text()


def test_empty_follow_up_list_says_so(qtbot, db, tmp_path):
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (1, ?, 'Lá 1', 'age_5_6')", [year.id])
    db.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (1, 'Võ Thị Lan', 2, '2020-04-02')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (1, 1, '2025-09-05')")
    check = add_round(db, year, DEMO_TODAY, kind="monthly")
    ctx = AppContext(db, tmp_path / "school.sqlite3")
    ctx.school_year = year
    widget = GrowthTab(ctx)
    widget.today = DEMO_TODAY
    qtbot.addWidget(widget)
    widget.refresh()
    widget.rounds.setCurrentIndex(widget.rounds.findData(check.id))
    assert widget.model.rowCount() == 0
    assert "No child in this class needs the monthly follow-up." in widget.message.text()
    widget.whole_class.setChecked(True)
    assert widget.model.rowCount() == 1 and widget.message.text() == ""
