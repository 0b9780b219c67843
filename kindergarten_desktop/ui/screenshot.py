"""Render each main tab offscreen to PNG files (README pictures, visual checks)."""

from __future__ import annotations

import os
from pathlib import Path

from kindergarten_desktop.ui.tabs import TAB_SPECS


def render_tabs(db_path: Path, out_dir: Path, lang: str = "vi", size: tuple[int, int] = (1280, 800)) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kindergarten_desktop.ui import i18n
    from kindergarten_desktop.ui.app import Application, make_qapp

    app = make_qapp()
    i18n.install_translators(lang)
    controller = Application(app, lang, interactive=False)
    problem = controller.open(db_path)
    if problem:
        raise RuntimeError(problem)
    try:
        controller.show_window()
        window = controller.window
        if window is None:
            raise RuntimeError("the main window did not open")
        window.resize(*size)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for index, spec in enumerate(TAB_SPECS):
            window.tabs.setCurrentIndex(index)
            for _ in range(3):
                app.processEvents()
            target = out_dir / f"{spec.key}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)
        window.close()
        return written
    finally:
        controller.close_database(backup=False)
