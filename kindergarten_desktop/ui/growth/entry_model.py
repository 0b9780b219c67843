"""The class entry grid's model: one row per child of the class on the round's date (in a
monthly check, by default only the children on the follow-up list, with the reason).

Each edit saves the row at once (nothing is lost if the program closes); impossible values
are refused with the reason, unusual ones are saved only after the nurse confirms them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.assessment import assess, completed_months, default_measure
from kindergarten_desktop.growth.measurements import (
    Measurement,
    MeasurementRefused,
    NeedsConfirmation,
    Problem,
    delete_measurement,
    reading,
    save_measurement,
)
from kindergarten_desktop.growth.problems import problems_text
from kindergarten_desktop.growth.rounds import Round
from kindergarten_desktop.growth.sheet import SheetRow, class_sheet, follow_up_rows
from kindergarten_desktop.growth.summary import report_category
from kindergarten_desktop.growth.velocity import check_changes
from kindergarten_desktop.ui.actions import UNSAVED_COLOUR, UNSAVED_TEXT, Unsaved, save_cell, unsaved_tooltip
from kindergarten_desktop.ui.growth.labels import category_colour, category_label, follow_up_reason
from kindergarten_desktop.ui.numbers import ui_decimal_text, ui_number

_Index = QModelIndex | QPersistentModelIndex

NO, NAME, AGE, WEIGHT, HEIGHT, LYING, ABSENT, NOTE, WAZ, HAZ, WHZ, STATUS, REASON = range(13)
EDITABLE = {WEIGHT, HEIGHT, NOTE}
CHECKABLE = {LYING, ABSENT}
# Where Tab goes, in order: the columns the nurse fills in (the others are read-only).
TAB_ORDER = (WEIGHT, HEIGHT, LYING, ABSENT, NOTE)
FIELD_COLUMN = {"weight": WEIGHT, "height": HEIGHT}
ConfirmFn = Callable[[str, list[Problem]], bool]


def parse_decimal(text: str) -> float | None:
    """'15,2' or '15.2' -> 15.2 in either language; '' -> None. Raises ValueError for anything else."""
    text = ui_decimal_text(text)
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


class EntryModel(QAbstractTableModel):
    """Rows of SheetRow; the z-scores of every row come from one engine call."""

    error = Signal(str)  # a refused value, explained
    saved = Signal(int)  # child id whose row was written

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.round: Round | None = None
        self.rows: list[SheetRow] = []
        self.whole_class = False  # a monthly check shows only the follow-up children unless True
        self.class_size = 0  # children of the class on the round's date, shown or not
        self.visit_date = dt.date.today()
        self.today: dt.date | None = None  # tests fix "today"; None = the real date
        self.confirm: ConfirmFn = lambda _name, _warnings: False
        self.last_edit_accepted = False  # the grid moves on after Enter only when True
        # The column of the field the last confirmation asked about (None: no question asked).
        self.questioned: int | None = None
        self._checks: list[list[Problem]] = []  # growth-speed problems of each row's saved values
        self._z: list[dict[str, float]] = []
        self._cats: list[dict[str, str]] = []
        self._flags: list[list[str]] = []
        self._ages: list[int] = []
        # Values entered but not saved (locked or full database...): (round, child, column) -> (value, why).
        self.unsaved: Unsaved[tuple[int, int, int], object] = Unsaved()

    # -- loading ---------------------------------------------------------------
    def load(self, round_: Round | None, class_id: int | None) -> None:
        self.beginResetModel()
        self.round = round_
        rows = class_sheet(self.db, round_, class_id) if round_ and class_id else []
        self.class_size = len(rows)
        self.rows = follow_up_rows(rows) if self.narrowed() else rows
        self._assess(range(len(self.rows)), reset=True)
        self.endResetModel()

    def narrowed(self) -> bool:
        """True when the rows are the follow-up children only, not the whole class."""
        return self.round is not None and self.round.kind == "monthly" and not self.whole_class

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Full name"), self.tr("Age (months)"), self.tr("Weight (kg)"),
                self.tr("Height (cm)"), self.tr("Lying"), self.tr("Absent"), self.tr("Note"),
                self.tr("W/A z"), self.tr("H/A z"), self.wh_title(), self.tr("Status"),
                self.tr("Follow-up reason")]

    def wh_title(self) -> str:
        """The third z column says what it shows: W/H under 5 years, BMI/A from 5, both in a mixed class."""
        over = {self._ages[i] >= 60 for i in range(len(self.rows))} if self._ages else set()
        if over == {True}:
            return self.tr("BMI/A z")
        if over == {True, False}:
            return self.tr("W/H or BMI/A z")
        return self.tr("W/H z")

    def _entry(self, row: SheetRow) -> Measurement:
        if row.current is not None:
            return row.current
        return Measurement(row.child.id, self.round.id if self.round else 0, self.visit_date)

    def _visit(self, row: SheetRow) -> dt.date:
        return row.current.visit_date if row.current else self.visit_date

    def measure_of(self, i: int) -> str:
        row = self.rows[i]
        if row.current and row.current.measure:
            return row.current.measure
        return default_measure((self._visit(row) - row.child.birth_date).days)

    def _assess(self, indexes: range | list[int], reset: bool = False) -> None:
        indexes = list(indexes)
        rows = [self.rows[i] for i in indexes]
        cur = [r.current if r.current and r.current.measured else None for r in rows]
        result = assess([r.child.sex for r in rows], [r.child.birth_date for r in rows],
                        [self._visit(r) for r in rows], [c.weight_kg if c else None for c in cur],
                        [c.height_cm if c else None for c in cur], [self.measure_of(i) for i in indexes])
        if reset:
            n = len(self.rows)
            self._z, self._cats, self._flags, self._ages = [{}] * n, [{}] * n, [[]] * n, [0] * n
            self._checks = [[] for _ in range(n)]
        pairs = list(zip(rows, cur, strict=True))
        checks = check_changes([r.child.sex for r in rows], [r.child.birth_date for r in rows],
                               [reading(r.previous) if r.previous and c else None for r, c in pairs],
                               [reading(c) if c else reading(self._entry(r)) for r, c in pairs])
        for j, i in enumerate(indexes):
            self._checks[i] = checks[j]
            measured = cur[j] is not None
            self._ages[i] = completed_months(int(result.age_days[j]))
            self._z[i] = {k: float(v[j]) for k, v in result.z.items()} if measured else {}
            self._cats[i] = ({k: report_category(k, str(v[j] or "")) for k, v in result.categories.items()}
                             if measured else {})
            self._flags[i] = result.flagged(j) if measured else []

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 13

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The row header holds the number and the name: it stays in view when the grid scrolls sideways.
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return f"{section + 1}. {self.rows[section].child.full_name}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole and 0 <= section < len(self.rows):
                cur = self.rows[section].current
                if cur and cur.absent:
                    font = QFont()
                    font.setItalic(True)
                    return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {WAZ: self.tr("Weight-for-age z-score"), HAZ: self.tr("Length/height-for-age z-score"),
                    WHZ: self.tr("Weight-for-length/height z-score under 5 years, BMI-for-age z-score from 5 years")
                    }.get(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() in CHECKABLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def status_text(self, i: int) -> str:
        cats = self._cats[i]
        if not cats:
            return ""
        if self._flags[i] or "recheck" in cats.values():
            return category_label("wa", "recheck")
        problems = [category_label(k, v) for k, v in cats.items() if v and v != "normal"]
        return ", ".join(problems) if problems else self.tr("Normal")

    def worst_category(self, i: int) -> str:
        cats = self._cats[i]
        for code in ("recheck", "severe_underweight", "severe_stunting", "severe_wasting", "obese", "underweight",
                     "stunting", "wasting", "overweight", "above_normal"):
            if code in cats.values():
                return code
        return "recheck" if self._flags[i] else ""

    def unusual(self, i: int) -> bool:
        current = self.rows[i].current
        return bool(self._flags[i]) or bool(current and current.confirmed)

    def checks(self, i: int) -> list[Problem]:
        """The growth-speed problems of the row's saved values (confirmed by the nurse)."""
        return self._checks[i]

    def marked(self, i: int, col: int) -> bool:
        """A weight or height cell to look at again: implausible change or WHO flag."""
        field = {WEIGHT: "weight", HEIGHT: "height"}.get(col)
        if field is None:
            return False
        flagged = {"waz": {"weight"}, "haz": {"height"}}
        return any(p.field == field for p in self._checks[i]) or any(
            field in flagged.get(name, {"weight", "height"}) for name in self._flags[i])

    # -- what each column shows (table-driven: COLUMNS below) ---------------------
    def _text_no(self, i: int) -> Any:
        return i + 1

    def _text_name(self, i: int) -> Any:
        return self.rows[i].child.full_name

    def _text_age(self, i: int) -> Any:
        return self._ages[i]

    def _text_measure(self, i: int, col: int) -> Any:
        cur = self.rows[i].current
        value = (cur.weight_kg if col == WEIGHT else cur.height_cm) if cur else None
        return "" if value is None else ui_number(value, 1)

    def _text_lying(self, i: int) -> Any:
        return self.tr("Lying") if self.measure_of(i) == "l" else self.tr("Standing")

    def _text_note(self, i: int) -> Any:
        cur = self.rows[i].current
        return cur.note if cur else ""

    def _text_z(self, i: int, col: int) -> Any:
        z = self._z[i]
        if not z:
            return ""
        value = z["waz"] if col == WAZ else z["haz"] if col == HAZ else (
            z["whz"] if not math.isnan(z["whz"]) else z["baz"])
        return "" if math.isnan(value) else ui_number(value, 2)

    def _text_status(self, i: int) -> Any:
        status = self.status_text(i)
        if self._checks[i]:
            status = "⚠ " + self.tr("Change to check") + ("; " + status if status else "")
        return status

    def _text_reason(self, i: int) -> Any:
        return ", ".join(follow_up_reason(r) for r in self.rows[i].reasons)

    def _check_lying(self, i: int) -> Qt.CheckState:
        return Qt.CheckState.Checked if self.measure_of(i) == "l" else Qt.CheckState.Unchecked

    def _check_absent(self, i: int) -> Qt.CheckState:
        cur = self.rows[i].current
        return Qt.CheckState.Checked if cur and cur.absent else Qt.CheckState.Unchecked

    def _colour_z(self, i: int, col: int) -> Any:
        return category_colour(self._cats[i].get({WAZ: "wa", HAZ: "ha", WHZ: "wh"}[col], ""))

    def _colour_status(self, i: int) -> Any:
        return category_colour(self.worst_category(i))

    def _colour_measure(self, i: int, col: int) -> Any:
        if self.marked(i, col):
            return QColor("#ffb870")
        if self.unusual(i):
            return QColor("#ffe08a")
        return None

    def _font_name(self, i: int) -> Any:
        cur = self.rows[i].current
        if cur and cur.absent:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _checks_tip(self) -> str:
        return self.tr("Confirmed by the nurse:") + "\n"

    def _tip_unusual(self, i: int) -> str | None:
        if not self.unusual(i):
            return None
        cur = self.rows[i].current
        return self.tr("Unusual value, confirmed by the nurse") if cur and cur.confirmed else \
            self.tr("WHO marks this value as implausible: measure again")

    def _tip_row(self, i: int) -> Any:
        return self._tip_unusual(i)

    def _tip_status(self, i: int) -> Any:
        if self._checks[i]:
            return self._checks_tip() + "\n".join(p.text() for p in self._checks[i])
        return self._tip_unusual(i)

    def _tip_measure(self, i: int, col: int) -> Any:
        if self._checks[i] and self.marked(i, col):
            return self._checks_tip() + "\n".join(p.text() for p in self._checks[i])
        if self.unusual(i):
            return self._tip_unusual(i)
        prev = self.rows[i].previous
        if prev:
            return self.tr("Last time (%1): %2 kg, %3 cm").replace("%1", prev.visit_date.strftime("%d/%m/%Y")) \
                .replace("%2", ui_number(prev.weight_kg, 1) if prev.weight_kg else "–") \
                .replace("%3", ui_number(prev.height_cm, 1) if prev.height_cm else "–")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i, col = index.row(), index.column()
        unsaved = self.unsaved.get(self._unsaved_key(i, col))
        if unsaved is not None:  # what the nurse entered and could not be saved, kept in the cell
            shown = self._unsaved_data(col, unsaved[0], unsaved[1], role)
            if shown is not None:
                return shown
        spec = COLUMNS[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return spec.text(self, i, col) if spec.text else None
        if role == Qt.ItemDataRole.CheckStateRole:
            return spec.check(self, i, col) if spec.check else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if spec.right else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return spec.colour(self, i, col) if spec.colour else None
        if role == Qt.ItemDataRole.FontRole:
            return spec.font(self, i, col) if spec.font else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(self, i, col) if spec.tooltip else None
        return None

    # -- values not saved ----------------------------------------------------------
    def _unsaved_key(self, i: int, col: int) -> tuple[int, int, int]:
        return (self.round.id if self.round else 0, self.rows[i].child.id, col)

    def _unsaved_data(self, col: int, value: object, reason: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return UNSAVED_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNSAVED_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return unsaved_tooltip(reason)
        if col in CHECKABLE:
            checked = bool(value)
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole and col == LYING:
                return self.tr("Lying") if checked else self.tr("Standing")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(value)
        return None

    def unsaved_count(self) -> int:
        """Cells of this round whose value the nurse entered but could not be saved."""
        current = self.round.id if self.round else 0
        return sum(1 for key in self.unsaved.cells if key[0] == current)

    # -- editing ---------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        self.questioned = None
        self.last_edit_accepted = self._set(index, value, role)
        return self.last_edit_accepted

    def _set(self, index: _Index, value: Any, role: int) -> bool:
        if not index.isValid() or self.round is None:
            return False
        i, col = index.row(), index.column()
        row = self.rows[i]
        entry = self._entry(row)
        name = row.child.full_name
        if role == Qt.ItemDataRole.CheckStateRole and col in CHECKABLE:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            typed: object = checked
            if col == LYING:
                entry = replace(entry, measure="l" if checked else "h")
            else:
                entry = replace(entry, absent=checked)
        elif role == Qt.ItemDataRole.EditRole and col in (WEIGHT, HEIGHT):
            typed = str(value)
            try:
                number = parse_decimal(str(value))
            except ValueError:
                self.error.emit(self.tr("%1: “%2” is not a number").replace("%1", name).replace("%2", str(value)))
                return False
            if col == WEIGHT:
                entry = replace(entry, weight_kg=number, absent=False)
            else:
                entry = replace(entry, height_cm=number, absent=False)
        elif role == Qt.ItemDataRole.EditRole and col == NOTE:
            typed = str(value)
            entry = replace(entry, note=str(value))
        else:
            return False
        if entry.measure is None:
            entry = replace(entry, measure=self.measure_of(i))
        return self._save(i, entry, col, typed)

    def _write(self, i: int, entry: Measurement, col: int) -> tuple[bool, Measurement | None]:
        """Store the row's entry: (True, what is stored now), or (False, None) when the value was
        refused or the nurse chose to enter it again (both already explained)."""
        row = self.rows[i]
        name = row.child.full_name
        if not entry.measured and not entry.absent and not entry.note.strip():
            if row.current is not None:
                delete_measurement(self.db, entry.child_id, entry.round_id)
            return True, None
        try:
            try:
                return True, save_measurement(self.db, entry, today=self.today)
            except NeedsConfirmation as need:
                fields = [FIELD_COLUMN.get(w.field) for w in need.warnings]
                self.questioned = col if col in fields else next((f for f in fields if f is not None), col)
                if not self.confirm(name, need.warnings):
                    return False, None
                return True, save_measurement(self.db, entry, confirmed=True, today=self.today)
        except MeasurementRefused as refused:
            self.error.emit(name + ": " + problems_text(refused.problems))
            return False, None

    def _save(self, i: int, entry: Measurement, col: int, typed: object) -> bool:
        row = self.rows[i]
        key = self._unsaved_key(i, col)
        parent = self.parent()
        title = self.tr("Measurement of %1 not saved").replace("%1", row.child.full_name)
        outcome = save_cell(parent if isinstance(parent, QWidget) else None, title, self._write, i, entry, col)
        if not outcome.ok or outcome.value is None:
            self.unsaved.mark(key, typed, outcome.reason)
            self.dataChanged.emit(self.index(i, col), self.index(i, col))
            self.error.emit(title + ": " + outcome.reason)
            return False
        done, saved = outcome.value
        if not done:
            return False
        self.unsaved.clear(key)
        row.current = saved
        self._assess([i])
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, i, i)
        self.saved.emit(row.child.id)
        return True

    def measured_count(self) -> int:
        return sum(1 for r in self.rows if r.current and r.current.measured)


CellFn = Callable[[EntryModel, int, int], Any]


@dataclass(frozen=True)
class Column:
    """What one column shows for each role: functions of (model, row, column); None shows nothing."""

    text: CellFn | None = None  # DisplayRole and EditRole
    check: CellFn | None = None
    colour: CellFn | None = None
    font: CellFn | None = None
    tooltip: CellFn | None = None
    right: bool = False


def _row(fn: Callable[[EntryModel, int], Any]) -> CellFn:
    """A column function that only needs the row."""
    return lambda model, i, _col: fn(model, i)


_ROW_TIP = _row(EntryModel._tip_row)
COLUMNS: dict[int, Column] = {
    NO: Column(text=_row(EntryModel._text_no), tooltip=_ROW_TIP, right=True),
    NAME: Column(text=_row(EntryModel._text_name), font=_row(EntryModel._font_name), tooltip=_ROW_TIP),
    AGE: Column(text=_row(EntryModel._text_age), tooltip=_ROW_TIP, right=True),
    WEIGHT: Column(text=EntryModel._text_measure, colour=EntryModel._colour_measure,
                   tooltip=EntryModel._tip_measure, right=True),
    HEIGHT: Column(text=EntryModel._text_measure, colour=EntryModel._colour_measure,
                   tooltip=EntryModel._tip_measure, right=True),
    LYING: Column(text=_row(EntryModel._text_lying), check=_row(EntryModel._check_lying), tooltip=_ROW_TIP),
    ABSENT: Column(check=_row(EntryModel._check_absent), tooltip=_ROW_TIP),
    NOTE: Column(text=_row(EntryModel._text_note), tooltip=_ROW_TIP),
    WAZ: Column(text=EntryModel._text_z, colour=EntryModel._colour_z, tooltip=_ROW_TIP, right=True),
    HAZ: Column(text=EntryModel._text_z, colour=EntryModel._colour_z, tooltip=_ROW_TIP, right=True),
    WHZ: Column(text=EntryModel._text_z, colour=EntryModel._colour_z, tooltip=_ROW_TIP, right=True),
    STATUS: Column(text=_row(EntryModel._text_status), colour=_row(EntryModel._colour_status),
                   tooltip=_row(EntryModel._tip_status)),
    REASON: Column(text=_row(EntryModel._text_reason), tooltip=_ROW_TIP),
}
