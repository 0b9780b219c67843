"""How the main tabs load: the tab's widgets are built before the window's first paint, its data
right after that paint (``load()``), so the window shows as soon as it can.

A :class:`TabPage` holds one tab. While the tab loads, a strip above it says "Loading…" and the
tab is disabled (it shows no stale or half-loaded state the user could act on). When the load
fails — a damaged database (``database disk image is malformed``), a disk fault, or a bug — the
tab is hidden and the strip says what happened and what to do, in the user's language, with
"Try again", "Restore a backup…" and (for a damaged file) "Save what can be read…": a tab is
never left empty without a word.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class LoadableTab(Protocol):
    def load(self) -> None: ...


class _PaintWatch(QObject):
    """Calls ``callback`` once, through a zero-delay timer, after ``widget``'s next paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._widget, callback)  # not at all once the widget is gone (a rebuilt window)
            self.deleteLater()
        return False


def after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once the event loop has painted ``widget`` (the next time it does)."""
    _PaintWatch(widget, callback)


class TabPage(QWidget):
    """The page of one main tab. ``actions`` may hold "restore" and "salvage" (the damaged-file
    banner's actions), offered when a load fails on the database."""

    painted = Signal()  # the page's first paint (the tab's widgets, disabled, and "Loading…")
    ready = Signal(str)  # key; the load has ended (loaded or failed) and the page shows the result

    NEW, LOADING, LOADED, FAILED = "new", "loading", "loaded", "failed"

    def __init__(self, key: str, db_path: Callable[[], Path | None],
                 actions: dict[str, Callable[[], None]] | None = None) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"page_{key}")
        self.state = self.NEW
        self.widget: QWidget | None = None
        self.load_seconds: float | None = None
        self._db_path = db_path
        self._actions = actions or {}
        self._painted = False
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._build_status()
        layout.addWidget(self.status)
        layout.addStretch(0)  # takes the space while the tab is hidden (a failed load), the tab's otherwise
        after_paint(self, self._first_paint)

    def _build_status(self) -> None:
        self.status = QFrame()
        self.status.setObjectName("tabStatus")
        self.status.setStyleSheet("QFrame#tabStatus { background: #f3f3f3; border-bottom: 1px solid #d8d8d8; }")
        row = QHBoxLayout(self.status)
        row.setContentsMargins(8, 4, 8, 4)
        self.message = QLabel(self.tr("Loading…"))
        self.message.setObjectName("tabStatusMessage")
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text in (("retry", self.tr("Try again")),
                           ("restore", QCoreApplication.translate("Application", "Restore a backup…")),
                           ("salvage", QCoreApplication.translate("Application", "Save what can be read…"))):
            button = QPushButton(text)
            button.setObjectName(f"tabStatus_{name}")
            button.hide()
            button.clicked.connect(self.load_now if name == "retry" else self._actions.get(name, lambda: None))
            self.buttons[name] = button
            row.addWidget(button)
        self.status.hide()

    def _first_paint(self) -> None:
        self._painted = True
        self.painted.emit()

    # --- the tab ----------------------------------------------------------------------
    def set_widget(self, widget: QWidget) -> None:
        """The tab's widgets, built without their data; the data comes with :meth:`schedule_load`."""
        self.widget = widget
        self._layout.insertWidget(1, widget, 1)

    def schedule_load(self) -> None:
        """Show "Loading…" and load once the page has been painted (at once if it already was)."""
        if self.state != self.NEW or self.widget is None:
            return
        self._show_loading()
        if self._painted:
            QTimer.singleShot(0, self.load_now)
        else:  # through the event loop: whatever else waits for the first paint goes first
            self.painted.connect(lambda: QTimer.singleShot(0, self.load_now))

    def ensure_loaded(self) -> None:
        """Load now unless loaded or loading failed (a caller that needs the data at once)."""
        if self.state in (self.NEW, self.LOADING):
            self.load_now()

    def _show_loading(self) -> None:
        self.state = self.LOADING
        assert self.widget is not None
        self.widget.setEnabled(False)
        self.message.setText(self.tr("Loading…"))
        self.message.setStyleSheet("")
        for button in self.buttons.values():
            button.hide()
        self.status.show()

    def load_now(self) -> None:
        if self.widget is None or self.state == self.LOADED:
            return
        if self.state == self.FAILED:  # "Try again"
            self._show_loading()
            self.widget.show()
        started = time.perf_counter()
        try:
            self.widget.load()  # type: ignore[attr-defined]  # every tab defines load()
        except Exception as exc:  # noqa: BLE001 - the tab says what happened instead of staying empty
            self._failed(exc)
        else:
            self.state = self.LOADED
            self.load_seconds = time.perf_counter() - started
            log.debug("tab %s loaded in %.3f s", self.key, self.load_seconds)
            self.status.hide()
            self.widget.setEnabled(True)
        after_paint(self.widget if self.state == self.LOADED else self.status, lambda: self.ready.emit(self.key))
        self.update()

    def reload(self, refresh: Callable[[], None]) -> None:
        """Reload the tab's data (another school year chosen, data changed elsewhere) the way its
        first load goes: a failure hides the tab and says what happened in it, with "Try again",
        "Restore a backup…" and "Save what can be read…" — never a raw dialog or nothing."""
        if self.widget is None or self.state in (self.NEW, self.LOADING):
            return  # its load, still to come, reads what is current then
        if self.state == self.FAILED:
            self.load_now()  # the new choice may load: try again with it
            return
        try:
            refresh()
        except Exception as exc:  # noqa: BLE001 - said in the tab, as a failed first load
            self._failed(exc)
            after_paint(self.status, lambda: self.ready.emit(self.key))
            self.update()

    def _failed(self, exc: BaseException) -> None:
        from kindergarten_desktop import errors
        from kindergarten_desktop.db.faults import DatabaseError
        from kindergarten_desktop.logs import log_unexpected
        from kindergarten_desktop.ui.error_dialog import user_message

        self.state = self.FAILED
        path = self._db_path()
        text = user_message(exc, path)
        damaged = False
        if text is None:  # a bug: logged with its traceback, the message names the log
            text = errors.message("common.unexpected", log=log_unexpected(exc, f"loading the {self.key} tab"))
        else:
            log.warning("tab %s not loaded: %s", self.key, type(exc).__name__)
            from kindergarten_desktop.db.faults import explain

            fault = exc if isinstance(exc, DatabaseError) else (explain(exc, path) if path else None)
            damaged = fault is not None and fault.code in ("db.damaged", "db.not_database", "db.io_error")
        assert self.widget is not None
        self.widget.hide()
        self.message.setText(self.tr("This tab could not be loaded.") + " " + text)
        self.message.setStyleSheet("QLabel { color: #7a1010; font-weight: bold; }")
        self.buttons["retry"].show()
        self.buttons["restore"].setVisible("restore" in self._actions)
        self.buttons["salvage"].setVisible(damaged and "salvage" in self._actions)
        self.status.show()


def reload_tab(widget: QWidget, refresh: Callable[[], None]) -> None:
    """Run a tab's ``refresh`` through its :class:`TabPage` (:meth:`TabPage.reload`), so a
    reload that fails is told in the tab like a failed first load; a tab shown on its own
    (outside the main window) just refreshes."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, TabPage):
        parent = parent.parentWidget()
    if parent is None or parent.widget is not widget:
        refresh()
    else:
        parent.reload(refresh)


class LazyPages:
    """The pages of a tab's QTabWidget, each built the first time it is shown or asked for
    (:meth:`get`): the first paint builds only the page in front. ``make`` builds a page by name;
    ``placed`` is told of each page built, to give it the tab's current day or month."""

    def __init__(self, pages: QTabWidget, make: Callable[[str], QWidget],
                 placed: Callable[[str, QWidget], None]) -> None:
        self.pages = pages
        self._make = make
        self._placed = placed
        self._slots: dict[str, QWidget] = {}  # the page, or its placeholder until built
        self.built: dict[str, QWidget] = {}

    def add(self, name: str, title: str, *, now: bool = False) -> None:
        page = self._make(name) if now else QWidget()
        if now:
            self.built[name] = page
        self._slots[name] = page
        self.pages.addTab(page, title)

    def names(self) -> list[str]:
        return list(self._slots)

    def slot(self, name: str) -> QWidget:
        """What the QTabWidget holds for ``name`` now (the page, or its placeholder)."""
        return self._slots[name]

    def name_at(self, index: int) -> str | None:
        widget = self.pages.widget(index)
        return next((n for n, w in self._slots.items() if w is widget), None)

    def get(self, name: str) -> QWidget:
        page = self.built.get(name)
        if page is not None:
            return page
        placeholder = self._slots[name]
        index = self.pages.indexOf(placeholder)
        page = self._make(name)
        title, visible, current = self.pages.tabText(index), self.pages.isTabVisible(index), \
            self.pages.currentIndex() == index
        blocked = self.pages.blockSignals(True)  # the same page stays in front: no "page shown" twice
        try:
            self.pages.removeTab(index)
            self.pages.insertTab(index, page, title)
            self.pages.setTabVisible(index, visible)
            if current:
                self.pages.setCurrentIndex(index)
        finally:
            self.pages.blockSignals(blocked)
        placeholder.deleteLater()
        self._slots[name] = self.built[name] = page
        self._placed(name, page)
        return page
