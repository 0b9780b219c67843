import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.rates import (
    add_fee,
    add_rate,
    category_of,
    delete_rate,
    fees_for_month,
    list_fees,
    list_rates,
    rate_table,
)


def test_category_from_age_group():
    assert category_of("nursery_25_36") == "nursery"
    assert category_of("age_5_6") == "kindergarten"
    assert category_of("mixed") == "kindergarten"


def test_rate_in_force_on_a_day(db):
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "kindergarten", dt.date(2026, 1, 5), 27000, 3000, 1000)
    add_rate(db, "nursery", dt.date(2025, 9, 5), "22.000", "3.000")
    table = rate_table(db)
    assert table.on("kindergarten", dt.date(2025, 9, 4)) is None
    assert table.on("kindergarten", dt.date(2026, 1, 2)).total == 28000
    assert table.on("kindergarten", dt.date(2026, 1, 5)).total == 31000
    assert table.on("nursery", dt.date(2026, 3, 1)).food == 22000


def test_same_day_replaces_and_bad_values_refused(db):
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 26000, 3000)
    assert [r.food for r in list_rates(db)] == [26000]
    for bad in (dict(food=-1), dict(food="25.5"), dict(food=0, fuel=0)):
        with pytest.raises(MealsError):
            add_rate(db, "kindergarten", dt.date(2025, 10, 1), **{"fuel": 0, **bad})
    with pytest.raises(MealsError, match="(?i)nursery or kindergarten"):
        add_rate(db, "adults", dt.date(2025, 10, 1), 1000)
    assert len(list_rates(db)) == 1


def test_rate_cannot_change_a_closed_month(school):
    db = school.db
    rid = add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "nursery", dt.date(2025, 9, 5), 20000, 2000)
    closing.close_month(db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed):
        add_rate(db, "kindergarten", dt.date(2025, 9, 20), 30000)
    with pytest.raises(MonthClosed):
        delete_rate(db, rid)
    add_rate(db, "kindergarten", dt.date(2025, 10, 1), 30000)  # the next month is open
    assert len(list_rates(db)) == 3


def test_monthly_fees_latest_version_per_category(db):
    add_fee(db, "Nước uống", dt.date(2025, 9, 5), 10000)
    add_fee(db, "Nước uống", dt.date(2026, 1, 1), 12000)
    add_fee(db, "Chăm sóc bán trú", dt.date(2025, 9, 1), 50000, category="nursery", rule="attended")
    fees = list_fees(db)
    assert fees[0].effective_from == dt.date(2025, 9, 1)  # fees start on the month's first day
    in_force = fees_for_month(fees, "kindergarten", dt.date(2026, 2, 1))
    assert [(f.name, f.amount) for f in in_force] == [("Nước uống", 12000)]
    assert len(fees_for_month(fees, "nursery", dt.date(2025, 10, 1))) == 2
    with pytest.raises(MealsError):
        add_fee(db, " ", dt.date(2025, 9, 1), 1)


def test_replacing_a_rate_or_fee_returns_the_id_of_the_row_written(db):
    """An upsert that updates an existing day must return that row's id, not a stale lastrowid
    (issue 21: it returned another table's id)."""
    first = add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    other = add_rate(db, "nursery", dt.date(2025, 9, 5), 22000, 3000)
    add_fee(db, "Nước uống", dt.date(2025, 9, 1), 10000)  # another table's insert in between
    again = add_rate(db, "kindergarten", dt.date(2025, 9, 5), 26000, 3000)
    assert again == first != other
    assert db.execute("SELECT food FROM meal_rate WHERE id = ?", [again]).fetchone()[0] == 26000

    fee = add_fee(db, "Chăm sóc", dt.date(2025, 9, 1), 50000)
    add_rate(db, "kindergarten", dt.date(2026, 1, 5), 27000, 3000)
    fee_again = add_fee(db, "Chăm sóc", dt.date(2025, 9, 15), 60000)
    assert fee_again == fee
    assert db.execute("SELECT amount FROM monthly_fee WHERE id = ?", [fee]).fetchone()[0] == 60000


def test_db_insert_returns_the_new_id_and_refuses_no_row(db):
    import sqlite3

    new_id = db.insert("INSERT INTO supplier (name) VALUES (?)", ["Chợ Bến Thành"])
    assert db.execute("SELECT name FROM supplier WHERE id = ?", [new_id]).fetchone()[0] == "Chợ Bến Thành"
    with pytest.raises(sqlite3.IntegrityError):
        db.insert("INSERT INTO supplier (name) VALUES (?) ON CONFLICT DO NOTHING", ["Chợ Bến Thành"])
