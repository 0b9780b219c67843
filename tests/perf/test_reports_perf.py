"""All-classes class list of the current year (16 classes, ~480 children): PDF < 3 s, Excel < 2 s."""

import pytest

from kindergarten_desktop.db import open_database
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report


@pytest.fixture
def ten_year_db(ten_year_db_copy):
    db = open_database(ten_year_db_copy)
    yield db
    db.close()


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_class_list_all_classes(benchmark, ten_year_db, tmp_path, fmt):
    kind = get_kind("class-list")
    params = resolve_params(ten_year_db, kind, year="2025-2026")
    result = benchmark.pedantic(lambda: run_report(ten_year_db, kind, params, tmp_path / f"all.{fmt}"),
                                rounds=3, iterations=1)
    assert result.path.stat().st_size > 10_000
