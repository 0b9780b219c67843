"""Shared by the accounts interface tests."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.accounts.conftest import _fast_kdf, accounts_db, accounts_db_copy, accounts_db_file  # noqa: F401


@pytest.fixture
def controller(qapp, accounts_db_copy):  # noqa: F811
    from kindergarten_desktop.ui.app import Application

    app = Application(QApplication.instance(), "en", interactive=False)
    assert app.open(accounts_db_copy) is None
    yield app
    if app.window is not None:
        app.window.close()
    app.close_database(backup=False)


@pytest.fixture(autouse=True)
def _forget_the_signed_in_rules():
    """A window decorated for a role leaves write_guard's rules set for the pages built after it;
    a later test's page built without a window (no accounts) must not inherit them."""
    yield
    from kindergarten_desktop.ui.accounts import write_guard

    write_guard._rules = write_guard._everyone
