"""Shared fixtures. Qt runs offscreen; per-user settings and data go to a temporary home."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="kd-tests-home-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A fixed "today" for demo databases, so tests do not depend on the calendar.
DEMO_TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def file_size_limit():
    """Writes beyond ``limit`` bytes fail as on a full drive (the kernel's EFBIG, SIGXFSZ ignored)."""
    import resource
    import signal

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def limit(size: int | None) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft if size is None else size, hard))

    yield limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    signal.signal(signal.SIGXFSZ, old_handler)


@pytest.fixture
def db():
    """A fresh, migrated in-memory database."""
    from kindergarten_desktop.db.connection import memory_database

    database = memory_database()
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory) -> Path:
    """A one-year demo school (2025-2026, 'today' = DEMO_TODAY), built once per session.
    Tests must not modify it: copy it (demo_db_copy) to write."""
    from kindergarten_desktop import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    demo.generate_file(path, years=1, first_year=2025, seed=7, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_db_copy(demo_db_file, tmp_path) -> Path:
    import shutil

    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db_file, target)
    return target


@pytest.fixture
def demo_db(demo_db_copy):
    """An open, writable copy of the demo database."""
    from kindergarten_desktop.db import open_database

    database = open_database(demo_db_copy)
    yield database
    database.close()


def pytest_unconfigure(config):
    """Leave no temporary home behind (settings, logs, backups written by the tests)."""
    import shutil

    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def qapp_args():
    return ["kindergarten-desktop-tests"]


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """Translators are global to the QApplication: a test that switches to Vietnamese must
    not change what the next test sees. Each test starts from the English source strings
    and, like the app's default language, Vietnamese numbers (ui/numbers.py reads the default
    QLocale); a test of the English interface sets en_GB itself."""
    from PySide6.QtCore import QCoreApplication, QLocale

    vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    QLocale.setDefault(vi)
    yield
    if QCoreApplication.instance() is not None:
        from kindergarten_desktop.ui import i18n

        i18n.install_translators("en")
    QLocale.setDefault(vi)
    from kindergarten_desktop import errors

    errors.set_language("vi")  # domain messages start in the default language too
