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
