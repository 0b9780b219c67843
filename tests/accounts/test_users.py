"""Accounts: passwords (scrypt), sign-in with an increasing wait, recovery code, roles."""

from __future__ import annotations

import datetime as dt

import pytest

from kindergarten_desktop.accounts import passwords, users
from kindergarten_desktop.db import session
from kindergarten_desktop.errors import AppError
from tests.accounts.conftest import act_as


def test_password_hash_is_scrypt_with_the_real_cost_and_never_the_password(monkeypatch):
    monkeypatch.undo()  # the real cost, not the tests' fast one
    stored = passwords.hash_password("bí mật 123")
    kind, n, r, p, salt, digest = stored.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", 2**15, 8, 1)
    assert "bí mật" not in stored
    assert passwords.verify_password("bí mật 123", stored)
    assert not passwords.verify_password("bí mật 124", stored)
    assert passwords.hash_password("bí mật 123") != stored  # salted
    assert not passwords.verify_password("x", "garbage")


def test_no_password_in_clear_anywhere_in_the_database(accounts_db):
    act_as(accounts_db, "hieutruong")
    users.set_password(accounts_db, "ketoan", "mat-khau-rat-rieng")
    dump = "\n".join(accounts_db.conn.iterdump())
    assert "mat-khau-rat-rieng" not in dump
    hashes = [h for (h,) in accounts_db.execute("SELECT password_hash FROM account")]
    assert all(h.startswith("scrypt$") and h not in dump.replace(f"'{h}'", "") for h in hashes[:1])
    change = accounts_db.execute("SELECT before, after FROM audit_log WHERE table_name = 'account' "
                                 "ORDER BY id DESC LIMIT 1").fetchone()
    assert change[0] != change[1] and "scrypt$" not in change[0] + change[1]


def test_sign_in_sets_the_actor_and_sign_out_clears_it(accounts_db):
    account = users.sign_in(accounts_db, " KeToan ", "demo")
    assert account.roles == ("accountant",)
    assert session.current(accounts_db).username == "ketoan"
    users.sign_out(accounts_db)
    assert session.current(accounts_db) is None


def test_wrong_passwords_make_the_next_try_wait_longer(accounts_db):
    t0 = dt.datetime(2026, 3, 16, 8, 0, 0)
    for i in range(users.FREE_TRIES):
        with pytest.raises(AppError) as err:
            users.sign_in(accounts_db, "yte", "sai", now=t0 + dt.timedelta(seconds=i))
        assert err.value.code == "accounts.wrong_password"
    with pytest.raises(AppError) as err:
        users.sign_in(accounts_db, "yte", "sai", now=t0 + dt.timedelta(seconds=5))
    assert err.value.code == "accounts.wait" and err.value.params["seconds"] == 5
    # even the right password waits
    with pytest.raises(AppError) as err:
        users.sign_in(accounts_db, "yte", "demo", now=t0 + dt.timedelta(seconds=7))
    assert err.value.code == "accounts.wait"
    with pytest.raises(AppError):
        users.sign_in(accounts_db, "yte", "sai", now=t0 + dt.timedelta(seconds=11))
    with pytest.raises(AppError) as err:
        users.sign_in(accounts_db, "yte", "demo", now=t0 + dt.timedelta(seconds=15))
    assert err.value.code == "accounts.wait" and err.value.params["seconds"] > 5  # 10 s after the 4th
    assert users.sign_in(accounts_db, "yte", "demo", now=t0 + dt.timedelta(seconds=22)).username == "yte"
    # the count starts again after a success
    with pytest.raises(AppError) as err:
        users.sign_in(accounts_db, "yte", "sai", now=t0 + dt.timedelta(seconds=23))
    assert err.value.code == "accounts.wrong_password"
    assert [users.wait_seconds(n) for n in range(1, 9)] == [0, 0, 5, 10, 20, 40, 80, 160]
    assert users.wait_seconds(30) == users.MAX_WAIT_S


def test_unknown_names_and_disabled_accounts(accounts_db):
    with pytest.raises(AppError) as err:
        users.sign_in(accounts_db, "khongco", "demo")
    assert err.value.code == "accounts.wrong_password"  # no hint which names exist
    act_as(accounts_db, "hieutruong")
    users.set_active(accounts_db, "bep", False)
    with pytest.raises(AppError) as err:
        users.sign_in(accounts_db, "bep", "demo")
    assert err.value.code == "accounts.disabled"


def test_principal_resets_others_passwords_others_only_their_own(accounts_db):
    act_as(accounts_db, "ketoan")
    with pytest.raises(AppError) as err:
        users.set_password(accounts_db, "yte", "abcd1234")
    assert err.value.code == "accounts.principal_only"
    with pytest.raises(AppError):
        users.set_password(accounts_db, "ketoan", "abcd1234", old_password="sai")
    users.set_password(accounts_db, "ketoan", "abcd1234", old_password="demo")
    act_as(accounts_db, "hieutruong")
    users.set_password(accounts_db, "yte", "moi-moi", confirm="moi-moi")
    with pytest.raises(AppError) as err:
        users.set_password(accounts_db, "yte", "abc")
    assert err.value.code == "accounts.short_password"
    with pytest.raises(AppError) as err:
        users.set_password(accounts_db, "yte", "abcdef", confirm="abcdeg")
    assert err.value.code == "accounts.passwords_differ"
    users.sign_out(accounts_db)
    assert users.sign_in(accounts_db, "ketoan", "abcd1234").username == "ketoan"
    assert users.sign_in(accounts_db, "yte", "moi-moi").username == "yte"


def test_first_account_is_the_principal_and_gets_a_recovery_code(db):
    with pytest.raises(AppError) as err:
        users.add_account(db, "ketoan", "demo", ["accountant"])
    assert err.value.code == "accounts.first_must_be_principal"
    assert users.list_accounts(db) == []
    code = users.add_account(db, "Admin", "demo", ["principal"], full_name="Nguyễn Văn A")
    assert code and len(code) == 24
    assert session.current(db).username == "admin"  # the administrator is signed in
    assert users.add_account(db, "ketoan", "demo", ["accountant"]) is None
    stored = db.execute("SELECT value FROM setting WHERE key = 'accounts.recovery'").fetchone()[0]
    assert code not in stored and passwords.normalize_recovery_code(code) not in stored
    users.sign_out(db)
    with pytest.raises(AppError) as err:
        users.recover(db, "admin", "AAAA-BBBB-CCCC-DDDD-EEEE", "new-pass")
    assert err.value.code == "accounts.wrong_recovery_code"
    with pytest.raises(AppError):
        users.recover(db, "ketoan", code, "new-pass")  # the code is for a principal only
    second = users.recover(db, "admin", code.lower().replace("-", " "), "new-pass")
    assert second != code
    with pytest.raises(AppError):
        users.recover(db, "admin", code, "other-pass")  # used up
    assert users.sign_in(db, "admin", "new-pass").username == "admin"
    reset = db.execute("SELECT actor FROM audit_log WHERE table_name = 'account' ORDER BY id DESC LIMIT 1")
    assert reset.fetchone()[0] == "admin"


@pytest.mark.parametrize("username", ["", "a", "có dấu", "x" * 40, "a b", "-abc"])
def test_bad_user_names_are_refused(db, username):
    with pytest.raises(AppError) as err:
        users.add_account(db, username, "demo", ["principal"])
    assert err.value.code == "accounts.bad_username"


def test_roles_classes_and_the_last_principal(accounts_db):
    act_as(accounts_db, "hieutruong")
    with pytest.raises(AppError) as err:
        users.add_account(accounts_db, "gv2", "demo", ["teacher"])
    assert err.value.code == "accounts.teacher_needs_class"
    with pytest.raises(AppError) as err:
        users.add_account(accounts_db, "gv2", "demo", [])
    assert err.value.code == "accounts.no_roles"
    with pytest.raises(AppError) as err:
        users.add_account(accounts_db, "ketoan", "demo", ["nurse"])
    assert err.value.code == "accounts.username_taken"
    with pytest.raises(AppError) as err:
        users.set_roles(accounts_db, "hieutruong", ["teacher"], [1])
    assert err.value.code == "accounts.last_principal"
    with pytest.raises(AppError) as err:
        users.set_active(accounts_db, "hieutruong", False)
    assert err.value.code == "accounts.last_principal"
    users.set_roles(accounts_db, "ketoan", ["accountant", "principal"])
    users.set_active(accounts_db, "hieutruong", False)  # another principal remains
    assert [a.username for a in users.list_accounts(accounts_db, active_only=True)
            if "principal" in a.roles] == ["ketoan"]


def test_idle_lock_minutes_default_and_bounds(accounts_db):
    assert users.idle_minutes(accounts_db) == 15
    act_as(accounts_db, "hieutruong")
    users.set_idle_minutes(accounts_db, 5)
    assert users.idle_minutes(accounts_db) == 5
    for bad in (0, 1000, "10"):
        with pytest.raises(AppError):
            users.set_idle_minutes(accounts_db, bad)
    act_as(accounts_db, "ketoan")
    with pytest.raises(AppError):
        users.set_idle_minutes(accounts_db, 20)
