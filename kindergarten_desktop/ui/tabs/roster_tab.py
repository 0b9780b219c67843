"""Class rosters tab: the classes of the school year, the children of the chosen class with
their records and movements, and the class's month attendance grid."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.actions import attempt, run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.roster.children_model import ChildrenModel, FoldedFilterProxy
from kindergarten_desktop.ui.tab_loading import LazyPages, reload_tab
from kindergarten_desktop.ui.table_headers import give_rows, headers_only, show_ascending

if TYPE_CHECKING:  # the roster's queries and age groups come with the tab's data, after the first paint
    from kindergarten_desktop.roster.importer import ImportPreview, Sheet
    from kindergarten_desktop.roster.queries import ClassInfo
    from kindergarten_desktop.ui.roster.attendance_grid import AttendancePanel

_USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole, the class of a class list's item (numbered: no Qt namespace)


class RosterTab(QWidget):
    """``load=False`` builds the widgets only; the main window calls :meth:`load` once they are painted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._attendance_class: int | None = -1
        children_page = self._build_children_page()
        self._build_pages(children_page)
        left = self._build_class_list()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.classes.currentItemChanged.connect(lambda *_: self._class_chosen())
        ctx.schoolYearChanged.connect(self._year_changed)  # a method: the context outlives the tab
        if load:
            self.load()

    def _year_changed(self, _year: object) -> None:
        reload_tab(self, self.refresh)  # tab_loading: a failed reload is told in the tab

    def load(self) -> None:
        """The classes of the school year and the first class's children."""
        self.refresh()

    # --- construction --------------------------------------------------------------------
    def _build_table(self) -> None:
        self.model = ChildrenModel(self)
        self.proxy = FoldedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        # Until the first load the table shows Qt-kept headers (ui/table_headers.py): the tab's
        # first paint then needs no Python per header, nor PySide6's Qt namespace; the load
        # gives it the children (_first_load), sorted by the first column as shown.
        self.table.setModel(headers_only(self.model.headers(), self))
        self.table.setSortingEnabled(True)
        show_ascending(self.table.horizontalHeader())
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((44, 190, 90, 60, 60, 165, 165, 100, 90)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda _i: self.edit_child())

    def _build_children_page(self) -> QWidget:
        """The children of the chosen class: search, the table, the record and movement buttons."""
        self._build_table()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.show_left = QCheckBox(self.tr("Include children who left"))
        self.show_left.toggled.connect(lambda _on: self._load_children())
        self.summary = QLabel()
        children_page = QWidget()
        page = QVBoxLayout(children_page)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_left)
        top.addWidget(self.search, 1)
        page.addLayout(top)
        page.addWidget(self.table)
        page.addLayout(self._build_child_buttons())
        self.child_buttons["new"].setToolTip(self.tr("New child in this class (Insert)"))
        QShortcut(QKeySequence("Ins"), children_page, self.new_child)  # Qt.Key.Key_Insert
        return children_page

    def _build_child_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.child_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("New child…"), self.new_child),
            ("edit", self.tr("Record…"), self.edit_child),
            ("transfer", self.tr("Transfer…"), lambda: self.move_child("transfer")),
            ("withdraw", self.tr("Withdrawal…"), lambda: self.move_child("withdraw")),
            ("return", self.tr("Return…"), lambda: self.move_child("return")),
            ("delete", self.tr("Delete…"), self.delete_child),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.child_buttons[key] = button
            writes("roster", button if key != "edit" else None)  # "Record…" opens it to read; its Save is tagged
            buttons.addWidget(button)
        self.correct_button = QToolButton()
        writes("roster", self.correct_button)
        self.correct_button.setText(self.tr("Correct a mistake…"))
        self.correct_button.setToolTip(self.tr("Correct a wrong movement: wrong class, or undo the last transfer, "
                                               "withdrawal or return"))
        self.correct_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        correct_menu = QMenu(self.correct_button)
        wrong_class = correct_menu.addAction(self.tr("Wrong class: move the stay to the right class…"),
                                             lambda: self.move_child("correct"))
        undo = correct_menu.addAction(self.tr("Undo the last transfer, withdrawal or return…"), self.undo_movement)
        writes("roster", wrong_class, undo)
        self.correct_button.setMenu(correct_menu)
        buttons.insertWidget(5, self.correct_button)
        buttons.addStretch(1)
        return buttons

    def _build_pages(self, children_page: QWidget) -> None:
        """Children and Attendance, the two pages of the chosen class; the attendance grid is
        built when first shown."""
        self.pages = QTabWidget()
        self._lazy = LazyPages(self.pages,
                               lambda name: children_page if name == "children" else self._make_attendance(),
                               lambda _name, _page: None)
        self._lazy.add("children", self.tr("Children"), now=True)
        self._lazy.add("attendance", self.tr("Attendance"))
        self.pages.currentChanged.connect(lambda _i: self._sync_attendance())

    def _make_attendance(self) -> QWidget:
        from kindergarten_desktop.ui.roster.attendance_grid import AttendancePanel

        panel = AttendancePanel(self.ctx.db)
        panel.changed.connect(lambda: self.ctx.dataChanged.emit("attendance"))
        return panel

    @property
    def attendance(self) -> AttendancePanel:
        """The class's month attendance grid (built on first use)."""
        return cast("AttendancePanel", self._lazy.get("attendance"))

    def _build_class_list(self) -> QWidget:
        """The classes of the year and the class buttons, on the left."""
        self.classes = QListWidget()
        self.classes.setMinimumWidth(210)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Classes")))
        left_layout.addWidget(self.classes, 1)
        self.class_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", self.tr("New class…"), self.new_class),
                                ("edit", self.tr("Edit class…"), self.edit_class),
                                ("import", self.tr("Import from Excel…"), self.import_excel),
                                ("promote", self.tr("Year-end promotion…"), self.promote)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.class_buttons[key] = button
            writes("roster", button if key != "edit" else None)  # the class dialog's Save is tagged
            left_layout.addWidget(button)
        return left

    # --- classes -----------------------------------------------------------------------
    def current_class(self) -> ClassInfo | None:
        item = self.classes.currentItem()
        return item.data(_USER_ROLE) if item else None

    def report_defaults(self) -> dict[str, str]:
        """The class on screen, as the report dialog preselects it (MainWindow.report_defaults)."""
        info = self.current_class()
        year = self.ctx.school_year
        return {**({"year": year.name} if year else {}), **({"class_name": info.name} if info else {})}

    def _first_load(self) -> None:
        """What the first paint does without: the children's model in the table, sorted as its
        header shows, and the buttons following the selection (connected here: setModel gives
        the table a new selection model)."""
        from PySide6.QtCore import Qt

        give_rows(self.table, self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def refresh(self, keep_class: int | None = None) -> None:
        from PySide6.QtCore import Qt

        from kindergarten_desktop.roster.age_groups import age_group, over_capacity
        from kindergarten_desktop.roster.queries import list_classes

        if self.table.model() is not self.proxy:
            self._first_load()
        current = self.current_class()
        keep_class = keep_class or (current.id if current else None)
        self.classes.blockSignals(True)
        self.classes.clear()
        year = self.ctx.school_year
        row_to_select = 0
        if year is not None:
            from kindergarten_desktop.accounts.access import visible_class_ids

            shown = visible_class_ids(self.ctx.db)  # a teacher: the classes assigned (issue 18)
            for info in list_classes(self.ctx.db, year.id):
                if shown is not None and info.id not in shown:
                    continue
                item = QListWidgetItem(self.tr("%1 (%2 children)").replace("%1", info.name)
                                       .replace("%2", str(info.children)))
                item.setData(_USER_ROLE, info)
                if over_capacity(info.age_group, info.children):
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(self.tr("More children than the legal maximum of %1 for this age group")
                                    .replace("%1", str(age_group(info.age_group).legal_max)))
                if info.id == keep_class:
                    row_to_select = self.classes.count()
                self.classes.addItem(item)
        self.classes.blockSignals(False)
        for button in self.class_buttons.values():
            button.setEnabled(year is not None)
        if self.classes.count():
            self.classes.setCurrentRow(row_to_select)
        self._class_chosen()

    def _class_chosen(self) -> None:
        self._load_children()
        self._sync_attendance()

    def _load_children(self) -> None:
        from kindergarten_desktop.roster.queries import class_children, class_members

        info = self.current_class()
        year = self.ctx.school_year
        if info is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("No school year yet: choose or create one in File › School settings…")
                                 if year is None else self.tr("No classes in %1 yet: create one with “New class…”.")
                                 .replace("%1", year.name))
        else:
            rows = (class_members(self.ctx.db, info.id) if self.show_left.isChecked()
                    else class_children(self.ctx.db, info.id))
            self.model.set_rows(rows)
            self.summary.setText(self.tr("Class %1 — %2 children").replace("%1", info.name)
                                 .replace("%2", str(info.children)))
        self._update_buttons()

    def _sync_attendance(self) -> None:
        """The grid loads only when its page is shown, so switching class stays quick."""
        info = self.current_class()
        class_id = info.id if info else None
        if self._lazy.name_at(self.pages.currentIndex()) == "attendance" and class_id != self._attendance_class:
            self._attendance_class = class_id
            year = self.ctx.school_year
            if year and not year.contains(dt.date(self.attendance.month.date().year(),
                                                  self.attendance.month.date().month(), 1)):
                self.attendance.set_month(min(max(dt.date.today(), year.start_date), year.end_date))
            self.attendance.set_class(class_id)

    def new_class(self) -> None:
        from kindergarten_desktop.ui.roster.class_dialog import ClassDialog

        if self.ctx.school_year is None:
            return
        dialog = ClassDialog(self.ctx.db, self.ctx.school_year.id, parent=self)
        if dialog.exec():
            self._changed(dialog.class_id)

    def edit_class(self) -> None:
        from kindergarten_desktop.ui.roster.class_dialog import ClassDialog

        info = self.current_class()
        if info is None or self.ctx.school_year is None:
            return
        dialog = ClassDialog(self.ctx.db, self.ctx.school_year.id, info.id, parent=self)
        if dialog.exec():
            self._changed(info.id)

    def import_excel(self, path: str | None = None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from kindergarten_desktop.ui.roster.import_dialog import ImportDialog, ImportResultDialog

        year = self.ctx.school_year
        if year is None:
            return
        if not path:
            from kindergarten_desktop.ui.reports.export import remember_folder, save_folder

            # The user's folder (Documents, or where a file was last saved or opened), not the program's.
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a class list"), str(save_folder()),
                                                  self.tr("Class lists (*.xlsx *.xls *.csv)"))
            if not path:
                return
            remember_folder(path)
        info = self.current_class()
        read = attempt(self, self.tr("The class list cannot be read"), _read_class_list, Path(path))
        if not read.ok or read.value is None:
            return
        dialog = ImportDialog(self.ctx.db, read.value, self, year.name, info.name if info else None)
        if dialog.exec() and dialog.import_result is not None and dialog.preview is not None:
            ImportResultDialog(dialog.import_result, self).exec()
            self._show_imported(dialog.preview)

    def _show_imported(self, preview: ImportPreview) -> None:
        """After an import: the list's school year and class on screen, whatever was shown before."""
        from kindergarten_desktop.school import find_school_year

        year = find_school_year(self.ctx.db, preview.school_year)
        if year is not None:
            self.ctx.set_school_year(year.id)  # refreshes this tab when the year changes
        window = self.window()
        if hasattr(window, "reload_years"):
            window.reload_years()
        names = {r.class_name for r in preview.rows if r.class_name}
        wanted = preview.class_name if preview.class_name in names else (sorted(names)[0] if names else None)
        self._attendance_class = -1
        self.refresh()
        for row in range(self.classes.count()):
            info = self.classes.item(row).data(_USER_ROLE)
            if info.name == wanted:
                self.classes.setCurrentRow(row)
                break
        self.ctx.dataChanged.emit("roster")

    def promote(self) -> None:
        from kindergarten_desktop.ui.roster.promotion_dialog import PromotionDialog

        year = self.ctx.school_year
        if year is None:
            return
        made = attempt(self, self.tr("Promotion"), PromotionDialog, self.ctx.db, year, self)
        if not made.ok or made.value is None:
            return
        dialog = made.value
        if dialog.exec() and dialog.result_counts is not None:
            counts = dialog.result_counts
            QMessageBox.information(self, self.tr("Promotion"), self.tr(
                "%1 children promoted, %2 graduated; %3 classes created in %4.")
                .replace("%1", str(counts["promoted"])).replace("%2", str(counts["graduated"]))
                .replace("%3", str(counts["classes_created"])).replace("%4", dialog.plan.to_year_name))
            window = self.window()
            if hasattr(window, "reload_years"):
                window.reload_years()
            self._changed(None)

    # --- children --------------------------------------------------------------------
    def selected_child(self) -> tuple[int, str, dt.date | None] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        child = self.model.child_at(self.proxy.mapToSource(rows[0]).row())
        return child.id, child.full_name, child.enrollment_end

    def _update_buttons(self) -> None:
        child = self.selected_child()
        has_class = self.current_class() is not None
        self.child_buttons["new"].setEnabled(has_class)
        self.class_buttons["edit"].setEnabled(has_class)
        for key in ("edit", "transfer", "withdraw", "return", "delete"):
            self.child_buttons[key].setEnabled(child is not None)
        self.correct_button.setEnabled(child is not None)

    def new_child(self) -> None:
        from kindergarten_desktop.ui.roster.child_dialog import ChildDialog

        info = self.current_class()
        if info is None or self.ctx.school_year is None:
            return
        dialog = ChildDialog(self.ctx.db, self.ctx.school_year, info.id, parent=self)
        if dialog.exec():
            self._changed(info.id)

    def edit_child(self) -> None:
        from kindergarten_desktop.ui.roster.child_dialog import ChildDialog

        child = self.selected_child()
        info = self.current_class()
        if child is None or self.ctx.school_year is None:
            return
        dialog = ChildDialog(self.ctx.db, self.ctx.school_year, info.id if info else None, child[0], parent=self)
        if dialog.exec():
            self._changed(info.id if info else None)

    def move_child(self, kind: str) -> None:
        from kindergarten_desktop.ui.roster.movement_dialog import MovementDialog

        child = self.selected_child()
        info = self.current_class()
        if child is None or self.ctx.school_year is None:
            return
        dialog = MovementDialog(self.ctx.db, self.ctx.school_year, child[0], child[1], kind,
                                info.id if info else None, parent=self)
        if dialog.exec():
            self._changed(info.id if info else None)

    def undo_movement(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from kindergarten_desktop.formatting import format_date
        from kindergarten_desktop.roster import movements as mv

        child = self.selected_child()
        if child is None:
            return
        movement = mv.last_movement(self.ctx.db, child[0])
        if movement is None:
            QMessageBox.information(self, self.tr("Undo"), AppError("roster.nothing_to_undo").text())
            return
        stay = movement.stay
        if movement.kind == "transfer" and movement.previous is not None:
            what = (self.tr("the transfer of %1 from %2 to %3 on %4: the child goes back to %2")
                    .replace("%1", child[1]).replace("%2", movement.previous.class_name)
                    .replace("%3", stay.class_name).replace("%4", format_date(stay.start)))
        elif movement.kind == "withdrawal":
            what = (self.tr("the withdrawal of %1 after %2: the child is in %3 again")
                    .replace("%1", child[1]).replace("%2", format_date(stay.end)).replace("%3", stay.class_name))
        else:
            what = (self.tr("the return of %1 to %2 on %3").replace("%1", child[1]).replace("%2", stay.class_name)
                    .replace("%3", format_date(stay.start)))
        reason, ok = QInputDialog.getText(self, self.tr("Undo"), self.tr("Undo %1?\nWhy (kept with the correction):")
                                          .replace("%1", what))
        if not ok:
            return
        if not run_action(self, self.tr("Not undone"), mv.undo_last_movement, self.ctx.db, child[0], reason):
            return
        info = self.current_class()
        self._changed(info.id if info else None)

    def delete_child(self) -> None:
        child = self.selected_child()
        if child is None:
            return
        from kindergarten_desktop.roster import children as ch  # its handlers' only: not at start-up

        refs = ch.references(self.ctx.db, child[0])
        if refs:
            QMessageBox.information(
                self, self.tr("Cannot delete"),
                self.tr("%1 cannot be deleted: other records refer to the child (%2). "
                        "Use “Withdrawal…” when a child leaves the school.")
                .replace("%1", child[1]).replace("%2", self._describe_references(refs)))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete a child"),
            self.tr("Delete %1 and the class history for good? Only do this for a child entered by mistake.")
            .replace("%1", child[1]), defaultButton=QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and run_action(
                self, self.tr("Child not deleted"), ch.delete_child, self.ctx.db, child[0]):
            info = self.current_class()
            self._changed(info.id if info else None)

    def _describe_references(self, refs: dict[str, int]) -> str:
        """'attendance: 56, meal_payment: 2' in the user's words: records counted per feature."""
        features = (("attendance", self.tr("attendance marks: %1")), ("measurement", self.tr("measurements: %1")),
                    ("meal", self.tr("meal-fee records: %1")))
        counts: dict[str, int] = {}
        for table, n in refs.items():
            template = next((t for prefix, t in features if table.startswith(prefix)), table + ": %1")
            counts[template] = counts.get(template, 0) + n
        return ", ".join(t.replace("%1", str(n)) for t, n in counts.items())

    def _changed(self, class_id: int | None) -> None:
        self._attendance_class = -1
        self.refresh(keep_class=class_id)
        self.ctx.dataChanged.emit("roster")


def _read_class_list(path: Path) -> Sheet:
    """The class list in ``path``; a file the system cannot read is refused with the reason."""
    from kindergarten_desktop.roster.importer import read_sheet
    from kindergarten_desktop.spreadsheets import SpreadsheetError

    try:
        return read_sheet(path)
    except OSError as exc:
        raise SpreadsheetError("spreadsheets.unreadable", path=path, reason=exc.strerror or str(exc)) from None
