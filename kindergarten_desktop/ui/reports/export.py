"""The export flow every tab uses: ask where to save, build off the GUI thread, offer to open.

    from kindergarten_desktop.ui.reports.export import export_report, print_report
    export_report(self, self.ctx, "class-list", class_name="Lá 1")          # asks PDF or Excel
    export_report(self, self.ctx, "meals-ledger", fmt="xlsx", month="2025-10")
    print_report(self, self.ctx, "class-list", class_name="Lá 1")            # PDF in the system viewer

Parameters are the CLI's (year, month, date, class_name, round) as text; ``year`` defaults to
the school year being viewed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.reports.registry import (
    Cancelled,
    ReportKind,
    ReportParams,
    ReportResult,
    default_file_name,
    format_of,
    get_kind,
    resolve_params,
    run_report,
)
from kindergarten_desktop.reports.titles import kind_title
from kindergarten_desktop.ui import workers
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals.unsaved import attempt

if TYPE_CHECKING:
    from kindergarten_desktop.db.database import Database
    from kindergarten_desktop.db.session import Actor

FOLDER_KEY = "reports/folder"
FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}
# Flows still running, kept referenced until they finish.
_flows: set[ExportFlow] = set()


@contextmanager
def reading_connection(db_path: Path, actor: Actor | None) -> Iterator[Database]:
    """A background job's own read-only connection (a connection serves the thread that opened
    it; a damaged file still gives what it holds), signed in as ``actor`` so the rules on reading
    hold there too. Failures to open or read arrive as RuntimeError in the user's words."""
    from kindergarten_desktop.db import open_database, session
    from kindergarten_desktop.ui.error_dialog import user_message

    try:
        db = open_database(db_path, read_only=True, allow_damaged=True)
    except Exception as exc:
        raise RuntimeError(user_message(exc, db_path) or str(exc)) from exc
    try:
        session.sign_in(db, actor)
        yield db
    except sqlite3.Error as exc:  # locked, I/O error, damaged pages
        raise RuntimeError(user_message(exc, db_path) or str(exc)) from exc
    finally:
        db.close()


class ExportFlow(QObject):
    """One export in progress; ``finished`` carries the written path, or None if it was cancelled
    or failed (the user has been told)."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, ctx: AppContext, kind: ReportKind, raw: dict, *, open_after: bool) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db_path = ctx.db_path
        from kindergarten_desktop.db import session

        # The worker's own connection prints as whoever is signed in here (reports/readers.py checks it).
        self.actor = session.current(ctx.db)
        self.kind = kind
        self.raw = raw
        self.open_after = open_after

    def start(self, path: Path) -> None:
        _flows.add(self)
        kind, raw, db_path, actor = self.kind, self.raw, self.db_path, self.actor

        def job(progress: workers.ProgressFn) -> ReportResult:
            from kindergarten_desktop.reports.output import OutputError

            with reading_connection(db_path, actor) as db:
                try:
                    return run_report(db, kind, resolve_params(db, kind, **raw), path, progress)
                except Cancelled:
                    raise workers.Cancelled() from None
                except OutputError as exc:
                    message = QCoreApplication.translate("ReportExport", "Cannot save %1:\n%2")
                    raise RuntimeError(message.replace("%1", str(exc.path)).replace("%2", exc.reason)) from exc

        title = QCoreApplication.translate("ReportExport", "Preparing %1…").replace("%1", kind_title(kind))
        workers.run_in_background(
            self.parent_widget, job, title=title,
            on_done=self._done, on_error=self._failed, on_cancel=lambda: self._finish(None))

    def _done(self, result: ReportResult) -> None:
        if self.open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
            if result.missing_settings:
                QMessageBox.warning(self.parent_widget, kind_title(self.kind), _missing_text(result.missing_settings))
        else:
            self._offer_to_open(result)
        self._finish(result.path)

    def _offer_to_open(self, result: ReportResult) -> None:
        saved = QCoreApplication.translate("ReportExport", "Saved: %1").replace("%1", str(result.path))
        box = QMessageBox(QMessageBox.Icon.Information, kind_title(self.kind), saved, parent=self.parent_widget)
        if result.missing_settings:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(_missing_text(result.missing_settings))
        if format_of(result.path) == "pdf":
            open_text = QCoreApplication.translate("ReportExport", "Open / print")
        else:
            open_text = QCoreApplication.translate("ReportExport", "Open")
        open_file = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        folder_text = QCoreApplication.translate("ReportExport", "Open folder")
        open_folder = box.addButton(folder_text, QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_file)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

    def _failed(self, message: str, _traceback: str) -> None:
        QMessageBox.critical(self.parent_widget, kind_title(self.kind),
                             QCoreApplication.translate("ReportExport", "The report was not saved.") + "\n\n" + message)
        self._finish(None)

    def _finish(self, path: Path | None) -> None:
        _flows.discard(self)
        self.finished.emit(path)


def _missing_text(labels: list[str]) -> str:
    text = QCoreApplication.translate(
        "ReportExport",
        "Some school settings are empty, so the document shows placeholders. "
        "Fill them in under File → School settings: %1.")
    return text.replace("%1", ", ".join(labels))


def _prepare(parent: QWidget, ctx: AppContext, kind_name: str, raw: dict) -> tuple | None:
    """The kind and its checked parameters, or None after telling the user what is wrong."""
    raw = {k: v for k, v in raw.items() if v not in (None, "")}
    if "year" not in raw and ctx.school_year is None:
        # A new, empty database: say where to start, in the user's language.
        QMessageBox.warning(parent, QCoreApplication.translate("ReportExport", "Report"), QCoreApplication.translate(
            "ReportExport", "No school year yet: choose or create one in File › School settings…"))
        return None
    if "year" not in raw and ctx.school_year is not None:
        raw["year"] = ctx.school_year.name
    title = QCoreApplication.translate("ReportExport", "Report")

    def prepare() -> tuple[ReportKind, ReportParams, AppError | None]:
        kind = get_kind(kind_name)
        params = resolve_params(ctx.db, kind, **raw)
        return kind, params, (kind.warning(ctx.db, params) if kind.warning else None)

    ok, prepared, _reason = attempt(parent, title, prepare)  # a refused parameter or a fault: said
    if not ok or prepared is None:
        return None
    kind, params, warning = prepared
    if warning is not None:  # e.g. an incomplete measurement round: print anyway?
        question = warning.text() + "\n\n" + QCoreApplication.translate("ReportExport", "Continue anyway?")
        answer = QMessageBox.question(parent, kind_title(kind), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return kind, raw, params


def save_folder() -> Path:
    """Where a save dialog opens: the folder a document was last saved in, else Documents
    (never the program's own folder, where a bare file name would land)."""
    return Path(QSettings().value(FOLDER_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))


def remember_folder(path: Path | str) -> None:
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


def ask_save_path(parent: QWidget, kind: ReportKind, default_name: str, formats: tuple[str, ...]) -> Path | None:
    """The save dialog, in the folder used last time; the extension follows the chosen filter."""
    folder = save_folder()
    filters = [FILTERS[f] for f in formats]
    title = QCoreApplication.translate("ReportExport", "Save %1").replace("%1", kind_title(kind))
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / default_name), ";;".join(filters), filters[0])
    if not chosen:
        return None
    path = Path(chosen)
    if format_of(path) not in formats:
        fmt = next((f for f in formats if FILTERS[f] == selected), formats[0])
        path = path.with_name(f"{path.name}.{fmt}")
    remember_folder(path)
    return path


def export_report(parent: QWidget, ctx: AppContext, kind_name: str, *, fmt: str | None = None,
                  **params: str | int | None) -> ExportFlow | None:
    """Ask where to save ``kind_name`` (as ``fmt``, or any format the kind offers) and build it
    in the background. Returns the running flow (its ``finished`` signal) or None if not started."""
    prepared = _prepare(parent, ctx, kind_name, params)
    if prepared is None:
        return None
    kind, raw, checked = prepared
    formats = (fmt,) if fmt else kind.formats
    path = ask_save_path(parent, kind, default_file_name(kind, checked, formats[0]), formats)
    if path is None:
        return None
    flow = ExportFlow(parent, ctx, kind, raw, open_after=False)
    flow.start(path)
    return flow


def print_report(parent: QWidget, ctx: AppContext, kind_name: str, **params: str | int | None) -> ExportFlow | None:
    """Build the PDF into a temporary folder and open it in the system viewer to print."""
    prepared = _prepare(parent, ctx, kind_name, params)
    if prepared is None:
        return None
    kind, raw, checked = prepared
    from kindergarten_desktop.reports.output import private_temp_dir

    flow = ExportFlow(parent, ctx, kind, raw, open_after=True)
    flow.start(private_temp_dir() / default_file_name(kind, checked, "pdf"))
    return flow
