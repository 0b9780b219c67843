"""Help › User guide: the short guide per role (resources/help/guide_<lang>.md) in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from kindergarten_desktop.errors import current_language
from kindergarten_desktop.paths import resources_dir


def guide_path(lang: str) -> Path:
    return resources_dir() / "help" / f"guide_{'en' if lang == 'en' else 'vi'}.md"


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_path(lang).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


def add_guide_action(menu: QMenu, parent: QWidget) -> QAction:
    """The Help menu entry (F1) that opens the guide in the current language."""
    action = menu.addAction(QCoreApplication.translate("GuideDialog", "&User guide"))
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)[:1])  # see MainWindow._add
    action.triggered.connect(lambda: GuideDialog(current_language(), parent).exec())
    return action
