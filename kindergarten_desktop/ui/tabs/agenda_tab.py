"""Monthly agenda tab (principal): the school-year plan by month and its calendar."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.placeholder import InfoPanel


class AgendaTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(InfoPanel(self.tr("Monthly focus agenda"), [
            self.tr("The school-year plan by month and its calendar will appear here."),
        ]))
