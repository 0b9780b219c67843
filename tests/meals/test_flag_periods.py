"""Circumstance flags with dates: the ledger and the claim list count the flags holding in the
month, a flag change reaching into a closed month is refused, and upgrading a database whose
flags had no dates moves no month's figures."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from kindergarten_desktop.db import guards
from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.rates import add_rate
from kindergarten_desktop.roster import children as ch
from kindergarten_desktop.roster.circumstances import LUNCH_SUPPORT_FLAGS
from kindergarten_desktop.roster.errors import RosterError
from kindergarten_desktop.roster.flag_periods import add_period, end_flag, flags_between, periods
from tests.meals.conftest import build_school


def _row(ledger, child):
    return next(r for r in ledger.rows if r.child_id == child)


def _eat_every_school_day(school, child, months) -> None:
    from kindergarten_desktop.roster.calendar import month_bounds, school_days

    for y, m in months:
        for day in school_days(school.db, *month_bounds(y, m)):
            school.mark(child, day, "P")


@pytest.fixture
def kg(db):
    """The tiny school, priced, its first kindergarten child eating every day Sept–Dec 2025."""
    school = build_school(db)
    school.price()
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    _eat_every_school_day(school, school.children[0], [(2025, m) for m in (9, 10, 11, 12)])
    return school


def test_the_ledger_counts_a_flag_in_the_months_it_holds(kg):
    db, child = kg.db, kg.children[0]
    add_period(db, child, "poor_household", dt.date(2025, 10, 15), dt.date(2025, 11, 3))
    supported = {m: _row(compute_month(db, 2025, m), child) for m in (9, 10, 11, 12)}
    assert [supported[m].support for m in (9, 10, 11, 12)] == [0, 160_000, 160_000, 0]
    assert supported[10].support_flags == ["poor_household"] and supported[12].support_flags == []
    # A second period of the same flag; an overlapping one is refused with what it overlaps.
    add_period(db, child, "poor_household", dt.date(2025, 12, 1))
    assert _row(compute_month(db, 2025, 12), child).support == 160_000
    with pytest.raises(RosterError) as err:
        add_period(db, child, "poor_household", dt.date(2025, 11, 1))
    assert "03/11/2025" in err.value.text("vi") and "15/10/2025" in err.value.text("vi")
    assert flags_between(db, dt.date(2025, 9, 1), dt.date(2025, 9, 30)) == {}
    assert flags_between(db, dt.date(2025, 11, 1), dt.date(2025, 11, 30)) == {child: ("poor_household",)}


def test_the_claim_list_follows_the_dates(kg):
    from kindergarten_desktop.reports.kinds.lunch_support import claims
    from kindergarten_desktop.reports.registry import ReportParams
    from kindergarten_desktop.school import ensure_school_year

    db, child = kg.db, kg.children[0]
    add_period(db, child, "disability", dt.date(2025, 11, 20))
    params = ReportParams(year=ensure_school_year(db, 2025), round=1)
    [claim] = claims(db, params)
    assert claim.child_id == child and claim.months == [(2025, 11), (2025, 12)]
    assert claim.total == 320_000 and claim.reason == "Khuyết tật học hòa nhập"


def test_a_flag_change_reaching_a_closed_month_is_refused_and_names_it(kg):
    db, child = kg.db, kg.children[0]
    add_period(db, child, "poor_household", dt.date(2025, 9, 5))
    closing.close_month(db, 2025, 9, "Kế toán")
    closing.close_month(db, 2025, 10, "Kế toán")
    before = periods(db, child)
    data = ch.load_child(db, child)
    assert data.flag_dates == {"poor_household": (dt.date(2025, 9, 5), None)}
    refused = [
        lambda: add_period(db, child, "near_poor_household", dt.date(2025, 10, 1)),
        lambda: end_flag(db, child, "poor_household", dt.date(2025, 10, 20)),
        lambda: ch.update_child(db, child, _with(data, flags=set())),  # unticked: the period removed
        lambda: ch.update_child(db, child, _with(data, flag_dates={"poor_household": (dt.date(2025, 8, 1), None)})),
        lambda: db.execute("DELETE FROM child_circumstance WHERE child_id = ?", [child]),
    ]
    for write in refused:
        with pytest.raises(MonthClosed) as err:
            write()
        assert "10/2025" in err.value.text("vi") and "Mở lại" in err.value.text("vi")
        assert err.value.table == "child_circumstance"
    assert periods(db, child) == before
    # What reaches open months only goes through: an end after October, a flag from November,
    # the ethnic-minority flag (it changes no money) at any date, and the rest of the record.
    end_flag(db, child, "poor_household", dt.date(2025, 10, 31))
    add_period(db, child, "no_carer", dt.date(2025, 11, 1))
    add_period(db, child, "ethnic_minority", dt.date(2025, 9, 5))
    data = ch.load_child(db, child)
    data.address = "Thôn Đông"
    ch.update_child(db, child, data)
    assert ch.load_child(db, child).flag_dates == {
        "poor_household": (dt.date(2025, 9, 5), dt.date(2025, 10, 31)), "no_carer": (dt.date(2025, 11, 1), None),
        "ethnic_minority": (dt.date(2025, 9, 5), None)}
    assert _row(compute_month(db, 2025, 10), child).support == 160_000  # frozen
    assert _row(compute_month(db, 2025, 11), child).support_flags == ["no_carer"]


def _with(data, **changes):
    import dataclasses

    return dataclasses.replace(data, **changes)


def test_dates_are_checked(kg):
    db, child = kg.db, kg.children[0]
    data = ch.load_child(db, child)
    data.flags = {"poor_household"}
    data.flag_dates = {"poor_household": (dt.date(2025, 10, 1), dt.date(2025, 9, 30))}
    with pytest.raises(RosterError) as err:
        ch.update_child(db, child, data)
    assert err.value.text("vi") == "Hộ nghèo: ngày kết thúc 30/09/2025 trước ngày bắt đầu 01/10/2025"
    assert periods(db, child) == []


def test_the_money_flags_of_the_guard_are_the_decrees(db):
    assert set(guards.MONEY_FLAGS) == set(LUNCH_SUPPORT_FLAGS)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in ("child_circumstance", "meal_book_opening"):
        for op in ("insert", "update", "delete"):
            assert {f"guard_{table}_{op}", f"kd_perm_{table}_{op}", f"kd_audit_{table}_{op}"} <= names


def test_flag_changes_are_audited_with_their_dates(kg):
    db, child = kg.db, kg.children[0]
    add_period(db, child, "poor_household", dt.date(2025, 10, 15))
    end_flag(db, child, "poor_household", dt.date(2025, 12, 31))
    rows = db.execute("SELECT action, child_id, after FROM audit_log WHERE table_name = 'child_circumstance' "
                      "ORDER BY id").fetchall()
    assert [(a, c) for a, c, _ in rows] == [("insert", child), ("update", child)]
    assert json.loads(rows[1][2])["valid_to"] == "2025-12-31"


def _figures(db, months) -> list[object]:
    return [[r.to_json() for r in compute_month(db, y, m).rows] for y, m in months]


def test_upgrading_moves_no_months_figures(demo_db_copy, monkeypatch):
    """The demo school (closed through February, open from March) as the previous version had it:
    flags without dates, holding in every month. Migration 70 carries them over; every month's
    ledger (closed ones frozen, open ones computed) is the same before and after."""
    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.meals import ledger

    months = [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 9)]
    db = open_database(demo_db_copy)
    try:
        assert guards.closed_through(db) == "2026-02"
        undated = db.execute("SELECT DISTINCT child_id, flag FROM child_circumstance "
                             "ORDER BY child_id, flag").fetchall()
        # The previous version's arithmetic: each flag holds whatever the month.
        old_style = {}
        for cid, flag in undated:
            if flag in LUNCH_SUPPORT_FLAGS:
                old_style.setdefault(cid, []).append((flag, "0000-01-01", "9999-12-31"))
        with monkeypatch.context() as patch:
            patch.setattr(ledger, "eligible_periods", lambda _db: {c: tuple(p) for c, p in old_style.items()})
            before = _figures(db, months)
    finally:
        db.close()
    assert any(r["support"] for month in before[6:] for r in month)  # open months have supported children
    # The file as version 61 left it: child_circumstance (child_id, flag), no opening balances
    # (nor the triggers that read them).
    raw = sqlite3.connect(demo_db_copy)
    raw.executescript("""
        CREATE TABLE old_flags (child_id INTEGER NOT NULL REFERENCES child(id), flag TEXT NOT NULL,
                                PRIMARY KEY (child_id, flag));
        INSERT INTO old_flags SELECT DISTINCT child_id, flag FROM child_circumstance;
        DROP TABLE child_circumstance;
        ALTER TABLE old_flags RENAME TO child_circumstance;
        DROP TRIGGER guard_meal_payment_opening_insert; DROP TRIGGER guard_meal_payment_opening_update;
        DROP TRIGGER guard_meal_payout_opening_insert; DROP TRIGGER guard_meal_payout_opening_update;
        DROP TABLE meal_book_opening;
        PRAGMA user_version = 61;""")
    raw.close()
    db = open_database(demo_db_copy)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 71
        assert db.execute("SELECT count(*) FROM child_circumstance").fetchone()[0] == len(undated)
        assert _figures(db, months) == before
        assert guards.closed_through(db) == "2026-02"
        with pytest.raises(MonthClosed):  # carried-over flags reach the closed months
            db.execute("DELETE FROM child_circumstance WHERE flag = 'poor_household'")
    finally:
        db.close()


def test_flag_errors_name_the_flag_in_the_language_shown(kg):
    from kindergarten_desktop.errors import set_language

    db, child = kg.db, kg.children[0]
    add_period(db, child, "disability", dt.date(2025, 9, 5), dt.date(2025, 12, 31))
    data = ch.load_child(db, child)
    refusals = []
    for flag, dates in (("near_poor_household", (dt.date(2025, 10, 1), dt.date(2025, 9, 30))),
                        ("disability", (dt.date(2025, 9, 1), None))):
        with pytest.raises(RosterError) as err:
            if flag == "disability":
                add_period(db, child, flag, *dates)  # overlaps the period recorded
            else:
                data.flags, data.flag_dates = {flag}, {flag: dates}
                ch.update_child(db, child, data)
        refusals.append(err.value)
    ends, overlap = refusals
    assert ends.text("en") == "Near-poor household: the end date 30/09/2025 is before the start date 01/10/2025"
    assert ends.text("vi") == "Hộ cận nghèo: ngày kết thúc 30/09/2025 trước ngày bắt đầu 01/10/2025"
    assert overlap.text("en").startswith("Disability, inclusive class from 01/09/2025: overlaps")
    assert overlap.text("vi").startswith("Khuyết tật học hòa nhập từ 01/09/2025: trùng")
    set_language("en")  # the language of the interface, as the GUI sets it
    try:
        assert str(ends) == ends.text() == ends.text("en") and "Hộ" not in ends.text()
    finally:
        set_language("vi")
    assert ends.text() == ends.text("vi")
