"""The demo's meals step, with the roster's attendance step and without it."""

import datetime as dt

import pytest

from kindergarten_desktop import demo
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.market import day_book
from kindergarten_desktop.meals.rates import rate_table

TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def without_attendance(monkeypatch):
    real = demo.steps
    monkeypatch.setattr(demo, "steps", lambda: [m for m in real() if not m.__name__.endswith(".attendance")])


def test_demo_year_of_meals(db):
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


def test_demo_without_attendance_still_works(db, without_attendance):
    demo.generate(db, years=1, first_year=2025, seed=3, today=TODAY)
    assert db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM purchase").fetchone()[0] > 100
    assert closing.last_closed(db) == "2026-02"
