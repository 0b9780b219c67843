"""Paths like a Windows office's: a user named "Nguyễn Văn", folders with spaces, '#' and '%'.

Run on Linux in the default suite: the database, its SQLite URIs, backups, the lock file,
the per-user data folder, fonts (Qt and reportlab) and the open-file dialog.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from kindergarten_desktop.db import DatabaseNotWritable, open_database
from kindergarten_desktop.db.backup import backup_now, list_backups, restore_backup
from kindergarten_desktop.db.connection import inspect_file, sqlite_uri
from kindergarten_desktop.paths import default_db_path, fonts_dir
from kindergarten_desktop.ui.app import Application, make_qapp

ROOT = Path(__file__).resolve().parents[2]
FOLDER = "Nguyễn Văn/dữ liệu #1 100%"
DB_NAME = "trường mầm non.sqlite3"


@pytest.fixture
def unicode_db(tmp_path) -> Path:
    path = tmp_path / FOLDER / DB_NAME
    db = open_database(path)
    db.execute("UPDATE school SET name = ? WHERE id = 1", ["Trường Mầm non Hoa Sen"])
    db.close()
    return path


@pytest.mark.parametrize(("path", "uri"), [
    (PureWindowsPath(r"C:\Users\Nguyễn Văn\AppData\Roaming\a#b%c.sqlite3"),
     "file:///C:/Users/Nguy%E1%BB%85n%20V%C4%83n/AppData/Roaming/a%23b%25c.sqlite3?mode=ro"),
    # A database on the school's file server: SQLite refuses file://server/... (what as_uri() gives).
    (PureWindowsPath(r"\\may-chu\Chia sẻ\trường.sqlite3"),
     "file:////may-chu/Chia%20s%E1%BA%BB/tr%C6%B0%E1%BB%9Dng.sqlite3?mode=ro"),
    (PurePosixPath("/home/nguyễn/a?b.sqlite3"), "file:///home/nguy%E1%BB%85n/a%3Fb.sqlite3?mode=ro"),
])
def test_sqlite_uri_for_windows_and_linux_paths(path, uri):
    assert sqlite_uri(path) == uri


def test_database_opens_reopens_and_is_inspected_in_a_vietnamese_folder(unicode_db):
    assert inspect_file(unicode_db).user_version >= 1
    db = open_database(unicode_db)
    assert db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Sen"
    db.close()


def test_backup_and_restore_in_a_vietnamese_folder(unicode_db):
    first = backup_now(unicode_db)
    assert first.parent == unicode_db.parent / "backups" and first.exists()
    db = open_database(unicode_db)
    db.execute("UPDATE school SET name = ? WHERE id = 1", ["Đổi tên"])
    db.close()
    restore_backup(first, unicode_db)
    db = open_database(unicode_db)
    assert db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Sen"
    db.close()
    assert [p for p, _ in list_backups(unicode_db)][-1] == first


def test_lock_file_refuses_a_second_window(qapp, unicode_db):
    make_qapp()
    first = Application(QApplication.instance(), "en", interactive=False)
    assert first.open(unicode_db) is None
    assert Path(str(unicode_db) + ".lock").exists()
    try:
        second = Application(QApplication.instance(), "en", interactive=False)
        problem = second.open(unicode_db)
        assert problem is not None and "already open" in problem and str(unicode_db) in problem
    finally:
        first.close_database(backup=False)
    assert not Path(str(unicode_db) + ".lock").exists()


def test_per_user_data_folder_under_a_vietnamese_user_name(qapp, tmp_path, monkeypatch):
    home = tmp_path / "home" / "Nguyễn Văn"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    path = default_db_path()
    expected = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert path.parent == expected and home in path.parents and path.parent.is_dir()
    open_database(path).close()
    assert inspect_file(path).user_version >= 1


def test_fonts_register_from_a_vietnamese_folder(qapp, tmp_path):
    folder = tmp_path / "Chương trình" / "phông chữ"
    folder.mkdir(parents=True)
    font = shutil.copy(fonts_dir() / "LiberationSerif-Regular.ttf", folder / "Liberation Serif.ttf")
    font_id = QFontDatabase.addApplicationFont(str(font))
    assert font_id >= 0 and "Liberation Serif" in QFontDatabase.applicationFontFamilies(font_id)
    QFontDatabase.removeApplicationFont(font_id)

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("SerifFromUnicodePath", str(font)))
    out = tmp_path / "Nguyễn Văn" / "kế hoạch tháng.pdf"
    out.parent.mkdir()
    canvas = Canvas(str(out))
    canvas.setFont("SerifFromUnicodePath", 14)
    canvas.drawString(72, 720, "Trường mầm non Hoa Sen — Độc lập - Tự do - Hạnh phúc")
    canvas.save()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Độc lập - Tự do - Hạnh phúc" in text


def test_open_dialog_returns_a_vietnamese_path_that_opens(qapp, qtbot, unicode_db, tmp_path, monkeypatch):
    make_qapp()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: unicode_db.parent))
    controller = Application(QApplication.instance(), "en", interactive=False)
    start = tmp_path / "start.sqlite3"
    assert controller.open(start) is None
    controller.show_window()
    chosen: list[str] = []

    def pick() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(50, pick)
            return
        # Typed into the file-name box, as a user would (or as the native dialog returns it).
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(unicode_db))
        chosen.extend(dialog.selectedFiles())
        dialog.accept()
        if dialog.isVisible():  # refused: close it so the test fails instead of waiting forever
            dialog.reject()

    QTimer.singleShot(50, pick)
    try:
        controller._switch(save=False)  # the real File → Open… path, with Qt's own dialog offscreen
        assert chosen == [str(unicode_db)]
        assert controller.ctx is not None and controller.ctx.db_path == unicode_db.resolve()
        assert controller.ctx.db.execute("SELECT name FROM school").fetchone()[0] == "Trường Mầm non Hoa Sen"
    finally:
        controller.window.close()
        controller.close_database(backup=False)


def _run_as_nobody(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "PYTHONPATH": str(ROOT)}
    return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, *args],
                           capture_output=True, text=True, env=env, cwd=home, timeout=120)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_database_in_a_read_only_folder_says_read_only_not_damaged(tmp_path):
    # The folder must be traversable by the unprivileged user, so not under pytest's private tmp.
    base = Path(tempfile.mkdtemp(prefix="kd-ro-"))
    try:
        folder = base / "Nguyễn Văn" / "chỉ đọc"
        open_database(folder / DB_NAME).close()
        home = base / "home"
        home.mkdir()
        for path in (base, base / "Nguyễn Văn"):
            path.chmod(0o755)
        folder.chmod(0o555)
        if os.getuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("running as root and setpriv is missing: permissions would not apply")
            os.chown(home, 65534, 65534)
            probe = _run_as_nobody(["-c", "import kindergarten_desktop"], home)
            if probe.returncode != 0:
                pytest.skip(f"this Python cannot run as an unprivileged user: {probe.stderr.strip()[-200:]}")
            res = _run_as_nobody(["-m", "kindergarten_desktop", "--lang", "en", "--db", str(folder / DB_NAME),
                                  "--smoke"], home)
            assert res.returncode == 2
            assert "read-only" in res.stderr and "already open" not in res.stderr and "damaged" not in res.stderr
        else:
            with pytest.raises(DatabaseNotWritable, match="read-only"):
                open_database(folder / DB_NAME)
    finally:
        for path in base.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(base)
