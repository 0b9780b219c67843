"""Shared by the Growth tab tests."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def no_dialog_left_open():
    """A question nobody expected would wait forever: close it and fail the test instead."""
    unexpected = []

    def watch():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            unexpected.append(box.text())
            box.reject()
        timer.start()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(3000)
    timer.timeout.connect(watch)
    timer.start()
    yield
    timer.stop()
    assert not unexpected, unexpected
