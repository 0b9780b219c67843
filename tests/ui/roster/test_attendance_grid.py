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


def _today_panel(panel, today):
    panel.model.today = today
    panel.reload()
    return panel


def test_days_to_come_cannot_be_marked(panel, demo_db, qtbot, boxes):
    model, view = _today_panel(panel, dt.date(2026, 3, 16)).model, panel.view
    future = next(d for d in model.days if d > model.today)
    col = model.column_of_day(future)
    child = model.grid.children[0]
    assert not model.flags(model.index(0, col)) & Qt.ItemFlag.ItemIsEnabled
    panel._clicked(model.index(0, col))
    view.setCurrentIndex(model.index(0, col))
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert model.grid.status(child.id, future) is None
    assert demo_db.execute("SELECT count(*) FROM attendance WHERE child_id = ? AND day = ?",
                           [child.id, future.isoformat()]).fetchone()[0] == 0
    assert panel.chosen_day() <= model.today  # "All present" never offers a day to come
    with pytest.raises(att.AttendanceError) as err:  # the domain refuses too
        att.record_marks(demo_db, [(child.id, future, "P")], today=dt.date(2026, 3, 16))
    assert err.value.problems[0].code == "roster.mark_in_future"


@pytest.mark.parametrize(("key", "modifier", "status"), [
    (Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier, "E"), (Qt.Key.Key_K, Qt.KeyboardModifier.ShiftModifier, "U"),
    (Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier, "P"), (Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier, "E"),
    (Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier, "U"), (Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier, "P"),
])
def test_shift_and_caps_lock_variants_of_every_key(panel, qtbot, key, modifier, status, boxes):
    model, view = panel.model, panel.view
    day = dt.date(2026, 3, 16)
    view.setCurrentIndex(model.index(0, model.column_of_day(day)))
    qtbot.keyClick(view, key, modifier)  # Caps Lock sends the same key without a modifier
    assert model.grid.status(model.grid.children[0].id, day) == status
    assert boxes.said == []


def test_closed_meal_month_is_read_only(panel, demo_db, qtbot):
    demo_db.execute("INSERT INTO meal_month_event (month, action, by_whom, at) "
                    "VALUES ('2026-03', 'close', 'Kế toán', '2026-04-02T08:00:00')")
    panel.reload()
    model = panel.model
    day = dt.date(2026, 3, 16)
    col = model.column_of_day(day)
    child = model.grid.children[0]
    before = model.grid.status(child.id, day)
    assert model.closed and panel.closed_note.isVisibleTo(panel) and "03/2026" in panel.closed_note.text()
    # only the principal reopens a month (db/permissions.py), the accountant closes it
    assert "only principal can reopen" in panel.closed_note.text() and "accountant" not in panel.closed_note.text()
    assert not model.flags(model.index(0, col)) & Qt.ItemFlag.ItemIsEnabled
    panel.view.setCurrentIndex(model.index(0, col))
    qtbot.keyClick(panel.view, Qt.Key.Key_K)
    assert model.grid.status(child.id, day) == before
    assert model.index(0, col).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert not panel.all_present.isEnabled()


def test_names_stay_in_view_and_headers_fit(panel, qtbot):
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")
    panel.reload()
    view = panel.view
    view.resize(600, 400)
    panel.show()
    qtbot.waitExposed(panel)
    frozen = view.frozen
    assert frozen.isVisible() and not frozen.isColumnHidden(0)
    assert all(frozen.isColumnHidden(c) for c in range(1, panel.model.columnCount()))
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert frozen.geometry().width() == view.columnWidth(0)  # the names still drawn at the left
    header = view.horizontalHeader()
    for col in range(panel.model.columnCount()):
        assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width() or col in range(
            1, len(panel.model.days) + 1), panel.model.headerData(col, Qt.Orientation.Horizontal)
    assert panel.model.headerData(panel.model.columnCount() - 2, Qt.Orientation.Horizontal) == "Không phép"
