"""Run the whole benchmark suite and refresh BENCHMARKS.md — the one documented command:

    python tests/perf/run.py

(from the repository root, with the test extra installed). Runs ``pytest tests/perf -m perf``
offscreen, keeping pytest-benchmark's JSON and a JUnit file in tests/perf/.cache/, then writes
the table with report.py. Exits with pytest's status; the table is written even when some
benchmarks fail (their rows say so), but not when pytest produced no results at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

PERF = Path(__file__).resolve().parent
ROOT = PERF.parents[1]
CACHE = PERF / ".cache"


def main() -> int:
    sys.path.insert(0, str(PERF))
    import report

    CACHE.mkdir(exist_ok=True)
    bench_json, junit = CACHE / "benchmarks.json", CACHE / "junit.xml"
    for stale in (bench_json, junit):
        stale.unlink(missing_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    load = os.getloadavg()
    started = time.monotonic()
    status = subprocess.call(
        [sys.executable, "-m", "pytest", "tests/perf", "-m", "perf", "-q",
         f"--benchmark-json={bench_json}", f"--junitxml={junit}", "--benchmark-columns=min,median,max,rounds"],
        cwd=ROOT, env=env)
    elapsed = time.monotonic() - started
    if not bench_json.exists():
        print(f"pytest exited {status} without benchmark results; BENCHMARKS.md left as it was", file=sys.stderr)
        return status or 1
    report.write(bench_json, ROOT / "BENCHMARKS.md", junit, suite_seconds=elapsed, load=load)
    print(f"Suite took {elapsed / 60:.1f} min; wrote {ROOT / 'BENCHMARKS.md'}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
