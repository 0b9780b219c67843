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


def test_demo_lunch_support_never_goes_to_nursery_children_and_staff_children_keep_their_discount(db):
    """Decree 105 art. 7: kindergarten-age children only; the staff children's 50.000 đ discount
    is a standing discount that every month carries, with its reason."""
    demo.generate(db, years=1, first_year=2025, seed=3, today=TODAY)
    supported = nursery_supported = 0
    discounted: dict[int, int] = {}
    for month in [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 4)]:
        for row in compute_month(db, *month).rows:
            supported += bool(row.support)
            nursery_supported += bool(row.support) and row.category == "nursery"
            assert not row.support or row.support_flags  # the reason is kept
            if row.discount and row.school_days:
                assert "Con cán bộ, giáo viên trong trường" in row.discount_reasons
                discounted[row.child_id] = discounted.get(row.child_id, 0) + 1
    flagged_nursery = db.execute(
        "SELECT count(DISTINCT cc.child_id) FROM child_circumstance cc JOIN enrollment e ON e.child_id = cc.child_id "
        "JOIN class c ON c.id = e.class_id WHERE c.age_group LIKE 'nursery%'").fetchone()[0]
    assert supported > 0 and nursery_supported == 0
    assert flagged_nursery > 0  # the demo has poor nursery children: they get nothing, by the decree
    assert discounted and max(discounted.values()) >= 6  # standing: month after month


def test_demo_buys_what_the_days_menu_needs_in_plausible_quantities(demo_db):
    """Each day's purchases come from the market list of its menu (bounded per child eating), not
    at random: 16/03/2026 buys tens of bìa of đậu phụ for the school, not hundreds per class."""
    from kindergarten_desktop.demo import meals as demo_meals
    from kindergarten_desktop.meals.market import meals_eaten

    db = demo_db
    menus = {m[1]: i for i, m in enumerate(demo_meals.MENUS)}
    days = dict(db.execute("SELECT day, lunch FROM daily_menu").fetchall())
    eaten = meals_eaten(db, dt.date(2025, 9, 1), TODAY)
    staff = dict(db.execute("SELECT day, count FROM staff_meal").fetchall())
    checked = 0
    for day, name, quantity in db.execute(
            "SELECT p.day, m.name, p.quantity FROM purchase p JOIN market_item m ON m.id = p.item_id "
            "WHERE m.name NOT IN ({})".format(",".join("?" * len(demo_meals.STOCKED))), demo_meals.STOCKED):
        wanted = {**demo_meals.EVERY_DAY, **demo_meals.MARKET_LISTS[menus[days[day]]]}
        assert name in wanted, (day, name)  # bought because the menu needs it
        meals = eaten[dt.date.fromisoformat(day)]
        portions = sum(n * (0.85 if c == "nursery" else 1) for c, n in meals.items()) + staff[day]
        low, high = demo_meals.SCALE
        assert wanted[name] * portions * low * 0.97 - 1 <= quantity <= wanted[name] * portions * high * 1.03 + 1
        checked += 1
    assert checked > 500
    tofu = db.execute("SELECT sum(p.quantity) FROM purchase p JOIN market_item m ON m.id = p.item_id "
                      "WHERE m.name = 'Đậu phụ' AND p.day = '2026-03-16'").fetchone()[0]
    assert 50 <= tofu <= 200  # about 40 g (a quarter bìa) a child


def test_no_month_is_closed_in_the_future(tmp_path):
    """The demo closed its last month "on 15/12/2026 16:30" when today was 01/12/2026: a closing is
    dated on or before the day the demo is made, after the month ended."""
    from kindergarten_desktop.db import open_database

    today = dt.date(2026, 12, 1)
    path = tmp_path / "demo.sqlite3"
    demo.generate_file(path, years=1, first_year=2026, seed=5, today=today)
    db = open_database(path)
    try:
        events = closing.history(db)
        assert [e.month for e in events] == ["2026-09", "2026-10", "2026-11"]
        for event in events:
            year, month = map(int, event.month.split("-"))
            assert dt.date(*next_month_of(year, month), 1) <= event.at.date() <= today, event
    finally:
        db.close()


def next_month_of(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)
