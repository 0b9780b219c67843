"""The month attendance grid of a class: children × school days, with totals and the rate.

Fast entry: "All present" for a day, then click the exceptions (a click cycles present →
excused → unexcused) or type on the selected cells: X or C present, P or E excused (có phép),
K or U unexcused (không phép), Delete clears; with or without Shift or Caps Lock. Days still to come
cannot be marked; a month whose meal fees are closed is shown read-only, and so is the grid of a
role that may not mark this class (it reads the roster: the reason is in each cell's tooltip and
above the grid, and a click changes nothing). The names stay in view while the days scroll.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.accounts import access
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.months import month_key
from kindergarten_desktop.roster import attendance as att
from kindergarten_desktop.ui.accounts.write_guard import why_not_text, writers_text, writes
from kindergarten_desktop.ui.actions import (
    UNSAVED_COLOUR,
    UNSAVED_TEXT,
    Unsaved,
    save_cell,
    unsaved_tooltip,
)
from kindergarten_desktop.ui.numbers import ui_number

_Index = QModelIndex | QPersistentModelIndex
_CYCLE = {None: att.PRESENT, att.PRESENT: att.EXCUSED, att.EXCUSED: att.UNEXCUSED, att.UNEXCUSED: att.PRESENT}
_COLORS = {att.EXCUSED: QColor("#fff2b3"), att.UNEXCUSED: QColor("#ffc9c9")}
_NOT_ENROLLED = QColor("#d9d9d9")
_LOCKED = QColor("#eeeeee")  # a day to come, or a closed month
_LOCKED_TEXT = QColor("#8a8a8a")


def format_rate(rate: float | None) -> str:
    return "" if rate is None else f"{ui_number(rate * 100, 1)} %"


class AttendanceGridModel(QAbstractTableModel):
    """Rows: the children, then a totals row; columns: name, each school day, P, E, U, rate."""

    TOTAL_COLUMNS = 4

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.grid: att.MonthGrid | None = None
        self.today = dt.date.today()
        self.closed = False  # the month's meal fees are closed: attendance is read-only
        self.refused: str | None = None  # why the signed-in role may not mark this class, if it may not
        # Marks the teacher made that could not be saved: (child, day) -> (status, why); kept across months.
        self.unsaved: Unsaved[tuple[int, dt.date], str | None] = Unsaved()

    # --- loading -------------------------------------------------------------------
    def load(self, class_id: int | None, year: int, month: int) -> None:
        from kindergarten_desktop.meals.closing import is_closed

        self.beginResetModel()
        self.grid = att.month_grid(self.db, class_id, year, month) if class_id is not None else None
        self.closed = is_closed(self.db, month_key(year, month))
        self.refused = None if class_id is None or access.can_write_class(self.db, "attendance", class_id) \
            else why_not_text("attendance", for_classes=True)
        self.endResetModel()

    def locked(self, day: dt.date) -> bool:
        """True for a day that cannot be marked: still to come, in a closed month, or a class
        the signed-in role may only read."""
        return self.closed or self.refused is not None or day > self.today

    def symbols(self) -> dict[str, str]:
        return {att.PRESENT: "x", att.EXCUSED: self.tr("E", "excused absence mark"),
                att.UNEXCUSED: self.tr("U", "unexcused absence mark")}

    @property
    def days(self) -> list[dt.date]:
        return self.grid.days if self.grid else []

    def day_of_column(self, column: int) -> dt.date | None:
        return self.days[column - 1] if 1 <= column <= len(self.days) else None

    def column_of_day(self, day: dt.date) -> int | None:
        return self.days.index(day) + 1 if day in self.days else None

    # --- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.grid else len(self.grid.children) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.grid else len(self.grid.days) + 1 + self.TOTAL_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not self.grid:
            return None
        day = self.day_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Full name")
            if day:
                weekday = [self.tr("Mo"), self.tr("Tu"), self.tr("We"), self.tr("Th"), self.tr("Fr"),
                           self.tr("Sa"), self.tr("Su")][day.weekday()]
                return f"{day.day}\n{weekday}"
            return [self.tr("Present"), self.tr("Excused"), self.tr("Unexcused"), self.tr("Rate")][
                section - len(self.days) - 1]
        if role == Qt.ItemDataRole.ToolTipRole and day:
            return format_date(day)
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_total_row(self, row: int) -> bool:
        return self.grid is not None and row == len(self.grid.children)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.grid:
            return None
        row, col = index.row(), index.column()
        day = self.day_of_column(col)
        n_days = len(self.days)
        if self._is_total_row(row):
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return self.tr("Present per day")
                if day:
                    return self.grid.day_tally(day).present or ""
                return self._total_text(self.grid.total(), col - n_days - 1)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole and col:
                return Qt.AlignmentFlag.AlignCenter
            return None
        child = self.grid.children[row]
        unsaved = self.unsaved.get((child.id, day)) if day else None
        if unsaved is not None:  # the mark the teacher made, kept in the cell until it is saved
            if role == Qt.ItemDataRole.DisplayRole:
                return self.symbols().get(unsaved[0], "") if unsaved[0] else ""
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(UNSAVED_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(UNSAVED_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{child.full_name} — {format_date(day)}: " + unsaved_tooltip(unsaved[1])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{row + 1}. {child.full_name}"
            if day:
                status = self.grid.status(child.id, day)
                return self.symbols().get(status, "") if status else ""
            return self._total_text(self.grid.child_tally(child.id), col - n_days - 1)
        if role == Qt.ItemDataRole.BackgroundRole and day:
            if not child.enrolled_on(day):
                return QBrush(_NOT_ENROLLED)
            if day > self.today:
                return QBrush(_LOCKED)
            color = _COLORS.get(self.grid.status(child.id, day) or "")
            return QBrush(color) if color else (QBrush(_LOCKED) if self.closed else None)
        if role == Qt.ItemDataRole.ForegroundRole and day and self.closed:
            return QBrush(_LOCKED_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and day:
            status = self.grid.status(child.id, day)
            label = {att.PRESENT: self.tr("Present"), att.EXCUSED: self.tr("Excused absence"),
                     att.UNEXCUSED: self.tr("Unexcused absence")}.get(status or "", self.tr("Not taken"))
            if not child.enrolled_on(day):
                label = self.tr("Not in this class on that day")
            elif day > self.today:
                label = self.tr("Still to come: it can be marked on the day")
            elif self.refused is not None:
                label += " — " + self.refused
            elif self.closed:
                label += " — " + self.tr("month closed, read-only")
            return f"{child.full_name} — {format_date(day)}: {label}"
        return None

    def _total_text(self, tally: att.Tally, which: int) -> Any:
        return (tally.present, tally.excused, tally.unexcused, format_rate(tally.rate))[which]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or not self.grid:
            return Qt.ItemFlag.NoItemFlags
        day = self.day_of_column(index.column())
        if day and not self._is_total_row(index.row()) and (
                not self.grid.children[index.row()].enrolled_on(day) or self.locked(day)):
            return Qt.ItemFlag.ItemIsSelectable
        return base

    # --- marking ---------------------------------------------------------------------
    def markable(self, index: _Index) -> tuple[int, dt.date] | None:
        if not self.grid or not index.isValid() or self._is_total_row(index.row()):
            return None
        day = self.day_of_column(index.column())
        child = self.grid.children[index.row()]
        return (child.id, day) if day and child.enrolled_on(day) and not self.locked(day) else None

    def set_status(self, indexes: Sequence[_Index], status: str | None) -> bool:
        """Record ``status`` (None clears) on the given cells; False when it could not be saved
        (the user was told; the cells keep the marks, shown as not saved)."""
        marks = [(*cell, status) for cell in map(self.markable, indexes) if cell]
        return self._record(marks)

    def cycle(self, index: _Index) -> bool:
        """The next mark of the cell; a mark not saved is tried again as it is."""
        cell = self.markable(index)
        if not cell or not self.grid:
            return True
        pending = self.unsaved.get(cell)
        status = pending[0] if pending is not None else _CYCLE[self.grid.status(*cell)]
        return self._record([(*cell, status)])

    def retry_unsaved(self) -> bool:
        """Save again every mark of this month that could not be saved."""
        days = set(self.days)
        ids = {c.id for c in self.grid.children} if self.grid else set()
        marks = [(child, day, value[0]) for (child, day), value in self.unsaved.cells.items()
                 if day in days and child in ids]
        return self._record(marks)

    def mark_unsaved_day(self, day: dt.date, status: str, reason: str) -> None:
        """``status`` for every child of the day without a mark, kept as not saved."""
        if not self.grid:
            return
        for child in self.grid.children:
            if child.enrolled_on(day) and self.grid.status(child.id, day) is None:
                self.unsaved.mark((child.id, day), status, reason)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def unsaved_count(self) -> int:
        days = set(self.days)
        return sum(1 for (_child, day) in self.unsaved.cells if day in days)

    def _record(self, marks: list[att.Mark]) -> bool:
        if not marks or not self.grid:
            return True
        parent = self.parent()
        outcome = save_cell(parent if isinstance(parent, QWidget) else None, self.tr("Attendance not recorded"),
                            att.record_marks, self.db, marks, today=self.today)
        if not outcome.ok:
            for child, day, status in marks:
                self.unsaved.mark((child, day), status, outcome.reason)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return False
        for child, day, status in marks:
            self.unsaved.clear((child, day))
            if status is None:
                self.grid.marks.pop((child, day), None)
            else:
                self.grid.marks[(child, day)] = status
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        return True


class AttendanceTable(QTableView):
    """Keyboard entry on the selected cells; the names column stays in view (a frozen copy of
    column 0 drawn over the scrolling table, as in Qt's frozen-column example)."""

    KEYS = {Qt.Key.Key_X: att.PRESENT, Qt.Key.Key_C: att.PRESENT, Qt.Key.Key_Plus: att.PRESENT,
            Qt.Key.Key_P: att.EXCUSED, Qt.Key.Key_E: att.EXCUSED,
            Qt.Key.Key_K: att.UNEXCUSED, Qt.Key.Key_U: att.UNEXCUSED,
            Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None}
    statusTyped = Signal(object)  # status or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setStyleSheet("QTableView { border: none; }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size))

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.clicked.connect(self.clicked)
        model.modelReset.connect(self._sync_frozen)
        self._sync_frozen()

    def _sync_frozen(self) -> None:
        model = self.model()
        for col in range(1, model.columnCount() if model else 0):
            self.frozen.setColumnHidden(col, True)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._place_frozen()

    def _section_resized(self, col: int, _old: int, size: int) -> None:
        if col == 0:
            self.frozen.setColumnWidth(0, size)
            self._place_frozen()

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(self.verticalHeader().width() + frame, frame, self.columnWidth(0),
                                self.viewport().height() + self.horizontalHeader().height())
        self.frozen.setVisible(self.model() is not None and self.model().columnCount() > 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def scrollTo(self, index: Any, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if index.column() > 0:  # keep the cell clear of the frozen names
            super().scrollTo(index, hint)
            rect = self.visualRect(index)
            if rect.left() < self.columnWidth(0):
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (self.columnWidth(0) - rect.left()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        # Shift and Caps Lock give the same letter key: "P", "p" and Shift+P all mark excused.
        allowed = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        if key in self.KEYS and not event.modifiers() & ~allowed:
            self.statusTyped.emit(self.KEYS[key])
            return
        if key == Qt.Key.Key_Space:
            self.statusTyped.emit("cycle")
            return
        super().keyPressEvent(event)


class AttendancePanel(QWidget):
    """Month chooser, "All present", the grid and the class's rate for the month."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.class_id: int | None = None
        self.model = AttendanceGridModel(db, self)
        self.view = AttendanceTable()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(28)
        self.view.horizontalHeader().setMinimumHeight(40)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.clicked.connect(self._clicked)
        self.view.statusTyped.connect(self._typed)
        self.month = QDateEdit()
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _d: self.reload())
        prev_btn, next_btn = QToolButton(), QToolButton()
        prev_btn.setArrowType(Qt.ArrowType.LeftArrow)
        next_btn.setArrowType(Qt.ArrowType.RightArrow)
        prev_btn.setToolTip(self.tr("Previous month"))
        next_btn.setToolTip(self.tr("Next month"))
        prev_btn.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(-1)))
        next_btn.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(1)))
        self.all_present = QPushButton()
        writes("attendance", self.all_present, for_classes=True)
        self.all_present.setToolTip(self.tr("Mark every child without a mark present on the chosen day"))
        self.all_present.clicked.connect(self.mark_all_present)
        self.rate_label = QLabel()
        self.retry = QPushButton()
        self.retry.setObjectName("retryUnsaved")
        self.retry.setToolTip(self.tr("Save again the marks shown in red, which could not be saved"))
        self.retry.setStyleSheet("color: #a00000; font-weight: bold;")
        self.retry.clicked.connect(self.retry_unsaved)
        self.retry.hide()
        legend = QLabel(self.tr("x present · E excused · U unexcused — click a cell to change it, or type "
                                "X (present), E or P (excused), U or K (unexcused), Delete; capitals or not. "
                                "Grey days are still to come."))
        legend.setWordWrap(True)
        self.legend = legend
        self.closed_note = QLabel()
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet("color: #8a4b00;")
        self.closed_note.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(prev_btn)
        top.addWidget(self.month)
        top.addWidget(next_btn)
        top.addWidget(self.all_present)
        top.addWidget(self.retry)
        top.addStretch(1)
        top.addWidget(self.rate_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.set_month(dt.date.today())

    def set_month(self, day: dt.date) -> None:
        self.month.setDate(QDate(day.year, day.month, 1))

    def set_class(self, class_id: int | None) -> None:
        self.class_id = class_id
        self.reload()

    def reload(self) -> None:
        date = self.month.date()
        self.model.load(self.class_id, date.year(), date.month())
        header = self.view.horizontalHeader()
        self.view.setColumnWidth(0, 190)
        for col in range(1, len(self.model.days) + 1):  # a previous month's wider totals columns sat here
            self.view.setColumnWidth(col, header.defaultSectionSize())
        for offset in range(self.model.TOTAL_COLUMNS):  # wide enough for the translated header
            col = len(self.model.days) + 1 + offset
            self.view.setColumnWidth(col, max(58, header.sectionSizeFromContents(col).width() + 6))
        lines = max((str(self.model.headerData(c, Qt.Orientation.Horizontal) or "").count("\n") + 1
                     for c in range(self.model.columnCount())), default=1)
        header.setMinimumHeight(max(40, lines * header.fontMetrics().height() + 12))
        self.view._sync_frozen()
        self.closed_note.setVisible(self.model.closed or self.model.refused is not None)
        if self.model.refused is not None:  # a role that reads the roster: nothing to click
            self.closed_note.setText(self.tr("Attendance is read-only for you. %1").replace("%1", self.model.refused))
        else:
            # Who reopens a month is the storage's rule (db/permissions.py): the principal, not the accountant.
            self.closed_note.setText(self.tr("The meal fees of %1 are closed: attendance of this month is read-only "
                                             "(only %2 can reopen the month).")
                                     .replace("%1", f"{date.month():02d}/{date.year()}")
                                     .replace("%2", writers_text("reopening")))
        self.view.setToolTip(self.model.refused or "")
        self.legend.setVisible(self.model.refused is None)  # "click a cell to change it": not for a reader
        today_col = self.model.column_of_day(self.model.today)
        if today_col is not None:
            self.view.setCurrentIndex(self.model.index(0, today_col))
        self._update_rate()
        self._update_button()
        self._update_unsaved()

    def chosen_day(self) -> dt.date | None:
        """The day of the selected column; else today, or the last school day of the month so far."""
        day = self.model.day_of_column(self.view.currentIndex().column())
        if day:
            return day
        past = [d for d in self.model.days if d <= self.model.today]
        return past[-1] if past else (self.model.days[0] if self.model.days else None)

    def _update_button(self) -> None:
        day = self.chosen_day()
        self.all_present.setEnabled(day is not None and self.class_id is not None and not self.model.locked(day))
        self.all_present.setText(self.tr("All present on %1").replace("%1", day.strftime("%d/%m")) if day
                                 else self.tr("All present"))

    def _update_rate(self) -> None:
        grid = self.model.grid
        total = grid.total() if grid else att.Tally()
        self.rate_label.setText(
            self.tr("Attendance rate this month: %1 (%2 present of %3 marked days)")
            .replace("%1", format_rate(total.rate) or "—").replace("%2", str(total.present))
            .replace("%3", str(total.marked)))

    def mark_all_present(self) -> None:
        day = self.chosen_day()
        if day is None or self.class_id is None:
            return
        if day > self.model.today:
            QMessageBox.warning(self, self.tr("Attendance"), self.tr("%1 is in the future.")
                                .replace("%1", format_date(day)))
            return
        done = save_cell(self, self.tr("Attendance not recorded"), att.mark_all_present, self.db, day,
                         self.class_id, today=self.model.today)
        if not done.ok:  # the children without a mark show "present", not saved, until "Save again"
            self.model.mark_unsaved_day(day, att.PRESENT, done.reason)
            self._update_unsaved()
            return
        current = self.view.currentIndex()
        self.reload()
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.changed.emit()

    def _clicked(self, index: QModelIndex) -> None:
        if len(self.view.selectionModel().selectedIndexes()) == 1:
            self._apply(lambda: self.model.cycle(index))

    def _typed(self, status: str | None) -> None:
        if status == "cycle":
            self._apply(lambda: self.model.cycle(self.view.currentIndex()))
        else:
            self._apply(lambda: self.model.set_status(self.view.selectionModel().selectedIndexes(), status))

    def _apply(self, action: Callable[[], bool]) -> None:
        if self.model.refused is not None:  # read-only for this role: the note and tooltips say why
            return
        saved = action()
        self._update_unsaved()
        if saved:
            self._update_rate()
            self.changed.emit()

    def retry_unsaved(self) -> None:
        """The "Save again" button: every mark of the month that could not be saved."""
        self._apply(self.model.retry_unsaved)

    def _update_unsaved(self) -> None:
        count = self.model.unsaved_count()
        self.retry.setVisible(count > 0)
        self.retry.setText(self.tr("Save again (%1 not saved)").replace("%1", str(count)))
