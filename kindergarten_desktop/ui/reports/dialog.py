"""The Reports menu's dialog: choose the parameters a report kind uses, then save or print it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.reports.letterhead import missing_setting_labels
from kindergarten_desktop.reports.registry import ReportKind
from kindergarten_desktop.roster.queries import list_classes
from kindergarten_desktop.school import list_school_years
from kindergarten_desktop.ui.context import AppContext


class ReportDialog(QDialog):
    """Shows only the fields ``kind`` uses; ``values()`` gives them as the CLI would."""

    def __init__(self, ctx: AppContext, kind: ReportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setWindowTitle(kind.title)
        self.setObjectName("ReportDialog")
        layout = QVBoxLayout(self)
        missing = missing_setting_labels(ctx.db)
        if missing:
            warning = QLabel(self.tr("School settings still empty (placeholders will be printed): %1. "
                                     "Fill them in under File → School settings.").replace("%1", ", ".join(missing)))
            warning.setWordWrap(True)
            warning.setObjectName("missingSettings")
            layout.addWidget(warning)
        form = QFormLayout()
        layout.addLayout(form)
        params = kind.parameters

        self.year = QComboBox()
        for year in list_school_years(ctx.db):
            self.year.addItem(year.name, year)
            if ctx.school_year and year.id == ctx.school_year.id:
                self.year.setCurrentIndex(self.year.count() - 1)
        form.addRow(self.tr("School year:"), self.year)

        self.month = QComboBox()
        if "month" in params:
            form.addRow(self.tr("Month:"), self.month)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        if "date" in params:
            form.addRow(self.tr("Date:"), self.date)
        self.klass = QComboBox()
        if "class" in params:
            form.addRow(self.tr("Class:"), self.klass)
        self.round = QSpinBox()
        self.round.setRange(1, 20)
        if "round" in params:
            form.addRow(self.tr("Round:"), self.round)
        self.format = QComboBox()
        for fmt in kind.formats:
            self.format.addItem({"pdf": self.tr("PDF document"), "xlsx": self.tr("Excel workbook"),
                                 "csv": self.tr("CSV file (data exchange)")}[fmt], fmt)
        form.addRow(self.tr("Format:"), self.format)
        self.year.currentIndexChanged.connect(self._year_changed)
        self._year_changed()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = None
        if "pdf" in kind.formats:
            self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(self._print)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.printing = False

    def _year_changed(self) -> None:
        year = self.year.currentData()
        self.month.clear()
        self.klass.clear()
        if year is None:
            return
        day = year.start_date.replace(day=1)
        while day <= year.end_date:
            self.month.addItem(self.tr("%1/%2").replace("%1", f"{day.month:02d}").replace("%2", str(day.year)),
                               f"{day.year}-{day.month:02d}")
            day = (day + dt.timedelta(days=32)).replace(day=1)
        today = min(max(dt.date.today(), year.start_date), year.end_date)
        self.month.setCurrentIndex(self.month.findData(f"{today.year}-{today.month:02d}"))
        self.date.setDateRange(QDate(year.start_date), QDate(year.end_date))
        self.date.setDate(QDate(today))
        if "class" not in self.kind.needs:
            self.klass.addItem(self.tr("All classes"), None)
        for info in list_classes(self.ctx.db, year.id):
            self.klass.addItem(info.name, info.name)
        if "round" in self.kind.parameters:
            from kindergarten_desktop.growth.rounds import current_round

            found = current_round(self.ctx.db, year.id, today)
            self.round.setValue(found.number if found else 1)  # the round the nurse is working on

    def _print(self) -> None:
        self.printing = True
        self.accept()

    def values(self) -> dict[str, str | int | None]:
        params = self.kind.parameters
        values: dict[str, str | int | None] = {"year": self.year.currentData().name if self.year.count() else None}
        if "month" in params:
            values["month"] = self.month.currentData()
        if "date" in params:
            values["date"] = self.date.date().toPython().isoformat()
        if "class" in params:
            values["class_name"] = self.klass.currentData()
        if "round" in params:
            values["round"] = self.round.value()
        return values

    def chosen_format(self) -> str:
        return "pdf" if self.printing else self.format.currentData()


def open_report_dialog(parent: QWidget, ctx: AppContext, kind_name: str) -> None:
    """Reports menu entry: ask the parameters, then save (or print) through the export flow."""
    from kindergarten_desktop.reports.registry import get_kind
    from kindergarten_desktop.ui.reports.export import export_report, print_report

    dialog = ReportDialog(ctx, get_kind(kind_name), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.printing:
        print_report(parent, ctx, kind_name, **dialog.values())
    else:
        export_report(parent, ctx, kind_name, fmt=dialog.chosen_format(), **dialog.values())
