"""Growth tab (school nurse): measurement rounds, the class entry grid, WHO charts and summaries."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.growth.rounds import ensure_default_rounds, get_round
from kindergarten_desktop.roster.queries import list_classes
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField, pydate, qdate
from kindergarten_desktop.ui.tab_loading import reload_tab

if TYPE_CHECKING:  # numpy comes with these: imported by the first load, not before the first paint
    from kindergarten_desktop.growth.problems import Problem
    from kindergarten_desktop.ui.growth.chart_panel import ChartPanel
    from kindergarten_desktop.ui.growth.entry_model import EntryModel
    from kindergarten_desktop.ui.growth.entry_view import EntryGrid
    from kindergarten_desktop.ui.growth.summary_panel import SummaryPanel

ENTRY_PAGE, CHART_PAGE, SUMMARY_PAGE = range(3)
ENTER_MODE_KEY = "growth/enter_mode"


class GrowthTab(QWidget):
    """``load=False`` builds the bar and the pages' frames only; the main window calls :meth:`load`
    once they are painted. The entry grid, the chart and the summary are built by the first load:
    their modules bring numpy in, which the first paint does without."""

    model: EntryModel
    grid: EntryGrid
    chart: ChartPanel
    summary: SummaryPanel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: dt.date | None = None  # tests fix "today"; None = the real date
        self._built = False
        bar = self._build_bar()
        self._build_pages()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.rounds.currentIndexChanged.connect(lambda _i: self._round_chosen())
        self.classes.currentIndexChanged.connect(lambda _i: self._load_grid())
        self.visit.dateChanged.connect(self._visit_changed)
        self.whole_class.toggled.connect(lambda _on: self._load_grid())
        self.new_round.clicked.connect(self._add_round)
        self.targets.clicked.connect(self.edit_targets)
        chart_key = QShortcut(QKeySequence("Ctrl+G"), self)
        chart_key.activated.connect(lambda: self.pages.setCurrentIndex(CHART_PAGE))
        ctx.schoolYearChanged.connect(self._year_changed)  # a method: the context outlives the tab
        if load:
            self.load()

    def _year_changed(self, _year: object) -> None:
        reload_tab(self, self.refresh)  # tab_loading: a failed reload is told in the tab

    def load(self) -> None:
        """The year's rounds, the classes of the latest round and the first class's grid."""
        from PySide6.QtCore import Qt  # here, after the first paint: Qt's namespace costs ~16 ms to build

        for button in (self.new_round, self.cards, self.targets):
            # Clicked, they leave the focus in the grid, where it comes back after their dialogs and
            # the next typed value goes (it went to the button: the nurse's digits were lost).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.refresh()

    def focus_target(self) -> QWidget | None:
        """Where the keyboard goes when the tab is shown (ui/tab_loading.natural_focus): the grid on
        the first child's weight, ready to type; the class picker when the grid has no child; the
        page's own first widget on the chart and summary pages."""
        if not self._built or self.pages.currentIndex() != ENTRY_PAGE:
            return None
        if self.model.rowCount():
            return self.grid  # on the cell it was left on (the first child's weight when loaded)
        return self.classes if self.classes.count() else self.rounds

    # -- construction ----------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        """Round, class and visit date, above the pages."""
        self.rounds = QComboBox()
        # Sized by a minimum length, not by the longest name, so the bar fits a 1024 px window;
        # the combo takes the bar's spare width, which shows a default name in full.
        self.rounds.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rounds.setMinimumContentsLength(24)
        self.new_round = QPushButton(self.tr("New round…"))
        writes("growth", self.new_round)
        self.classes = QComboBox()
        self.classes.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.classes.setMinimumContentsLength(10)
        self.visit = DateField()
        self.visit.setToolTip(self.tr("Date written on the new measurements of this class"))
        bar = QHBoxLayout()
        # Alt+letter reaches the round and the class from the grid (keyboard only: tests/ui/test_mnemonics.py).
        labels = {}
        for key, text, field in (("round", self.tr("R&ound:"), self.rounds),
                                 ("class", self.tr("C&lass:"), self.classes),
                                 ("visit", self.tr("Visit date:"), self.visit)):
            labels[key] = QLabel(text)
            labels[key].setBuddy(field)
        bar.addWidget(labels["round"])
        bar.addWidget(self.rounds, 3)
        bar.addWidget(self.new_round)
        bar.addSpacing(12)
        bar.addWidget(labels["class"])
        bar.addWidget(self.classes, 1)
        bar.addSpacing(12)
        bar.addWidget(labels["visit"])
        bar.addWidget(self.visit)
        return bar

    def _build_corner(self) -> QWidget:
        """Progress, printing and targets sit in the free corner of the page tabs: the top bar is full."""
        self.progress = QLabel()
        self.cards = QPushButton(self.tr("Print growth cards…"))
        self.cards.setToolTip(self.tr("One page per child with the WHO charts and the measurements up to this round"))
        cards_menu = QMenu(self.cards)
        self.cards_class = cards_menu.addAction(self.tr("This class"), lambda: self.print_cards(whole_school=False))
        whole = cards_menu.addAction(self.tr("Whole school"), lambda: self.print_cards(whole_school=True))
        from kindergarten_desktop.accounts.access import visible_class_ids

        whole.setVisible(visible_class_ids(self.ctx.db) is None)  # a teacher: the classes assigned only
        self.cards.setMenu(cards_menu)
        self.targets = QPushButton(self.tr("Targets…"))
        writes("growth", self.targets)
        self.targets.setToolTip(self.tr("The plan's targets the summary compares with"))
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.progress)
        corner_layout.addSpacing(8)
        corner_layout.addWidget(self.cards)
        corner_layout.addWidget(self.targets)
        return corner

    def _build_entry_page(self) -> QWidget:
        """The entry page around the grid (the grid comes with the first load)."""
        # A monthly check re-measures only the follow-up children; the box brings in the rest.
        self.follow_note = QLabel()
        self.follow_note.setWordWrap(True)
        self.whole_class = QCheckBox(self.tr("Show the whole class"))
        self.whole_class.setToolTip(self.tr("A monthly check shows only the children to follow up; tick to "
                                            "measure any child of the class"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.hint = QLabel(self.tr("Type a value and press Enter; Tab goes to the next field. Space ticks “Lying” "
                                   "or “Absent”. Each row is saved as soon as it is entered. Ctrl+G: the child's "
                                   "chart."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        # Enter goes down the column (one field for the class) or along the row; the choice is remembered.
        self.enter_mode = QComboBox()
        self.enter_mode.addItem(self.tr("Enter: next child (down the column)"), "column")
        self.enter_mode.addItem(self.tr("Enter: weight → height → next child"), "row")
        self.enter_mode.setToolTip(self.tr("Where the cursor goes after Enter"))
        saved_mode = QSettings().value(ENTER_MODE_KEY, "column")
        self.enter_mode.setCurrentIndex(max(self.enter_mode.findData(saved_mode), 0))
        entry = QWidget()
        self._entry_layout = entry_layout = QVBoxLayout(entry)
        follow_bar = QHBoxLayout()
        follow_bar.addWidget(self.follow_note, 1)
        follow_bar.addWidget(self.whole_class)
        entry_layout.addLayout(follow_bar)
        entry_layout.addStretch(1)  # the grid's place
        entry_layout.addWidget(self.message)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.enter_mode)
        entry_layout.addLayout(hint_row)
        return entry

    def _build_pages(self) -> None:
        self.pages = QTabWidget()
        self.pages.addTab(self._build_entry_page(), self.tr("Enter measurements"))
        self._chart_host, self._summary_host = QWidget(), QWidget()
        for host, title in ((self._chart_host, self.tr("Growth chart")),
                            (self._summary_host, self.tr("Summary and follow-up"))):
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(host, title)
        self.pages.setCornerWidget(self._build_corner())

    def _build_data_pages(self) -> None:
        """The entry grid, the chart and the summary (once)."""
        if self._built:
            return
        from kindergarten_desktop.ui.growth.chart_panel import ChartPanel
        from kindergarten_desktop.ui.growth.entry_model import EntryModel
        from kindergarten_desktop.ui.growth.entry_view import EntryGrid
        from kindergarten_desktop.ui.growth.summary_panel import SummaryPanel

        self._built = True
        self.model = EntryModel(self.ctx.db, self)
        self.model.confirm = self._confirm
        self.grid = EntryGrid(self.model)
        stretch = self._entry_layout.itemAt(1)
        if stretch is not None:
            self._entry_layout.removeItem(stretch)
        self._entry_layout.insertWidget(1, self.grid, 1)
        QWidget.setTabOrder(self.visit, self.grid)  # Shift+Tab from the first cell: back to the date and the class
        self.chart = ChartPanel(self.ctx.db)
        self.summary = SummaryPanel(self.ctx.db)
        self._chart_host.layout().addWidget(self.chart)  # type: ignore[union-attr]  # made with a layout
        self._summary_host.layout().addWidget(self.summary)  # type: ignore[union-attr]
        self.enter_mode.currentIndexChanged.connect(lambda _i: self._enter_mode_chosen())
        self._enter_mode_chosen()
        self.model.error.connect(self._show_error)
        self.model.saved.connect(self._row_saved)
        self.pages.currentChanged.connect(lambda _i: self._page_shown())
        self.grid.selectionModel().currentRowChanged.connect(lambda _c, _p: self._page_shown())

    # -- state -----------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def current_round(self):
        round_id = self.rounds.currentData()
        return get_round(self.ctx.db, round_id) if round_id else None

    def refresh(self) -> None:
        self._build_data_pages()
        year = self.ctx.school_year
        self.rounds.blockSignals(True)
        self.rounds.clear()
        if year is not None:
            rounds = ensure_default_rounds(self.ctx.db, year)
            for r in rounds:
                self.rounds.addItem(f"{r.name} ({format_date(r.day)})", r.id)
            # Open on the latest round that has started.
            started = [i for i, r in enumerate(rounds) if r.day <= self._today()]
            self.rounds.setCurrentIndex(started[-1] if started else 0)
        self.rounds.blockSignals(False)
        self._round_chosen()

    def _round_chosen(self) -> None:
        round_ = self.current_round()
        self.rounds.setToolTip(self.rounds.currentText())  # the whole name, should a long one be cut
        keep = self.classes.currentData()
        self.classes.blockSignals(True)
        self.classes.clear()
        if round_ is not None:
            from kindergarten_desktop.accounts.access import visible_class_ids

            shown = visible_class_ids(self.ctx.db)  # a teacher: the classes assigned (issue 18)
            for info in list_classes(self.ctx.db, round_.school_year_id, on=round_.day):
                if shown is None or info.id in shown:
                    self.classes.addItem(info.name, info.id)
            found = self.classes.findData(keep)
            self.classes.setCurrentIndex(max(found, 0))
            visit = min(round_.day, self._today())
            self.visit.blockSignals(True)
            self.visit.setDate(qdate(visit))
            self.visit.blockSignals(False)
        else:
            self.visit.blockSignals(True)
            self.visit.setDate(qdate(self._today()))
            self.visit.blockSignals(False)
        self.classes.blockSignals(False)
        self._load_grid()

    def _load_grid(self) -> None:
        self.cards_class.setText(self.tr("This class (%1)").replace("%1", self.classes.currentText()))
        self.model.today = self.today
        self.model.visit_date = pydate(self.visit.date())
        self.model.whole_class = self.whole_class.isChecked()
        self.model.load(self.current_round(), self.classes.currentData())
        self._show_follow_up()
        self.grid.resizeColumnsToContents()
        self.grid.setColumnWidth(1, max(self.grid.columnWidth(1), 200))
        self.message.clear()
        self._explain_empty_grid()
        self._update_progress()
        self._page_shown()
        self.grid.start()

    def _show_follow_up(self) -> None:
        """The monthly check's line above the grid; a regular round shows the whole class as before."""
        monthly = self.model.round is not None and self.model.round.kind == "monthly"
        self.follow_note.setVisible(monthly)
        self.whole_class.setVisible(monthly)
        from kindergarten_desktop.ui.growth.entry_model import REASON

        self.grid.setColumnHidden(REASON, not monthly)
        if not monthly:
            return
        on_list = sum(1 for r in self.model.rows if r.reasons)
        text = self.tr("Monthly check: %1 of the class's %2 children are on the follow-up list (under 24 months, "
                       "or malnourished or overweight last time).")
        if self.model.narrowed():
            text += " " + self.tr("Only they are shown.")
        self.follow_note.setText(text.replace("%1", str(on_list)).replace("%2", str(self.model.class_size)))

    def _explain_empty_grid(self) -> None:
        """Say why the grid is empty and where to go, rather than show a blank table."""
        if self.model.rowCount():
            return
        year, round_ = self.ctx.school_year, self.current_round()
        if year is None:
            text = self.tr("No school year yet: set up the school year, its classes and children on the "
                           "Class lists tab first.")
        elif round_ is None:
            text = self.tr("No measurement round yet: add one with “New round…”.")
        elif self.model.narrowed() and self.model.class_size:
            text = self.tr("No child in this class needs the monthly follow-up.") + " " + \
                self.tr("Tick “Show the whole class” to measure another child.")
        elif self.classes.count() == 0:
            text = self.tr("No classes in %1 yet: create the classes and enrol the children on the Class lists "
                           "tab.").replace("%1", year.name)
        else:
            text = self.tr("No child is enrolled in %1 on %2, the date of this round.") \
                .replace("%1", self.classes.currentText()).replace("%2", format_date(round_.day))
        self.message.setStyleSheet("color: #555; font-weight: bold;")
        self.message.setText(text)

    def _visit_changed(self, date: QDate) -> None:
        self.model.visit_date = pydate(date)

    def _update_progress(self) -> None:
        self.progress.setText(self.tr("%1 of %2 children measured").replace("%1", str(self.model.measured_count()))
                              .replace("%2", str(self.model.rowCount())))

    def _page_shown(self) -> None:
        page = self.pages.currentIndex()
        round_ = self.current_round()
        if page == CHART_PAGE:
            index = self.grid.currentIndex()
            if index.isValid() and round_ is not None:
                child = self.model.rows[index.row()].child
                self.chart.show_child(child.id, self._today())
        elif page == SUMMARY_PAGE:
            self.summary.load(round_, min(self._today(), round_.day) if round_ else None)

    # -- reactions -------------------------------------------------------------
    def _enter_mode_chosen(self) -> None:
        mode = self.enter_mode.currentData()
        self.grid.enter_mode = "row" if mode == "row" else "column"
        QSettings().setValue(ENTER_MODE_KEY, self.grid.enter_mode)

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00000; font-weight: bold;")
        self.message.setText(text)

    def _row_saved(self, _child_id: int) -> None:
        self.message.setStyleSheet("color: #226622;")
        self.message.setText(self.tr("Saved."))
        self._update_progress()
        self.ctx.dataChanged.emit("growth")

    def _confirm(self, name: str, warnings: list[Problem]) -> bool:
        """Ask about unusual values; the keyboard answers it (Enter: enter again; its mnemonic, G in
        Vietnamese and K in English: keep)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unusual value"),
                          self.tr("%1:").replace("%1", name) + "\n\n" + "\n".join("• " + w.text() for w in warnings)
                          + "\n\n" + self.tr("Keep this value anyway?"), parent=self)
        box.setObjectName("unusualValue")
        keep = box.addButton(self.tr("&Keep the value"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("&Enter it again"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(again)
        box.setEscapeButton(again)
        box.exec()
        return box.clickedButton() is keep

    def _add_round(self) -> None:
        from kindergarten_desktop.ui.growth.round_dialog import RoundDialog

        year = self.ctx.school_year
        if year is None:
            return
        dialog = RoundDialog(self.ctx.db, year, self._today(), self)  # it adds the round, or stays open
        if dialog.exec() != RoundDialog.DialogCode.Accepted or dialog.added is None:
            return
        made = dialog.added
        self.refresh()
        self.rounds.setCurrentIndex(self.rounds.findData(made.id))

    def report_defaults(self) -> dict[str, str]:
        """The year, round and class on screen, as the report dialog preselects them
        (MainWindow.report_defaults). A monthly check gives the school-wide round it follows."""
        from kindergarten_desktop.growth.rounds import current_round

        chosen: dict[str, str] = {}
        year = self.ctx.school_year
        if year is not None:
            chosen["year"] = year.name
        if self.classes.currentData() is not None:
            chosen["class_name"] = self.classes.currentText()
        round_ = self.current_round()
        if round_ is not None:
            school_wide = round_ if round_.kind == "round" else current_round(self.ctx.db, round_.school_year_id,
                                                                              round_.day)
            if school_wide is not None:
                chosen["round"] = str(school_wide.number)
        return chosen

    def print_cards(self, *, whole_school: bool):
        """Growth cards of the chosen class (or the school) up to the chosen round, built off the
        GUI thread; a monthly check prints everything measured so far. Returns the export flow."""
        from kindergarten_desktop.ui.reports.export import export_report

        round_ = self.current_round()
        year = self.ctx.school_year
        if year is None:
            return None
        return export_report(self, self.ctx, "growth-cards", year=year.name,
                             class_name=None if whole_school else self.classes.currentText(),
                             round=round_.number if round_ is not None and round_.kind == "round" else None)

    def edit_targets(self) -> None:
        from kindergarten_desktop.ui.growth.targets_dialog import TargetsDialog

        if TargetsDialog(self.ctx.db, self).exec() == TargetsDialog.DialogCode.Accepted:
            self.ctx.dataChanged.emit("growth")
            self._page_shown()
