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


def describe_database() -> str | None:
    """Size and largest tables of the cached 10-year database, so the figures have their scale."""
    import sqlite3

    found = sorted(CACHE.glob("ten-years-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    if not found:
        return None
    path = found[-1]
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                " AND name NOT LIKE 'sqlite_%'")]
        counts = sorted(((db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0], t) for t in tables), reverse=True)
    biggest = ", ".join(f"{table} {count:,}" for count, table in counts[:6])
    return f"{path.name}, {path.stat().st_size / 2**20:.1f} MiB; rows: {biggest}"


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
    report.write(bench_json, ROOT / "BENCHMARKS.md", junit, suite_seconds=elapsed, load=load,
                 database=describe_database())
    print(f"Suite took {elapsed / 60:.1f} min; wrote {ROOT / 'BENCHMARKS.md'}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
