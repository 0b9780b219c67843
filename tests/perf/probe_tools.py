"""Helpers shared by the benchmark fixtures and the subprocess probes (app_probe.py,
bare_window.py): waiting for the GUI to go idle, and peak resident memory."""

from __future__ import annotations

import sys
from pathlib import Path


def settle(app) -> None:
    """Run queued events and wait for jobs on the global thread pool (tabs may load there)."""
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def peak_rss_mb() -> float:
    """High-water mark of this process's resident memory in MiB.

    Linux: VmHWM from /proc/self/status, which belongs to the process image since exec.
    ru_maxrss is not used there because Linux carries it over fork and exec, so a probe started
    from a large pytest process would report pytest's own peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)  # kB
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
