"""Start-up with each tab restored: the app reopens the tab the user left, so the accountant who
lives in the meals tab meets the meals tab's start-up, not the roster's (issue 19: every tab
within 2× the bare window). Same method as test_startup_perf.py, with the remembered tab
written into the temporary home's settings before each run.

Two figures per tab: until the window is painted with the restored tab (``--smoke``: the tab's
widgets, "Loading…"; the target), and until that tab's data is shown (``--smoke=data``;
information, so that what the deferred loading moves after the first paint stays in view).
"""

import statistics

import pytest

from kindergarten_desktop.ui.tabs import TAB_SPECS
from tests.perf.startup_runs import BARE, REFERENCE, app_command, remember_tab, run, startup_env

ROUNDS = 5
KEYS = [spec.key for spec in TAB_SPECS]


def _benchmark(benchmark, key: str, until: str, db, perf_env) -> None:
    env = startup_env(perf_env)
    app = app_command(db, until)
    bare_times: list[float] = []

    def reference_round():
        remember_tab(env, key)
        bare_times.append(run(BARE, env))

    benchmark.pedantic(lambda: run(app, env), setup=reference_round, rounds=ROUNDS, warmup_rounds=1)
    reference = statistics.median(bare_times[-ROUNDS:])
    benchmark.extra_info["target"] = f"startup_{key}" if until == "paint" else f"startup_data_{key}"
    benchmark.extra_info["tab"] = key
    benchmark.extra_info["until"] = "window painted with the tab" if until == "paint" else "the tab's data shown"
    benchmark.extra_info["reference"] = REFERENCE
    benchmark.extra_info["reference_s"] = round(reference, 4)
    if benchmark.stats is not None:
        benchmark.extra_info["ratio"] = round(benchmark.stats.stats.median / reference, 2)


@pytest.mark.parametrize("key", KEYS)
def test_startup_with_tab_restored(benchmark, key, ten_year_db_copy, perf_env):
    _benchmark(benchmark, key, "paint", ten_year_db_copy, perf_env)


@pytest.mark.parametrize("key", KEYS)
def test_startup_until_tab_data_shown(benchmark, key, ten_year_db_copy, perf_env):
    _benchmark(benchmark, key, "data", ten_year_db_copy, perf_env)
