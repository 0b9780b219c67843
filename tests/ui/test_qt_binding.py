"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference to
None on every call of a void Qt method, and a long session aborts ("none_dealloc")."""

import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox


def test_void_qt_calls_keep_none_alive(qtbot):
    action = QAction("x")
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["a", "b"])
    before = sys.getrefcount(None)
    for i in range(2000):
        action.setEnabled(i % 2 == 0)
        combo.setCurrentIndex(i % 2)
    assert sys.getrefcount(None) - before > -100
