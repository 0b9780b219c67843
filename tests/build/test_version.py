"""One version everywhere: the package, --version, the About dialog, the bundle's build script."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kindergarten_desktop import __version__
from kindergarten_desktop.cli import main
from kindergarten_desktop.ui.app import Application, make_qapp

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_a_release_number():
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_command_line_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"kindergarten-desktop {__version__}"


def test_build_script_reads_the_package_version():
    spec = importlib.util.spec_from_file_location("kd_build_script", ROOT / "build" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.package_version() == __version__


def test_about_dialog_shows_the_package_version(qapp, qtbot, demo_db_copy):
    make_qapp()
    assert QApplication.applicationVersion() == __version__
    controller = Application(QApplication.instance(), "vi", interactive=False)
    assert controller.open(demo_db_copy) is None
    controller.show_window()
    seen: list[str] = []

    def read_and_close() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    try:
        controller.window.show_about()
    finally:
        controller.window.close()
        controller.close_database(backup=False)
    assert len(seen) == 1 and f"kindergarten-desktop {__version__}" in seen[0]
