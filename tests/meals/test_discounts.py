"""Discounts: one month or standing (every month until it ends), with their reasons."""

import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.discounts import (
    add_discount,
    add_standing,
    delete_discount,
    delete_standing,
    discounts_in,
    standing_discounts,
    update_discount,
    update_standing,
)
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.ledger import compute_month


def _row(db, y, m, child):
    return next(r for r in compute_month(db, y, m).rows if r.child_id == child)


def test_standing_discount_applies_every_month_until_it_ends(school):
    db = school.db
    school.price()
    child = school.children[0]
    sid = add_standing(db, child, dt.date(2025, 9, 1), None, "50.000", "Con giáo viên trong trường")
    assert [_row(db, 2025, m, child).discount for m in (9, 10, 11)] == [50_000] * 3
    assert _row(db, 2025, 10, child).discount_reasons == ["Con giáo viên trong trường"]
    update_standing(db, sid, dt.date(2025, 10, 1), 50000, "Con giáo viên trong trường")
    assert [_row(db, 2025, m, child).discount for m in (9, 10, 11)] == [50_000, 50_000, 0]
    assert standing_discounts(db, child)[0].end == "2025-10"


def test_one_month_discount_add_edit_remove_adds_to_a_standing_one(school):
    db = school.db
    school.price()
    child = school.children[1]
    add_standing(db, child, dt.date(2025, 9, 1), dt.date(2026, 5, 1), 30000, "Hộ khó khăn")
    one = add_discount(db, child, dt.date(2025, 10, 1), 20000, "Ốm dài ngày")
    row = _row(db, 2025, 10, child)
    assert row.discount == 50_000 and row.discount_reasons == ["Ốm dài ngày", "Hộ khó khăn"]
    update_discount(db, one, 25000, "Ốm dài ngày (nằm viện)")
    assert _row(db, 2025, 10, child).discount == 55_000
    delete_discount(db, one)
    assert _row(db, 2025, 10, child).discount == 30_000
    assert [d.amount for d in discounts_in(db, 2025, 10, child)] == [30_000]


@pytest.mark.parametrize("amount, reason, field", [("0", "Lý do", "discount"), ("-1", "Lý do", "discount"),
                                                   ("abc", "Lý do", "discount"), ("20000", "  ", "reason"),
                                                   ("99.000.000", "Lý do", "discount")])
def test_bad_input_refused_and_nothing_saved(school, amount, reason, field):
    db = school.db
    with pytest.raises(MealsError) as err:
        add_standing(db, school.children[0], dt.date(2025, 9, 1), None, amount, reason)
    assert err.value.field == field
    assert db.execute("SELECT count(*) FROM meal_standing_discount").fetchone()[0] == 0


def test_end_before_start_refused(school):
    with pytest.raises(MealsError, match="before"):
        add_standing(school.db, school.children[0], dt.date(2025, 11, 1), dt.date(2025, 10, 1), 1000, "Lý do")


def test_closed_months_keep_their_discounts(school):
    db = school.db
    school.price()
    child = school.children[0]
    sid = add_standing(db, child, dt.date(2025, 9, 1), None, 50000, "Con giáo viên")
    one = add_discount(db, child, dt.date(2025, 9, 1), 10000, "Lý do")
    closing.close_month(db, 2025, 9, "Kế toán")
    for action in (lambda: delete_standing(db, sid), lambda: delete_discount(db, one),
                   lambda: update_standing(db, sid, None, 60000, "Con giáo viên"),
                   lambda: add_discount(db, child, dt.date(2025, 9, 1), 5000, "Lý do")):
        with pytest.raises(MonthClosed):
            action()
    update_standing(db, sid, dt.date(2025, 12, 1), 50000, "Con giáo viên")  # ending it later is fine
    assert _row(db, 2025, 9, child).discount == 60_000


def test_standing_discount_only_in_months_enrolled(school):
    db = school.db
    school.price()
    child = school.children[0]
    add_standing(db, child, dt.date(2025, 9, 1), None, 50000, "Con giáo viên")
    db.execute("UPDATE enrollment SET end_date = '2025-10-31' WHERE child_id = ?", [child])
    assert _row(db, 2025, 10, child).discount == 50_000
    december = [r for r in compute_month(db, 2025, 12).rows if r.child_id == child]
    assert all(r.discount == 0 for r in december)  # left: no more discount (a balance may still carry)
