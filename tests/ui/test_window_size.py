"""First-start window size, --smoke leaving the settings alone, and Help › User guide."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize

from kindergarten_desktop.ui.window_size import NEEDED, fitted_size

ROOT = Path(__file__).resolve().parents[2]


def test_first_size_fits_a_laptop_screen_and_gives_the_tabs_their_room():
    laptop = fitted_size(QSize(1366, 728))  # 1366×768 minus the taskbar
    assert laptop.width() <= 1366 * 0.9 and laptop.height() <= 728 * 0.9
    assert laptop.width() >= NEEDED.width() and laptop.height() == int(728 * 0.9)
    assert fitted_size(QSize(1920, 1040)) == QSize(1280, 800)  # a big screen: the preferred size
    tiny = fitted_size(QSize(800, 600))  # the cap wins over the need
    assert tiny == QSize(720, 540)


def test_restored_window_too_small_is_enlarged(qtbot):
    from PySide6.QtWidgets import QWidget

    from kindergarten_desktop.ui.window_size import fit_window

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(910, 397)
    fit_window(widget, restored=True)
    area = widget.screen().availableGeometry()
    assert widget.height() >= min(NEEDED.height(), int(area.height() * 0.9))
    assert widget.width() <= area.width() and widget.height() <= area.height()


def test_smoke_run_writes_no_settings(tmp_path, demo_db_file):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "copy.sqlite3"
    db.write_bytes(demo_db_file.read_bytes())  # a copy made before any connection: a plain file copy
    result = subprocess.run([sys.executable, "-m", "kindergarten_desktop", "--db", str(db), "--smoke", "--lang", "en"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    written = [p for p in (tmp_path / "config").rglob("*") if p.is_file()]
    assert written == [], written


def test_help_menu_opens_the_guide_in_the_interface_language(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from kindergarten_desktop.errors import set_language
    from kindergarten_desktop.ui.help import guide

    shown: list[str] = []
    monkeypatch.setattr(guide.GuideDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    menu = QMenu()
    qtbot.addWidget(menu)
    action = guide.add_guide_action(menu, menu)
    set_language("vi")
    action.trigger()
    set_language("en")
    action.trigger()
    assert "Hiệu trưởng" in shown[0] and "Giáo viên" in shown[0] and "Kế toán" in shown[0]
    assert "Principal" in shown[1] and "Teachers" in shown[1] and "Accountant" in shown[1]
    assert guide.guide_path("vi").is_file() and guide.guide_path("en").is_file()
