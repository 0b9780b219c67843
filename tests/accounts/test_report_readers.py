"""Who may print which document (reports/readers.py), on the domain API every front end uses:
``resolve_params`` refuses with the app's error before anything is built."""

from __future__ import annotations

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.reports import readers
from kindergarten_desktop.reports.registry import all_kinds, get_kind, resolve_params
from tests.accounts.conftest import act_as

USERS = {"principal": "hieutruong", "accountant": "ketoan", "nurse": "yte", "kitchen": "bep", "teacher": "giaovien"}
OWN_CLASS, OTHER_CLASS = "Nhà trẻ 1", "Lá 1"  # giaovien teaches the first class of the demo
PARAMS = {"year": "2025-2026", "month": "2026-02", "date": "2026-03-16", "round": 2}


def test_every_document_says_who_may_print_it():
    assert set(readers.READS) == set(all_kinds())


def _resolve(db, kind_name: str, class_name: str | None = None):
    kind = get_kind(kind_name)
    raw = {k: v for k, v in PARAMS.items() if k in kind.parameters}
    return resolve_params(db, kind, **raw, class_name=class_name)


# role -> documents it prints (whole school), documents refused
CASES = {
    "accountant": ({"meals-ledger", "cash-book", "lunch-support", "kitchen-slip", "market-book", "class-list"},
                   {"growth-summary", "inspection-book", "sample-book"}),
    "nurse": ({"growth-summary", "growth-quality", "class-list", "attendance", "nutrition"},
              {"meals-ledger", "cash-book", "debt-list", "market-book"}),
    "kitchen": ({"kitchen-slip", "market-book", "daily-posting", "stock-card", "inspection-book", "menu-week"},
                {"meals-ledger", "meals-statements", "meals-receipts", "receipts-list", "lunch-support",
                 "debt-list", "cash-book", "bank-book", "class-list", "growth-summary"}),
    "teacher": ({"agenda", "agenda-year", "menu-week"},
                {"class-list", "school-stats", "growth-summary", "growth-quality", "attendance", "meals-ledger",
                 "kitchen-slip"}),
}


@pytest.mark.parametrize("role", list(CASES))
def test_each_role_prints_what_it_reads_and_nothing_else(accounts_db, role):
    act_as(accounts_db, USERS[role])
    allowed, refused = CASES[role]
    for kind in allowed:
        _resolve(accounts_db, kind)
    for kind in refused:
        with pytest.raises(AppError) as caught:
            _resolve(accounts_db, kind)
        assert USERS[role] in caught.value.text(), (kind, caught.value.text())


def test_a_teacher_prints_the_classes_assigned_only(accounts_db):
    act_as(accounts_db, "giaovien")
    for kind in ("class-list", "attendance", "growth-cards", "growth-parent-note"):
        assert _resolve(accounts_db, kind, OWN_CLASS).class_name == OWN_CLASS
        with pytest.raises(AppError):
            _resolve(accounts_db, kind, OTHER_CLASS)
        with pytest.raises(AppError):
            _resolve(accounts_db, kind)  # the whole school shows the other classes
        assert readers.refusal(accounts_db, kind, any_class=True) is None  # the menu lets it choose its class
    assert readers.refusal(accounts_db, "school-stats", any_class=True) is not None


def test_the_principal_and_a_school_without_accounts_print_everything(accounts_db, demo_db):
    act_as(accounts_db, "hieutruong")
    for db in (accounts_db, demo_db):
        assert [k for k in all_kinds() if readers.refusal(db, k) is not None] == []


def test_nobody_signed_in_prints_nothing(accounts_db):
    act_as(accounts_db, None)
    assert all(readers.refusal(accounts_db, k) is not None for k in all_kinds())


@pytest.mark.parametrize("role", list(CASES))
def test_whoever_prints_a_document_keeps_its_document_settings(accounts_db, role):
    """The print dialog remembers the number, recipients and signer per document after the
    print's parameters are accepted; the nurse printing the growth summary or a teacher the
    attendance of the class was refused there ("only the principal changes the school")."""
    from dataclasses import replace

    from kindergarten_desktop.reports import document

    act_as(accounts_db, USERS[role])
    allowed, _refused = CASES[role]
    for name in sorted(allowed):
        kind = get_kind(name)
        params = _resolve(accounts_db, name, OWN_CLASS if readers.class_only(accounts_db, name) else None)
        chosen = replace(params.document, number=f"7/{role}")
        document.remember(accounts_db, name, kind.document, chosen)
        if kind.document.symbol:
            assert document.remembered(accounts_db, name).get("number") == f"7/{role}"
    actor = accounts_db.execute("SELECT DISTINCT actor FROM audit_log WHERE table_name = 'document_settings'")
    assert [r[0] for r in actor.fetchall()] == [USERS[role]]  # still on the audit trail, with who


def test_a_school_file_made_before_keeps_no_principal_only_rule_on_document_settings(accounts_db_copy):
    """The rule lives in the triggers of each file: a school that had accounts before kept the
    trigger refusing the nurse's and a teacher's document settings until its schema moved on."""
    import sqlite3

    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.db.refusals import DENIED

    raw = sqlite3.connect(accounts_db_copy)
    for op in ("INSERT", "UPDATE", "DELETE"):
        raw.execute(f'CREATE TRIGGER "kd_perm_document_settings_{op.lower()}" BEFORE {op} ON document_settings '
                    f"WHEN EXISTS (SELECT 1 FROM account) AND NOT (kd_can('school')) "
                    f"BEGIN SELECT RAISE(ABORT, '{DENIED}school:document_settings'); END")
    raw.execute("PRAGMA user_version = 86")  # the schema such a file has
    raw.commit()
    raw.close()
    db = open_database(accounts_db_copy)
    try:
        left = db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'kd_perm_document_settings%'").fetchall()
        assert left == []
        act_as(db, "yte")
        kind = get_kind("growth-summary")
        params = _resolve(db, "growth-summary")
        from kindergarten_desktop.reports import document

        document.remember(db, "growth-summary", kind.document, params.document)  # no refusal
    finally:
        db.close()
