"""Import menus from an .xlsx or .csv file with a preview: every row, its problems, and which
day menus it replaces; nothing is written until the user imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen.importer import MenuImportPreview, apply_import, preview_import
from kindergarten_desktop.ui.actions import run_action
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.common import Column, RowsModel, group_name, meal_name, table_view


class MenuImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: MenuImportPreview | None = None
        self.setWindowTitle(self.tr("Import menus"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "One row per ingredient. Columns: Ngày, Khối, Bữa, Món ăn, Mã thực phẩm and/or Thực phẩm, "
            "Định lượng (g/trẻ). Importing a day again replaces that day's menu for that age group.")))
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        row.addWidget(self.path, 1)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        layout.addLayout(row)
        self.model = RowsModel([
            Column(self.tr("Row"), lambda r: r.row_number, "int"),
            Column(self.tr("Date"), lambda r: f"{r.day:%d/%m/%Y}" if r.day else ""),
            Column(self.tr("Age group"), lambda r: group_name(r.group) if r.group else ""),
            Column(self.tr("Meal"), lambda r: meal_name(r.meal) if r.meal else ""),
            Column(self.tr("Dish"), lambda r: r.dish),
            Column(self.tr("Food"), lambda r: r.food.name if r.food else ""),
            Column(self.tr("Net g per child"), lambda r: r.grams if r.valid else "", "num1"),
            Column(self.tr("Problem"), lambda r: "; ".join(e.text() for e in r.errors),
                   background=lambda r: None if r.valid else "#f7c9c9"),
        ], self)
        self.view = table_view(self.model, stretch=7)
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.skip = QCheckBox(self.tr("Import the valid rows and leave out the invalid ones"))
        self.skip.toggled.connect(lambda _c: self._update_button())
        layout.addWidget(self.skip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._update_button()
        if path is not None:
            self.load(path)

    def _choose(self) -> None:
        from kindergarten_desktop.ui.reports.export import remember_folder, save_folder

        # The user's folder (Documents, or where a file was last saved or opened), not the program's.
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Menu file"), str(save_folder()),
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if name:
            remember_folder(name)
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path.setText(str(path))
        try:
            self.preview = preview_import(self.ctx.db, path)
        except AppError as exc:
            self.preview = None
            self.model.set_rows([])
            self.summary.setText(exc.text())
            self._update_button()
            return
        p = self.preview
        self.model.set_rows(p.rows)
        text = self.tr("%1 rows, %2 invalid, %3 day menus.").replace("%1", str(len(p.rows))).replace(
            "%2", str(len(p.invalid))).replace("%3", str(len(p.menus())))
        if p.replaced:
            text += " " + self.tr("Replaces the menus of: %1.").replace("%1", ", ".join(
                f"{d:%d/%m/%Y} ({group_name(g)})" for d, g in sorted(p.replaced)))
        self.summary.setText(text)
        self._update_button()

    def _update_button(self) -> None:
        p = self.preview
        self.import_button.setEnabled(bool(p and p.menus() and (not p.invalid or self.skip.isChecked())))

    def _apply(self) -> None:
        if self.preview is None:
            return
        if not run_action(self, self.tr("Menus not imported"), apply_import, self.ctx.db, self.preview,
                          skip_invalid=self.skip.isChecked()):
            return
        self.accept()
