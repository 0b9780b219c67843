"""The demo school with the demo accounts (hieutruong, ketoan, yte, bep, giaovien; password demo)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FAST_N = 2**10  # the tests' scrypt cost; test_passwords checks the real one


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    from kindergarten_desktop.accounts import passwords

    monkeypatch.setattr(passwords, "N", FAST_N)


@pytest.fixture(scope="session")
def accounts_db_file(demo_db_file, tmp_path_factory) -> Path:
    """Built once; copy it (accounts_db_copy) to write."""
    from kindergarten_desktop.accounts import passwords
    from kindergarten_desktop.accounts.demo import add_demo_accounts

    path = tmp_path_factory.mktemp("accounts") / "accounts.sqlite3"
    shutil.copy(demo_db_file, path)
    real, passwords.N = passwords.N, FAST_N
    try:
        add_demo_accounts(path)
    finally:
        passwords.N = real
    return path


@pytest.fixture
def accounts_db_copy(accounts_db_file, tmp_path) -> Path:
    target = tmp_path / "accounts.sqlite3"
    shutil.copy(accounts_db_file, target)
    return target


@pytest.fixture
def accounts_db(accounts_db_copy):
    """An open copy with nobody signed in."""
    from kindergarten_desktop.db import open_database

    database = open_database(accounts_db_copy)
    yield database
    database.close()


def act_as(db, username: str | None) -> None:
    """Sign ``username`` in without the password's KDF (the sign-in itself is tested apart)."""
    from kindergarten_desktop.accounts import users
    from kindergarten_desktop.db import session

    session.sign_in(db, users.get(db, username).actor() if username else None)
