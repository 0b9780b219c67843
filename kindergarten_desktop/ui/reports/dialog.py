"""The Reports menu's dialog: choose the parameters a report kind uses, the document settings
(number, trích yếu, recipients, signer, drafter, place, date) and, for the growth summary, the
round's written assessment; then save or print it. The document settings and the assessment
are kept in the database when the dialog is accepted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.reports import document as documents
from kindergarten_desktop.reports.letterhead import missing_setting_labels
from kindergarten_desktop.reports.narrative import Narrative
from kindergarten_desktop.reports.registry import ReportKind
from kindergarten_desktop.reports.titles import kind_title
from kindergarten_desktop.roster.queries import list_classes
from kindergarten_desktop.school import list_school_years
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.meals import unsaved


class ReportDialog(QDialog):
    """Shows only the fields ``kind`` uses; ``values()`` gives them as the CLI would. ``looking_at``
    holds what the user is looking at (year, class_name, round, month, date, as the ``report``
    command takes them: MainWindow.report_defaults), chosen instead of the usual defaults."""

    def __init__(self, ctx: AppContext, kind: ReportKind, parent: QWidget | None = None,
                 looking_at: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setWindowTitle(kind_title(kind))
        self.setObjectName("ReportDialog")
        layout = QVBoxLayout(self)
        missing = missing_setting_labels(ctx.db)
        if missing:
            warning = QLabel(self.tr("School settings still empty (placeholders will be printed): %1. "
                                     "Fill them in under File → School settings.").replace("%1", ", ".join(missing)))
            warning.setWordWrap(True)
            warning.setObjectName("missingSettings")
            layout.addWidget(warning)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, self.tr("Report"))
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
        # The school year is checked on Save / Print, not set as the field's range (ui/dates.DateField).
        self.date = DateField()
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
        self._document_tab()
        self.narrative: dict[str, QPlainTextEdit] = {}
        self._loaded_narrative = Narrative()
        if kind.name == "growth-summary":
            self._narrative_tab()
        self.year.currentIndexChanged.connect(self._year_changed)
        self._year_changed()
        self.round.valueChanged.connect(self._load_narrative)
        self._choose(looking_at or {})

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

    # --- document settings ------------------------------------------------------------------
    def _document_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, self.tr("Document"))
        shown = documents.resolve(self.ctx.db, self.kind.name, self.kind.document, None)
        self.defaults = shown
        self.number = QLineEdit(shown.number)
        self.number.setMaxLength(documents.MAX_LENGTH["number"])
        self.number.setPlaceholderText(self.tr("e.g. 15/KH-MNHM"))
        self.summary = QLineEdit()
        self.summary.setMaxLength(documents.MAX_LENGTH["summary"])
        self.summary.setPlaceholderText(self.tr("the report's own summary line"))
        self.recipients = QPlainTextEdit("\n".join(shown.recipients))
        self.recipients.setPlaceholderText(self.tr("one recipient per line; “- Lưu: VT.” is added"))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.signer = QComboBox()
        self.signer.setEditable(True)
        for name, title in documents.signer_choices(self.ctx.db):
            self.signer.addItem(name, title)
        self.signer.setCurrentText(shown.signer_name)
        editor = self.signer.lineEdit()
        if editor is not None:
            editor.setMaxLength(documents.MAX_LENGTH["signer_name"])
        self.signer_title = QComboBox()
        self.signer_title.setEditable(True)
        self.signer_title.addItem(self.tr("Principal"), documents.PRINCIPAL)
        self.signer_title.addItem(self.tr("Vice-principal (signs “KT. HIỆU TRƯỞNG”)"), documents.VICE_PRINCIPAL)
        index = self.signer_title.findData(shown.signer_title)
        if index >= 0:
            self.signer_title.setCurrentIndex(index)
        else:
            self.signer_title.setCurrentText(shown.signer_title)
        self.signer.activated.connect(self._signer_chosen)
        self.drafter = QLineEdit(shown.drafter)
        self.drafter.setMaxLength(documents.MAX_LENGTH["drafter"])
        self.place = QLineEdit(shown.place)
        self.place.setMaxLength(documents.MAX_LENGTH["place"])
        self.document_date = DateField(dt.date.today())
        self.own_date = QComboBox()
        self.own_date.addItem(self.tr("The report's own date"), False)
        self.own_date.addItem(self.tr("This date:"), True)
        self.own_date.currentIndexChanged.connect(lambda: self.document_date.setEnabled(self.own_date.currentData()))
        self.document_date.setEnabled(False)
        form.addRow(self.tr("Number and symbol:"), self.number)
        form.addRow(self.tr("Summary line (trích yếu):"), self.summary)
        form.addRow(self.tr("Recipients:"), self.recipients)
        form.addRow(self.tr("Signer:"), self.signer)
        form.addRow(self.tr("Signer's title:"), self.signer_title)
        if self.kind.document.drafter_role is not None:
            form.addRow(self.tr("Prepared by (Người lập biểu):"), self.drafter)
        form.addRow(self.tr("Place:"), self.place)
        if "date" not in self.kind.parameters:
            form.addRow(self.tr("Date line:"), self.own_date)
            form.addRow("", self.document_date)

    def _signer_chosen(self, index: int) -> None:
        title = self.signer.itemData(index)
        found = self.signer_title.findData(title)
        if found >= 0:
            self.signer_title.setCurrentIndex(found)

    def document_overrides(self) -> documents.DocumentOverrides:
        """What the dialog shows, as the ``report`` command's options would give it."""
        index = self.signer_title.findText(self.signer_title.currentText())
        title = self.signer_title.itemData(index) if index >= 0 else self.signer_title.currentText().strip()
        date: dt.date | None = None
        if "date" not in self.kind.parameters and self.own_date.currentData():
            self.document_date.interpretText()  # what is typed, even before the field is left
            date = self.document_date.day()
        return documents.DocumentOverrides(
            number=self.number.text(), summary=self.summary.text().strip() or None,
            recipients=self.recipients.toPlainText().splitlines(), signer_name=self.signer.currentText(),
            signer_title=title or documents.PRINCIPAL, drafter=self.drafter.text(), place=self.place.text(),
            date=date)

    # --- growth summary: the round's written assessment ----------------------------------------
    def _narrative_tab(self) -> None:
        from kindergarten_desktop.reports.narrative import MAX_CHARS, PARTS

        page = QWidget()
        form = QFormLayout(page)
        self.tabs.addTab(page, self.tr("Assessment"))
        labels = {"assessment": self.tr("General assessment:"), "causes": self.tr("Causes:"),
                  "measures": self.tr("Measures:"), "proposals": self.tr("Proposals:")}
        hint = QLabel(self.tr("Printed in the report and kept for this round. Empty parts are printed as "
                              "dotted lines to write by hand."))
        hint.setWordWrap(True)
        form.addRow(hint)
        for name, _heading in PARTS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setObjectName(f"narrative_{name}")
            edit.setToolTip(self.tr("At most %1 characters").replace("%1", str(MAX_CHARS)))
            form.addRow(labels[name], edit)
            self.narrative[name] = edit

    def _round_id(self) -> int | None:
        from kindergarten_desktop.growth.rounds import find_round

        year = self.year.currentData()
        if year is None:
            return None
        found = find_round(self.ctx.db, year.id, self.round.value())
        return found.id if found else None

    def _load_narrative(self) -> None:
        if not self.narrative:
            return
        from kindergarten_desktop.reports.narrative import load_narrative

        round_id = self._round_id()
        text = load_narrative(self.ctx.db, round_id) if round_id is not None else Narrative()
        self._loaded_narrative = text  # what the round keeps: emptied by the user, it is forgotten
        for name, edit in self.narrative.items():
            edit.setPlainText(getattr(text, name))
            edit.setEnabled(round_id is not None)

    def accept(self) -> None:
        """Keep the document settings (and the assessment) for next time."""
        from kindergarten_desktop.reports.registry import resolve_params

        outside = self.date.refusal() if "date" in self.kind.parameters else None
        if outside is not None:  # a date outside the school year: said, the date alone marked, the keyboard on it
            def refuse() -> None:
                raise outside

            unsaved.save(self, self.tr("Report not made"), [self.date], refuse)
            self.tabs.setCurrentIndex(0)
            self.date.correct()  # its day selected: the next digits replace the date
            return

        def remember() -> None:
            overrides = self.document_overrides()
            documents.check(overrides)
            raw = {k: (str(v) if v is not None else None) for k, v in self.values().items() if v not in (None, "")}
            params = resolve_params(self.ctx.db, self.kind, year=raw.get("year"), month=raw.get("month"),
                                    date=raw.get("date"), class_name=raw.get("class_name"), round=raw.get("round"),
                                    document=overrides)
            if self.narrative:
                self._save_narrative()
            documents.remember(self.ctx.db, self.kind.name, self.kind.document, params.document)

        # A refused parameter or a failed write: said in a dialog; the dialog stays open with what was typed.
        if not unsaved.save(self, self.tr("Document settings not saved"), unsaved.inputs(self), remember):
            return
        super().accept()

    def _save_narrative(self) -> bool:
        """Keep the round's assessment: nothing is written when nothing was typed or nothing changed;
        a kept assessment whose every part the user emptied is forgotten."""
        from kindergarten_desktop.reports.narrative import clear_narrative, save_narrative

        round_id = self._round_id()
        if round_id is None:
            return True  # the report itself says there is no such round
        typed = Narrative(**{k: e.toPlainText() for k, e in self.narrative.items()})
        emptied = not any(text.strip() for _heading, text in typed.parts())
        if emptied and any(text.strip() for _heading, text in self._loaded_narrative.parts()):
            clear_narrative(self.ctx.db, round_id)
        else:
            save_narrative(self.ctx.db, round_id, typed)
        return True

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
        self.date.keep_within(year.start_date, year.end_date, year.name)
        self.date.set_day(today)
        from kindergarten_desktop.accounts.access import visible_class_ids
        from kindergarten_desktop.reports.readers import class_only

        shown = visible_class_ids(self.ctx.db)  # a teacher: the classes assigned (issue 18)
        if "class" not in self.kind.needs and not class_only(self.ctx.db, self.kind.name):
            self.klass.addItem(self.tr("All classes"), None)
        for info in list_classes(self.ctx.db, year.id):
            if shown is None or info.id in shown:
                self.klass.addItem(info.name, info.name)
        if "round" in self.kind.parameters:
            from kindergarten_desktop.growth.rounds import current_round

            found = current_round(self.ctx.db, year.id, today)
            self.round.setValue(found.number if found else 1)  # the round the nurse is working on
        self._load_narrative()

    def _choose(self, looking_at: dict[str, str]) -> None:
        """Preselect what the user is looking at (the growth tab's round and class ...), where the
        dialog offers it; anything it does not offer keeps the usual default."""
        year = looking_at.get("year")
        found = next((i for i in range(self.year.count()) if self.year.itemData(i).name == year), -1)
        if found >= 0:
            self.year.setCurrentIndex(found)  # refills months, classes and the round
        params = self.kind.parameters
        if "class" in params and looking_at.get("class_name"):
            found = self.klass.findData(looking_at["class_name"])
            if found >= 0:
                self.klass.setCurrentIndex(found)
        if "round" in params and str(looking_at.get("round", "")).isdigit():
            self.round.setValue(int(looking_at["round"]))
        if "month" in params and looking_at.get("month"):
            found = self.month.findData(looking_at["month"])
            if found >= 0:
                self.month.setCurrentIndex(found)
        if "date" in params and looking_at.get("date"):
            day = QDate.fromString(looking_at["date"], "yyyy-MM-dd")
            if day.isValid():
                self.date.setDate(day)

    def _print(self) -> None:
        self.printing = True
        self.accept()

    def values(self) -> dict[str, str | int | None]:
        params = self.kind.parameters
        values: dict[str, str | int | None] = {"year": self.year.currentData().name if self.year.count() else None}
        if "month" in params:
            values["month"] = self.month.currentData()
        if "date" in params:
            values["date"] = self.date.date().toString("yyyy-MM-dd")
        if "class" in params:
            values["class_name"] = self.klass.currentData()
        if "round" in params:
            values["round"] = self.round.value()
        return values

    def chosen_format(self) -> str:
        return "pdf" if self.printing else self.format.currentData()


def open_report_dialog(parent: QWidget, ctx: AppContext, kind_name: str,
                       looking_at: dict[str, str] | None = None) -> None:
    """Reports menu entry: ask the parameters (preselecting ``looking_at``, what the user is looking
    at), then save (or print) through the export flow."""
    from kindergarten_desktop.reports.registry import get_kind
    from kindergarten_desktop.ui.reports.export import export_report, print_report

    dialog = ReportDialog(ctx, get_kind(kind_name), parent, looking_at)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    values: dict[str, object] = {**dialog.values(), "document": dialog.document_overrides()}
    if dialog.printing:
        print_report(parent, ctx, kind_name, **values)  # type: ignore[arg-type]
    else:
        export_report(parent, ctx, kind_name, fmt=dialog.chosen_format(), **values)  # type: ignore[arg-type]
