from PySide6.QtWidgets import QWidget

from kindergarten_desktop.ui.workers import Cancelled, run_in_background


def test_result_error_and_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results = []

    def job(progress):
        for i in range(5):
            progress(i, 5, "step")
        return 42

    run_in_background(parent, job, title="t", on_done=results.append, on_error=lambda m, t: results.append(m))
    qtbot.waitUntil(lambda: results == [42], timeout=5000)

    def boom(progress):
        raise ValueError("hỏng")

    run_in_background(parent, boom, title="t", on_done=results.append, on_error=lambda m, t: results.append(m))
    qtbot.waitUntil(lambda: results[-1] == "hỏng", timeout=5000)

    def cancelled(progress):
        raise Cancelled

    run_in_background(parent, cancelled, title="t", on_done=results.append,
                      on_error=lambda m, t: results.append(m), on_cancel=lambda: results.append("cancel"))
    qtbot.waitUntil(lambda: results[-1] == "cancel", timeout=5000)
