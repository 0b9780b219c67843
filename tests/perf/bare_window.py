"""The start-up reference: a bare PySide6 QMainWindow with four QTabWidget tabs.

Started as a subprocess exactly like ``python -m kindergarten_desktop --smoke``: build the
window, show it, let the event loop go idle once, quit. With ``--tabs-visited`` it also shows
each tab and prints its peak RSS (MB) as the memory reference, the way app_probe.py does.

    python tests/perf/bare_window.py [--tabs-visited]
"""

from __future__ import annotations

import json
import os
import sys


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    tabs = QTabWidget()
    for title in ("Danh sách lớp", "Tăng trưởng", "Tiền ăn", "Lịch trọng tâm"):
        tabs.addTab(QLabel(title), title)
    window.setCentralWidget(tabs)
    window.resize(1200, 760)
    window.show()
    if "--tabs-visited" in argv:
        from probe_tools import peak_rss_mb, settle

        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(app)
        print(json.dumps({"tabs": tabs.count(), "peak_rss_mb": peak_rss_mb()}))
        return 0
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
