"""Memory: peak RSS of the app after opening every tab on the 10-year database (target:
under 250 MB, issues 2 and 9), measured in a subprocess (app_probe.py) so the figure is the
app's own. It visits whatever tabs TAB_SPECS holds, so it grows with the features.

The timed figure is the whole probe (start, open, show, visit every tab, quit); the bare
window visiting its four tabs (bare_window.py --tabs-visited) is recorded as the reference.
"""

import json
import subprocess
import sys
from pathlib import Path

from kindergarten_desktop.ui.tabs import TAB_SPECS

PERF = Path(__file__).resolve().parent
ROUNDS = 3


def _probe(command: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run(command, env=env, cwd=PERF.parents[1], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{command} exited {done.returncode}: {done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_peak_rss_every_tab_opened(benchmark, ten_year_db_copy, perf_env):
    runs: list[dict] = []

    def probe():
        runs.append(_probe([sys.executable, str(PERF / "app_probe.py"), str(ten_year_db_copy)], perf_env))

    benchmark.pedantic(probe, rounds=ROUNDS, warmup_rounds=1)  # warm-up: .pyc files, caches
    measured = runs[-ROUNDS:]
    assert all(run["tabs"] == [spec.key for spec in TAB_SPECS] for run in runs)
    bare = _probe([sys.executable, str(PERF / "bare_window.py"), "--tabs-visited"], perf_env)
    peak = max(run["peak_rss_mb"] for run in measured)
    benchmark.extra_info.update(
        peak_rss_mb=peak,
        peak_rss_runs_mb=[run["peak_rss_mb"] for run in measured],
        tabs=runs[-1]["tabs"],
        heavy_modules=runs[-1]["heavy_modules"],
        tabs_visited_s=min(run["tabs_visited_s"] for run in measured),
        reference="bare QMainWindow with four QTabWidget tabs, every tab shown (tests/perf/bare_window.py)",
        reference_mb=bare["peak_rss_mb"],
        ratio=round(peak / bare["peak_rss_mb"], 2),
    )
