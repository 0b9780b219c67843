"""The main window's size on the screen it opens on: at least what the tabs need, at most 90 % of
the available screen (a 1366×768 laptop gets a usable window, not 910×397), centred the first time."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

NEEDED = QSize(1024, 640)  # the attendance grid, the meals ledger and the agenda table fit in this
PREFERRED = QSize(1280, 800)
MAX_SHARE = 0.9


def fitted_size(available: QSize, needed: QSize = NEEDED, wanted: QSize = PREFERRED) -> QSize:
    """``wanted`` raised to ``needed`` and capped at 90 % of ``available`` (the cap wins)."""
    cap_w, cap_h = int(available.width() * MAX_SHARE), int(available.height() * MAX_SHARE)
    width = min(max(wanted.width(), needed.width()), cap_w)
    height = min(max(wanted.height(), needed.height()), cap_h)
    return QSize(width, height)


def fit_window(window: QWidget, restored: bool) -> None:
    """First start (nothing restored): the fitted size, centred. A restored size keeps the user's
    choice unless it is below what the tabs need or above the screen (another, smaller screen)."""
    screen = window.screen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    needed = NEEDED.expandedTo(window.minimumSizeHint())
    if not restored:
        size = fitted_size(area.size(), needed)
        window.resize(size)
        window.move(area.center().x() - size.width() // 2, area.center().y() - size.height() // 2)
        return
    current = window.size()
    if current.width() < needed.width() or current.height() < needed.height() \
            or current.width() > area.width() or current.height() > area.height():
        window.resize(fitted_size(area.size(), needed, current))
