"""Benchmarks: auto-marked ``perf`` (excluded from the default run).

Run the whole suite and refresh BENCHMARKS.md: ``python tests/perf/run.py``; one file:
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf/test_x_perf.py -m perf``.
The 10-year demo database is built once and cached in tests/perf/.cache/, keyed by a hash
of the generator and migration sources, so it is rebuilt only when they change.

Fixtures: ``ten_year_db_file`` (read-only), ``ten_year_db_copy`` (writable path),
``ten_year_window`` (the real MainWindow, offscreen, on a copy; ``window.tab_widgets[key]``),
``show_tab`` (``show_tab(window, key)`` brings a tab to the front and waits until it is idle),
``settle_gui`` (``settle_gui()`` waits until the GUI is idle),
``perf_env`` (environment for app subprocesses).
tests/perf/report.py maps each benchmark to its target by the patterns in its TARGETS, or by
``benchmark.extra_info["target"] = "<key>"``; a benchmark with a reference (anthro, the bare
window) records ``extra_info["reference_s"]`` and ``extra_info["ratio"]``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import os
import shutil
from pathlib import Path

import pytest

PERF = Path(__file__).resolve().parent


def _load_probe_tools():
    """The subprocess probes' helpers, loaded by path: putting tests/perf on sys.path for the
    whole session would let its script names (run, report) shadow other modules."""
    spec = importlib.util.spec_from_file_location("kd_perf_probe_tools", PERF / "probe_tools.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


settle = _load_probe_tools().settle
PKG = Path(__file__).resolve().parents[2] / "kindergarten_desktop"
CACHE = PERF / ".cache"
TEN_YEAR_TODAY = dt.date(2026, 3, 16)  # inside the 10th school year (2025-2026)


def pytest_collection_modifyitems(items):
    # This hook sees the whole session's items: mark only those under this folder (not tests/perf_tools).
    for item in items:
        if PERF in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.perf)


def _source_hash() -> str:
    digest = hashlib.sha256()
    for folder in ("demo", "db/migrations"):
        for path in sorted((PKG / folder).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def ten_year_db_file() -> Path:
    """Path of the cached 10-year demo database (2016-2017 to 2025-2026). Read-only:
    copy it (ten_year_db_copy) before writing."""
    from kindergarten_desktop import demo

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ten-years-{_source_hash()}.sqlite3"
    if not path.exists():
        for old in CACHE.glob("ten-years-*.sqlite3*"):
            old.unlink()
        tmp = path.with_suffix(".part")
        tmp.unlink(missing_ok=True)
        demo.generate_file(tmp, years=10, first_year=2016, seed=1, today=TEN_YEAR_TODAY)
        tmp.rename(path)
    return path


@pytest.fixture
def ten_year_db_copy(ten_year_db_file, tmp_path) -> Path:
    target = tmp_path / "ten-years.sqlite3"
    shutil.copy(ten_year_db_file, target)
    return target


@pytest.fixture
def perf_env(tmp_path) -> dict[str, str]:
    """Environment for timing the app in a subprocess: offscreen, this checkout importable,
    per-user settings in a temporary home (no remembered tab or geometry from elsewhere)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(PKG.parent),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return env


@pytest.fixture
def ten_year_window(qapp, ten_year_db_copy):
    """The real main window, shown offscreen on a writable copy of the 10-year database,
    opened in Vietnamese as the app opens it, on its first tab at the default size whatever
    an earlier test left in the settings. Closed without a backup afterwards."""
    from PySide6.QtCore import QSettings

    from kindergarten_desktop.ui import i18n
    from kindergarten_desktop.ui.app import Application, make_qapp

    make_qapp()
    QSettings().remove("window")  # remembered geometry and last tab
    i18n.install_translators("vi")
    controller = Application(qapp, "vi", interactive=False)
    problem = controller.open(ten_year_db_copy)
    assert problem is None, problem
    controller.show_window()
    settle(qapp)
    yield controller.window
    controller.window.close()
    controller.close_database(backup=False)


@pytest.fixture
def settle_gui(qapp):
    """``settle_gui()`` runs queued events and waits for jobs on the global thread pool."""
    return lambda: settle(qapp)


@pytest.fixture
def show_tab(qapp):
    """``show_tab(window, key)`` brings the tab ``key`` (a TAB_SPECS key: roster, growth,
    meals, agenda) to the front and lets it finish loading (events and pool jobs)."""

    def show(window, key: str) -> None:
        window.show_tab(key)
        settle(qapp)

    return show
