"""The inspection and samples page after a month closed, as the cook uses it: real widgets
offscreen over a real database file."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QPushButton

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

