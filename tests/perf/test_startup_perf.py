"""Start-up: ``kindergarten-desktop --db <10-year db> --smoke`` against a bare PySide6
QMainWindow with four QTabWidget tabs (bare_window.py), both started as fresh subprocesses
in the same run. Target: the app takes at most 2× the bare window (issue 2).

``--smoke`` ends when the window is painted with its first tab (the tab's widgets, disabled,
with "Loading…": the data loads right after the first paint). The time until that tab's data is
shown (``--smoke=data``) is recorded beside it (``data_shown_s``, ``ratio_data_shown``), so the
deferred loading is visible, not hidden.

The runs are interleaved round by round (the bare window and the data run in pedantic's untimed
setup), so a burst of load from the other users of the machine hits them alike.
"""

import statistics

from tests.perf.startup_runs import BARE, REFERENCE, app_command, run, startup_env

ROUNDS = 7


def test_startup_smoke_vs_bare_window(benchmark, ten_year_db_copy, perf_env):
    env = startup_env(perf_env)
    app, app_data = app_command(ten_year_db_copy), app_command(ten_year_db_copy, "data")
    bare_times: list[float] = []
    data_times: list[float] = []

    def reference_round():
        bare_times.append(run(BARE, env))
        data_times.append(run(app_data, env))

    # The warm-up round also writes .pyc files and the day's automatic backup on exit.
    benchmark.pedantic(lambda: run(app, env), setup=reference_round, rounds=ROUNDS, warmup_rounds=1)

    reference = statistics.median(bare_times[-ROUNDS:])
    data_shown = statistics.median(data_times[-ROUNDS:])
    benchmark.extra_info["tabs"] = ["roster"]  # the first tab, none remembered; only the visible tab is built
    benchmark.extra_info["reference"] = REFERENCE
    benchmark.extra_info["reference_s"] = round(reference, 4)
    benchmark.extra_info["data_shown_s"] = round(data_shown, 4)
    benchmark.extra_info["ratio_data_shown"] = round(data_shown / reference, 2)
    if benchmark.stats is not None:  # None under --benchmark-disable
        benchmark.extra_info["ratio"] = round(benchmark.stats.stats.median / reference, 2)
