"""Start-up: ``kindergarten-desktop --db <10-year db> --smoke`` against a bare PySide6
QMainWindow with four QTabWidget tabs (bare_window.py), both started as fresh subprocesses
in the same run. Target: the app takes at most 2× the bare window (issue 2).

The two are interleaved round by round (the bare window in pedantic's untimed setup), so a
burst of load from the other users of the machine hits both alike.
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

from kindergarten_desktop.ui.tabs import TAB_SPECS

PERF = Path(__file__).resolve().parent
ROUNDS = 7


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, cwd=PERF.parents[1], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{command} exited {done.returncode}: {done.stderr}"


def test_startup_smoke_vs_bare_window(benchmark, ten_year_db_copy, perf_env):
    app = [sys.executable, "-m", "kindergarten_desktop", "--db", str(ten_year_db_copy), "--smoke"]
    bare = [sys.executable, str(PERF / "bare_window.py")]
    bare_times: list[float] = []

    def reference_round():
        started = time.perf_counter()
        _run(bare, perf_env)
        bare_times.append(time.perf_counter() - started)

    def app_round():
        _run(app, perf_env)

    # The warm-up round also writes .pyc files and the day's automatic backup on exit.
    benchmark.pedantic(app_round, setup=reference_round, rounds=ROUNDS, warmup_rounds=1)

    reference = statistics.median(bare_times[-ROUNDS:])
    benchmark.extra_info["tabs"] = [spec.key for spec in TAB_SPECS]  # --smoke builds every tab
    benchmark.extra_info["reference"] = "bare QMainWindow with four QTabWidget tabs (tests/perf/bare_window.py)"
    benchmark.extra_info["reference_s"] = round(reference, 4)
    if benchmark.stats is not None:  # None under --benchmark-disable
        benchmark.extra_info["ratio"] = round(benchmark.stats.stats.median / reference, 2)
