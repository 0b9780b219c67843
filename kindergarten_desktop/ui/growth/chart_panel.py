"""One child's WHO chart on screen (matplotlib's QtAgg canvas, imported on first use)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.charts import ChartChild, draw_chart, weight_for_height_indicator
from kindergarten_desktop.growth.measurements import Measurement, child_history


class ChartPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.child: ChartChild | None = None
        self.history: list[Measurement] = []
        self.on = dt.date.today()
        self.canvas = None
        self.figure = None
        self.title = QLabel()
        self.indicator = QComboBox()
        self.export_button = QPushButton(self.tr("Export PNG/PDF…"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.indicator)
        top.addWidget(self.export_button)
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.placeholder = QLabel(self.tr("Choose a child in the entry grid to see the chart."))
        self.body.addWidget(self.placeholder, 1)
        self.indicator.currentIndexChanged.connect(lambda _i: self.draw())

    def labels(self, indicator: str) -> dict[str, str]:
        months, kg, cm = self.tr("Age (months)"), self.tr("Weight (kg)"), self.tr("Height (cm)")
        return {
            "wfa": {"title": self.tr("Weight-for-age"), "x": months, "y": kg},
            "hfa": {"title": self.tr("Height-for-age"), "x": months, "y": cm},
            "wfh": {"title": self.tr("Weight-for-height"), "x": cm, "y": kg},
            "bfa": {"title": self.tr("BMI-for-age"), "x": months, "y": self.tr("BMI (kg/m²)")},
        }[indicator]

    def show_child(self, child_id: int, on: dt.date) -> None:
        row = self.db.execute("SELECT full_name, sex, birth_date FROM child WHERE id = ?", [child_id]).fetchone()
        self.child = ChartChild(row[0], row[1], dt.date.fromisoformat(row[2]))
        self.history = [m for m in child_history(self.db, child_id) if m.visit_date <= on]
        self.on = on
        self.title.setText(f"<b>{self.child.full_name}</b> — " + (self.tr("boy") if self.child.sex == 1
                                                                     else self.tr("girl")))
        keep = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        last = self.history[-1].visit_date if self.history else on
        for key in ("wfa", "hfa", weight_for_height_indicator(self.child, last)):
            self.indicator.addItem(self.labels(key)["title"], key)
        found = self.indicator.findData(keep)
        self.indicator.setCurrentIndex(max(found, 0))
        self.indicator.blockSignals(False)
        self.draw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(7, 4.5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.body.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()

    def draw(self) -> None:
        if self.child is None or self.indicator.currentData() is None:
            return
        self._ensure_canvas()
        self.figure.clear()
        ax = self.figure.add_subplot()
        key = self.indicator.currentData()
        draw_chart(ax, key, self.child, self.history, self.on, self.labels(key))
        self.canvas.draw()

    def export(self, path: str | None = None) -> Path | None:
        if self.figure is None or self.child is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"),
                                                  f"{self.child.full_name} - {self.indicator.currentText()}.pdf",
                                                  self.tr("PDF (*.pdf);;PNG image (*.png)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".png"):
            target = target.with_suffix(".pdf")
        tmp = target.with_name(target.name + ".part")
        try:
            self.figure.savefig(tmp, format=target.suffix[1:].lower(), dpi=150)
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Export chart"),
                                self.tr("The chart could not be saved: %1").replace("%1", str(exc)))
            return None
        return target
