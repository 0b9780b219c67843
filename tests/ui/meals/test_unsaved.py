"""Issue 13 item 2 in the meals and kitchen screens: a save that fails for real (disk full,
database locked, read-only file, closed month) shows a dialog saying what was not saved and
why, and the typed value stays on screen marked "not saved" with the reason as tooltip."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.db import open_database
from kindergarten_desktop.db.connection import connect
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.settings import set_setting
from kindergarten_desktop.errors import set_language
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.counts import daily_count
from kindergarten_desktop.meals.rates import list_rates
from kindergarten_desktop.ui import actions
from kindergarten_desktop.ui.actions import LockWaiter
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.meals.count_page import CountPage
from kindergarten_desktop.ui.meals.rates_page import RatesPage

DAY = dt.date(2026, 3, 10)  # a Tuesday
IS_ROOT = os.name == "posix" and os.geteuid() == 0


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    """Every warning shown, answered (closed) at once."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.fixture
def school(demo_db_copy) -> Path:
    """The demo school (classes and children on DAY), a file of its own."""
    return demo_db_copy


def _fill_up(db: Database) -> None:
    """A real "database or disk is full": no page may be added, and the free room is used up."""
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    n = 0
    for size in (2000, 200, 20, 1):
        while True:
            try:
                set_setting(db, f"fill{n}", "x" * size)
            except sqlite3.OperationalError:
                break
            n += 1


@pytest.fixture
def fault(request, school, monkeypatch) -> Iterator[tuple[str, Database, Callable[[], None]]]:
    """(name, the page's database, make the fault) for each fault of the matrix."""
    name = request.param
    if name == "read_only":
        if IS_ROOT:
            pytest.skip("root ignores file permissions")
        school.chmod(0o444)  # SQLite opens a write-protected file for reading only
        db = Database(connect(school))
    else:
        db = open_database(school)
    holder: list[sqlite3.Connection] = []

    def make() -> None:
        if name == "full":
            _fill_up(db)
        elif name == "locked":
            monkeypatch.setattr(actions, "WAIT_S", 0.6)  # the GUI waits 10 s before telling
            other = sqlite3.connect(school, isolation_level=None)
            from kindergarten_desktop.db.session import attach

            attach(other)  # another program with the app's SQL functions (the audit triggers call them)
            other.execute("BEGIN IMMEDIATE")
            holder.append(other)
        elif name == "closed":
            closing.close_month(db, DAY.year, DAY.month, "Kế toán")  # e.g. from another window

    yield name, db, make
    for other in holder:
        other.execute("ROLLBACK")
        other.close()
    db.close()
    school.chmod(0o600)


EXPECTED = {  # a piece of the English text of each fault
    "full": "full", "locked": "another program", "read_only": "read-only", "closed": "03/2026",
}
MATRIX = ["full", "locked", "read_only", "closed"]


def _count_page(qtbot, db: Database, path: Path) -> CountPage:
    ctx = AppContext(db, path)
    db.lock_waiter = LockWaiter(lambda: None)
    page = CountPage(ctx)
    qtbot.addWidget(page)
    page.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    page.refresh()
    return page


@pytest.mark.parametrize("fault", MATRIX, indirect=True)
def test_staff_meals_not_saved_stay_marked_in_the_box_and_the_table(qtbot, fault, school, dialogs):
    set_language("en")
    name, db, make = fault
    page = _count_page(qtbot, db, school)
    make()
    page.staff.setValue(7)
    before = daily_count(db, DAY).staff
    page._save_staff()
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Staff meals not saved" and EXPECTED[name] in text
    if name == "closed":
        assert "Reopen this month" in text  # says how to reopen
    # The typed value stays, marked, with the reason.
    assert page.staff.value() == 7 and unsaved.is_marked(page.staff)
    assert text in page.staff.toolTip() and page.staff.toolTip().startswith("Not saved: ")
    staff_row = len(page.model.rows) - 2
    cell = page.model.index(staff_row, 7)
    assert cell.data() == 7  # "To cook" of the staff row shows what was typed ...
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == unsaved.UNSAVED_COLOUR == "#c62828"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#ffffff"  # as every table (ui/actions.py)
    assert text in cell.data(Qt.ItemDataRole.ToolTipRole)  # ... marked, with why
    assert page.model.index(staff_row - 1, 7).data(Qt.ItemDataRole.BackgroundRole) is None
    if name != "read_only":
        assert daily_count(db, DAY).staff == before != 7  # nothing written


def test_the_mark_goes_once_saved(qtbot, school, dialogs):
    db = open_database(school)
    try:
        page = _count_page(qtbot, db, school)
        closing.close_month(db, DAY.year, DAY.month, "Kế toán")
        page.staff.setValue(4)
        page._save_staff()
        assert unsaved.is_marked(page.staff)
        closing.reopen_month(db, DAY.year, DAY.month, "Kế toán")
        page._save_staff()  # the same value, now saved
        assert len(dialogs) == 1
        assert not unsaved.is_marked(page.staff) and page.staff.toolTip() == ""
        assert daily_count(db, DAY).staff == 4
        staff_row = len(page.model.rows) - 2
        assert page.model.index(staff_row, 7).data(Qt.ItemDataRole.BackgroundRole) is None
    finally:
        db.close()


@pytest.mark.parametrize("fault", ["full", "locked", "read_only"], indirect=True)
def test_a_rate_not_saved_keeps_the_typed_form_marked(qtbot, fault, school, dialogs):
    set_language("en")
    name, db, make = fault
    ctx = AppContext(db, school)
    db.lock_waiter = LockWaiter(lambda: None)
    page = RatesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    before = list_rates(db)
    make()
    page.food.setText("25.000")
    page.note.setText("Nghị quyết HĐND")
    page._add_rate()
    assert dialogs and dialogs[0][0] == "Rate not saved" and EXPECTED[name] in dialogs[0][1]
    assert page.food.text() == "25.000" and page.note.text() == "Nghị quyết HĐND"  # nothing typed is lost
    for field in (page.food, page.note, page.category, page.rate_from):
        assert unsaved.is_marked(field) and dialogs[0][1] in field.toolTip()
    assert unsaved.FIELD_COLOUR in page.food.styleSheet()
    if name != "read_only":
        assert list_rates(db) == before


def test_the_vietnamese_interface_says_it_in_vietnamese(qtbot, school, dialogs):
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")
    db = open_database(school)
    try:
        page = _count_page(qtbot, db, school)
        closing.close_month(db, DAY.year, DAY.month, "Kế toán")
        page.staff.setValue(3)
        page._save_staff()
        title, text = dialogs[0]
        assert title == "Chưa lưu được suất ăn cán bộ"
        assert "Mở lại tháng này" in text
        assert page.staff.toolTip().startswith("Chưa lưu: ")
    finally:
        db.close()


def test_a_kitchen_record_not_saved_keeps_its_dialog_open(qtbot, school, dialogs):
    from kindergarten_desktop.kitchen.inspection import Inspection
    from kindergarten_desktop.ui.kitchen.record_dialogs import InspectionDialog

    set_language("en")
    db = open_database(school)
    try:
        record = Inspection(None, DAY, 1, "07:00", "", "", "", "", True, "", "")
        dialog = InspectionDialog(db, record)
        qtbot.addWidget(dialog)
        dialog.ctx = AppContext(db, school)  # what the dialog's window would give it
        dialog.item.setText("Thịt lợn")
        dialog.inspector.setText("Cô Lan")
        _fill_up(db)
        dialog.accept()
        assert dialogs and dialogs[0][0] == "Inspection record not saved" and "full" in dialogs[0][1]
        assert dialog.result() == 0 and dialog.item.text() == "Thịt lợn"  # stays open with what was typed
        assert unsaved.is_marked(dialog.item) and unsaved.is_marked(dialog.inspector)
    finally:
        db.close()
