"""Render each main tab offscreen to PNG files (README pictures, visual checks)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kindergarten_desktop.ui.tabs import TAB_SPECS


def render_tabs(db_path: Path, out_dir: Path, lang: str = "vi", size: tuple[int, int] = (1280, 800), *,
                pages: bool = True) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kindergarten_desktop.ui import i18n
    from kindergarten_desktop.ui.app import Application, make_qapp

    app = make_qapp()
    i18n.install_translators(lang)
    controller = Application(app, lang, interactive=False, check_in_background=False)
    problem = controller.open(db_path, create=False)  # a missing or empty file is an error here
    if problem:
        raise RuntimeError(problem)
    # An exception in a tab (e.g. a damaged database) must end the command with one line, not
    # tracebacks printed by Qt: collect the first one and raise it when the window is closed.
    failures: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: failures.append(exc)
    try:
        controller.show_window()
        window = controller.window
        if window is None:
            raise RuntimeError("the main window did not open")
        window.resize(*size)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for index, spec in enumerate(TAB_SPECS):
            if not window.tabs.isTabVisible(index):  # a tab the signed-in role does not see (--user)
                continue
            window.tabs.setCurrentIndex(index)
            window.tab(spec.key)  # built and loaded now, not after the picture (the growth grid was blank)
            for _ in range(3):
                app.processEvents()
            target = out_dir / f"{spec.key}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)
            # A tab with pages (meals): each page after the first too, DIR/<tab>-N.png.
            subpages = getattr(window.tab(spec.key), "pages", None) if pages else None
            if subpages is not None and hasattr(subpages, "count"):
                for page in range(1, subpages.count()):
                    if hasattr(subpages, "isTabVisible") and not subpages.isTabVisible(page):
                        continue  # a page hidden from the role (the meals tab's money pages)
                    subpages.setCurrentIndex(page)
                    for _ in range(3):
                        app.processEvents()
                    target = out_dir / f"{spec.key}-{page}.png"
                    if not window.grab().save(str(target)):
                        raise OSError(f"cannot write {target}")
                    written.append(target)
                subpages.setCurrentIndex(0)
        window.close()
        if failures:
            raise failures[0]
        from kindergarten_desktop.ui.accounts.screenshots import render_accounts

        assert controller.ctx is not None
        written += render_accounts(controller.ctx.db, out_dir, lang)  # with accounts: their dialogs too
        return written
    finally:
        sys.excepthook = previous_hook
        controller.close_database(backup=False)
