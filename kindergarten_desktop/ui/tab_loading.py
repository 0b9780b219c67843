"""How the main tabs load: the tab's widgets are built before the window's first paint, its data
right after that paint (``load()``), so the window shows as soon as it can.

A :class:`TabPage` holds one tab. While the tab loads, a strip above it says "Loading…" and the
tab is disabled (it shows no stale or half-loaded state the user could act on). When the load
fails — a damaged database (``database disk image is malformed``), a disk fault, or a bug — the
tab is hidden and the strip says what happened and what to do, in the user's language, with
"Try again", "Restore a backup…" and (for a damaged file) "Save what can be read…": a tab is
never left empty without a word.

A tab brought to the front gives the keyboard to its natural first widget (:func:`natural_focus`:
the grid or list of its page in front, or what the tab names in ``focus_target()``) as soon as its
data is in, so the user can type at once instead of finding the focus on the tab bar.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

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


def _can_focus(widget: QWidget, root: QWidget) -> bool:
    from PySide6.QtCore import Qt  # after the first paint: Qt's namespace costs ~16 ms to build

    return (widget is root or root.isAncestorOf(widget)) and widget.isVisibleTo(root) and widget.isEnabled() \
        and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _can_focus_inside(widget: QWidget, root: QWidget) -> bool:
    return widget is root or (widget.isVisibleTo(root) and widget.isEnabled())


def natural_focus(tab: QWidget) -> QWidget | None:
    """The widget of ``tab`` that takes the keyboard when the tab is shown: the choice of the tab,
    or of its page in front (a ``focus_target()`` method returning a widget, or None to leave it to
    this rule), else the first table or list of the page in front (the children, the attendance
    grid, the meal count, the agenda's items), else the first field of the tab's focus chain."""
    for holder in (tab, *tab.findChildren(QWidget)):
        choose = getattr(holder, "focus_target", None)
        if not callable(choose) or not _can_focus_inside(holder, tab):
            continue
        chosen = choose()
        if isinstance(chosen, QWidget) and _can_focus(chosen, tab):
            return chosen
    for view in tab.findChildren(QAbstractItemView):  # in the order built: parents before children
        if _can_focus(view, tab):
            return view
    widget = tab.nextInFocusChain()
    for _ in range(10_000):  # the window's chain is a ring; bounded should it not come back
        if widget is tab or widget is None:
            break
        if _can_focus(widget, tab):
            return widget
        widget = widget.nextInFocusChain()
    return None


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
        self._focus_pending = False  # give the keyboard to the tab once its load has ended
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

    def _page_keys(self, pages: QTabWidget) -> None:
        """Ctrl+Tab and Ctrl+Shift+Tab move between the pages of the tab wherever the keyboard is in
        them (a table took Ctrl+Tab as Tab, and the keyboard is in a table on most pages), and a page
        brought to the front gives the keyboard to its natural widget, as a main tab does."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), pages)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: _step_page(pages, step))
        pages.currentChanged.connect(lambda _index: self._page_changed())

    def _page_changed(self) -> None:
        # Once the tab has built and filled the page (a LazyPages page is made on its first showing).
        if self.state == self.LOADED and self.isVisible():
            QTimer.singleShot(0, self, self._focus_after_page_change)

    def _focus_after_page_change(self) -> None:
        if self.isVisible() and self._focus_is_free():
            self.focus_first()

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
            for pages in self.widget.findChildren(QTabWidget):  # after the first paint: they need Qt's namespace
                self._page_keys(pages)
        if self._focus_pending and self.isVisible():
            self._focus_pending = False
            # Through the event loop: widgets the load has just added to a layout show there first.
            QTimer.singleShot(0, self, self._focus_after_load)
        after_paint(self.widget if self.state == self.LOADED else self.status, lambda: self.ready.emit(self.key))
        self.update()

    # --- the keyboard ---------------------------------------------------------------
    def shown(self, *, focus: bool = True) -> None:
        """The page came to the front (the window's start, a tab chosen): its natural widget gets
        the keyboard now if the tab is loaded, else once its load has ended. ``focus`` False (the
        user going along the tab bar with the arrow keys) leaves the keyboard where it is."""
        self._focus_pending = focus and self.state in (self.NEW, self.LOADING)
        if focus and self.state in (self.LOADED, self.FAILED):
            self.focus_first()

    def focus_first(self) -> None:
        """Give the keyboard to the tab's natural widget (:func:`natural_focus`), or to "Try again"
        when the load failed."""
        from PySide6.QtCore import Qt

        if self.state == self.FAILED:
            target: QWidget | None = self.buttons["retry"]
        else:
            target = natural_focus(self.widget) if self.widget is not None else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _focus_after_load(self) -> None:
        if self.isVisible() and self._focus_is_free():
            self.focus_first()

    def _focus_is_free(self) -> bool:
        """Nobody has taken the keyboard while the tab loaded: it is nowhere in the window, on a tab
        bar, or in this page (disabled while loading); and no dialog or menu is open."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        focus = self.window().focusWidget()
        return focus is None or isinstance(focus, QTabBar) or focus is self or self.isAncestorOf(focus)

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


def _step_page(pages: QTabWidget, step: int) -> None:
    """The next (1) or previous (-1) page that is shown and enabled, round the end."""
    count = pages.count()
    index = pages.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if pages.isTabVisible(index) and pages.isTabEnabled(index):
            pages.setCurrentIndex(index)
            return


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
