"""What the start-up imports before the first paint, whatever tab is restored (issue 19): none of
the heavy libraries (they come with a tab's data, a document or a chart) and none of the dialogs
(they come when opened). Checked on a real ``--smoke`` run, which ends at the first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kindergarten_desktop import APP_NAME, ORG_NAME
from kindergarten_desktop.ui.tabs import TAB_SPECS

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "holidays", "matplotlib", "reportlab", "openpyxl", "sqlite_utils", "PIL", "logging.handlers")
DIALOGS = ("kindergarten_desktop.ui.accounts.accounts_dialog", "kindergarten_desktop.ui.accounts.audit_viewer",
           "kindergarten_desktop.ui.settings_dialog", "kindergarten_desktop.ui.staff_dialog",
           "kindergarten_desktop.ui.backup_dialog", "kindergarten_desktop.ui.reports.dialog")
# Modules start-up does not need, kept off its path (what each tab's data, a handler or a new
# database needs): every migration module (latest_version reads their names), the accounts'
# password hashing, the roster's child editing, the lunar calendar, the agenda's plan copying,
# the day's meal counts and the kitchen's portions (their pages' data).
DEFERRED = ("kindergarten_desktop.db.migrations.m0001_core", "kindergarten_desktop.db.migrations.m0010_money_rules",
            "kindergarten_desktop.accounts.passwords", "kindergarten_desktop.roster.children", "vnlunar",
            "kindergarten_desktop.agenda.copy_year", "kindergarten_desktop.agenda.template",
            "kindergarten_desktop.meals.counts", "kindergarten_desktop.kitchen.portion")
PROBE = (
    "import atexit, sys\n"
    "names = sys.argv[1].split(',')\n"
    "atexit.register(lambda: print(sorted(n for n in names if n in sys.modules)))\n"
    "from kindergarten_desktop.cli import main\n"
    "sys.exit(main(['--db', sys.argv[2], '--smoke']))\n"
)


def _start_with_tab(tab: str, db_path, tmp_path, probe: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``probe`` (python -c) as the app starts with ``tab`` restored (a fresh per-user
    config), with ``args`` then the database's path as its arguments."""
    conf = tmp_path / "config" / ORG_NAME / f"{APP_NAME}.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[window]\ntab={tab}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-c", probe, *args, str(db_path)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("key", [spec.key for spec in TAB_SPECS])
def test_first_paint_imports_nothing_heavy(key, demo_db_copy, tmp_path):
    done = _start_with_tab(key, demo_db_copy, tmp_path, PROBE, ",".join(HEAVY + DIALOGS + DEFERRED))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_no_module_selects_a_pyside_feature():
    """ui/__init__.py spares start-up PySide6's scan of the app's modules for ``from __feature__
    import``: right only while no module of the app selects a feature (snake_case, true_property)."""
    package = ROOT / "kindergarten_desktop"
    selecting = [p for p in package.rglob("*.py")
                 if any(line.lstrip().startswith(("from __feature__", "import __feature__"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert selecting == []


def test_pyside_leaves_the_app_modules_unscanned():
    import kindergarten_desktop.ui  # noqa: F401 - patches the scan
    from kindergarten_desktop.ui.tabs import roster_tab

    feature = sys.modules["PySide6.support.feature"]
    assert feature._mod_uses_pyside(roster_tab) is False
    assert feature._mod_uses_pyside(sys.modules["PySide6.QtWidgets"]) is not None  # others as before


def test_pyside_leaves_the_standard_library_unscanned(monkeypatch):
    """The standard library's modules are not read again on each import from an app module."""
    import inspect
    import json

    import kindergarten_desktop.ui  # noqa: F401 - patches the scan

    read: list[str] = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj.__name__) or real(obj))
    feature = sys.modules["PySide6.support.feature"]
    assert feature._mod_uses_pyside(json) is False
    assert feature._mod_uses_pyside(sys.modules["json.decoder"]) is False
    assert read == []


# What a tab's first paint does without, though its own data needs it (imported with the data).
DATA_MODULES = {
    "roster": ("kindergarten_desktop.roster.queries", "kindergarten_desktop.roster.age_groups"),
    "agenda": ("kindergarten_desktop.agenda.items", "kindergarten_desktop.agenda.recurring",
               "kindergarten_desktop.agenda.weeks", "kindergarten_desktop.agenda.responsible",
               "kindergarten_desktop.roster.calendar"),
}


@pytest.mark.parametrize("key", sorted(DATA_MODULES))
def test_first_paint_imports_none_of_what_its_data_needs(key, demo_db_copy, tmp_path):
    done = _start_with_tab(key, demo_db_copy, tmp_path, PROBE, ",".join(DATA_MODULES[key]))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


QT_NAMESPACE_PROBE = (
    "import atexit, enum, sys\n"
    "made = []\n"
    "create = enum.EnumType._create_\n"
    "enum.EnumType._create_ = lambda cls, name, *a, **k: (made.append(name), create(cls, name, *a, **k))[1]\n"
    "atexit.register(lambda: print('GlobalColor' in made, len(made) > 100))\n"
    "from kindergarten_desktop.cli import main\n"
    "sys.exit(main(['--db', sys.argv[1], '--smoke']))\n"
)


@pytest.mark.parametrize("key", [spec.key for spec in TAB_SPECS])
def test_the_window_alone_does_not_build_the_qt_namespace(key, demo_db_copy, tmp_path):
    """PySide6 builds every enum of ``Qt`` (~90, ~16 ms) on its first use: the window, its menus and
    toolbar do without it, and so does every tab's first paint: growth, the meals tab's meal count,
    the kitchen's day's portion, the roster's children and the agenda's list and calendar (their
    tables show Qt-kept headers until loaded: ui/table_headers.py; the agenda's actions get their
    keys with the load)."""
    done = _start_with_tab(key, demo_db_copy, tmp_path, QT_NAMESPACE_PROBE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


MEALS_PROBE = (
    "import json, sys\n"
    "from kindergarten_desktop.ui import app\n"
    "show = app.Application.show_window\n"
    "def shown(self):\n"
    "    show(self)\n"
    "    page = self.window.current_page()\n"
    "    def painted():\n"
    "        tab = page.widget\n"
    "        models = {type(t.model()).__name__ for t in (tab.count.table, tab.count.children_table)}\n"
    "        data = ('kindergarten_desktop.roster.queries', 'kindergarten_desktop.ui.age_group_label')\n"
    "        print(json.dumps([sorted(tab._lazy.built), sorted(models), sorted(\n"
    "            m for m in sys.modules if m.startswith('kindergarten_desktop.ui.meals.') or m in data)]))\n"
    "    page.painted.connect(painted)\n"
    "app.Application.show_window = shown\n"
    "from kindergarten_desktop.cli import main\n"
    "sys.exit(main(['--db', sys.argv[1], '--smoke']))\n"
)


def test_the_meals_tab_paints_its_meal_count_alone(demo_db_copy, tmp_path):
    """The meals tab's first paint (the accountant's start-up, issue 19) builds the meal count only
    (the other pages when first shown), whose tables show their headers from Qt's own models until
    the load gives them their rows, and imports neither the other pages nor what the count's data
    needs (the roster's queries, the age groups' names)."""
    done = _start_with_tab("meals", demo_db_copy, tmp_path, MEALS_PROBE)
    assert done.returncode == 0, done.stderr
    built, models, modules = json.loads(done.stdout)
    assert built == ["count"]
    assert models == ["QStandardItemModel"]
    assert modules == ["kindergarten_desktop.ui.meals.child_choice", "kindergarten_desktop.ui.meals.count_page",
                       "kindergarten_desktop.ui.meals.table_model", "kindergarten_desktop.ui.meals.unsaved"]
