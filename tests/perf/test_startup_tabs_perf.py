"""Start-up with each tab restored: the app reopens the tab the user left, so the accountant who
lives in the meals tab meets the meals tab's start-up, not the roster's (issue 19: every tab
within 2× the bare window). Same method as test_startup_perf.py, with the remembered tab
written into the temporary home's settings before each run."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kindergarten_desktop import APP_NAME, ORG_NAME
from kindergarten_desktop.ui.tabs import TAB_SPECS

PERF = Path(__file__).resolve().parent
ROUNDS = 5


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, env=env, cwd=PERF.parents[1], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{command} exited {done.returncode}: {done.stderr}"


def _remember_tab(env: dict[str, str], key: str) -> None:
    conf = Path(env["XDG_CONFIG_HOME"]) / ORG_NAME / f"{APP_NAME}.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[window]\ntab={key}\n", encoding="utf-8")


@pytest.mark.parametrize("key", [spec.key for spec in TAB_SPECS])
def test_startup_with_tab_restored(benchmark, key, ten_year_db_copy, perf_env):
    app = [sys.executable, "-m", "kindergarten_desktop", "--db", str(ten_year_db_copy), "--smoke"]
    bare = [sys.executable, str(PERF / "bare_window.py")]
    bare_times: list[float] = []

    def reference_round():
        _remember_tab(perf_env, key)
        started = time.perf_counter()
        _run(bare, perf_env)
        bare_times.append(time.perf_counter() - started)

    def app_round():
        _run(app, perf_env)

    benchmark.pedantic(app_round, setup=reference_round, rounds=ROUNDS, warmup_rounds=1)
    reference = statistics.median(bare_times[-ROUNDS:])
    benchmark.extra_info["target"] = f"startup_{key}"
    benchmark.extra_info["tab"] = key
    benchmark.extra_info["reference"] = "bare QMainWindow with four QTabWidget tabs (tests/perf/bare_window.py)"
    benchmark.extra_info["reference_s"] = round(reference, 4)
    if benchmark.stats is not None:
        benchmark.extra_info["ratio"] = round(benchmark.stats.stats.median / reference, 2)
