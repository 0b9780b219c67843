"""The inspection and samples page after a month closed, as the cook uses it: real widgets
offscreen over a real database file."""

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kindergarten_desktop.db import open_database
from kindergarten_desktop.kitchen.inspection import Sample, list_samples, save_sample
from kindergarten_desktop.meals.closing import close_month
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.inspection_page import InspectionPage
from tests.meals.conftest import build_school

LAST_DAY = dt.date(2025, 10, 31)


def _button(page, text: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_a_sample_of_a_closed_months_last_day_is_marked_discarded_and_stays_otherwise_closed(
        qtbot, tmp_path, monkeypatch):
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    try:
        school = build_school(db)
        school.price()
        save_sample(db, Sample(None, LAST_DAY, "lunch", "Canh bí xanh", 150, "ml",
                               dt.datetime(2025, 10, 31, 10, 30), None, "Vũ Thị Hạnh"))
        close_month(db, 2025, 9, "Kế toán", now=dt.datetime(2025, 11, 3))
        close_month(db, 2025, 10, "Kế toán", now=dt.datetime(2025, 11, 3))
        told = []
        monkeypatch.setattr("kindergarten_desktop.ui.actions.report_exception",
                            lambda exc, parent, title, **_k: told.append((title, str(exc))))
        page = InspectionPage(AppContext(db, path))
        qtbot.addWidget(page)
        page.day.setDate(QDate(2025, 10, 31))
        assert page.samples.rowCount() == 1
        page.samples_view.selectRow(0)
        _button(page, "Discarded now").click()
        assert told == []
        sample = list_samples(db, LAST_DAY, LAST_DAY)[0]
        assert sample.discarded_at is not None and sample.discarded_at.date() > LAST_DAY
        assert page.samples.index(0, 4).data()  # the Discarded column shows it
        monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        page.samples_view.selectRow(0)
        _button(page, "Delete sample").click()  # what was sampled stays October's
        assert [t for t, _ in told] == ["Sample not deleted"] and "10/2025" in told[0][1]
        assert list_samples(db, LAST_DAY, LAST_DAY) == [sample]
    finally:
        db.close()



def _answer_later(seen: list, button) -> None:
    """When the question opens: note its text and default button, then answer it (Enter: the default)."""
    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)))
        if button is None:
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            box.button(button).click()

    QTimer.singleShot(0, answer)


def test_discarded_now_on_a_sample_already_discarded_asks_first_and_no_keeps_its_time(qtbot, tmp_path):
    """"Discarded now" on a sample whose discard is written asked nothing and overwrote the time in
    the food-safety book; it asks now, in Vietnamese, and the default answer (Enter) keeps it."""
    from kindergarten_desktop.ui import i18n

    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    day = dt.date(2025, 10, 1)
    written = dt.datetime(2025, 10, 2, 10, 45)
    i18n.install_translators("vi")
    try:
        build_school(db)
        save_sample(db, Sample(None, day, "lunch", "Canh bí xanh", 150, "ml", dt.datetime(2025, 10, 1, 10, 30),
                               written, "Vũ Thị Hạnh", "Vũ Thị Hạnh"))
        save_sample(db, Sample(None, day, "lunch", "Cá kho", 100, "g", dt.datetime(2025, 10, 1, 10, 30), None,
                               "Vũ Thị Hạnh"))
        page = InspectionPage(AppContext(db, path))
        qtbot.addWidget(page)
        page.day.setDate(QDate(2025, 10, 1))
        discard = _button(page, "Hủy mẫu lúc này")

        def row_of(dish):
            return next(r for r in range(page.samples.rowCount()) if page.samples.rows[r].dish == dish)

        seen: list = []
        page.samples_view.selectRow(row_of("Canh bí xanh"))
        _answer_later(seen, None)  # Enter: the default answer
        discard.click()
        assert len(seen) == 1
        text, default_no = seen[0]
        assert default_no
        assert text.startswith("Mẫu “Canh bí xanh” đã được ghi hủy lúc 10:45 02/10/2025. Ghi lại thành "), text
        assert "Sửa mẫu…" in text
        again = {s.dish: s for s in list_samples(db, day, day)}
        assert again["Canh bí xanh"].discarded_at == written  # kept

        page.samples_view.selectRow(row_of("Canh bí xanh"))
        _answer_later(seen, QMessageBox.StandardButton.Yes)
        before = dt.datetime.now().replace(second=0, microsecond=0)
        discard.click()
        assert len(seen) == 2
        changed = {s.dish: s for s in list_samples(db, day, day)}["Canh bí xanh"]
        assert changed.discarded_at is not None and changed.discarded_at >= before
        assert changed.discarded_by == "Vũ Thị Hạnh"

        # A sample not yet discarded is marked at once, nothing asked.
        page.samples_view.selectRow(row_of("Cá kho"))
        discard.click()
        assert len(seen) == 2
        assert {s.dish: s for s in list_samples(db, day, day)}["Cá kho"].discarded_at >= before
    finally:
        i18n.install_translators("en")
        db.close()
