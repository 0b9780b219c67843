"""Monthly agenda tab (principal): the school-year plan by month, as a list and a calendar."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import attempt, run_action
from kindergarten_desktop.ui.agenda.calendar_view import CalendarModel, CalendarView
from kindergarten_desktop.ui.agenda.items_model import AgendaItemsModel
from kindergarten_desktop.ui.agenda.labels import month_label
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tab_loading import reload_tab
from kindergarten_desktop.ui.table_headers import give_rows, headers_only

if TYPE_CHECKING:  # the agenda's domain comes with the tab's data, after the first paint
    from kindergarten_desktop.agenda.items import AgendaItem
    from kindergarten_desktop.school import SchoolYear
    from kindergarten_desktop.ui.agenda.item_dialog import ItemDialog


class AgendaTab(QWidget):
    """``load=False`` builds the widgets only; the main window calls :meth:`load` once they are painted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self._class_names: dict[int, str] = {}
        self._actions_enabled: bool | None = None
        self._build_views()
        bar = self._build_toolbar()
        top = QHBoxLayout()
        top.addWidget(bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.summary)
        ctx.schoolYearChanged.connect(self._year_changed)  # a method: the context outlives the tab
        if load:
            self.load()

    def _year_changed(self, _year: object) -> None:
        reload_tab(self, self.refresh)  # tab_loading: a failed reload is told in the tab

    def load(self) -> None:
        """The months of the school year and this month's items."""
        self.refresh()

    # --- construction -------------------------------------------------------------------
    def _build_views(self) -> None:
        """The month's items as a list and as a calendar."""
        self.month_combo = QComboBox()
        self.month_combo.setMinimumContentsLength(12)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.load_month())
        self.model = AgendaItemsModel(self)
        self.model.dropRequested.connect(self._dropped)
        self.table = QTableView()
        # Until the first load the list shows Qt-kept headers (ui/table_headers.py): the tab's first
        # paint then needs no Python per header, nor PySide6's Qt namespace (_first_load).
        self.table.setModel(headers_only(self.model.headers(), self))
        self._item_actions_enabled: bool | None = None
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        from kindergarten_desktop.accounts.access import can_write

        # Reordering by dragging writes the plan: only for a role that may change it (others read it).
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if can_write(self.ctx.db, "agenda")
                                   else QAbstractItemView.DragDropMode.NoDragDrop)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaItemsModel.WORK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaItemsModel.NOTES, QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.calendar_model = CalendarModel(self)
        self.calendar = CalendarView(self.calendar_model)
        self.calendar.doubleClicked.connect(self._calendar_clicked)
        self.views = QTabWidget()
        self.views.addTab(self.table, self.tr("&List"))
        self.views.addTab(self.calendar, self.tr("&Calendar"))
        self.summary = QLabel()

    def _build_toolbar(self) -> QToolBar:
        """Month navigation, the item actions, undo/redo, the plan and print menus."""
        bar = QToolBar()
        self.actions_by_name: dict[str, QAction] = {}
        # The actions' keys, given at the first load (_first_load): their context would build Qt's namespace.
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey]] = []
        self._action(bar, "prev", "◀", self.tr("Previous month (Ctrl+PgUp)"), QKeySequence("Ctrl+PgUp"),
                     lambda: self._step_month(-1))
        bar.addWidget(self.month_combo)
        self._action(bar, "next", "▶", self.tr("Next month (Ctrl+PgDown)"), QKeySequence("Ctrl+PgDown"),
                     lambda: self._step_month(+1))
        bar.addSeparator()
        self._action(bar, "add", self.tr("&Add…"), self.tr("Add an item to this month (Insert)"),
                     QKeySequence("Insert"), self.add_item)
        self._action(bar, "edit", self.tr("&Edit…"), self.tr("Edit the chosen item (Enter)"),
                     QKeySequence("Return"), self.edit_item)
        self._action(bar, "done", self.tr("Mark d&one"), self.tr("Mark the chosen item done (Ctrl+D)"),
                     QKeySequence("Ctrl+D"), self.mark_done)
        self._action(bar, "delete", self.tr("&Delete"), self.tr("Delete the chosen item (Delete)"),
                     QKeySequence.StandardKey.Delete, self.delete_item)
        self._action(bar, "up", self.tr("Up"), self.tr("Move up (Ctrl+Up)"), QKeySequence("Ctrl+Up"),
                     lambda: self.move_selected(-1))
        self._action(bar, "down", self.tr("Down"), self.tr("Move down (Ctrl+Down)"), QKeySequence("Ctrl+Down"),
                     lambda: self.move_selected(+1))
        bar.addSeparator()
        # Plain "Undo"/"Redo" on the toolbar, what they undo in the tooltip: titled with a long
        # item ("Undo add “…”") they pushed the plan and Print buttons off the toolbar.
        undo = QAction(self.tr("Undo"), self)
        self._shortcuts.append((undo, QKeySequence.StandardKey.Undo))
        undo.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: undo.setToolTip(self.tr("Undo %1").replace("%1", text) if text else self.tr("Undo")))
        redo = QAction(self.tr("Redo"), self)
        self._shortcuts.append((redo, QKeySequence.StandardKey.Redo))
        redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_stack.redoTextChanged.connect(
            lambda text: redo.setToolTip(self.tr("Redo %1").replace("%1", text) if text else self.tr("Redo")))
        for name, action in (("undo", undo), ("redo", redo)):
            action.setEnabled(False)
            self.addAction(action)
            bar.addAction(action)
            self.actions_by_name[name] = action
        bar.addSeparator()
        self._action(bar, "recurring", self.tr("&Recurring items…"), self.tr("Items shown in every month"),
                     None, self.edit_recurring)
        bar.addWidget(self._build_plan_button())
        bar.addWidget(self._build_print_button())
        return bar

    def _build_plan_button(self) -> QToolButton:
        plan_menu = QMenu(self)
        self.actions_by_name["from_last_year"] = plan_menu.addAction(self.tr("Copy last year's plan"))
        self.actions_by_name["from_last_year"].triggered.connect(self.plan_from_last_year)
        self.actions_by_name["from_template"] = plan_menu.addAction(self.tr("Start from the template"))
        self.actions_by_name["from_template"].triggered.connect(self.plan_from_template)
        plan_button = QToolButton()
        plan_button.setText(self.tr("New year's plan"))
        plan_button.setMenu(plan_menu)
        plan_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        writes("agenda", plan_button, *(self.actions_by_name[n] for n in (
            "add", "edit", "done", "delete", "up", "down", "recurring", "from_last_year", "from_template")))
        return plan_button

    def _build_print_button(self) -> QToolButton:
        print_menu = QMenu(self)
        for name, text, slot in (
                ("print_month", self.tr("Print this month's agenda (PDF)"), self.print_month),
                ("export_month", self.tr("Save this month's agenda as PDF or Excel…"), self.export_month),
                ("export_year", self.tr("Save the whole year's plan as PDF or Excel…"), self.export_year)):
            action = print_menu.addAction(text)
            action.triggered.connect(slot)
            self.actions_by_name[name] = action
        self._shortcuts.append((self.actions_by_name["print_month"], QKeySequence.StandardKey.Print))
        self.addAction(self.actions_by_name["print_month"])
        print_button = QToolButton()
        print_button.setText(self.tr("&Print"))
        print_button.setMenu(print_menu)
        print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return print_button

    def _action(self, bar: QToolBar, name: str, text: str, tip: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        bar.addAction(action)
        self.actions_by_name[name] = action
        return action

    # --- loading ------------------------------------------------------------------------
    @property
    def month(self) -> str | None:
        return self.month_combo.currentData()

    @property
    def year(self) -> SchoolYear:
        """The school year the tab shows; the actions that use it are disabled while there is none."""
        year = self.ctx.school_year
        if year is None:
            raise RuntimeError("no school year")
        return year

    @property
    def shown_month(self) -> str:
        month = self.month
        if month is None:
            raise RuntimeError("no month")
        return month

    def _first_load(self) -> None:
        """What the first paint does without (the tab is disabled until its load): the items'
        model in the list and the month's in the calendar, dropped rows moved, the item actions
        following the current row (connected here: setModel gives the list a new selection
        model), the actions' keys."""
        from PySide6.QtCore import Qt

        give_rows(self.table, self.model)
        self.calendar.show_grid()
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_item_actions())
        for action, shortcut in self._shortcuts:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcuts = []

    def refresh(self) -> None:
        """Reload the months of the chosen school year (the month shown stays when it can)."""
        if self.table.model() is not self.model:
            self._first_load()
        from kindergarten_desktop.agenda import responsible
        from kindergarten_desktop.agenda.weeks import month_key, plan_months

        year = self.ctx.school_year
        self.undo_stack.clear()  # commands hold the previous year's rows
        wanted = self.month
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        if year is not None:
            self._class_names = responsible.class_names(self.ctx.db, year.id)
            for y, m in plan_months(year):
                self.month_combo.addItem(month_label(y, m), month_key(y, m))
            today = dt.date.today()
            index = self.month_combo.findData(wanted)
            if index < 0:
                index = max(0, self.month_combo.findData(month_key(today.year, today.month)))
            self.month_combo.setCurrentIndex(index)
        self.month_combo.blockSignals(False)
        self.load_month()

    def load_month(self, select_id: int | None = None) -> None:
        year, month = self.ctx.school_year, self.month
        enabled = year is not None and month is not None
        if enabled != self._actions_enabled:  # only on change: fewer calls into Qt per month switch
            self._actions_enabled = enabled
            for name, action in self.actions_by_name.items():
                if name not in ("undo", "redo"):
                    action.setEnabled(enabled)
        self._item_actions_enabled = None  # recomputed below for the new rows
        if not enabled:
            self.model.set_rows([], [], {})
            self._sync_item_actions()
            self.summary.setText(self.tr("No school year yet: choose or create one in File › School settings…"))
            return
        # The month's data (lunar dates, recurring items, the plan): imported with it, not before the first paint.
        from kindergarten_desktop.agenda.calendar import month_grid
        from kindergarten_desktop.agenda.items import list_items
        from kindergarten_desktop.agenda.recurring import recurring_for_month
        from kindergarten_desktop.agenda.template import has_plan

        year, month = self.year, self.shown_month
        items = list_items(self.ctx.db, year.id, month)
        self.model.set_rows(recurring_for_month(self.ctx.db, year.id, month), items, self._class_names)
        y, m = map(int, month.split("-"))
        self.calendar_model.set_grid(month_grid(self.ctx.db, y, m))
        done = sum(i.status == "done" for i in items)
        review = sum(i.to_review for i in items)
        text = self.tr("%1: %2 items, %3 done").replace("%1", month_label(y, m)).replace(
            "%2", str(len(items))).replace("%3", str(done))
        if review:
            text += " · " + self.tr("%1 to review (in italics)").replace("%1", str(review))
        if not has_plan(self.ctx.db, year.id):
            text = self.tr("This school year has no plan yet: use “New year's plan” to start from last year's "
                           "plan or from the template.")
        self.summary.setText(text)
        if select_id is not None:
            self.select_item(select_id)
        self._sync_item_actions()

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    _ITEM_ACTIONS = ("edit", "done", "delete", "up", "down")

    def _sync_item_actions(self) -> None:
        """Edit/done/delete/move act on the chosen item: enabled only when one is chosen."""
        wanted = bool(self._actions_enabled) and self.selected_item() is not None
        if wanted != self._item_actions_enabled:  # only on change: fewer calls into Qt
            self._item_actions_enabled = wanted
            for name in self._ITEM_ACTIONS:
                self.actions_by_name[name].setEnabled(wanted)

    def selected_item(self) -> AgendaItem | None:
        from kindergarten_desktop.agenda.items import AgendaItem  # after the first paint

        index = self.table.currentIndex()
        item = self.model.item_at(index.row()) if index.isValid() else None
        return item if isinstance(item, AgendaItem) else None

    def _reload_keep_selection(self) -> None:
        item = self.selected_item()
        self.load_month(item.id if item else None)
        self.ctx.dataChanged.emit("agenda")

    def _step_month(self, step: int) -> None:
        index = self.month_combo.currentIndex() + step
        if 0 <= index < self.month_combo.count():
            self.month_combo.setCurrentIndex(index)

    # --- editing ------------------------------------------------------------------------
    def _dialog(self, item: AgendaItem | None) -> ItemDialog:
        year = self.year

        def save(edited: AgendaItem) -> None:
            from kindergarten_desktop.agenda.items import validate
            from kindergarten_desktop.ui.agenda.commands import AddItemCommand, EditItemCommand, push

            validate(year, edited)  # refuse before anything is recorded for undo
            command: AddItemCommand | EditItemCommand
            if item is None:
                command = AddItemCommand(self.ctx.db, year, edited, self._reload_keep_selection)
            else:
                command = EditItemCommand(self.ctx.db, year, edited, self._reload_keep_selection)
            push(self.undo_stack, command, self)
            if item is not None:  # a status not saved before is now what the form said
                self.model.unsaved.clear(item.stored_id)
            stored = command.stored
            if stored is None:
                return
            if stored.month != self.month:
                self.month_combo.setCurrentIndex(self.month_combo.findData(stored.month))
            self.select_item(stored.stored_id)

        from kindergarten_desktop.ui.agenda.item_dialog import ItemDialog

        return ItemDialog(year, self.shown_month, self._class_names, save, item, self)

    def add_item(self) -> None:
        self._dialog(None).exec()

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._dialog(item).exec()
        elif self.table.currentIndex().isValid():  # a recurring row
            self.edit_recurring()

    def mark_done(self) -> None:
        from kindergarten_desktop.ui.agenda.commands import EditItemCommand, push  # the undo stack's, when editing

        item = self.selected_item()
        if item is None or (item.status == "done" and item.stored_id not in self.model.unsaved):
            return
        outcome = attempt(self, self.tr("“%1” not marked done").replace("%1", item.title), push, self.undo_stack,
                          EditItemCommand(self.ctx.db, self.year, item.replace(status="done"),
                                          self._reload_keep_selection), self)
        if outcome.ok:
            self.model.unsaved.clear(item.stored_id)
        else:  # the row keeps "Done", marked as not saved; the same action tries again
            self.model.unsaved.mark(item.stored_id, "done", outcome.reason)
        self.model.refresh_row(item.stored_id)

    def delete_item(self) -> None:
        from kindergarten_desktop.ui.agenda.commands import DeleteItemCommand, push

        item = self.selected_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete item"),
            self.tr("Delete “%1”?\n\nYou can undo it with Ctrl+Z while the program stays open.")
            .replace("%1", item.title))
        if answer == QMessageBox.StandardButton.Yes and run_action(
                self, self.tr("“%1” not deleted").replace("%1", item.title), push, self.undo_stack,
                DeleteItemCommand(self.ctx.db, item, lambda: self.load_month()), self):
            self.ctx.dataChanged.emit("agenda")

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        from kindergarten_desktop.agenda.items import move_item

        moved = attempt(self, self.tr("Order not saved"), move_item, self.ctx.db, item.stored_id, step)
        if moved.ok and moved.value:
            self.load_month(item.id)

    def _dropped(self, item_id: int, before_id: int | None) -> None:
        from kindergarten_desktop.agenda.items import place_item

        run_action(self, self.tr("Order not saved"), place_item, self.ctx.db, item_id, before_id)
        self.load_month(item_id)

    def _calendar_clicked(self, index) -> None:
        cell = index.data(CalendarModel.CELL_ROLE)
        ids = [e.item_id for e in cell.entries if e.item_id is not None] if cell else []
        if not ids:
            return
        from kindergarten_desktop.agenda.weeks import month_key

        wanted = month_key(cell.day.year, cell.day.month)
        if wanted != self.month and self.month_combo.findData(wanted) >= 0:
            self.month_combo.setCurrentIndex(self.month_combo.findData(wanted))
        self.select_item(ids[0])
        self.edit_item()

    def edit_recurring(self) -> None:
        if self.ctx.school_year is not None:
            from kindergarten_desktop.ui.agenda.recurring_dialog import RecurringDialog

            RecurringDialog(self.ctx.db, self.ctx.school_year, self.undo_stack, self.load_month, self).exec()

    # --- printing (the reports kit builds the document off the GUI thread) ------------------
    def print_month(self):
        from kindergarten_desktop.ui.reports.export import print_report

        return print_report(self, self.ctx, "agenda", year=self.ctx.school_year.name, month=self.month)

    def export_month(self):
        from kindergarten_desktop.ui.reports.export import export_report

        return export_report(self, self.ctx, "agenda", year=self.ctx.school_year.name, month=self.month)

    def export_year(self):
        from kindergarten_desktop.ui.reports.export import export_report

        return export_report(self, self.ctx, "agenda-year", year=self.ctx.school_year.name)

    # --- a new year's plan ----------------------------------------------------------------
    def _confirm_replace(self) -> bool | None:
        """None: cancelled; False: the year is empty; True: replace its plan."""
        from kindergarten_desktop.agenda.template import has_plan

        year = self.year
        if not has_plan(self.ctx.db, year.id):
            return False
        answer = QMessageBox.warning(
            self, self.tr("Replace the plan"),
            self.tr("The school year %1 already has a plan. Replace it? Its items will be deleted and this "
                    "cannot be undone.").replace("%1", year.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return True if answer == QMessageBox.StandardButton.Yes else None

    def _after_new_plan(self, count: int) -> None:
        self.undo_stack.clear()
        self.load_month()
        self.ctx.dataChanged.emit("agenda")
        QMessageBox.information(self, self.tr("New plan"), self.tr(
            "%1 items were added. Items to review are shown in italics: check their dates and mark them "
            "reviewed in the item dialog.").replace("%1", str(count)))

    def plan_from_template(self) -> None:
        from kindergarten_desktop.agenda.template import apply_template

        replace = self._confirm_replace()
        if replace is None:
            return
        made = attempt(self, self.tr("New plan not made"), apply_template, self.ctx.db, self.year, replace=replace)
        if made.ok and made.value is not None:
            self._after_new_plan(made.value)

    def plan_from_last_year(self) -> None:
        from kindergarten_desktop.agenda.copy_year import copy_plan
        from kindergarten_desktop.school import list_school_years

        year = self.year
        earlier = [y for y in list_school_years(self.ctx.db) if y.start_year < year.start_year]
        if not earlier:
            QMessageBox.information(self, self.tr("New plan"),
                                    self.tr("There is no earlier school year to copy: start from the template."))
            return
        replace = self._confirm_replace()
        if replace is None:
            return
        made = attempt(self, self.tr("New plan not made"), copy_plan, self.ctx.db, earlier[-1], year, replace=replace)
        if made.ok and made.value is not None:
            self._after_new_plan(made.value)
