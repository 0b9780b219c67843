"""The accountant's counter on the 10-year demo database: one receipt printed right after saving
(< 1 s) and the cash book of the latest school year (< 1 s)."""

import pytest

from kindergarten_desktop.db import open_database
from kindergarten_desktop.meals.payments import list_payments
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report
from kindergarten_desktop.reports.vouchers import print_receipt
from tests.perf.conftest import TEN_YEAR_TODAY


@pytest.fixture
def db(ten_year_db_copy):
    database = open_database(ten_year_db_copy)
    yield database
    database.close()


def test_money_receipt_printed(benchmark, db, tmp_path):
    benchmark.extra_info["target"] = "receipt_pdf"
    payment = list_payments(db, TEN_YEAR_TODAY.replace(day=1), TEN_YEAR_TODAY)[-1]
    path = benchmark.pedantic(lambda: print_receipt(db, payment, tmp_path / "pt.pdf"), rounds=5, iterations=1)
    assert path.stat().st_size > 10_000


def test_money_cash_book_of_a_school_year(benchmark, db, tmp_path):
    benchmark.extra_info["target"] = "cash_book"
    kind = get_kind("cash-book")
    params = resolve_params(db, kind, year="2025-2026")
    result = benchmark.pedantic(lambda: run_report(db, kind, params, tmp_path / "so-quy.pdf"), rounds=5,
                                iterations=1)
    assert result.path.stat().st_size > 10_000
