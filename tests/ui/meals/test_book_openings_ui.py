"""The accountant enters the opening balance of a book on the real dialog: saved and shown
again, a bad amount or a closed month told plainly with nothing written."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from kindergarten_desktop.meals import cashbook, closing
from kindergarten_desktop.ui import error_dialog
from kindergarten_desktop.ui.meals.money_dialogs import OpeningDialog
from tests.meals.conftest import build_school


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(error_dialog, "show_failure", lambda parent, title, text, repeat=False: said.append(text))
    return said


def test_opening_balance_dialog(qtbot, db, told):
    school = build_school(db)
    school.price()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = OpeningDialog(parent, db, dt.date(2025, 9, 8))
    assert dialog.date.date() == QDate(2025, 9, 8) and not dialog.remove.isEnabled()
    dialog.amount.setText("-200.000")
    dialog._save()
    assert told and "không được âm" in told[-1] and cashbook.opening_of(db, "cash") is None
    dialog.amount.setText("12.500.000")
    dialog.note.setText("Biên bản kiểm kê quỹ số 1")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cashbook.opening_of(db, "cash") == cashbook.Opening("cash", dt.date(2025, 9, 8), 12_500_000,
                                                               "Biên bản kiểm kê quỹ số 1")
    again = OpeningDialog(parent, db, dt.date(2025, 10, 1))
    assert again.amount.text().replace(",", ".").startswith("12.500.000") and again.remove.isEnabled()
    again.book.setCurrentIndex(1)  # the bank book has none yet
    assert again.amount.text() == "" and again.date.date() == QDate(2025, 10, 1)
    closing.close_month(db, 2025, 9, "Kế toán")
    again.book.setCurrentIndex(0)
    again._remove()
    assert "09/2025" in told[-1] and cashbook.opening_of(db, "cash") is not None


def test_a_payout_dated_before_the_books_opening_is_told_and_kept_open(qtbot, db, told):
    from kindergarten_desktop.errors import set_language
    from kindergarten_desktop.ui.meals.money_dialogs import PayoutDialog

    school = build_school(db)
    school.price()
    cashbook.set_opening(db, "transfer", dt.date(2025, 9, 10), 4_000_000)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PayoutDialog(parent, db, [], ["Cô Lan"], dt.date(2025, 9, 9))
    dialog.purpose.setCurrentIndex(1)  # a supplier paid
    dialog.supplier.setCurrentText("Cô Lan")
    dialog.reason.setText("Trả tiền rau")
    dialog.amount.setText("250.000")
    dialog.method.setCurrentIndex(1)  # by bank transfer
    dialog.print_after.setChecked(False)
    dialog._save()
    assert "Sổ tiền gửi bắt đầu từ ngày 10/09/2025" in told[-1]
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.amount.text() == "250.000"
    set_language("en")
    try:
        dialog._save()
        assert "The bank-transfer book starts on 10/09/2025" in told[-1]
    finally:
        set_language("vi")
    assert db.execute("SELECT count(*) FROM meal_payout").fetchone()[0] == 0
    dialog.date.setDate(QDate(2025, 9, 10))
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.payout is not None
