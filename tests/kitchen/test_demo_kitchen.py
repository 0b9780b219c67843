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


def test_the_closed_months_kitchen_books_are_written_before_closing_and_stay_closed(demo_db):
    """The demo closes a month once its books are written: February's last school days have their
    menus, inspections and samples, and the storage's guard keeps them (db/guards.py)."""
    import pytest

    from kindergarten_desktop.db.guards import MonthClosed
    from kindergarten_desktop.meals.closing import last_closed

    assert last_closed(demo_db) == "2026-02"
    start, end = dt.date(2026, 2, 24), dt.date(2026, 2, 28)  # the last 15 school days begin on 24/02
    days = [d for d in school_days(demo_db, start, end) if d.weekday() < 5]
    assert days and {(d, g) for d in days for g in ("nursery", "kindergarten")} <= set(menus_between(demo_db, start,
                                                                                                      end))
    assert {i.day for i in list_inspections(demo_db, start, end)} == set(days)
    samples = list_samples(demo_db, start, end)
    assert {s.day for s in samples} == set(days) and all(s.discarded_at for s in samples)
    for sql in ("DELETE FROM inspection WHERE day BETWEEN '2026-02-24' AND '2026-02-28'",
                "DELETE FROM food_sample WHERE day BETWEEN '2026-02-24' AND '2026-02-28'",
                "DELETE FROM menu_line WHERE day = '2026-02-27'"):
        with pytest.raises(MonthClosed):
            demo_db.execute(sql)
