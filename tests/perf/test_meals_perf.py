"""Meals benchmarks on the 10-year demo database: today's meal count (< 100 ms) and the
month's ledger for the whole school (< 300 ms)."""

from kindergarten_desktop.db import open_database
from kindergarten_desktop.meals.counts import daily_count
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.market import day_book
from kindergarten_desktop.roster.calendar import month_bounds
from tests.perf.conftest import TEN_YEAR_TODAY


def test_todays_meal_count(benchmark, ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    count = benchmark(daily_count, db, TEN_YEAR_TODAY)
    assert len(count.classes) == 16


def test_month_ledger_whole_school(benchmark, ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    ledger = benchmark(compute_month, db, TEN_YEAR_TODAY.year, TEN_YEAR_TODAY.month)
    assert len(ledger.rows) > 400


def test_closed_month_ledger(benchmark, ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    ledger = benchmark(compute_month, db, 2026, 2)
    assert ledger.closed and len(ledger.rows) > 400


def test_market_book_month(benchmark, ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    book = benchmark(day_book, db, *month_bounds(2026, 3))
    assert book
