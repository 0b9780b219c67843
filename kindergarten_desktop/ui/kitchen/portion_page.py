"""The day's portion per age group: children eating, foods, nutrients per child against the
norms (coloured verdicts) and the week's average."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.kitchen import GROUPS, MEASURES
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import (
    Column,
    RowsModel,
    date_edit,
    day_of,
    group_name,
    header_model,
    meal_name,
    measure_name,
    table_view,
)
from kindergarten_desktop.ui.numbers import ui_number
from kindergarten_desktop.ui.table_fit import NameFirstToGive
from kindergarten_desktop.ui.table_headers import give_rows

if TYPE_CHECKING:  # the portions (norms, menus, catalogue) come with the page's data, after the first paint
    from kindergarten_desktop.kitchen.portion import GroupPortion, Totals


class PortionPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        self.day = date_edit()
        self.day.dateChanged.connect(lambda _d: self.refresh())
        top.addWidget(self.day)
        self.norms_button = QPushButton(self.tr("Norms…"))
        writes("kitchen", self.norms_button)
        self.norms_button.setToolTip(self.tr("Nutrition norms per age group (Thông tư 28/2016 by default)"))
        self.norms_button.clicked.connect(self._edit_norms)
        top.addWidget(self.norms_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        top.addWidget(self.note, 1)
        layout.addLayout(top)
        self.boxes: dict[str, QGroupBox] = {}
        self.summary_models: dict[str, RowsModel] = {}
        self.food_models: dict[str, RowsModel] = {}
        # Until the first load the tables show Qt-kept headers (ui/table_headers.py): the tab's
        # first paint then needs no Python per header, nor PySide6's Qt namespace.
        self._views: list[tuple[QTableView, RowsModel]] = []
        row = QHBoxLayout()
        for group in GROUPS:
            box = QGroupBox(group_name(group))
            inner = QVBoxLayout(box)
            summary = RowsModel([
                Column(self.tr("Per child"), lambda r: r[0]),
                Column(self.tr("Value"), lambda r: r[1]),
                Column(self.tr("Norm"), lambda r: r[2]),
                Column(self.tr("Verdict"), lambda r: r[3], "verdict"),
            ], self)
            foods = RowsModel([
                Column(self.tr("Meal"), lambda ln: meal_name(ln.meal)),
                Column(self.tr("Dish"), lambda ln: ln.dish),
                Column(self.tr("Food"), lambda ln: ln.food.name),
                Column(self.tr("Net g"), lambda ln: ln.net, "num1"),
                Column(self.tr("Gross g"), lambda ln: ln.gross, "num1"),
                Column(self.tr("kcal"), lambda ln: ln.nutrients["energy_kcal"], "num1"),
                Column(self.tr("Protein g"), lambda ln: ln.nutrients["protein_g"], "num1"),
                Column(self.tr("Fat g"), lambda ln: ln.nutrients["fat_g"], "num1"),
                Column(self.tr("Carb. g"), lambda ln: ln.nutrients["carbohydrate_g"], "num1"),
            ], self)
            summary_view = self._table(summary, stretch=0)
            summary_view.setObjectName(f"summary_{group}")
            foods_view = self._table(foods)
            foods_view.setObjectName(f"foods_{group}")
            # The dish and food names give way (whole on hover), the amounts and nutrients stay in view.
            NameFirstToGive(foods_view, 1, 2)
            inner.addWidget(summary_view, 1)
            inner.addWidget(foods_view, 1)
            self.boxes[group], self.summary_models[group], self.food_models[group] = box, summary, foods
            row.addWidget(box)
        layout.addLayout(row, 1)
        self.week_box = QGroupBox(self.tr("Average of the week (per child)"))
        week_layout = QVBoxLayout(self.week_box)
        self.week_model = RowsModel([
            Column(self.tr("Measure"), lambda r: r[0]),
            *[c for g in GROUPS for c in (
                Column(group_name(g), _week_cell(g, 0)),
                Column(self.tr("Verdict"), _week_cell(g, 1), "verdict"))],
        ], self)
        self.week_view = self._table(self.week_model, stretch=0)
        rows = self.week_view.verticalHeader().defaultSectionSize()
        self.week_view.setFixedHeight(rows * (len(MEASURES) + 1) + 6)
        week_layout.addWidget(self.week_view)
        layout.addWidget(self.week_box)

    def _table(self, model: RowsModel, *, stretch: int | None = None) -> QTableView:
        view = table_view(header_model(model.columns, self), stretch=stretch)
        self._views.append((view, model))
        return view

    def focus_target(self) -> QWidget:
        """The day: the page's tables are read only (ui/tab_loading.natural_focus)."""
        return self.day

    def _summary(self, group: GroupPortion) -> list[tuple[str, str, str, str]]:
        t, norm, verdicts = group.per_child, group.norm, group.verdicts
        rows: list[tuple[str, str, str, str]] = []
        for measure in MEASURES:
            value = t.measure(measure)
            text = ui_number(value, 1) if measure == "energy" else (
                f"{ui_number(_grams(t, measure), 1)} g · {ui_number(value, 1)} %")
            bounds = f"{ui_number(norm.range(measure)[0], 0)}–{ui_number(norm.range(measure)[1], 0)}" if norm else ""
            rows.append((measure_name(measure), text, bounds, verdicts.get(measure, "")))
        rows += [
            (self.tr("Animal / vegetable protein"),
             f"{ui_number(t.animal_protein_pct, 0)} % / {ui_number(100 - t.animal_protein_pct, 0)} %", "", ""),
            (self.tr("Animal / vegetable fat"),
             f"{ui_number(t.animal_fat_pct, 0)} % / {ui_number(100 - t.animal_fat_pct, 0)} %", "", ""),
            (self.tr("Calcium (mg)"), ui_number(t.values["calcium_mg"], 1), "", ""),
            (self.tr("Iron (mg)"), ui_number(t.values["iron_mg"], 2), "", ""),
            (self.tr("Vitamin A (mcg)"), ui_number(t.values["vitamin_a_mcg"], 1), "", ""),
            (self.tr("Vitamin B1 (mg)"), ui_number(t.values["vitamin_b1_mg"], 2), "", ""),
            (self.tr("Vitamin C (mg)"), ui_number(t.values["vitamin_c_mg"], 1), "", ""),
        ]
        for share in group.meal_shares():
            rows.append((self.tr("%1: share of the day's need").replace("%1", meal_name(share.meal)),
                         f"{ui_number(share.energy, 0)} kcal" + (
                             f" · {ui_number(share.pct, 1)} %" if share.pct is not None else ""),
                         f"{ui_number(share.norm[0], 0)}–{ui_number(share.norm[1], 0)} %" if share.norm else "",
                         share.verdict))
        return rows

    def refresh(self) -> None:
        from kindergarten_desktop.kitchen.portion import day_portion, week_average

        for view, model in self._views:  # the first load: the rows' models in place of the headers
            give_rows(view, model)
        self._views = []
        day = day_of(self.day)
        portion = day_portion(self.ctx.db, day)
        unknown: set[str] = set()
        for group in GROUPS:
            g = portion.groups[group]
            self.boxes[group].setTitle(self.tr("%1 — %2 children eating").replace("%1", group_name(group))
                                       .replace("%2", str(g.children)))
            self.summary_models[group].set_rows(self._summary(g) if not g.empty else [])
            self.food_models[group].set_rows(g.lines)
            unknown |= {f for names in g.unknown.values() for f in names}
        if all(portion.groups[g].empty for g in GROUPS):
            self.note.setText(self.tr("No menu on this day yet: plan it on the Menus page."))
        elif unknown:
            self.note.setText(self.tr("The food table gives no value for some nutrients of: %1 (counted as 0).")
                              .replace("%1", ", ".join(sorted(unknown))))
        else:
            self.note.setText("")
        week = week_average(self.ctx.db, day)
        rows = []
        for measure in MEASURES:
            rows.append((measure_name(measure), {
                g: (ui_number(week[g].per_child.measure(measure), 1) if week[g].days else "",
                    week[g].verdicts.get(measure, "") if week[g].days else "") for g in GROUPS}))
        self.week_model.set_rows(rows)

    def _edit_norms(self) -> None:
        from kindergarten_desktop.ui.kitchen.norms_dialog import NormsDialog

        if NormsDialog(self.ctx, self).exec():
            self.refresh()


def _grams(t: Totals, measure: str) -> float:
    return {"protein": t.protein, "fat": t.fat, "carbohydrate": t.carbohydrate}[measure]


def _week_cell(group: str, index: int) -> Callable[[tuple[str, dict[str, tuple[str, str]]]], str]:
    """Value (0) or verdict (1) of ``group`` in a week-average row."""
    return lambda row: row[1][group][index]
