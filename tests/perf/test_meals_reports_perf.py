"""Meals reports on the 10-year demo database, March of the latest school year with its
attendance marked (the demo has none yet): the whole school's ledger as Excel (< 3 s) and
the whole school's notices as PDF (< 10 s)."""

import pytest

from kindergarten_desktop.db import open_database
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report
from tests.perf.conftest import TEN_YEAR_TODAY
from tests.reports.meals_data import mark_attendance


@pytest.fixture
def march_db(ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    mark_attendance(db, TEN_YEAR_TODAY.year, TEN_YEAR_TODAY.month, TEN_YEAR_TODAY)
    yield db
    db.close()


def test_meals_ledger_xlsx_whole_school(benchmark, march_db, tmp_path):
    benchmark.extra_info["target"] = "ledger_xlsx"
    kind = get_kind("meals-ledger")
    params = resolve_params(march_db, kind, month=f"{TEN_YEAR_TODAY:%Y-%m}")
    result = benchmark.pedantic(lambda: run_report(march_db, kind, params, tmp_path / "ledger.xlsx"),
                                rounds=3, iterations=1)
    assert result.path.stat().st_size > 50_000


def test_meals_statements_pdf_whole_school(benchmark, march_db, tmp_path):
    benchmark.extra_info["target"] = "statements_pdf"
    kind = get_kind("meals-statements")
    params = resolve_params(march_db, kind, month=f"{TEN_YEAR_TODAY:%Y-%m}")
    result = benchmark.pedantic(lambda: run_report(march_db, kind, params, tmp_path / "notices.pdf"),
                                rounds=3, iterations=1)
    assert result.path.stat().st_size > 50_000


def test_meals_lunch_support_claim_list_round_2(benchmark, march_db, tmp_path):
    """Round 2 (January to May) of the latest year: open months computed from the last closed one."""
    benchmark.extra_info["target"] = "claim_list"
    kind = get_kind("lunch-support")
    params = resolve_params(march_db, kind, round="2")
    result = benchmark.pedantic(lambda: run_report(march_db, kind, params, tmp_path / "claims.pdf"),
                                rounds=3, iterations=1)
    assert result.path.stat().st_size > 10_000
