"""The plan's growth targets the round summary compares with (maximum percentages per rate)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.settings import set_setting
from kindergarten_desktop.growth.summary import METRICS, TARGETS_KEY, load_targets
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.growth.labels import metric_label
from kindergarten_desktop.ui.numbers import ui_decimal_text, ui_number


class TargetsDialog(QDialog):
    """One field per rate: empty = no target; otherwise a percentage from 0 to 100, typed with a
    comma or a point, with or without '%'. Nothing is saved until every field is valid."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Growth targets"))
        stored = load_targets(db)
        form = QFormLayout(self)
        intro = QLabel(self.tr("The school-year plan's targets: each rate should stay under this percentage of "
                               "the children measured. Leave a field empty for no target."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.fields: dict[str, QLineEdit] = {}
        for metric in METRICS:
            edit = QLineEdit(ui_number(stored[metric], 1) if metric in stored else "")
            edit.setPlaceholderText(self.tr("no target"))
            self.fields[metric] = edit
            form.addRow(self.tr("%1 under (%):").replace("%1", metric_label(metric)), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[dict[str, float], list[tuple[str, str]]]:
        """(targets, problems): problems are (metric, message) for the fields that cannot be read."""
        targets: dict[str, float] = {}
        problems = []
        for metric, edit in self.fields.items():
            text = edit.text().strip().rstrip("%").strip()
            if not text:
                continue
            try:
                value = float(ui_decimal_text(text))
                if not math.isfinite(value):  # float() reads "nan" and "inf"
                    raise ValueError(text)
            except ValueError:
                problems.append((metric, self.tr("%1: “%2” is not a number.")
                                 .replace("%1", metric_label(metric)).replace("%2", edit.text().strip())))
                continue
            if not 0 <= value <= 100:
                problems.append((metric, self.tr("%1: %2 % is outside 0–100 %.")
                                 .replace("%1", metric_label(metric)).replace("%2", ui_number(value, 1))))
                continue
            targets[metric] = round(value, 1)
        return targets, problems

    def accept(self) -> None:
        targets, problems = self.values()
        if problems:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Nothing was saved:") + "\n" + "\n".join(text for _m, text in problems))
            self.fields[problems[0][0]].setFocus()
            self.fields[problems[0][0]].selectAll()
            return
        if run_action(self, self.tr("Targets not saved"), set_setting, self.db, TARGETS_KEY, targets):
            super().accept()
