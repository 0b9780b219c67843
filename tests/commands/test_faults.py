"""Issue 13: every command, and every report kind, with damaged, foreign, empty, missing,
locked and full inputs: one line in the user's language, exit 1, nothing changed, no traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kindergarten_desktop.cli import main
from kindergarten_desktop.reports.registry import all_kinds
from tests.db.conftest import damage_table

ROOT = Path(__file__).resolve().parents[2]
PARAMS = {"month": "2025-10", "date": "2025-10-15", "round": "1"}


@pytest.fixture
def bad_files(tmp_path, demo_db_file) -> dict[str, Path]:
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(demo_db_file, damaged)
    damage_table(damaged, "enrollment")
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    text = tmp_path / "text.sqlite3"
    text.write_text("not a database")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    return {"damaged": damaged, "foreign": foreign, "text": text, "empty": empty,
            "missing": tmp_path / "missing.sqlite3"}


EXPECTED = {"damaged": "is damaged", "foreign": "another program", "text": "not a school database",
            "empty": "empty file", "missing": "does not exist"}


def _args(kind_name: str) -> list[str]:
    kind = all_kinds()[kind_name]
    return [f"--{p}={PARAMS[p]}" for p in kind.needs if p in PARAMS]


@pytest.mark.parametrize("kind_name", sorted(all_kinds()))
def test_every_report_kind_refuses_every_bad_database_in_one_line(kind_name, bad_files, tmp_path, capsys):
    for what, path in bad_files.items():
        before = path.read_bytes() if path.exists() else None
        out = tmp_path / f"{kind_name}.pdf"
        code = main(["--lang", "en", "report", kind_name, "--db", str(path), "--out", str(out), *_args(kind_name)])
        err = capsys.readouterr().err
        assert code == 1, (what, err)
        assert err.count("\n") == 1 and EXPECTED[what] in err and str(path) in err, (what, err)
        assert "Traceback" not in err and not out.exists()
        assert (path.read_bytes() if path.exists() else None) == before, what


def test_reports_read_beside_a_writer_holding_the_lock(demo_db_copy, tmp_path, capsys):
    holder = sqlite3.connect(demo_db_copy, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = name")
    try:
        out = tmp_path / "list.pdf"
        assert main(["report", "class-list", "--db", str(demo_db_copy), "--out", str(out)]) == 0
        assert out.exists()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_import_roster_on_bad_and_locked_databases(bad_files, demo_db_copy, tmp_path, capsys):
    import openpyxl

    workbook = tmp_path / "lop.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Họ và tên", "Ngày sinh", "Giới tính", "Lớp"])
    book.active.append(["Phạm Thị Mai", "04/03/2021", "Nữ", "Lá 1"])
    book.save(workbook)
    for what, path in bad_files.items():
        code = main(["--lang", "en", "import-roster", str(workbook), "--db", str(path), "--year", "2025-2026"])
        err = capsys.readouterr().err
        assert code == 1 and EXPECTED[what] in err and "Traceback" not in err, (what, err)
    holder = sqlite3.connect(demo_db_copy, isolation_level=None)
    from kindergarten_desktop.db.session import attach

    attach(holder)  # another program with the app's SQL functions: the audit triggers call them
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE school SET name = name")
    try:
        code = main(["--lang", "en", "import-roster", str(workbook), "--db", str(demo_db_copy),
                     "--year", "2025-2026"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "held by another program" in err.splitlines()[-1], err


def test_demo_data_refuses_existing_files_and_makes_private_new_ones(bad_files, tmp_path, capsys):
    import os
    import stat

    for what in ("damaged", "foreign", "text"):
        before = bad_files[what].read_bytes()
        assert main(["demo-data", "--db", str(bad_files[what])]) == 1
        assert bad_files[what].read_bytes() == before
    capsys.readouterr()
    new = tmp_path / "moi" / "demo.sqlite3"
    assert main(["demo-data", "--db", str(new)]) == 0
    if os.name == "posix":
        assert stat.S_IMODE(new.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_during_a_command_is_one_line(tmp_path):
    """The file size limit makes writes fail as on a full disk (no root needed)."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))\n"
        "from kindergarten_desktop.cli import main\n"
        f"sys.exit(main(['--lang', 'en', 'demo-data', '--db', {str(tmp_path / 'full.sqlite3')!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    last = done.stderr.strip().splitlines()[-1]
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert ("is full" in last or "I/O error" in last) and "full.sqlite3" in last


def test_a_file_that_is_not_a_database_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "x.sqlite3"
    bad.write_text("not a database")
    done = subprocess.run([sys.executable, "-m", "kindergarten_desktop", "report", "class-list", "--db", str(bad),
                           "--out", str(tmp_path / "o.pdf")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_an_unexpected_error_is_logged_and_shown_as_one_line(tmp_path, monkeypatch, capsys):
    from kindergarten_desktop import logs
    from kindergarten_desktop.commands import report

    monkeypatch.setattr(logs, "_log_file", None)
    monkeypatch.setattr(report, "run", lambda args: 1 / 0)
    monkeypatch.setattr("kindergarten_desktop.paths.log_dir", lambda: tmp_path / "logs")
    assert main(["--lang", "en", "report", "class-list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error" in err and str(tmp_path / "logs") in err
    assert "ZeroDivisionError" in (tmp_path / "logs" / "kindergarten-desktop.log").read_text(encoding="utf-8")
    import logging

    for handler in list(logging.getLogger("kindergarten_desktop").handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            logging.getLogger("kindergarten_desktop").removeHandler(handler)
            handler.close()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_gui_start_on_a_disk_that_takes_no_writes_is_not_already_open(demo_db_copy, tmp_path):
    """Nothing can be written (not the lock file, not the log): one line, never 'already open'."""
    import os

    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        "from kindergarten_desktop.cli import main\n"
        f"sys.exit(main(['--lang', 'en', '--db', {str(demo_db_copy)!r}, '--smoke']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=env)
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert "already open" not in lines[0] and "I/O error" in lines[0] and "Traceback" not in done.stderr
