"""The round summary on screen: per class, age group and school, and the follow-up lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.growth.follow_up import follow_up_list
from kindergarten_desktop.growth.quality import AGE_BANDS, ALL, RoundQuality, round_quality
from kindergarten_desktop.growth.rounds import Round
from kindergarten_desktop.growth.summary import CATEGORIES, GroupSummary, RoundSummary, summarize_round
from kindergarten_desktop.roster.age_groups import BY_CODE
from kindergarten_desktop.ui.age_group_label import age_group_label
from kindergarten_desktop.ui.growth.labels import (
    category_colour,
    category_label,
    indicator_label,
    metric_label,
    reason_label,
    short_category,
)
from kindergarten_desktop.ui.numbers import ui_number

_Index = QModelIndex | QPersistentModelIndex
# Columns of the class table: (indicator, category), normal and re-check left out for width.
SUMMARY_COLUMNS = [(k, c) for k, cats in CATEGORIES.items() for c in cats if c not in ("normal", "recheck")]


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text with optional cell colours and bold rows (totals)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.tooltips: list[str] = []
        self.rows: list[list[str]] = []
        self.colours: dict[tuple[int, int], QColor] = {}
        self.bold_rows: set[int] = set()

    def set_rows(self, headers: list[str], rows: list[list[str]], colours: dict | None = None,
                 bold_rows: set[int] | None = None, tooltips: list[str] | None = None) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.colours, self.bold_rows = colours or {}, bold_rows or set()
        self.tooltips = tooltips or []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            # Frozen views show the first column as the row header (it stays when scrolling sideways).
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return self.rows[section][0]
            if role == Qt.ItemDataRole.FontRole and section in self.bold_rows:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.tooltips):
            return self.tooltips[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colours.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _table(model: QAbstractTableModel, *, frozen: bool = False) -> QTableView:
    """A read-only table; ``frozen``: the first column is shown as the row header, always in view."""
    view = QTableView()
    view.setModel(model)
    if frozen:
        # Hidden again after each reset: a reset forgets which sections were hidden.
        model.modelReset.connect(lambda: view.setColumnHidden(0, True))
        view.setColumnHidden(0, True)
        view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


def _pct(value: float | None) -> str:
    return "" if value is None else ui_number(value, 1) + " %"


def _pp(value: float | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + ui_number(value, 1)


class SummaryPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.summary: RoundSummary | None = None
        self.round: Round | None = None
        self.shown: frozenset[int] | None = None  # the classes whose children are named (None: all)
        self.sex = QComboBox()
        for text, value in ((self.tr("All children"), 0), (self.tr("Boys"), 1), (self.tr("Girls"), 2)):
            self.sex.addItem(text, value)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.classes_model = TextTableModel(self)
        self.classes_view = _table(self.classes_model, frozen=True)
        self.category = QComboBox()
        for indicator, cats in CATEGORIES.items():
            for code in cats:
                if code != "normal":
                    self.category.addItem(f"{indicator_label(indicator)}: {category_label(indicator, code)}",
                                          (indicator, code))
        self.children_model = TextTableModel(self)
        self.follow_model = TextTableModel(self)
        self.follow_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.sex)
        by_class = QWidget()
        QVBoxLayout(by_class).addWidget(self.classes_view)
        per_category = QWidget()
        cat_layout = QVBoxLayout(per_category)
        cat_row = QHBoxLayout()
        cat_row.addWidget(QLabel(self.tr("Category:")))
        cat_row.addWidget(self.category, 1)
        cat_layout.addLayout(cat_row)
        cat_layout.addWidget(_table(self.children_model))
        self.quality = QualityPage(self)
        monthly = QWidget()
        monthly_layout = QVBoxLayout(monthly)
        monthly_layout.addWidget(self.follow_label)
        monthly_layout.addWidget(_table(self.follow_model))
        self.pages = QTabWidget()
        self.pages.addTab(by_class, self.tr("By class"))
        self.pages.addTab(per_category, self.tr("Children per category"))
        self.pages.addTab(monthly, self.tr("Monthly follow-up"))
        self.pages.addTab(self.quality, self.tr("Data quality"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.sex.currentIndexChanged.connect(lambda _i: self._sex_chosen())
        self.category.currentIndexChanged.connect(lambda _i: self._fill_children())

    def load(self, round_: Round | None, on: dt.date | None = None) -> None:
        from kindergarten_desktop.accounts.access import visible_class_ids

        self.round = round_
        self.summary = summarize_round(self.db, round_.id) if round_ else None
        # A teacher reads the children of the classes assigned only: the lists naming children
        # show those classes; the school's and age groups' figures are counts (issue 18).
        self.shown = visible_class_ids(self.db)
        self.quality.shown_classes = None if self.shown is None or self.summary is None else {
            g.label for g in self.summary.groups() if g.level == "class" and int(g.key) in self.shown}
        self._fill_classes()
        self._fill_children()
        self._fill_follow_up(on or dt.date.today())
        self.quality.load(self.db, round_, self.sex_choice())

    def _sex_chosen(self) -> None:
        self._fill_classes()
        self.quality.fill(self.sex_choice())

    def sex_choice(self) -> int | None:
        return self.sex.currentData() or None

    def group_label(self, group: GroupSummary) -> str:
        if group.level == "school":
            return self.tr("Whole school")
        if group.level == "age_group" and group.key in BY_CODE:
            return self.tr("Age group: %1").replace("%1", age_group_label(group.key))
        return group.label

    def _fill_classes(self) -> None:
        s = self.summary
        if s is None:
            self.classes_model.set_rows([], [])
            self.headline.setText(self.tr("No round chosen."))
            return
        sex = self.sex.currentData() or None
        headers = [self.tr("Class"), self.tr("Enrolled"), self.tr("Measured")]
        tips = ["", "", ""]
        short = {"wa": self.tr("W/A"), "ha": self.tr("H/A"), "wh": self.tr("W/H")}
        for indicator, code in SUMMARY_COLUMNS:
            headers.append(f"{short[indicator]}: {short_category(indicator, code)}")
            tips.append(f"{indicator_label(indicator)}: {category_label(indicator, code)}")
        metrics = list(s.targets) or ["malnutrition", "overweight_obesity"]
        for metric in metrics:
            headers.append(metric_label(metric))
            tips.append(self.tr("Target: under %1 %").replace("%1", ui_number(s.targets.get(metric, 0), 1)))
            headers.append(self.tr("Change (points)"))
            tips.append(self.tr("Percentage points since the first round of the year"))
        rows, colours, bold = [], {}, set()
        groups = [g for g in s.groups() if self.shown is None or g.level != "class" or int(g.key) in self.shown]
        for r, group in enumerate(groups):
            slot = sex or 0
            row = [self.group_label(group), str(group.enrolled[slot]), str(group.measured[slot])]
            for c, (indicator, code) in enumerate(SUMMARY_COLUMNS, start=3):
                n = group.count(indicator, code, sex)
                row.append(f"{n} ({_pct(group.percent(indicator, code, sex))})" if n else "–")
                if n:
                    colours[(r, c)] = category_colour(code)
            for metric in metrics:
                value = group.metric_percent(metric, sex)
                row.append(_pct(value))
                limit = s.targets.get(metric)
                if value is not None and limit is not None:
                    colours[(r, len(row) - 1)] = QColor("#c8ecc8") if value < limit else QColor("#f4b6b6")
                row.append(_pp(s.metric_change(group, metric)) if sex is None else "")
            rows.append(row)
            if group.level != "class":
                bold.add(r)
        self.classes_model.set_rows(headers, rows, colours, bold, tips)
        school = s.school
        text = self.tr("%1 — %2: %3 of %4 children measured.").replace("%1", s.round.name) \
            .replace("%2", format_date(s.round.day)).replace("%3", str(school.measured[0])) \
            .replace("%4", str(school.enrolled[0]))
        if s.baseline is not None:
            text += " " + self.tr("Changes are compared with %1.").replace("%1", s.baseline.round.name)
        if s.round.kind == "monthly":
            text += " " + self.tr("This monthly check covers only the children on the follow-up list, "
                                  "not the whole class.")
        self.headline.setText(text)

    def _fill_children(self) -> None:
        s = self.summary
        choice = self.category.currentData()
        if s is None or choice is None:
            self.children_model.set_rows([], [])
            return
        headers = [self.tr("Class"), self.tr("Full name"), self.tr("Sex"), self.tr("Age (months)"),
                   self.tr("Weight (kg)"), self.tr("Height (cm)"), "W/A z", "H/A z", "W/H z"]
        rows = []
        for c in s.follow_up(*choice):
            if self.shown is not None and c.class_id not in self.shown:
                continue
            wh = c.z["whz"] if c.z["whz"] == c.z["whz"] else c.z["baz"]
            rows.append([c.class_name, c.full_name, self.tr("Boy") if c.sex == 1 else self.tr("Girl"),
                         str(c.age_months), _num(c.weight_kg, 1), _num(c.height_cm, 1),
                         _num(c.z["waz"], 2), _num(c.z["haz"], 2), _num(wh, 2)])
        self.children_model.set_rows(headers, rows)

    def _fill_follow_up(self, on: dt.date) -> None:
        if self.round is None:
            self.follow_model.set_rows([], [])
            return
        found = [f for f in follow_up_list(self.db, self.round.school_year_id, on)
                 if self.shown is None or f.class_id in self.shown]
        self.follow_label.setText(self.tr("%1 children to weigh and measure every month (on %2): under 24 months, "
                                          "or malnourished or overweight at their last measurement.")
                                  .replace("%1", str(len(found))).replace("%2", format_date(on)))
        headers = [self.tr("Class"), self.tr("Full name"), self.tr("Sex"), self.tr("Age (months)"),
                   self.tr("Last measured"), self.tr("Reason")]
        rows = [[f.class_name, f.full_name, self.tr("Boy") if f.sex == 1 else self.tr("Girl"), str(f.age_months),
                 format_date(f.last_visit), ", ".join(reason_label(r) for r in f.reasons)] for f in found]
        self.follow_model.set_rows(headers, rows)


class QualityPage(QWidget):
    """The round's data quality (as WHO Anthro's survey analysis): statistics of each z-score by age
    band, the shares flagged and missing, and the children to check or to follow up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: RoundQuality | None = None
        self.stats_model = TextTableModel(self)
        self.stats_view = _table(self.stats_model, frozen=True)
        self.list_choice = QComboBox()
        self.list_choice.addItem(self.tr("Implausible changes since the previous measurement"), "implausible")
        self.list_choice.addItem(self.tr("No weight gain or weight loss since the previous measurement"), "no_gain")
        self.list_count = QLabel()
        self.list_model = TextTableModel(self)
        self.list_view = _table(self.list_model, frozen=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stats_view, 3)
        row = QHBoxLayout()
        row.addWidget(self.list_choice, 1)
        row.addWidget(self.list_count)
        layout.addLayout(row)
        layout.addWidget(self.list_view, 2)
        self.list_choice.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.sex: int | None = None
        self.shown_classes: set[str] | None = None  # a teacher: the names of the classes assigned

    def load(self, db: Database, round_: Round | None, sex: int | None) -> None:
        self.data = round_quality(db, round_.id) if round_ else None
        self.fill(sex)

    def fill(self, sex: int | None) -> None:
        self.sex = sex
        self._fill_stats()
        self._fill_list()

    def band_label(self, band: str) -> str:
        if band == ALL:
            return self.tr("All ages")
        if band == "60+":
            return self.tr("60 months and over")
        low, high = band.split("-")
        return self.tr("%1–%2 months").replace("%1", low).replace("%2", high)

    def _fill_stats(self) -> None:
        q = self.data
        z_names = {"waz": self.tr("W/A"), "haz": self.tr("H/A"), "whz": self.tr("W/H"), "baz": self.tr("BMI/A")}
        headers = [self.tr("Age"), self.tr("Enrolled"), self.tr("Measured"), self.tr("% missing"),
                   self.tr("% flagged")]
        tips = ["", "", "", self.tr("Enrolled children without a measurement in this round"),
                self.tr("Measured children with a z-score WHO marks as implausible")]
        for name in z_names.values():
            headers += [f"{name} n", self.tr("%1 mean").replace("%1", name), self.tr("%1 SD").replace("%1", name)]
            tips += [self.tr("Number of z-scores (flagged ones left out)"), self.tr("Mean z-score"),
                     self.tr("Standard deviation of the z-scores")]
        if q is None:
            self.stats_model.set_rows(headers, [], tooltips=tips)
            return
        rows: list[list[str]] = []
        bold: set[int] = set()
        for band in (ALL, *(code for code, _l, _h in AGE_BANDS)):
            g = q.group(self.sex, band)
            if band != ALL and not g.enrolled:
                continue
            row = [self.band_label(band), str(g.enrolled), str(g.measured), _pct(g.missing_percent()),
                   _pct(g.flagged_percent())]
            for key in z_names:
                z = g.z[key]
                row += [str(z.n), _num(z.mean, 2), _num(z.sd, 2)]
            if band == ALL:
                bold.add(len(rows))
            rows.append(row)
        self.stats_model.set_rows(headers, rows, bold_rows=bold, tooltips=tips)

    def _fill_list(self) -> None:
        q = self.data
        which = self.list_choice.currentData()
        headers = [self.tr("Full name"), self.tr("Class"), self.tr("Age (months)"), self.tr("Last measured"),
                   self.tr("Weight before (kg)"), self.tr("Height before (cm)"), self.tr("Weight (kg)"),
                   self.tr("Height (cm)"), self.tr("Change (kg)"), self.tr("To check")]
        if q is None:
            self.list_model.set_rows(headers, [])
            self.list_count.clear()
            return
        changes = q.implausible() if which == "implausible" else [c for c in q.changes if c in q.weight_loss()
                                                                   or c in q.no_gain()]
        changes = [c for c in changes if (self.sex is None or c.sex == self.sex)
                   and (self.shown_classes is None or c.class_name in self.shown_classes)]
        rows: list[list[str]] = []
        colours: dict[tuple[int, int], QColor] = {}
        for r, c in enumerate(changes):
            change = c.weight_change
            if which == "implausible":
                note = "; ".join(p.text() for p in c.problems)
            else:
                note = self.tr("Weight loss") if change is not None and change < 0 else self.tr("No weight gain")
            rows.append([c.full_name, c.class_name, str(c.age_months), format_date(c.previous.visit_date),
                         _num(c.previous.weight_kg, 1), _num(c.previous.height_cm, 1), _num(c.current.weight_kg, 1),
                         _num(c.current.height_cm, 1), "" if change is None else _pp(change), note])
            if change is not None and change < 0:
                colours[(r, 8)] = QColor("#fbd9a8")
        self.list_model.set_rows(headers, rows, colours)
        self.list_count.setText(self.tr("%1 children").replace("%1", str(len(rows))))


def _num(value: float | None, decimals: int) -> str:
    return "" if value is None or value != value else ui_number(value, decimals)
