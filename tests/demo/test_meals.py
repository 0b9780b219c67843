"""The demo's meals step, with and without attendance from the roster step."""

import datetime as dt
import types

import pytest

from kindergarten_desktop import demo
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.market import day_book
from kindergarten_desktop.meals.rates import rate_table
from kindergarten_desktop.roster.calendar import school_days

TODAY = dt.date(2026, 3, 16)


def _attendance_step(ctx):
    """Stands in for the roster branch's attendance step: 90 % present, some excused, a few not."""
    rows = []
    for year in ctx.years:
        days = school_days(ctx.db, year.start_date, ctx.year_end(year))
        for cid, start, end in ctx.db.execute(
                "SELECT child_id, start_date, coalesce(end_date, '9999') FROM enrollment"):
            for d in days:
                if start <= d.isoformat() <= end:
                    r = ctx.rng.random()
                    rows.append((cid, d.isoformat(), "P" if r < 0.9 else "E" if r < 0.97 else "U"))
    ctx.db.conn.executemany("INSERT OR IGNORE INTO attendance VALUES (?,?,?)", rows)


@pytest.fixture
def with_attendance(monkeypatch):
    real = demo.steps
    step = types.SimpleNamespace(ORDER=20, run=_attendance_step, __name__="test.attendance")
    monkeypatch.setattr(demo, "steps", lambda: sorted([*real(), step], key=lambda m: m.ORDER))


def test_demo_year_of_meals(db, with_attendance):
    demo.generate(db, years=1, first_year=2025, seed=3, today=TODAY)
    rates = rate_table(db)
    assert rates.on("kindergarten", dt.date(2025, 10, 1)).total == 28000
    assert rates.on("kindergarten", dt.date(2026, 1, 5)).food == 27000  # the January change
    assert closing.closed_months(db) == ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]
    feb = compute_month(db, 2026, 2)
    debts = [r for r in feb.rows if r.balance - r.charges > 0]  # still owing January's notice
    assert 0 < len(debts) < len(feb.rows) * 0.1
    assert sum(r.paid for r in feb.rows) > 0
    book = day_book(db, dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    money_in, spent = sum(e.money_in for e in book), sum(e.spent for e in book)
    assert money_in > 0 and abs(spent - money_in) < 0.08 * money_in  # spending ≈ the food money
    assert db.execute("SELECT count(*) FROM daily_menu WHERE day LIKE '2026-02-%'").fetchone()[0] == len(book)
    numbers = [n for (n,) in db.execute("SELECT number FROM meal_payment ORDER BY number")]
    assert numbers == list(range(1, len(numbers) + 1))


def test_demo_without_attendance_still_works(db):
    demo.generate(db, years=1, first_year=2025, seed=3, today=TODAY)
    assert db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM purchase").fetchone()[0] > 100
    assert closing.last_closed(db) == "2026-02"
