"""Kitchen tests: the meals tests' tiny school (3 kindergarten, 2 nursery children) and the
food composition table read from the repository to check sums by hand."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.meals.conftest import TinySchool, build_school

TABLE = Path(__file__).resolve().parents[2] / "resources" / "nutrition" / "vn_food_composition_2007.csv"


@pytest.fixture(scope="session")
def table() -> dict[str, dict[str, str]]:
    """The shipped CSV by food code, as printed (strings)."""
    with TABLE.open(encoding="utf-8", newline="") as f:
        return {r["code"]: r for r in csv.DictReader(f)}


@pytest.fixture
def school(db) -> TinySchool:
    return build_school(db)


def food_id(db, code: str) -> int:
    from kindergarten_desktop.kitchen.catalogue import ensure_catalogue

    ensure_catalogue(db)
    return db.execute("SELECT id FROM food WHERE code = ?", [code]).fetchone()[0]
