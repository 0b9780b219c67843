"""The dependency rule: ui -> domain/reports -> db. Qt widgets and GUI stay in ui/."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "kindergarten_desktop"
FORBIDDEN_QT = {"PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _non_ui_files() -> list[Path]:
    return [p for p in PKG.rglob("*.py") if "ui" not in p.relative_to(PKG).parts]


def test_no_qt_widgets_outside_ui():
    offenders = {
        str(p.relative_to(PKG)): sorted(i for i in _imports(p) if i in FORBIDDEN_QT)
        for p in _non_ui_files()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_never_imports_ui():
    offenders = [str(p.relative_to(PKG)) for p in _non_ui_files()
                 if p.name != "cli.py" and any(i.startswith("kindergarten_desktop.ui") for i in _imports(p))]
    # cli.py and the commands that open windows import ui lazily, inside functions.
    offenders = [o for o in offenders if not o.startswith("commands/")]
    assert offenders == []


def test_rule_detects_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(bad)


def test_heavy_modules_not_imported_at_module_level_of_startup_path():
    """matplotlib, reportlab and openpyxl are imported on first use, never by the modules
    the GUI start-up imports (cli, ui.app, ui.main_window, the tabs)."""
    import subprocess
    import sys

    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "import kindergarten_desktop.cli, kindergarten_desktop.ui.app, kindergarten_desktop.ui.main_window;"
        "from kindergarten_desktop.ui.tabs import TAB_SPECS, tab_class;"
        "[tab_class(s) for s in TAB_SPECS];"
        "print(sorted(m for m in ('matplotlib','reportlab','openpyxl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PKG.parent)
    assert out.stdout.strip() == "[]"


def test_modules_use_the_app_database_handle():
    """Importing sqlite-utils costs ~90 ms at start-up; modules take the Database type from
    kindergarten_desktop.db.database and reach sqlite-utils through ``db.sqlite_utils``."""
    offenders = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
                 if p.name != "database.py" and any(i.startswith("sqlite_utils") for i in _imports(p))]
    assert offenders == []


def test_gui_start_path_imports_neither_sqlite_utils_nor_numpy():
    import subprocess
    import sys

    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "import kindergarten_desktop.cli, kindergarten_desktop.ui.app, kindergarten_desktop.ui.main_window;"
        "import kindergarten_desktop.ui.tabs.roster_tab;"
        "print(sorted(m for m in ('sqlite_utils', 'numpy', 'holidays') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PKG.parent)
    assert out.stdout.strip() == "[]"
