"""Kitchen benchmarks on the 10-year demo database: the day's portion for both age groups
(< 50 ms) and a month of portion reports (< 5 s: one PDF per school day)."""

from kindergarten_desktop.db import open_database
from kindergarten_desktop.kitchen.menus import menus_between
from kindergarten_desktop.kitchen.portion import day_portion
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report
from kindergarten_desktop.roster.calendar import month_bounds
from tests.perf.conftest import TEN_YEAR_TODAY


def test_kitchen_day_portion_both_groups(benchmark, ten_year_db_copy):
    benchmark.extra_info["target"] = "kitchen_portion"
    db = open_database(ten_year_db_copy)
    portion = benchmark(day_portion, db, TEN_YEAR_TODAY)
    assert all(portion.groups[g].children > 0 and portion.groups[g].lines for g in ("nursery", "kindergarten"))


def test_kitchen_month_of_portion_reports(benchmark, ten_year_db_copy, tmp_path):
    benchmark.extra_info["target"] = "kitchen_month_reports"
    db = open_database(ten_year_db_copy)
    kind = get_kind("nutrition")
    first, last = month_bounds(TEN_YEAR_TODAY.year, TEN_YEAR_TODAY.month)
    days = sorted({day for day, _ in menus_between(db, first, last)})  # the month's school days with a menu

    def month() -> int:
        for day in days:
            run_report(db, kind, resolve_params(db, kind, date=day.isoformat()), tmp_path / f"{day}.pdf")
        return len(days)

    assert benchmark.pedantic(month, rounds=3, iterations=1) >= 20
