"""Helpers shared by the benchmark fixtures and the subprocess probes (app_probe.py,
bare_window.py): waiting for the GUI to go idle, and peak resident memory."""

from __future__ import annotations

import sys


def settle(app) -> None:
    """Run queued events and wait for jobs on the global thread pool (tabs may load there)."""
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def peak_rss_mb() -> float:
    """High-water mark of this process's resident memory in MiB (ru_maxrss: KiB on Linux)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
