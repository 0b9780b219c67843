"""The main window: four tabs, menus, school-year chooser and status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kindergarten_desktop import __version__
from kindergarten_desktop.school import list_school_years, load_settings
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.help.guide import add_guide_action
from kindergarten_desktop.ui.i18n import LANGUAGES
from kindergarten_desktop.ui.tab_loading import TabPage
from kindergarten_desktop.ui.tabs import TAB_SPECS, tab_class
from kindergarten_desktop.ui.window_size import fit_window


class MainWindow(QMainWindow):
    """``actions`` are the application-level operations the window's menus call
    (open/new database, backup, restore, language), provided by ui.app.Application."""

    remember_state = True  # save size and tab on close (not for --smoke)

    def __init__(self, ctx: AppContext, actions: dict[str, Callable[..., None]], lang: str) -> None:
        super().__init__()
        self.ctx = ctx
        self._actions = actions
        self.setObjectName("MainWindow")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        titles = {
            "roster": self.tr("Class rosters"),
            "growth": self.tr("Growth"),
            "meals": self.tr("Meals && fees"),
            "agenda": self.tr("Monthly agenda"),
            "kitchen": self.tr("Kitchen"),
        }
        # Each tab is built the first time it is shown, so start-up pays only for the visible one;
        # its data loads right after the page is painted (ui/tab_loading.py).
        self.tab_widgets: dict[str, QWidget] = {}
        self._pages: dict[str, TabPage] = {}
        page_actions: dict[str, Callable[[], None]] = {
            name: actions[name] for name in ("restore", "salvage") if name in actions}
        for spec in TAB_SPECS:
            page = TabPage(spec.key, lambda: self.ctx.db_path, page_actions)
            self._pages[spec.key] = page
            self.tabs.addTab(page, titles[spec.key])
        self.tabs.currentChanged.connect(self._ensure_current_tab)
        self._browsing = False  # the arrow keys on the tab bar are moving along it
        self.tabs.tabBar().installEventFilter(self)
        for number in range(1, len(TAB_SPECS) + 1):  # Alt+1 … Alt+5: the tabs shown, in order
            go = QAction(self)
            go.setObjectName(f"goToTab{number}")
            go.setShortcuts([QKeySequence(f"Alt+{number}")])
            go.triggered.connect(lambda _=False, n=number: self.go_to_tab(n))
            self.addAction(go)
        self.setCentralWidget(self.tabs)
        self._build_toolbar()
        self._build_menus(lang)
        self.db_label = QLabel()
        self.year_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.year_label)
        # Bound methods, not lambdas: the context outlives this window (a sign-in or a language
        # switch builds a new one), and only a method's connection ends with its window.
        ctx.schoolYearChanged.connect(self._update_status)
        ctx.dataChanged.connect(self._update_status)
        self._update_status()
        self._restore_state()

    # --- construction -------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("School year"))
        bar.setObjectName("yearToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("School year:") + " "))
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(9)
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        bar.addWidget(self.year_combo)
        self.addToolBar(bar)  # the top area; naming it would build PySide6's Qt namespace (~16 ms) first

    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in list_school_years(self.ctx.db):
            self.year_combo.addItem(year.name, year.id)
            if self.ctx.school_year and year.id == self.ctx.school_year.id:
                self.year_combo.setCurrentIndex(self.year_combo.count() - 1)
        self.year_combo.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        year_id = self.year_combo.currentData()
        if year_id is not None:
            self.ctx.set_school_year(int(year_id))

    def _build_menus(self, lang: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&Open database…"), "open", QKeySequence.StandardKey.Open)
        self._add(file_menu, self.tr("&New database…"), "new", QKeySequence.StandardKey.New)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("School &settings…"), "settings")
        self._add(file_menu, self.tr("S&taff…"), "staff")
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Back up now"), "backup")
        from kindergarten_desktop.ui.accounts.write_guard import writes

        restore = self._add(file_menu, self.tr("&Restore a backup…"), "restore")
        restore.setObjectName("actionRestore")
        writes("school", restore)  # it replaces every record, accounts included: the principal's
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)[:1])  # see _add
        quit_action.triggered.connect(self.close)

        self._build_reports_menu()

        lang_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            action = lang_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == lang)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda a: self._actions["language"](a.data()))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_guide_action(help_menu, self)
        self._add(help_menu, self.tr("Open the &data folder"), "data_folder").setObjectName("openDataFolder")
        self._add(help_menu, self.tr("Open the &log folder"), "log_folder").setObjectName("openLogFolder")
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About"))
        about.triggered.connect(self.show_about)

    def _build_reports_menu(self) -> None:
        """One entry per registered report kind; each opens the report dialog. Filled when
        first opened: the kinds import their domain modules (numpy for growth), which
        start-up should not pay for."""
        menu = self.menuBar().addMenu(self.tr("&Reports"))
        menu.setObjectName("reportsMenu")
        menu.aboutToShow.connect(self._fill_reports_menu)

    def _fill_reports_menu(self) -> None:
        from kindergarten_desktop.reports.registry import all_kinds
        from kindergarten_desktop.reports.titles import kind_title
        from kindergarten_desktop.ui.reports.dialog import open_report_dialog

        menu = self.findChild(QMenu, "reportsMenu")
        if menu is None or menu.actions():
            return
        from kindergarten_desktop.names import text_sort_key
        from kindergarten_desktop.reports.readers import refusal

        # In the order of the titles shown (the registry's is the Vietnamese one).

        for kind in sorted(all_kinds().values(), key=lambda k: text_sort_key(kind_title(k))):
            if refusal(self.ctx.db, kind.name, any_class=True) is not None:
                continue  # a report the signed-in role may not see (issue 18)
            action = menu.addAction(kind_title(kind) + "…")
            action.setObjectName(f"report_{kind.name}")
            action.triggered.connect(lambda _=False, name=kind.name:
                                     open_report_dialog(self, self.ctx, name, self.report_defaults()))

    def report_defaults(self) -> dict[str, str]:
        """What the user is looking at, for the report dialog to preselect: each loaded tab's
        ``report_defaults()`` (the growth tab's round and class, the roster's class), the tab in
        front first; so the nurse's growth summary is for the round she has open, even from
        another tab."""
        front = TAB_SPECS[self.tabs.currentIndex()].key
        chosen: dict[str, str] = {}
        for key in [front, *(k for k in self.tab_widgets if k != front)]:
            tell = getattr(self.tab_widgets.get(key), "report_defaults", None)
            if self._pages[key].state == TabPage.LOADED and callable(tell):
                for name, value in tell().items():
                    chosen.setdefault(name, value)
        return chosen

    def _add(self, menu, text: str, key: str, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            # The standard key's first binding, as setShortcut(StandardKey) sets it; that overload
            # would build PySide6's Qt namespace (~16 ms) before the first paint, this list does not.
            action.setShortcuts(QKeySequence.keyBindings(shortcut)[:1])
        action.triggered.connect(lambda: self._actions[key]())
        return action

    # --- state ----------------------------------------------------------------------
    def _update_status(self, *_changed: object) -> None:
        settings = load_settings(self.ctx.db)
        self.setWindowTitle(f"{settings.name or self.tr('Kindergarten')} — kindergarten-desktop")
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.ctx.db_path)))
        year = self.ctx.school_year
        self.year_label.setText(self.tr("School year %1").replace("%1", year.name) if year
                                else self.tr("No school year"))

    def reload_years(self) -> None:
        self._fill_years()
        self._update_status()

    def tab(self, key: str) -> QWidget:
        """The tab widget for ``key`` (roster, growth, meals, agenda, kitchen), built and loaded
        on first use (a caller asking for the tab needs its data now)."""
        widget = self._build_tab(key)
        self._pages[key].ensure_loaded()
        return widget

    def page(self, key: str) -> TabPage:
        """The page holding tab ``key``: its loading state and the message when it could not load."""
        return self._pages[key]

    def current_page(self) -> TabPage:
        return self._pages[TAB_SPECS[self.tabs.currentIndex()].key]

    def _build_tab(self, key: str) -> QWidget:
        widget = self.tab_widgets.get(key)
        if widget is None:
            spec = next(s for s in TAB_SPECS if s.key == key)
            page = self._pages[key]
            widget = tab_class(spec)(self.ctx, page, load=False)
            widget.setObjectName(f"tab_{key}")
            page.set_widget(widget)
            widget.show()
            self.tab_widgets[key] = widget
        return widget

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentWidget(self._pages[key])
        return self.tab(key)

    def _ensure_current_tab(self, index: int) -> None:
        """The tab brought to the front: its widgets now, its data once they are painted, and the
        keyboard to its natural first widget (ui/tab_loading.TabPage.shown) — unless the user is
        going along the tab bar with the arrow keys: Enter, Tab or Down then goes into the tab."""
        if 0 <= index < len(TAB_SPECS):
            key = TAB_SPECS[index].key
            self._build_tab(key)
            self._pages[key].schedule_load()
            self._pages[key].shown(focus=not self._browsing)

    def go_to_tab(self, number: int) -> None:
        """Alt+``number``: the ``number``-th tab the signed-in role sees, the keyboard on its natural
        widget (from anywhere: the nurse's grid keeps Tab and Ctrl+Tab for itself and its pages)."""
        shown = [i for i in range(self.tabs.count()) if self.tabs.isTabVisible(i)]
        if not 1 <= number <= len(shown):
            return
        if self.tabs.currentIndex() == shown[number - 1]:
            self.current_page().shown()
        else:
            self.tabs.setCurrentIndex(shown[number - 1])

    # Keys of the tab bar: these move along it (the keyboard stays there), those go into the tab.
    _ALONG = ("Left", "Right", "Home", "End", "PageUp", "PageDown")
    _INTO = ("Tab", "Return", "Enter", "Down")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if event.key() in [getattr(Qt.Key, f"Key_{name}") for name in self._ALONG]:
                self._browsing = True  # the tab bar changes the tab as it handles this key
                QTimer.singleShot(0, self._browsed)
            elif event.key() in [getattr(Qt.Key, f"Key_{name}") for name in self._INTO]:
                self.current_page().focus_first()
                return True
        return super().eventFilter(watched, event)

    def _browsed(self) -> None:
        self._browsing = False

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_window(self, restored=geometry is not None)
        last = settings.value("window/tab")
        keys = [spec.key for spec in TAB_SPECS]
        if last in keys and keys.index(last) != self.tabs.currentIndex():
            self.tabs.setCurrentIndex(keys.index(last))
        else:
            self._ensure_current_tab(self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_state:  # False for --smoke: an offscreen run must not shrink the next real start
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/tab", TAB_SPECS[self.tabs.currentIndex()].key)
        super().closeEvent(event)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About kindergarten-desktop"), self.tr(
            "<h3>kindergarten-desktop %1</h3>"
            "<p>Office application of a Vietnamese kindergarten: class rosters and attendance, "
            "WHO growth monitoring, meal fees and the monthly focus agenda.</p>"
            "<p>Growth charts and z-scores use the WHO Child Growth Standards (2006) and the "
            "WHO Growth Reference 2007, © World Health Organization.</p>"
            "<p>Food composition: Bảng thành phần thực phẩm Việt Nam 2007, National Institute of Nutrition "
            "(Viện Dinh dưỡng).</p>"
            "<p>Documents are set in Liberation Serif and Liberation Sans (SIL Open Font License).</p>"
        ).replace("%1", __version__))
