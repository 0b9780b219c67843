"""Agenda benchmarks on the 10-year demo school: switching months in the tab (target < 50 ms)
and the monthly agenda PDF (target < 1 s)."""

import itertools

from kindergarten_desktop.db import open_database
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.agenda_tab import AgendaTab


def test_switch_month(benchmark, qtbot, ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    tab = AgendaTab(AppContext(db, ten_year_db_copy))
    qtbot.addWidget(tab)
    tab.show()
    indexes = itertools.cycle(range(tab.month_combo.count()))
    # Bounded rounds: PySide6 6.12 on Python 3.11 drops a reference to None on each call of a
    # void Qt method, so an unbounded benchmark loop ends in "deallocating None".
    benchmark.pedantic(lambda: tab.month_combo.setCurrentIndex(next(indexes)), rounds=60, iterations=1)
    assert tab.model.rowCount() > 0
    db.close()


def test_monthly_agenda_pdf(benchmark, ten_year_db_copy, tmp_path):
    db = open_database(ten_year_db_copy)
    kind = get_kind("agenda")
    params = resolve_params(db, kind, year="2025-2026", month="2025-10")
    counter = itertools.count()
    benchmark(lambda: run_report(db, kind, params, tmp_path / f"a{next(counter)}.pdf"))
    db.close()
