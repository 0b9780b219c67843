"""The demo school's kitchen: a 4-week rotation of real catalogue foods fills every school day."""

import datetime as dt

from kindergarten_desktop.kitchen.inspection import list_inspections, list_samples
from kindergarten_desktop.kitchen.market_list import market_list
from kindergarten_desktop.kitchen.menus import list_dishes, menus_between, rotation
from kindergarten_desktop.kitchen.portion import portions_between
from kindergarten_desktop.roster.calendar import school_days
from tests.conftest import DEMO_TODAY


def test_every_school_day_has_menus_for_both_groups(demo_db):
    start, end = dt.date(2025, 9, 5), DEMO_TODAY
    days = [d for d in school_days(demo_db, start, end) if d.weekday() < 5]
    menus = menus_between(demo_db, start, end)
    assert {(d, g) for d in days for g in ("nursery", "kindergarten")} <= set(menus)
    assert len(rotation(demo_db)) == 4 * 5 * 2 and len(list_dishes(demo_db)) >= 20


def test_the_demo_portions_are_mostly_within_the_norms(demo_db):
    portions = portions_between(demo_db, dt.date(2026, 3, 2), dt.date(2026, 3, 13))
    energies = [p.groups[g].verdicts["energy"] for p in portions for g in ("nursery", "kindergarten")]
    assert energies.count("within") == len(energies) == 20


def test_the_market_list_and_books_are_populated(demo_db):
    plan = market_list(demo_db, DEMO_TODAY)
    assert plan.lines and not plan.unpriced and plan.money > plan.cost > 0
    assert any(line.in_store for line in plan.lines)
    assert list_inspections(demo_db, DEMO_TODAY, DEMO_TODAY) and list_samples(demo_db, DEMO_TODAY, DEMO_TODAY)
