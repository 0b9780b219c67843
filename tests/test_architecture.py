"""The dependency rule: ui -> domain/reports -> db. Qt widgets and GUI stay in ui/."""

import ast
import re
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


# Which packages each layer may import (besides itself). ARCHITECTURE.md explains the layers; a new
# package gets a line here and there.
BASE = {"db", "errors", "messages", "names", "formatting", "months", "paths", "school", "spreadsheets", "logs"}
DOMAINS = {"roster", "growth", "meals", "agenda", "kitchen", "accounts"}
ALLOWED: dict[str, set[str]] = {
    "db": {"errors", "messages"},
    "errors": set(), "messages": set(), "names": {"formatting"}, "formatting": set(), "months": set(),
    "paths": set(),
    "school": {"db", "errors", "formatting"}, "spreadsheets": {"errors"}, "logs": {"errors", "paths"},
    "roster": BASE,
    "growth": BASE | {"roster"},
    "meals": BASE | {"roster"},
    "agenda": BASE | {"roster"},
    "kitchen": BASE | {"roster", "meals"},
    "accounts": BASE | {"roster"},
    "reports": BASE | DOMAINS,
    "demo": BASE | DOMAINS,
    "commands": BASE | DOMAINS | {"reports", "demo", "commands", "ui", "cli"},
    "cli": BASE | {"commands", "ui"},
    "ui": BASE | DOMAINS | {"reports", "demo", "ui", "commands", "cli"},
    "__init__": set(), "__main__": {"cli"},
}


def _layer(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def test_each_layer_imports_only_what_it_may():
    problems = []
    for path in PKG.rglob("*.py"):
        layer = _layer(path)
        if layer == "_data":
            continue
        if layer not in ALLOWED:
            problems.append(f"{path.relative_to(PKG)}: package {layer!r} has no rule; add it to ALLOWED and "
                            "ARCHITECTURE.md")
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "kindergarten_desktop" or len(parts) < 2:
                continue
            target = parts[1]
            if target in (layer, "__init__") or target in ALLOWED[layer] or target not in ALLOWED:
                continue  # "kindergarten_desktop.X" where X is a name imported from the package itself
            problems.append(f"{path.relative_to(PKG)} imports {target}")
    assert problems == []


# SQL belongs in the domains (issue 19): the interface calls typed functions, never the database.
_SQL_CALLS = {"execute", "executemany", "executescript", "query"}
_SQL_TEXT = [re.compile(p, re.DOTALL) for p in (  # SQL is written in capitals here; prose is not
    r"\bSELECT\b.+\bFROM\b", r"\bINSERT\s+INTO\b", r"\bUPDATE\b\s+\w+\s+SET\b", r"\bDELETE\s+FROM\b",
    r"\bCREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\b", r"\bDROP\s+(TABLE|INDEX|TRIGGER|VIEW)\b", r"\bPRAGMA\s+\w+",
)]


def _sql_in(path: Path) -> list[str]:
    """Calls of execute()/executemany()/query() and string literals that read as SQL."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SQL_CALLS:
            found.append(f"line {node.lineno}: .{node.func.attr}(")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if any(p.search(node.value) for p in _SQL_TEXT):
                found.append(f"line {node.lineno}: {node.value[:60]!r}")
    return found


def test_no_sql_in_the_interface():
    offenders = {str(p.relative_to(PKG)): found for p in sorted((PKG / "ui").rglob("*.py"))
                 if (found := _sql_in(p))}
    assert offenders == {}


def test_sql_rule_detects_calls_and_literals(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('rows = db.execute("SELECT name\\n FROM child")\n'
                   'db.conn.executemany(sql, rows)\n'
                   'x = "DELETE FROM class WHERE id = ?"\n'
                   'y = "UPDATE  school SET name = 1"\n'
                   'z = "Select a class from the list"\n', encoding="utf-8")
    assert sorted(f.split(":")[0] for f in _sql_in(bad)) == ["line 1", "line 1", "line 2", "line 3", "line 4"]
