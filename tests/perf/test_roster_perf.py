"""Roster benchmarks on the 10-year demo database. Targets: switching class < 50 ms; the
month grid of a 35-child class < 100 ms; "all present" for the whole school < 200 ms;
importing a 500-row workbook < 3 s."""

import datetime as dt
import itertools

import pytest

from kindergarten_desktop.db import open_database

DAY = dt.date(2026, 3, 16)  # the fixture's "today", a Monday


@pytest.fixture
def db(ten_year_db_copy):
    database = open_database(ten_year_db_copy)
    yield database
    database.close()


def test_switch_class_in_roster(benchmark, qapp, qtbot, db, ten_year_db_copy):
    from kindergarten_desktop.ui.context import AppContext
    from kindergarten_desktop.ui.tabs.roster_tab import RosterTab

    tab = RosterTab(AppContext(db, ten_year_db_copy))
    qtbot.addWidget(tab)
    tab.show()
    rows = itertools.cycle(range(tab.classes.count()))

    def switch():
        tab.classes.setCurrentRow(next(rows))
        qapp.processEvents()

    benchmark(switch)
    assert tab.model.rowCount() > 20


def test_month_grid_of_a_35_child_class(benchmark, qapp, qtbot, db):
    from kindergarten_desktop.ui.roster.attendance_grid import AttendancePanel

    class_id, size = db.execute("""SELECT e.class_id, count(*) FROM enrollment e JOIN class c ON c.id = e.class_id
        WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)
        GROUP BY e.class_id ORDER BY 2 DESC LIMIT 1""", [DAY.isoformat()] * 2).fetchone()
    panel = AttendancePanel(db)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_month(DAY)

    def load():
        panel.set_class(class_id)
        qapp.processEvents()

    benchmark(load)
    assert size >= 33 and panel.model.rowCount() >= size + 1


def test_all_present_whole_school(benchmark, db):
    from kindergarten_desktop.roster.attendance import mark_all_present

    def clear():
        db.execute("DELETE FROM attendance WHERE day = ?", [DAY.isoformat()])
        return (), {}

    added = []
    benchmark.pedantic(lambda: added.append(mark_all_present(db, DAY)), setup=clear, rounds=10)
    assert added[-1] > 400


def test_import_500_rows(benchmark, db, tmp_path):
    from kindergarten_desktop.roster.importer import apply_import, preview_import
    from tests.roster.workbooks import large_rows, school_workbook

    path = school_workbook(tmp_path / "big.xlsx", large_rows(500))
    base = db.execute("SELECT max(id) FROM child").fetchone()[0]

    def forget_previous_round():
        with db.atomic():
            for table in ("child_circumstance", "enrollment"):
                db.execute(f"DELETE FROM {table} WHERE child_id > ?", [base])
            db.execute("DELETE FROM child WHERE id > ?", [base])
        return (), {}

    def run():
        return apply_import(db, preview_import(db, path, "2025-2026"), skip_invalid=True)

    result = benchmark.pedantic(run, setup=forget_previous_round, rounds=3)
    assert result.added == 500
