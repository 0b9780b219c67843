"""Issue 13 budgets: the damage check every open runs (PRAGMA quick_check, < 300 ms on the
10-year database), and streaming a 100,000-row workbook (time, and peak memory < 300 MB
measured in a subprocess so the figure is the reader's own)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PERF = Path(__file__).resolve().parent
CACHE = PERF / ".cache"
ROWS = 100_000
# The subprocess's own peak: Linux keeps ru_maxrss across exec, so a child of a big pytest process
# would report the parent's size; VmHWM (/proc) is this program's own high-water mark.
PEAK = ("def peak_mb():\n"
        "    try:\n"
        "        for line in open('/proc/self/status'):\n"
        "            if line.startswith('VmHWM:'):\n"
        "                return int(line.split()[1]) / 1024\n"
        "    except OSError:\n"
        "        pass\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n")


def test_quick_check_on_open_ten_years(benchmark, ten_year_db_copy):
    from kindergarten_desktop.db.connection import connect, open_database, quick_check

    open_database(ten_year_db_copy).close()  # as the app finds it: upgraded and stamped

    def check() -> str:
        conn = connect(ten_year_db_copy, read_only=True)
        try:
            return quick_check(conn)
        finally:
            conn.close()

    assert benchmark(check) == "ok"
    benchmark.extra_info.update(target="quick_check", size_mb=round(ten_year_db_copy.stat().st_size / 2**20, 1))


@pytest.fixture(scope="module")
def big_sheet() -> Path:
    """A 100,000-row measurement workbook (cached): name, sex, dates, weight, height."""
    import datetime as dt

    from openpyxl import Workbook

    path = CACHE / f"sheet-{ROWS}.xlsx"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cân đo")
    sheet.append(["Họ tên", "Giới tính", "Ngày sinh", "Ngày cân", "Cân nặng", "Chiều cao", "Lớp"])
    birth = dt.date(2020, 1, 1)
    for i in range(ROWS):
        sheet.append([f"Trẻ số {i}", 1 + i % 2, birth + dt.timedelta(days=i % 1500), dt.date(2025, 10, 1),
                      12 + (i % 80) / 10, 85 + (i % 300) / 10, f"Lá {1 + i % 5}"])
    tmp = path.with_suffix(".part")
    book.save(tmp)
    tmp.replace(path)
    return path


def test_stream_100k_row_workbook(benchmark, big_sheet):
    from kindergarten_desktop.spreadsheets import SheetReader

    def read() -> int:
        return sum(1 for _ in SheetReader(big_sheet).rows())

    assert benchmark.pedantic(read, rounds=3, iterations=1) == ROWS + 1
    code = PEAK + textwrap.dedent(f"""
        import json, resource
        from kindergarten_desktop.spreadsheets import SheetReader
        n = sum(1 for _ in SheetReader({str(big_sheet)!r}).rows())
        print(json.dumps({{"rows": n, "peak_rss_mb": peak_mb()}}))
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=PERF.parents[1], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["rows"] == ROWS + 1
    benchmark.extra_info.update(target="sheet_100k", peak_rss_mb=round(measured["peak_rss_mb"], 1),
                                file_mb=round(big_sheet.stat().st_size / 2**20, 1))
