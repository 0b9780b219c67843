"""Edit the nutrition norms: effective-dated rows per age group (Thông tư 28 defaults shipped)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.kitchen import GROUPS, MEALS
from kindergarten_desktop.kitchen.norms import MEASURES, delete_norm, list_norms, set_norm
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import (
    Column,
    RowsModel,
    date_edit,
    day_of,
    group_name,
    meal_name,
    selected_row,
    table_view,
)
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.numbers import ui_number


class NormsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nutrition norms"))
        layout = QVBoxLayout(self)

        def bounds(measure: str):
            return lambda n: f"{ui_number(n.range(measure)[0], 0)}–{ui_number(n.range(measure)[1], 0)}"

        self.model: RowsModel = RowsModel([
            Column(self.tr("Age group"), lambda n: group_name(n.group)),
            Column(self.tr("From"), lambda n: f"{n.effective_from:%d/%m/%Y}"),
            Column(self.tr("Energy (kcal)"), bounds("energy")),
            Column(self.tr("Protein %"), bounds("protein")),
            Column(self.tr("Fat %"), bounds("fat")),
            Column(self.tr("Carbohydrate %"), bounds("carbohydrate")),
            Column(self.tr("Day's need (kcal)"),
                   lambda n: f"{ui_number(n.need[0], 0)}–{ui_number(n.need[1], 0)}" if n.need else ""),
            Column(self.tr("Meal shares %"), lambda n: "; ".join(
                f"{meal_name(m)} {ui_number(lo, 0)}–{ui_number(hi, 0)}" for m, (lo, hi) in n.meal_shares.items())),
            Column(self.tr("Source"), lambda n: n.source),
        ], self)
        self.view = table_view(self.model, stretch=7)
        layout.addWidget(self.view)
        form = QFormLayout()
        self.group = QComboBox()
        for g in GROUPS:
            self.group.addItem(group_name(g), g)
        form.addRow(self.tr("Age group:"), self.group)
        self.start = date_edit()
        form.addRow(self.tr("In force from:"), self.start)
        self.spins: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        labels = {"energy": self.tr("Energy (kcal):"), "protein": self.tr("Protein (% of energy):"),
                  "fat": self.tr("Fat (% of energy):"), "carbohydrate": self.tr("Carbohydrate (% of energy):")}
        for measure in MEASURES:
            low, high = QDoubleSpinBox(), QDoubleSpinBox()
            for spin in (low, high):
                spin.setRange(0, 2000 if measure == "energy" else 100)
                spin.setDecimals(0)
            row = QHBoxLayout()
            row.addWidget(low)
            row.addWidget(high)
            form.addRow(labels[measure], row)
            self.spins[measure] = (low, high)
        self.need = self._pair(form, self.tr("Day's need, whole day (kcal):"), 3000)
        self.shares = {meal: self._pair(form, self.tr("%1, % of the day's need (0–0: none):").replace(
            "%1", meal_name(meal)), 100) for meal in MEALS}
        self.source = QLineEdit()
        form.addRow(self.tr("Source:"), self.source)
        layout.addLayout(form)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Save these norms"))
        add.clicked.connect(self._save)
        remove = QPushButton(self.tr("Delete the selected norms"))
        remove.clicked.connect(self._delete)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.group.currentIndexChanged.connect(lambda _i: self._fill_from_latest())
        self.resize(760, 520)
        self._load()
        self._fill_from_latest()

    @staticmethod
    def _pair(form: QFormLayout, label: str, top: float) -> tuple[QDoubleSpinBox, QDoubleSpinBox]:
        low, high = QDoubleSpinBox(), QDoubleSpinBox()
        row = QHBoxLayout()
        for spin in (low, high):
            spin.setRange(0, top)
            spin.setDecimals(0)
            row.addWidget(spin)
        form.addRow(label, row)
        return low, high

    def _load(self) -> None:
        self.model.set_rows(list_norms(self.ctx.db))

    def _fill_from_latest(self) -> None:
        own = [n for n in self.model.rows if n.group == self.group.currentData()]
        if own:
            latest = own[-1]
            for measure, (low, high) in self.spins.items():
                low.setValue(latest.range(measure)[0])
                high.setValue(latest.range(measure)[1])
            need = latest.need or (0.0, 0.0)
            self.need[0].setValue(need[0])
            self.need[1].setValue(need[1])
            for meal, (low, high) in self.shares.items():
                bounds = latest.meal_shares.get(meal, (0.0, 0.0))
                low.setValue(bounds[0])
                high.setValue(bounds[1])
            self.source.setText(latest.source)

    def _delete(self) -> None:
        norm = selected_row(self.view)
        if norm is not None:
            delete_norm(self.ctx.db, norm.group, norm.effective_from)
            self._load()

    def _save(self) -> None:
        def change() -> None:
            ranges = {m: (low.value(), high.value()) for m, (low, high) in self.spins.items()}
            need = (self.need[0].value(), self.need[1].value())
            shares = {m: (low.value(), high.value()) for m, (low, high) in self.shares.items() if high.value() > 0}
            set_norm(self.ctx.db, self.group.currentData(), day_of(self.start), ranges["energy"], ranges["protein"],
                     ranges["fat"], ranges["carbohydrate"], source=self.source.text(),
                     need=need if need[1] > 0 else None, meal_shares=shares)
        if not unsaved.save(self, self.tr("Norms not saved"), unsaved.inputs(self), change):
            return
        self._load()
