import datetime as dt
import re

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt

from kindergarten_desktop.roster import attendance as att
from kindergarten_desktop.ui.roster.attendance_grid import AttendanceGridModel, AttendancePanel


@pytest.fixture
def panel(qtbot, demo_db):
    widget = AttendancePanel(demo_db)
    qtbot.addWidget(widget)
    widget.set_month(dt.date(2026, 3, 1))
    class_id = demo_db.execute("SELECT id FROM class WHERE name = 'Lá 3'").fetchone()[0]
    widget.set_class(class_id)
    return widget


def test_grid_shows_children_days_totals_and_rate(panel, qtmodeltester):
    model = panel.model
    qtmodeltester.check(model)
    grid = model.grid
    assert model.rowCount() == len(grid.children) + 1
    assert model.columnCount() == len(grid.days) + 5
    assert model.headerData(1, Qt.Orientation.Horizontal).startswith(f"{grid.days[0].day}\n")
    first = grid.children[0]
    tally = grid.child_tally(first.id)
    last_col = model.columnCount() - 1
    assert model.index(0, last_col - 3).data() == tally.present
    assert model.index(0, last_col).data().endswith("%")
    assert model.index(model.rowCount() - 1, 1).data() == grid.day_tally(grid.days[0]).present
    assert "%" in panel.rate_label.text() and str(grid.total().present) in panel.rate_label.text()


def test_click_cycles_and_keys_mark_selected_cells(panel, demo_db, qtbot, boxes):
    model, view = panel.model, panel.view
    day = dt.date(2026, 3, 16)  # the demo's "today"
    col = model.column_of_day(day)
    child = model.grid.children[0]
    assert model.grid.status(child.id, day) is not None
    att.mark(demo_db, child.id, day, "P")
    model.load(panel.class_id, 2026, 3)
    index = model.index(0, col)
    view.setCurrentIndex(index)
    panel._clicked(index)
    assert demo_db.execute("SELECT status FROM attendance WHERE child_id = ? AND day = ?",
                           [child.id, day.isoformat()]).fetchone()[0] == "E"
    assert model.index(0, col).data() == model.symbols()["E"]
    # Select two cells and type K (không phép).
    view.selectionModel().select(model.index(1, col), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert {model.grid.status(c.id, day) for c in model.grid.children[:2]} == {"U"}
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.grid.status(child.id, day) is None
    assert demo_db.execute("SELECT count(*) FROM attendance WHERE child_id = ? AND day = ?",
                           [child.id, day.isoformat()]).fetchone()[0] == 0
    assert boxes.said == []


def test_all_present_fills_only_empty_cells_of_the_chosen_day(panel, demo_db):
    model = panel.model
    day = dt.date(2026, 3, 16)
    demo_db.execute("DELETE FROM attendance WHERE day = ?", [day.isoformat()])
    first = model.grid.children[0].id
    att.mark(demo_db, first, day, "E")
    model.load(panel.class_id, 2026, 3)
    panel.view.setCurrentIndex(model.index(0, model.column_of_day(day)))
    assert panel.chosen_day() == day
    panel.mark_all_present()
    grid = panel.model.grid
    enrolled = [c for c in grid.children if c.enrolled_on(day)]
    assert grid.status(first, day) == "E"
    assert grid.day_tally(day).present == len(enrolled) - 1


def test_empty_model_without_class(qtbot, db, qtmodeltester):
    model = AttendanceGridModel(db)
    model.load(None, 2026, 3)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


@pytest.mark.parametrize(("language", "country", "point"), [
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "."),
    (QLocale.Language.Vietnamese, QLocale.Country.Vietnam, ","),
])
def test_rates_in_the_interface_language(panel, language, country, point):
    QLocale.setDefault(QLocale(language, country))
    panel.set_month(dt.date(2026, 3, 1))  # redisplay in the new language
    last_col = panel.model.columnCount() - 1
    rate = panel.model.index(0, last_col).data()
    assert re.fullmatch(r"\d{1,3}" + re.escape(point) + r"\d %", rate), rate
