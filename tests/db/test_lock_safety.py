"""Issue 13, item 1: a committed write survives a crash while other connections come and go.

The scenario, in real processes: the app holds the database open (long-lived connection);
in the same process a second connection opens and closes (a report worker); another process
opens and closes it (a CLI ``report``); the app commits a row and dies (``os._exit``). Any plain
``open()/close()`` of the file in the app's process drops its POSIX locks, the other process
then believes it is the last one, checkpoints and deletes the ``-wal``, and the committed row is
lost. The control case does exactly that, to prove the test can see the loss.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kindergarten_desktop.db import open_database

ROOT = Path(__file__).resolve().parents[2]

APP = textwrap.dedent("""
    import os, sys
    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.db.connection import inspect_file
    path, second = sys.argv[1], sys.argv[2]
    db = open_database(path)                       # the app's long-lived connection
    db.execute("SELECT count(*) FROM setting").fetchone()
    if second == "worker":                         # a report worker: its own connection, opened and closed
        other = open_database(path)
        other.execute("SELECT count(*) FROM child").fetchone()
        other.close()
        inspect_file(path)                         # the header look every open does
    else:                                          # the old defect: a plain open()/close() of the file
        with open(path, "rb") as handle:
            handle.read(16)
    print("ready", flush=True)
    sys.stdin.readline()                           # another process opens and closes the database
    with db.atomic():
        db.execute("INSERT INTO setting (key, value) VALUES ('crash_test', '1')")
    os._exit(0)                                    # killed: no close, no checkpoint
""")

OTHER = textwrap.dedent("""
    import sys
    from kindergarten_desktop.db import open_database
    db = open_database(sys.argv[1], create=False)  # a CLI report beside the app
    db.execute("SELECT count(*) FROM child").fetchone()
    db.close()
""")


def _scenario(path: Path, second: str) -> bool:
    app = subprocess.Popen([sys.executable, "-c", APP, str(path), second], cwd=ROOT, text=True,
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert app.stdout.readline().strip() == "ready", app.stderr.read()
        subprocess.run([sys.executable, "-c", OTHER, str(path)], cwd=ROOT, check=True, timeout=60)
        app.stdin.write("go\n")
        app.stdin.flush()
        assert app.wait(timeout=60) == 0, app.stderr.read()
    finally:
        if app.poll() is None:
            app.kill()
    db = open_database(path, create=False)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return db.execute("SELECT count(*) FROM setting WHERE key = 'crash_test'").fetchone()[0] == 1
    finally:
        db.close()


@pytest.fixture
def school(tmp_path) -> Path:
    path = tmp_path / "truong.sqlite3"
    open_database(path).close()
    return path


def test_committed_row_survives_other_connections_and_a_crash(school):
    assert _scenario(school, "worker")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no POSIX locks to drop")
def test_control_a_plain_open_of_the_file_loses_the_committed_row(school):
    """Why no code may open() a database file: the same scenario with one plain open() loses the row."""
    assert not _scenario(school, "plain")
