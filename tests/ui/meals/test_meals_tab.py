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
