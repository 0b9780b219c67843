"""Benchmarks: auto-marked ``perf`` (excluded from the default run).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf -m perf``.
The 10-year demo database is built once and cached in tests/perf/.cache/, keyed by a hash
of the generator and migration sources, so it is rebuilt only when they change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "kindergarten_desktop"
CACHE = Path(__file__).resolve().parent / ".cache"
TEN_YEAR_TODAY = dt.date(2026, 3, 16)  # inside the 10th school year (2025-2026)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/perf" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.perf)


def _source_hash() -> str:
    digest = hashlib.sha256()
    for folder in ("demo", "db/migrations"):
        for path in sorted((PKG / folder).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def ten_year_db_file() -> Path:
    """Path of the cached 10-year demo database (2016-2017 to 2025-2026). Read-only:
    copy it (ten_year_db_copy) before writing."""
    from kindergarten_desktop import demo

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ten-years-{_source_hash()}.sqlite3"
    if not path.exists():
        for old in CACHE.glob("ten-years-*.sqlite3*"):
            old.unlink()
        tmp = path.with_suffix(".part")
        tmp.unlink(missing_ok=True)
        demo.generate_file(tmp, years=10, first_year=2016, seed=1, today=TEN_YEAR_TODAY)
        tmp.rename(path)
    return path


@pytest.fixture
def ten_year_db_copy(ten_year_db_file, tmp_path) -> Path:
    target = tmp_path / "ten-years.sqlite3"
    shutil.copy(ten_year_db_file, target)
    return target
