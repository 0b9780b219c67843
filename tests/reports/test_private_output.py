"""Issue 13, item 8: print previews and the --demo school live in private temporary folders
that another local user cannot pre-create or read, and that are gone when the app exits."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    return env


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_print_folder_is_private_fresh_and_removed_at_exit(tmp_path):
    code = ("from kindergarten_desktop.reports.output import private_temp_dir, atomic_output\n"
            "import os, stat\n"
            "folder = private_temp_dir()\n"
            "assert private_temp_dir() == folder\n"
            "with atomic_output(folder / 'danh-sach.pdf') as tmp:\n"
            "    tmp.write_bytes(b'%PDF-1.4 test')\n"
            "print(folder, oct(stat.S_IMODE(os.stat(folder).st_mode)))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    folder, mode = done.stdout.split()
    assert mode == oct(0o700) and Path(folder).parent == tmp_path
    assert Path(folder).name.startswith("kindergarten-desktop-print-") and not Path(folder).exists()


def test_print_report_writes_into_the_private_folder(qapp, qtbot, demo_db_copy, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QWidget

    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.reports.output import private_temp_dir
    from kindergarten_desktop.ui.context import AppContext
    from kindergarten_desktop.ui.reports.export import print_report

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    db = open_database(demo_db_copy)
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        flow = print_report(parent, AppContext(db, demo_db_copy), "class-list", class_name="Lá 1")
        with qtbot.waitSignal(flow.finished, timeout=60_000):
            pass
    finally:
        db.close()
    assert opened and opened[0].parent == private_temp_dir() and opened[0].suffix == ".pdf"
    if os.name == "posix":
        assert stat.S_IMODE(private_temp_dir().stat().st_mode) == 0o700


def test_demo_leaves_nothing_in_the_temp_folder(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kindergarten_desktop", "--demo", "--smoke"], cwd=ROOT,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob("kindergarten-demo-*"))
