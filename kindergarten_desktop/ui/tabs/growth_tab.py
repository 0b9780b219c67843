"""Growth tab (school nurse): measurement rounds, WHO charts and summaries."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.placeholder import InfoPanel


class GrowthTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(InfoPanel(self.tr("Growth monitoring"), [
            self.tr("Measurement rounds, the class entry grid and WHO growth charts will appear here."),
        ]))
