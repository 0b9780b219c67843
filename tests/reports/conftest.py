"""Fixtures of the report tests."""

from __future__ import annotations

import pytest

from tests.reports.meals_data import march_2026


@pytest.fixture
def march_db(demo_db):
    """The demo school with March 2026's meals data (rates, payments, purchases) filled in."""
    march_2026(demo_db)
    return demo_db
