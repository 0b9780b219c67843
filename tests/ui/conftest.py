"""Shared by every interface test."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


@pytest.fixture(autouse=True)
def no_dialog_left_open(qapp):
    """A dialog nobody expected would wait forever (and hang the whole run): close it and fail
    the test instead. The watch is a QTimer, which needs the QApplication's event dispatcher: the
    fixture asks for ``qapp`` so a test run alone (or first) that creates no application itself
    does not start a timer on a thread without one ("event dispatcher has already been
    destroyed", a Qt warning that fails the test)."""
    unexpected = []

    def watch():
        box = QApplication.activeModalWidget()
        if isinstance(box, QDialog):
            unexpected.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
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
