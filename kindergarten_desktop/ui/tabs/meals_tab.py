"""Meals & fees tab (accountant): meal counts, statements, market book, daily posting."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.placeholder import InfoPanel


class MealsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(InfoPanel(self.tr("Meals and fees"), [
            self.tr("Daily meal counts, monthly statements and the market book will appear here."),
        ]))
