"""Growth cards for the whole school of the latest year (~480 pages): under 30 s (issue 6)."""

import pytest
from pypdf import PdfReader

from kindergarten_desktop.db import open_database
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report


@pytest.fixture
def ten_year_db(ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    yield db
    db.close()


def test_growth_cards_whole_school(benchmark, ten_year_db, tmp_path):
    kind = get_kind("growth-cards")
    params = resolve_params(ten_year_db, kind, year="2025-2026", round=3)
    benchmark.extra_info["target"] = "growth_cards"
    result = benchmark.pedantic(lambda: run_report(ten_year_db, kind, params, tmp_path / "cards.pdf"),
                                rounds=2, iterations=1)
    assert len(PdfReader(result.path).pages) >= 400
