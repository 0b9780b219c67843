"""How the start-up benchmarks run the app and the bare window (test_startup_perf.py,
test_startup_tabs_perf.py): fresh subprocesses, the same environment for both."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from kindergarten_desktop import APP_NAME, ORG_NAME

PERF = Path(__file__).resolve().parent
BARE = [sys.executable, str(PERF / "bare_window.py")]
REFERENCE = "bare QMainWindow with four QTabWidget tabs (tests/perf/bare_window.py)"


def app_command(db: Path, until: str = "paint") -> list[str]:
    """``--smoke`` ends once the window is painted with the restored tab (its widgets, "Loading…");
    ``--smoke=data`` once that tab's data is shown as well."""
    return [sys.executable, "-m", "kindergarten_desktop", "--db", str(db),
            "--smoke" if until == "paint" else f"--smoke={until}"]


def startup_env(perf_env: dict[str, str]) -> dict[str, str]:
    """perf_env, with Python's bytecode cache allowed: an installed app (pip, the Windows bundle)
    runs from compiled .pyc files, and the warm-up round writes them. A session that sets
    PYTHONDONTWRITEBYTECODE would otherwise time the compiling of every module of the app on
    every run, which no user meets (the bare window, a few lines, hardly pays it)."""
    env = dict(perf_env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run, in seconds; the run must exit 0."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=PERF.parents[1], capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, f"{command} exited {done.returncode}: {done.stderr}"
    return elapsed


def remember_tab(env: dict[str, str], key: str) -> None:
    conf = Path(env["XDG_CONFIG_HOME"]) / ORG_NAME / f"{APP_NAME}.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[window]\ntab={key}\n", encoding="utf-8")
