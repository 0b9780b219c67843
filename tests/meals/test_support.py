"""Decree 105/2020 lunch support: kindergarten-age children with an art. 7 circumstance only,
effective-dated amount and months, and the reason kept on the ledger row."""

import datetime as dt

import pytest

from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.errors import MealsError
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.support import delete_rule, list_rules, reason_text, save_rule


def _row(ledger, child):
    return next(r for r in ledger.rows if r.child_id == child)


def _flag(db, child, flag, start="2025-01-01", end=None):
    db.execute("INSERT INTO child_circumstance (child_id, flag, valid_from, valid_to) VALUES (?, ?, ?, ?)",
               [child, flag, start, end])


def test_nursery_children_never_receive_it_and_the_reason_is_kept(school):
    db = school.db
    school.price()
    kg, nursery, plain = school.children[0], school.children[3], school.children[1]
    _flag(db, kg, "poor_household")
    _flag(db, kg, "disability")
    _flag(db, nursery, "poor_household")  # poor but nhà trẻ: not covered by art. 7
    _flag(db, plain, "ethnic_minority")  # a circumstance that is not an art. 7 condition
    for child in (kg, nursery, plain):
        school.mark(child, dt.date(2025, 9, 8), "P")
    ledger = compute_month(db, 2025, 9)
    assert _row(ledger, kg).support == 160_000
    assert _row(ledger, kg).support_flags == ["disability", "poor_household"]
    assert reason_text(_row(ledger, kg).support_flags) == "Khuyết tật học hòa nhập; Hộ nghèo"
    assert _row(ledger, nursery).support == 0 and _row(ledger, nursery).support_flags == []
    assert _row(ledger, plain).support == 0


def test_no_support_for_a_month_not_eaten(school):
    db = school.db
    school.price()
    _flag(db, school.children[0], "no_carer")
    school.mark(school.children[0], dt.date(2025, 9, 8), "E")
    assert _row(compute_month(db, 2025, 9), school.children[0]).support == 0


def test_a_new_decree_changes_amount_and_months_from_its_date(school):
    db = school.db
    school.price()
    child = school.children[0]
    _flag(db, child, "near_poor_household")
    save_rule(db, dt.date(2025, 11, 1), "200.000", 2, "Nghị định mới")
    assert [r.amount for r in list_rules(db)] == [160_000, 200_000]
    for month in (9, 10, 11, 12):
        school.mark(child, dt.date(2025, month, 10) if month != 11 else dt.date(2025, 11, 10), "P")
    supports = [_row(compute_month(db, 2025, m), child).support for m in (9, 10, 11, 12)]
    # 2 months already counted in Sept–Oct: the new rule's maximum of 2 is reached.
    assert supports == [160_000, 160_000, 0, 0]


def test_rules_refuse_bad_input_and_closed_months(school):
    db = school.db
    school.price()
    with pytest.raises(MealsError) as err:
        save_rule(db, dt.date(2025, 10, 1), "-5", 9)
    assert err.value.field == "support_amount"
    with pytest.raises(MealsError):
        save_rule(db, dt.date(2025, 10, 1), 160000, 13)
    with pytest.raises(MealsError):
        delete_rule(db, list_rules(db)[0].id)  # the last rule stays
    closing.close_month(db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed):
        save_rule(db, dt.date(2025, 9, 15), 170000, 9)
    assert len(list_rules(db)) == 1
