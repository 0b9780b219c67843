"""One child's WHO chart on screen (matplotlib's QtAgg canvas, imported on first use)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.growth.assessment import Assessment, age_months, assess
from kindergarten_desktop.growth.charts import (
    Z_OF_CHART,
    ChartChild,
    ChartPoints,
    chart_child,
    draw_chart,
    points,
    screen_charts,
)
from kindergarten_desktop.growth.measurements import Measurement, child_history
from kindergarten_desktop.growth.summary import report_category
from kindergarten_desktop.ui.growth.labels import category_colour, category_label
from kindergarten_desktop.ui.growth.summary_panel import TextTableModel, _table
from kindergarten_desktop.ui.numbers import ui_number

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure


class ChartPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.child: ChartChild | None = None
        self.history: list[Measurement] = []
        self.result: Assessment | None = None
        self.pts: ChartPoints | None = None
        self.on = dt.date.today()
        self.canvas: FigureCanvasQTAgg | None = None  # matplotlib is imported on the first chart
        self.figure: Figure | None = None
        self.title = QLabel()
        self.indicator = QComboBox()
        self.export_button = QPushButton(self.tr("Export PNG/PDF…"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.indicator)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # Date, age, value and z-score of the point under the mouse (or clicked).
        self.point_info = QLabel(self.tr("Point at or click a measurement to see its values."))
        self.point_info.setStyleSheet("color: #1f4e9c;")
        layout.addWidget(self.point_info)
        self.chart_box = QWidget()
        self.body = QVBoxLayout(self.chart_box)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Choose a child in the entry grid to see the chart."))
        self.body.addWidget(self.placeholder, 1)
        # The visit history: every measurement with every z-score and its assessment.
        self.visits_model = TextTableModel(self)
        self.visits = _table(self.visits_model, frozen=True)
        self.visits.setMaximumHeight(150)  # a few visits in view; the chart keeps the height
        layout.addWidget(self.chart_box, 1)
        layout.addWidget(self.visits)
        self.indicator.currentIndexChanged.connect(lambda _i: self.draw())

    def labels(self, indicator: str) -> dict[str, str]:
        months, kg, cm = self.tr("Age (months)"), self.tr("Weight (kg)"), self.tr("Height (cm)")
        return {
            "wfa": {"title": self.tr("Weight-for-age"), "x": months, "y": kg},
            "hfa": {"title": self.tr("Height-for-age"), "x": months, "y": cm},
            "wfl": {"title": self.tr("Weight-for-length (0–2 years)"), "x": self.tr("Length (cm)"), "y": kg},
            "wfh": {"title": self.tr("Weight-for-height (2–5 years)"), "x": cm, "y": kg},
            "bfa": {"title": self.tr("BMI-for-age"), "x": months, "y": self.tr("BMI (kg/m²)")},
        }[indicator]

    def show_child(self, child_id: int, on: dt.date) -> None:
        self.child = chart_child(self.db, child_id)
        self.history = [m for m in child_history(self.db, child_id) if m.visit_date <= on]
        self.on = on
        self.title.setText(f"<b>{self.child.full_name}</b> — " + (self.tr("boy") if self.child.sex == 1
                                                                     else self.tr("girl")))
        keep = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for key in screen_charts(self.child, self.history, on):
            self.indicator.addItem(self.labels(key)["title"], key)
        found = self.indicator.findData(keep)
        self.indicator.setCurrentIndex(max(found, 0))
        self.indicator.blockSignals(False)
        h = self.history
        self.result = assess([self.child.sex] * len(h), [self.child.birth_date] * len(h), [m.visit_date for m in h],
                             [m.weight_kg for m in h], [m.height_cm for m in h], [m.measure for m in h])
        self._fill_visits()
        self.draw()

    def _ensure_canvas(self) -> tuple[Figure, FigureCanvasQTAgg]:
        if self.canvas is not None and self.figure is not None:
            return self.figure, self.canvas
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(7, 4.5), layout="constrained")
        canvas = FigureCanvasQTAgg(figure)
        self.figure, self.canvas = figure, canvas
        self.body.replaceWidget(self.placeholder, canvas)
        self.placeholder.hide()
        canvas.mpl_connect("motion_notify_event", self._mouse)
        canvas.mpl_connect("button_press_event", self._mouse)
        return figure, canvas

    def draw(self) -> None:
        if self.child is None or self.indicator.currentData() is None:
            return
        figure, canvas = self._ensure_canvas()
        figure.clear()
        ax = figure.add_subplot()
        key = self.indicator.currentData()
        draw_chart(ax, key, self.child, self.history, self.on, self.labels(key))
        self.pts = points(key, self.child, self.history)
        canvas.draw()

    def _mouse(self, event: Any) -> None:
        """The measurement nearest the mouse (within 8 pixels) is described above the chart."""
        if self.pts is None or not len(self.pts.x) or event.inaxes is None or self.figure is None:
            return
        ax = self.figure.axes[0]
        screen = ax.transData.transform(list(zip(self.pts.x, self.pts.y, strict=True)))
        dist = ((screen[:, 0] - event.x) ** 2 + (screen[:, 1] - event.y) ** 2) ** 0.5
        nearest = int(dist.argmin())
        if dist[nearest] <= 8:
            self.show_point(nearest)

    def show_point(self, n: int) -> str:
        """Describe the chart's ``n``-th point: date, age, value and z-score."""
        assert self.pts is not None and self.child is not None and self.result is not None
        i = self.pts.index[n]
        m = self.history[i]
        key = self.indicator.currentData()
        z = float(self.result.z[Z_OF_CHART[key]][i])
        unit = {"wfa": "kg", "hfa": "cm", "wfl": "kg", "wfh": "kg", "bfa": "kg/m²"}[key]
        value = self.pts.y[n]
        text = self.tr("%1 — %2 months — %3 — z = %4").replace("%1", format_date(m.visit_date)) \
            .replace("%2", str(age_months(self.child.birth_date, m.visit_date))) \
            .replace("%3", f"{ui_number(float(value), 1)} {unit}" + (
                f" ({ui_number(float(self.pts.x[n]), 1)} cm)" if key in ("wfl", "wfh") else "")) \
            .replace("%4", "–" if math.isnan(z) else ui_number(z, 2))
        self.point_info.setText(text)
        return text

    def _fill_visits(self) -> None:
        headers = [self.tr("Date"), self.tr("Age (months)"), self.tr("Weight (kg)"), self.tr("Height (cm)"),
                   self.tr("Position"), self.tr("W/A z"), self.tr("H/A z"), self.tr("W/L or W/H z"),
                   self.tr("BMI/A z"), self.tr("Assessment")]
        rows, colours = [], {}
        result = self.result
        assert result is not None and self.child is not None
        for i, m in enumerate(self.history):
            flagged = set(result.flagged(i))
            zs = []
            for key in ("waz", "haz", "whz", "baz"):
                z = float(result.z[key][i])
                zs.append("" if math.isnan(z) else ui_number(z, 2) + (" (!)" if key[:3] in flagged else ""))
            cats = {k: report_category(k, str(v[i] or "")) for k, v in result.categories.items()}
            found = [category_label(k, c) for k, c in cats.items() if c and c != "normal"]
            status = ", ".join(dict.fromkeys(found)) if found else (self.tr("Normal") if any(cats.values()) else "")
            measure = m.measure or ("l" if int(result.age_days[i]) < 731 else "h")
            rows.append([format_date(m.visit_date), str(age_months(self.child.birth_date, m.visit_date)),
                         "" if m.weight_kg is None else ui_number(m.weight_kg, 1),
                         "" if m.height_cm is None else ui_number(m.height_cm, 1),
                         self.tr("Lying") if measure == "l" else self.tr("Standing"), *zs, status])
            worst = next((c for c in cats.values() if c not in ("", "normal")), "")
            if worst:
                colours[(i, 9)] = category_colour(worst)
        self.visits_model.set_rows(headers, rows, colours)
        if rows:
            self.visits.scrollToBottom()

    def _page_figure(self) -> Figure:
        """The chart as printed: an A4 landscape page headed with whose chart it is (name, sex,
        birth date); the screen's figure stays as it is."""
        from matplotlib.figure import Figure

        assert self.child is not None
        key = self.indicator.currentData()
        page = Figure(figsize=(11.69, 8.27), layout="constrained")
        sex = self.tr("boy") if self.child.sex == 1 else self.tr("girl")
        page.suptitle(self.tr("%1 — %2, born %3").replace("%1", self.child.full_name).replace("%2", sex)
                      .replace("%3", format_date(self.child.birth_date)), fontsize=14, fontweight="bold")
        draw_chart(page.add_subplot(), key, self.child, self.history, self.on, self.labels(key))
        return page

    def export(self, path: str | None = None) -> Path | None:
        if self.figure is None or self.child is None:
            return None
        from kindergarten_desktop.ui.reports.export import remember_folder, save_folder

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export chart"),
                str(save_folder() / f"{self.child.full_name} - {self.indicator.currentText()}.pdf"),
                self.tr("PDF (*.pdf);;PNG image (*.png)"))
            if path:
                remember_folder(path)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".png"):
            target = target.with_suffix(".pdf")
        from kindergarten_desktop.ui.actions import run_action

        if not run_action(self, self.tr("Export chart"), _save_figure, self._page_figure(), target):
            return None  # told in the user's words (reports.OutputError); nothing half-written left
        return target


def _save_figure(figure: Figure, target: Path) -> None:
    """Write the chart to a temporary file next to ``target`` and rename it into place; a folder
    that cannot be written or a full disk is an OutputError (path and reason, in the user's words)."""
    from kindergarten_desktop.reports.output import atomic_output

    with atomic_output(target) as tmp:
        figure.savefig(tmp, format=target.suffix[1:].lower(), dpi=150)
