"""The Meals & fees tab on the real widgets over a demo school."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kindergarten_desktop.meals import closing
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.meals_tab import MealsTab


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy):
    ctx = AppContext(demo_db, demo_db_copy)
    widget = MealsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_opens_on_the_meal_count_of_the_demo_day(tab):
    page = tab.count
    assert page.day.date().toPython() <= dt.date(2026, 3, 16)
    assert page.model.rowCount() == 16
    assert "16/16" not in page.headline.text() and page.headline.text()


def test_ledger_page_lists_children_and_filters_accent_blind(tab):
    tab.pages.setCurrentWidget(tab.ledger)
    page = tab.ledger
    total = page.proxy.rowCount()
    assert total > 400
    name = page.model.rows[0].full_name.split()[-1]
    page.search.setText(name.lower())
    assert 0 < page.proxy.rowCount() < total
    assert page.close_button.isEnabled() == (not page.ledger.closed)


def test_receipt_saved_and_bad_amount_refused(tab, warnings):
    tab.pages.setCurrentWidget(tab.payments)
    page = tab.payments
    page.date.setDate(page.date.date().fromString("10/03/2026", "dd/MM/yyyy"))
    before = tab.ctx.db.execute("SELECT count(*) FROM meal_payment").fetchone()[0]
    page.amount.setText("-50.000")
    page.save.click()
    assert warnings and ("âm" in warnings[-1][1] or "negative" in warnings[-1][1])
    page.amount.setText("150.000")
    page.payer.setText("Nguyễn Thị Mai")
    page.save.click()
    db = tab.ctx.db
    assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == before + 1
    assert db.execute("SELECT amount, payer FROM meal_payment ORDER BY id DESC").fetchone() == (150000,
                                                                                                "Nguyễn Thị Mai")
    assert page.amount.text() == ""


def test_purchase_without_price_refused_then_added(tab, warnings):
    tab.pages.setCurrentWidget(tab.market)
    page = tab.market
    page.day.setDate(page.day.date().fromString("16/03/2026", "dd/MM/yyyy"))
    rows = page.model.rowCount()
    page.item.setEditText("Bí đỏ")
    page.quantity.setText("4,5")
    page._add()
    assert warnings and page.model.rowCount() == rows
    page.item.setEditText("Bí đỏ")
    page.quantity.setText("4,5")
    page.price.setText("16.000")
    page._add()
    assert page.model.rowCount() == rows + 1
    assert any(p.item == "Bí đỏ" and p.amount == 72000 for p in page.model.rows)


def test_close_and_reopen_month_from_the_ledger(tab, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Đỗ Thị Bích Ngọc", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.pages.setCurrentWidget(tab.ledger)
    page = tab.ledger
    page.month.set_month(2026, 3)
    page.close_button.click()
    assert closing.last_closed(tab.ctx.db) == "2026-03"
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()
    page.reopen_button.click()
    assert closing.last_closed(tab.ctx.db) == "2026-02"
    assert [e.action for e in closing.history(tab.ctx.db, "2026-03")] == ["close", "reopen"]


def test_rates_page_refuses_a_bad_rate(tab, warnings):
    tab.pages.setCurrentWidget(tab.rates)
    page = tab.rates
    count = page.rates.rowCount()
    page.food.setText("25.5")
    page._add_rate()
    assert warnings and page.rates.rowCount() == count


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; the 'saved' box is only recorded."""
    from PySide6.QtWidgets import QFileDialog

    seen = {"proposed": [], "boxes": []}

    def get_save(_parent, _title, proposed, _filters, selected):
        seen["proposed"].append(proposed)
        return str(tmp_path / proposed.rsplit("/", 1)[-1]), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen["boxes"].append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: seen["boxes"].append(text)))
    return seen


def _finished(qtbot, flow):
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60000) as blocker:
        pass
    return blocker.args[0]


def test_print_buttons_take_month_class_and_day_from_the_pages(tab, qtbot, save_dialog):
    from pypdf import PdfReader
    from PySide6.QtCore import QDate

    tab.pages.setCurrentWidget(tab.ledger)
    tab.ledger.month.set_month(2026, 2)
    tab.ledger.klass.setCurrentIndex(tab.ledger.klass.findText("Lá 1"))
    tab.market.day.setDate(QDate(2026, 3, 10))
    assert tab.report_params("meals-ledger") == {"month": "2026-02", "class_name": "Lá 1", "year": "2025-2026"}
    assert tab.report_params("daily-posting") == {"date": "2026-03-10"}
    assert tab.report_params("market-book") == {"month": "2026-03"}
    assert set(tab.print_buttons) == {"meals-ledger", "meals-statements", "meals-receipts", "market-book",
                                      "daily-posting"}
    statements = _finished(qtbot, tab.print_report("meals-statements"))
    assert statements.name == "Thong_bao_tien_an_2026-02_La_1.pdf"
    assert "THÔNG BÁO TIỀN ĂN THÁNG 02/2026" in PdfReader(statements).pages[0].extract_text()
    posting = _finished(qtbot, tab.print_report("daily-posting"))
    assert posting.name == "Cong_khai_bua_an_2026-03-10.pdf" and len(PdfReader(posting).pages) == 1
