import pytest

from tests.accounts.conftest import _fast_kdf, accounts_db, accounts_db_copy, accounts_db_file  # noqa: F401


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """The report dialogs in the users' language (the app's default)."""
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")
    yield
