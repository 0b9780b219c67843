"""The audit trail and the permission triggers: installed from the registries after every
migration, append-only, before → after, attendance after its day, every table covered."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from kindergarten_desktop.db import audit as audit_triggers
from kindergarten_desktop.db import permissions, session
from kindergarten_desktop.db.connection import memory_database
from kindergarten_desktop.db.migrations import migrate
from kindergarten_desktop.db.refusals import AppendOnly
from tests.accounts.conftest import act_as


def _triggers(db) -> dict[str, str]:
    return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def test_every_table_is_in_the_registry_or_knowingly_left_out(db):
    unlisted = [t for t in permissions.user_tables(db) if t not in permissions.TABLES
                and not any(t.startswith(prefix) for prefix, _rule in permissions.PREFIXES)]
    assert unlisted == [], f"add a line to db/permissions.py TABLES for {unlisted} (else: principal only)"
    audited = {n.split("_", 2)[2].rsplit("_", 1)[0] for n in _triggers(db) if n.startswith("kd_audit_")}
    for table in permissions.user_tables(db):
        assert (table in audited) != (table in audit_triggers.NOT_AUDITED), table


def test_installation_is_idempotent_and_follows_schema_changes(db):
    before = _triggers(db)
    migrate(db)
    assert _triggers(db) == before
    # a table another feature adds later is covered by its prefix, without a line anywhere
    db.execute("CREATE TABLE meal_receipt_print (id INTEGER PRIMARY KEY, child_id INTEGER, note TEXT)")
    db.execute("ALTER TABLE daily_menu ADD COLUMN dessert TEXT NOT NULL DEFAULT ''")
    migrate(db)
    after = _triggers(db)
    assert "kd_perm_meal_receipt_print_insert" in after and "kd_audit_meal_receipt_print_update" in after
    assert "dessert" in after["kd_audit_daily_menu_insert"]
    assert permissions.rule_for("meal_receipt_print") == "meals"
    assert permissions.rule_for("kitchen_food") == "kitchen"
    assert permissions.rule_for("something_new") == "school"  # unknown: the principal's


def test_audit_rows_hold_who_when_what_and_before_after(db):
    db.execute("INSERT INTO school_year (name, start_date, end_date) VALUES ('2025-2026', '2025-09-05', "
               "'2026-08-31')")
    child = db.execute("INSERT INTO child (full_name, sex, birth_date) VALUES ('Lê Văn Tí', 1, '2021-02-03') "
                       "RETURNING id").fetchone()[0]
    db.execute("UPDATE child SET address = 'Thôn 2' WHERE id = ?", [child])
    db.execute("UPDATE child SET address = 'Thôn 2' WHERE id = ?", [child])  # no change: no row
    db.execute("DELETE FROM child WHERE id = ?", [child])
    rows = db.execute("SELECT at, actor, NULL, table_name, record_id, action, child_id, before, after "
                      "FROM audit_log WHERE table_name = 'child' ORDER BY id").fetchall()
    assert [r[5] for r in rows] == ["insert", "update", "delete"]
    stamps = {dt.datetime.fromisoformat(r[0]) for r in rows}  # SQLite's local clock, to the second
    assert all(abs((s - dt.datetime.now()).total_seconds()) < 120 for s in stamps)
    assert {r[1] for r in rows} == {session.os_user()} and {r[2] for r in rows} == {None}
    assert {r[4] for r in rows} == {str(child)} and {r[6] for r in rows} == {child}
    update = rows[1]
    assert json.loads(update[7])["address"] == "" and json.loads(update[8])["address"] == "Thôn 2"
    assert rows[0][7] is None and rows[2][8] is None


def test_the_audit_log_is_append_only(db):
    db.execute("UPDATE school SET name = 'Trường Mầm non Hoa Sen' WHERE id = 1")
    for sql in ("UPDATE audit_log SET actor = 'ai đó'", "DELETE FROM audit_log"):
        with pytest.raises(AppendOnly) as refused:
            db.execute(sql)
        assert refused.value.code == "accounts.append_only"
    with session.system(db):  # not even the app itself
        with pytest.raises(AppendOnly):
            db.execute("DELETE FROM audit_log")
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1


def test_attendance_is_audited_after_its_day_only(demo_db):
    from kindergarten_desktop.roster.attendance import mark

    session.of(demo_db).clock = lambda: dt.datetime(2026, 3, 16, 10, 0)
    child = demo_db.execute("SELECT child_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()[0]
    mark(demo_db, child, dt.date(2026, 3, 16), "E")  # today: daily entry, not audited
    mark(demo_db, child, dt.date(2026, 3, 16), "U")
    assert demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    mark(demo_db, child, dt.date(2026, 3, 13), "E")  # a past day changed
    row = demo_db.execute("SELECT record_id, action, before, after, child_id FROM audit_log").fetchone()
    assert row[0] == f"{child}/2026-03-13" and row[1] == "update" and row[4] == child
    assert json.loads(row[2])["status"] == "P" and json.loads(row[3])["status"] == "E"


def test_the_actor_and_the_account_are_recorded(accounts_db):
    from kindergarten_desktop.meals.menus import Menu, save_menu

    act_as(accounts_db, "bep")
    save_menu(accounts_db, Menu(dt.date(2026, 3, 17), "Cháo", "Cơm", "Sữa"))
    actor = accounts_db.execute("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert actor == "bep"  # user names are unique and never change: the actor names the account


def test_a_raw_connection_without_the_app_functions_cannot_write_around_the_rules(accounts_db_copy):
    conn = sqlite3.connect(accounts_db_copy)
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        conn.execute("UPDATE meal_payment SET amount = 1")
    conn.close()


def test_migrations_run_as_the_app_not_as_the_signed_in_account(tmp_path):
    from kindergarten_desktop.db import open_database

    db = memory_database()
    assert session.of(db).system_depth == 0
    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    db2 = open_database(path)
    assert session.of(db2).system_depth == 0 and session.current(db2) is None
    db2.close()


def test_the_recovery_code_hash_never_reaches_the_trail(accounts_db, tmp_path):
    """Like a password's hash, the recovery code's is cut to its last characters when a
    change is recorded, and an entry recorded before that is cut when read or exported."""
    from kindergarten_desktop.accounts import audit, users
    from kindergarten_desktop.reports.audit_export import export_audit

    act_as(accounts_db, "hieutruong")
    stored = accounts_db.execute("SELECT value FROM setting WHERE key = ?", [users.RECOVERY_KEY]).fetchone()[0]
    with session.system(accounts_db), accounts_db.atomic():  # an entry of the old triggers, kept in clear
        accounts_db.execute("INSERT INTO audit_log (at, actor, table_name, record_id, action, before, after) "
                            "VALUES ('2026-01-01 08:00:00', 'hieutruong', 'setting', 'accounts.recovery', 'update',"
                            " NULL, ?)", [json.dumps({"key": users.RECOVERY_KEY, "value": stored})])
    with accounts_db.atomic():
        accounts_db.execute("UPDATE setting SET value = value || 'x' WHERE key = ?", [users.RECOVERY_KEY])
    raw = [r[0] for r in accounts_db.execute("SELECT after FROM audit_log WHERE table_name = 'setting'")]
    assert raw[-1] is not None and stored not in raw[-1] and json.loads(raw[-1])["value"] == (stored + "x")[-6:]
    shown = [e.after for e in audit.page(accounts_db) if e.table == "setting" and e.after]
    assert shown and all(len(str(v["value"])) <= 6 for v in shown if v.get("key") == users.RECOVERY_KEY)
    out = tmp_path / "nhat-ky.csv"
    export_audit(accounts_db, out)
    assert stored[:20] not in out.read_text(encoding="utf-8-sig")
