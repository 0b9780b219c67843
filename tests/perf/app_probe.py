"""Open the real application offscreen, visit every tab, print peak RSS as JSON.

Used by the memory benchmark as a subprocess so the figure is the app's own, not pytest's:

    python tests/perf/app_probe.py DB_PATH

It starts the way ``kindergarten-desktop --db DB_PATH`` does (Vietnamese translators, the
database locked and opened, the main window shown), then shows each tab in turn — whatever
tabs TAB_SPECS holds — letting queued events and background jobs finish before the next (a tab
loads its data once its page has been painted: ui/tab_loading.py; "tabs_loaded" says which did).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from probe_tools import peak_rss_mb, settle

    from kindergarten_desktop.ui import i18n
    from kindergarten_desktop.ui.app import Application, make_qapp
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    started = time.perf_counter()
    app = make_qapp()
    i18n.install_translators("vi")
    controller = Application(app, "vi", interactive=False)
    problem = controller.open(Path(argv[0]))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    controller.show_window()
    window = controller.window
    settle(app)
    shown = time.perf_counter()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(app)
    visited = time.perf_counter()
    loaded = [spec.key for spec in TAB_SPECS if window.page(spec.key).state == "loaded"]
    print(json.dumps({
        "tabs": [spec.key for spec in TAB_SPECS][: window.tabs.count()],
        "peak_rss_mb": peak_rss_mb(),
        "window_shown_s": round(shown - started, 3),
        "tabs_visited_s": round(visited - shown, 3),
        "tabs_loaded": loaded,
        # what the tabs pulled in on being shown (matplotlib alone adds tens of MB)
        "heavy_modules": sorted(m for m in ("matplotlib", "reportlab", "openpyxl", "numpy") if m in sys.modules),
    }))
    window.close()
    controller.close_database(backup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
