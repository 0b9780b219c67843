"""Issue 13 item 2 in the tables: a save that fails (disk full, database locked by another
program, read-only file) is told in a dialog that says what was not saved and what to do, and
the cell keeps what the user entered, in red with the reason, until it is saved again.

Every fault is real: ``PRAGMA max_page_count`` after a VACUUM (no free page left) for "disk full",
a second connection holding ``BEGIN IMMEDIATE`` for "locked" (the lock waiter gives up after a
short wait here), ``chmod`` and a read-only open for "read-only". Message boxes are answered by
the ``shown`` fixture, which records them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.agenda.items import AgendaItem, get_item
from kindergarten_desktop.db import open_database
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.session import attach
from kindergarten_desktop.errors import set_language
from kindergarten_desktop.growth.measurements import get_measurement
from kindergarten_desktop.growth.rounds import add_round
from kindergarten_desktop.ui import actions
from kindergarten_desktop.ui.actions import UNSAVED_COLOUR, LockWaiter
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.growth.entry_model import NOTE, WEIGHT
from kindergarten_desktop.ui.tabs.agenda_tab import AgendaTab
from kindergarten_desktop.ui.tabs.growth_tab import GrowthTab
from kindergarten_desktop.ui.tabs.roster_tab import RosterTab
from tests.conftest import DEMO_TODAY

# "read_only" is the file made read-only with chmod (root ignores it: skipped then); "viewer" is a
# read-only open of the file, which refuses writes even as root.
FAULTS = ("full", "locked", "read_only", "viewer")
AS_ROOT = os.name == "posix" and os.geteuid() == 0
# What each fault's message tells the user to do (db/messages.py, English).
ADVICE = {"full": "is full", "locked": "OneDrive", "read_only": "read-only", "viewer": "read-only"}




@pytest.fixture
def shown(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k:
                        said.append((title, text)) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    set_language("en")
    yield said
    set_language("vi")


@pytest.fixture
def school(demo_db_copy, monkeypatch) -> Iterator[AppContext]:
    """The demo school opened as the window opens it: with the lock waiter (short wait here)."""
    monkeypatch.setattr(actions, "WAIT_S", 0.3)
    db = open_database(demo_db_copy)
    db.lock_waiter = LockWaiter(lambda: None)
    yield AppContext(db, demo_db_copy)
    db.close()


def read_only_school(path: Path, chmod: bool) -> AppContext:
    """The same file (made read-only with chmod), opened read-only: nothing can be written."""
    if chmod:
        path.chmod(0o444)
    db = open_database(path, read_only=True)
    db.lock_waiter = LockWaiter(lambda: None)
    return AppContext(db, path)


@contextlib.contextmanager
def fault(kind: str, ctx: AppContext) -> Iterator[None]:
    db = ctx.db
    if kind == "full":
        db.execute("VACUUM")  # no free page left: any write that needs a new page fails
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        try:
            yield
        finally:
            db.execute("PRAGMA max_page_count = 1073741823")
    elif kind == "locked":
        holder = sqlite3.connect(ctx.db_path, isolation_level=None)
        attach(holder)  # another copy of the program: the audit triggers call its SQL functions
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE school SET name = name")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    else:
        yield  # the connection itself is read-only (read_only_school)


def open_school(kind: str, school: AppContext) -> AppContext:
    if kind not in ("read_only", "viewer"):
        return school
    if kind == "read_only" and AS_ROOT:
        pytest.skip("root ignores file permissions (the 'viewer' case refuses writes as root too)")
    school.db.close()
    return read_only_school(school.db_path, chmod=kind == "read_only")


def restore(kind: str, ctx: AppContext) -> None:
    if kind in ("read_only", "viewer"):
        ctx.db.close()
        ctx.db_path.chmod(0o600)


def assert_marked(index, typed: str, advice: str) -> None:
    assert index.data() == typed
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    colour = background.color() if hasattr(background, "color") else QColor(background)
    assert colour == UNSAVED_COLOUR
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Not saved") or "Not saved:" in tip
    assert advice in tip and "again" in tip


# --- growth: the measurement entry grid ----------------------------------------------------------

@pytest.fixture
def growth_round(demo_db_copy):
    db = open_database(demo_db_copy)
    from kindergarten_desktop.school import find_school_year

    year = find_school_year(db, "2025-2026")
    made = add_round(db, year, DEMO_TODAY, kind="monthly")
    db.close()
    return made.id


def growth_tab(qtbot, ctx: AppContext, round_id: int) -> GrowthTab:
    tab = GrowthTab(ctx)
    tab.today = DEMO_TODAY
    qtbot.addWidget(tab)
    tab.refresh()
    tab.rounds.setCurrentIndex(tab.rounds.findData(round_id))
    tab.whole_class.setChecked(True)
    tab.model.confirm = lambda _name, _warnings: True  # an unusual value is kept (asked in test_growth_tab)
    return tab


@pytest.mark.parametrize("kind", FAULTS)
def test_a_measurement_not_saved_stays_in_its_cell_marked_and_is_saved_on_retry(qtbot, school, growth_round,
                                                                                  shown, kind):
    ctx = open_school(kind, school)
    tab = growth_tab(qtbot, ctx, growth_round)
    model = tab.model
    child = model.rows[0].child
    # A long note needs new pages (so a full disk shows); a weight is the everyday edit.
    col, typed = (NOTE, "Bé ốm nhiều ngày, cân lại tháng sau. " * 300) if kind == "full" else (WEIGHT, "16,4")
    with fault(kind, ctx):
        assert model.setData(model.index(0, col), typed) is False
    title, text = shown[0]
    assert title == f"Measurement of {child.full_name} not saved"
    assert ADVICE[kind] in text and "marked in red as not saved" in text
    assert_marked(model.index(0, col), typed, ADVICE[kind])
    assert model.index(0, col).data(Qt.ItemDataRole.EditRole) == typed  # editing again starts from it
    assert "not saved" in tab.message.text()
    assert model.unsaved_count() == 1
    if kind in ("read_only", "viewer"):
        assert get_measurement(ctx.db, child.id, growth_round) is None
        restore(kind, ctx)
        return
    assert get_measurement(ctx.db, child.id, growth_round) is None
    # The cause is gone: the same value entered again is saved and the mark goes.
    assert model.setData(model.index(0, col), typed) is True
    stored = get_measurement(ctx.db, child.id, growth_round)
    assert (stored.note if col == NOTE else stored.weight_kg) == (typed.strip() if col == NOTE else 16.4)
    assert model.unsaved_count() == 0
    assert model.index(0, col).data(Qt.ItemDataRole.BackgroundRole) != UNSAVED_COLOUR
    assert len(shown) == 1


def test_the_mark_survives_a_reload_of_the_grid(qtbot, school, growth_round, shown):
    tab = growth_tab(qtbot, school, growth_round)
    with fault("locked", school):
        tab.model.setData(tab.model.index(2, WEIGHT), "17,1")
    tab._load_grid()  # another class and back, or a refresh
    assert_marked(tab.model.index(2, WEIGHT), "17,1", "OneDrive")


# --- roster: the attendance grid -------------------------------------------------------------

def attendance_panel(qtbot, ctx: AppContext):
    tab = RosterTab(ctx)
    qtbot.addWidget(tab)
    panel = tab.attendance
    panel.set_month(dt.date(2026, 3, 1))
    class_id = ctx.db.execute("SELECT id FROM class WHERE name = 'Lá 3'").fetchone()[0]
    panel.set_class(class_id)
    return panel


def status_of(db: Database, child_id: int, day: dt.date) -> str | None:
    row = db.execute("SELECT status FROM attendance WHERE child_id = ? AND day = ?",
                     [child_id, day.isoformat()]).fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("kind", FAULTS)
def test_attendance_marks_not_saved_stay_marked_and_save_again(qtbot, school, shown, kind):
    ctx = open_school(kind, school)
    panel = attendance_panel(qtbot, ctx)
    model, view = panel.model, panel.view
    day = dt.date(2026, 3, 18)  # after the demo's last marks: nothing recorded yet
    col = model.column_of_day(day)
    children = model.grid.children
    assert all(status_of(ctx.db, c.id, day) is None for c in children)
    # The whole day's column typed "U" (unexcused) at once.
    view.setCurrentIndex(model.index(0, col))
    for row in range(len(children)):
        view.selectionModel().select(model.index(row, col), QItemSelectionModel.SelectionFlag.Select)
    with fault(kind, ctx):
        qtbot.keyClick(view, Qt.Key.Key_U)
    title, text = shown[0]
    assert title == "Attendance not recorded" and ADVICE[kind] in text and "marked in red" in text
    unexcused = model.symbols()["U"]
    for row in (0, len(children) - 1):
        assert_marked(model.index(row, col), unexcused, ADVICE[kind])
    assert all(status_of(ctx.db, c.id, day) is None for c in children)
    assert panel.retry.isVisibleTo(panel) and str(len(children)) in panel.retry.text()
    if kind in ("read_only", "viewer"):
        restore(kind, ctx)
        return
    panel.retry.click()  # "Save again"
    assert all(status_of(ctx.db, c.id, day) == "U" for c in children)
    assert model.unsaved_count() == 0 and not panel.retry.isVisibleTo(panel)
    assert model.index(0, col).data(Qt.ItemDataRole.BackgroundRole).color() != UNSAVED_COLOUR
    assert len(shown) == 1


def test_a_click_on_a_mark_not_saved_tries_it_again(qtbot, school, shown):
    panel = attendance_panel(qtbot, school)
    model = panel.model
    day = dt.date(2026, 3, 19)
    index = model.index(0, model.column_of_day(day))
    child = model.grid.children[0]
    panel.view.setCurrentIndex(index)
    with fault("locked", school):
        panel._clicked(index)  # present
    assert_marked(index, "x", "OneDrive")
    panel._clicked(index)  # the same mark again, not the next one in the cycle
    assert status_of(school.db, child.id, day) == "P" and model.index(0, index.column()).data() == "x"
    assert model.unsaved_count() == 0


# --- agenda: an item's status, and the item dialog ----------------------------------------------

def agenda_tab(qtbot, ctx: AppContext) -> AgendaTab:
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.month_combo.setCurrentIndex(tab.month_combo.findData("2026-05"))  # after the demo's today: items still to do
    return tab


def first_open_item(tab: AgendaTab) -> tuple[int, AgendaItem]:
    for row in range(tab.model.rowCount()):
        item = tab.model.item_at(row)
        if isinstance(item, AgendaItem) and item.status != "done":
            return row, item
    raise AssertionError("no open item in the month")


@pytest.mark.parametrize("kind", ("locked", "read_only", "viewer"))
def test_mark_done_not_saved_stays_on_the_row_and_is_not_in_the_undo_history(qtbot, school, shown, kind):
    ctx = open_school(kind, school)
    tab = agenda_tab(qtbot, ctx)
    row, item = first_open_item(tab)
    tab.select_item(item.stored_id)
    with fault(kind, ctx):
        tab.mark_done()
    title, text = shown[0]
    assert item.title in title and "not marked done" in title and ADVICE[kind] in text
    status = tab.model.index(row, tab.model.STATUS)
    assert status.data() == "Done" and status.data(Qt.ItemDataRole.BackgroundRole).color() == UNSAVED_COLOUR
    assert ADVICE[kind] in status.data(Qt.ItemDataRole.ToolTipRole)
    assert get_item(ctx.db, item.stored_id).status == item.status
    assert tab.undo_stack.count() == 0  # nothing to undo: nothing was done
    if kind in ("read_only", "viewer"):
        restore(kind, ctx)
        return
    tab.select_item(item.stored_id)
    tab.mark_done()  # the same action again
    assert get_item(ctx.db, item.stored_id).status == "done" and tab.undo_stack.count() == 1
    status = tab.model.index(tab.model.row_of(item.stored_id), tab.model.STATUS)
    assert status.data(Qt.ItemDataRole.BackgroundRole) is None or \
        status.data(Qt.ItemDataRole.BackgroundRole).color() != UNSAVED_COLOUR


def test_an_item_not_saved_keeps_the_dialog_open_with_what_was_typed(qtbot, school, shown, monkeypatch):
    from kindergarten_desktop.ui.agenda.item_dialog import ItemDialog

    tab = agenda_tab(qtbot, school)
    _row, item = first_open_item(tab)
    dialog = tab._dialog(item)
    qtbot.addWidget(dialog)
    notes = "Mời phụ huynh tham dự, chuẩn bị quà cho các bé. " * 200
    dialog.notes.setText(notes)
    with fault("full", school):
        dialog.accept()
    assert dialog.result() == 0 and dialog.notes.text() == notes
    assert shown[0][0] == "Item not saved" and "is full" in shown[0][1]
    assert get_item(school.db, item.stored_id).notes == item.notes and tab.undo_stack.count() == 0
    dialog.accept()  # space again: the same click saves
    assert dialog.result() == ItemDialog.DialogCode.Accepted
    assert get_item(school.db, item.stored_id).notes == notes.strip() or \
        get_item(school.db, item.stored_id).notes == notes


def test_an_undo_that_fails_is_told_and_leaves_the_history_as_stored(qtbot, school, shown):
    tab = agenda_tab(qtbot, school)
    _row, item = first_open_item(tab)
    tab.select_item(item.stored_id)
    tab.mark_done()
    assert tab.undo_stack.count() == 1
    with fault("locked", school):
        tab.undo_stack.undo()
    assert shown and shown[0][0] == "Not undone" and "OneDrive" in shown[0][1]
    assert get_item(school.db, item.stored_id).status == "done"
    assert tab.undo_stack.count() == 0  # the history does not claim an undo that did not happen


def test_all_present_not_saved_shows_the_day_present_in_red_until_saved_again(qtbot, school, shown):
    panel = attendance_panel(qtbot, school)
    model = panel.model
    day = dt.date(2026, 3, 20)
    panel.view.setCurrentIndex(model.index(0, model.column_of_day(day)))
    with fault("locked", school):
        panel.mark_all_present()
    assert shown[0][0] == "Attendance not recorded" and "OneDrive" in shown[0][1]
    children = model.grid.children
    assert_marked(model.index(0, model.column_of_day(day)), "x", "OneDrive")
    assert model.unsaved_count() == len(children) and panel.retry.isVisibleTo(panel)
    assert all(status_of(school.db, c.id, day) is None for c in children)
    panel.retry.click()
    assert all(status_of(school.db, c.id, day) == "P" for c in children)
    assert model.unsaved_count() == 0


def test_attempt_gives_the_result_or_the_reason(qtbot, school, shown):
    from kindergarten_desktop.db.settings import get_setting, set_setting
    from kindergarten_desktop.errors import AppError
    from kindergarten_desktop.ui.actions import attempt

    tab = agenda_tab(qtbot, school)
    done = attempt(tab, "Not saved", lambda: set_setting(school.db, "k", 5) or 42)
    assert done and done.value == 42 and get_setting(school.db, "k") == 5

    def refuse() -> int:
        raise AppError("db.read_only", path="x")

    refused = attempt(tab, "Settings not saved", refuse)
    assert not refused and refused.value is None and isinstance(refused.error, AppError)
    assert refused.reason == AppError("db.read_only", path="x").text()
    assert shown == [("Settings not saved", refused.reason)]
