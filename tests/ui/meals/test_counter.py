"""The accountant's counter on the real widgets: payment → receipt printed → cancel one → the
day's cash book; and a stock use corrected on the store page."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kindergarten_desktop.meals import cashbook
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.meals.money_dialogs import AdjustDialog, CancelDialog
from kindergarten_desktop.ui.meals.table_model import ROW_ROLE
from kindergarten_desktop.ui.tabs.meals_tab import MealsTab

DAY = "10/03/2026"


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy):
    ctx = AppContext(demo_db, demo_db_copy)
    widget = MealsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.pages.setCurrentWidget(widget.payments)
    page = widget.payments
    page.date.setDate(page.date.date().fromString(DAY, "dd/MM/yyyy"))
    page.month.set_month(2026, 3)
    return widget


def _click_later(text):
    def click():
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, click)


def _select(table, row_id):
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).id == row_id)
    table.selectRow(row)


def _owing_child(page):
    for i in range(page.child.count()):
        if page.balances.get(page.child.itemData(i), 0) > 50_000:
            return i
    raise AssertionError("no child owes in the demo month")


def test_counter_day(tab, printed, monkeypatch):
    page, db = tab.payments, tab.ctx.db
    day = dt.date(2026, 3, 10)
    cash_before = cashbook.book(db, "cash", day, day).closing
    index = _owing_child(page)
    page.child.setCurrentIndex(index)
    debt = page.balances[page.child.itemData(index)]
    assert page.owed.text().replace(".", "").replace(" ₫", "").replace(",", "") == str(debt)

    # 1. A payment within the debt: saved and printed at once, two copies on one page.
    page.amount.setText(str(debt - 10_000))
    page.payer.setText("Nguyễn Thị Mai")
    page.save.click()
    receipt = db.execute("SELECT id, number, amount FROM meal_payment ORDER BY id DESC").fetchone()
    assert receipt[2] == debt - 10_000
    assert len(printed) == 1 and printed[0].name == f"Phieu_thu_{receipt[1]:04d}_2025.pdf"
    pdf = PdfReader(str(printed[0]))
    text = pdf.pages[0].extract_text()
    assert len(pdf.pages) == 1 and text.count("PHIẾU THU") == 2
    assert "Liên 1" in text and "Liên 2" in text and "Mẫu số C40-BB" in text and "Nguyễn Thị Mai" in text
    assert "tháng 02/2026" in text  # pay-after demo: March's payment is for February

    # 2. More than the debt asks, showing it; "Change the amount" saves nothing, "Pay ahead" saves.
    page.child.setCurrentIndex(index)
    page.amount.setText("5.000.000")
    _click_later("Change the amount")
    page.save.click()
    assert db.execute("SELECT count(*) FROM meal_payment WHERE id > ?", [receipt[0]]).fetchone()[0] == 0
    assert page.amount.text() == "5.000.000"
    _click_later("Pay ahead")
    page.save.click()
    ahead = db.execute("SELECT id, number, amount FROM meal_payment ORDER BY id DESC").fetchone()
    assert ahead[2] == 5_000_000 and ahead[1] == receipt[1] + 1

    # 3. The wrong one is cancelled (never deleted): it keeps its number, the list says so.
    _select(page.payments_table, ahead[0])

    def fill(dialog):
        dialog.reason.setText("Ghi nhầm số tiền")
        return 1

    monkeypatch.setattr(CancelDialog, "exec", fill)
    page._cancel()
    cancelled = db.execute("SELECT number, cancelled_by, cancel_reason FROM meal_payment WHERE id = ?",
                           [ahead[0]]).fetchone()
    assert cancelled[0] == ahead[1] and cancelled[2] == "Ghi nhầm số tiền" and cancelled[1]
    assert any(p.cancelled and p.id == ahead[0] for p in page.payments.rows)
    _select(page.payments_table, ahead[0])
    page._print_selected()
    text = PdfReader(str(printed[-1])).pages[0].extract_text()
    assert "ĐÃ HỦY" in text and "Ghi nhầm số tiền" in text

    # 4. The day's totals and the cash book count the valid receipt only.
    totals = next(t for t in page.days.rows if t.day == day)
    assert totals.cancelled >= 1
    book = cashbook.book(db, "cash", day, day)
    assert book.closing == cash_before + debt - 10_000


def test_store_page_corrects_a_use(tab, monkeypatch):
    tab.pages.setCurrentWidget(tab.stock)
    page, db = tab.stock, tab.ctx.db
    page.month.set_month(2026, 3)
    assert page.item.count() >= 1 and page.card.rowCount() > 0
    index = next(i for i, u in enumerate(page.uses.rows) if not u.adjustments)
    use = page.uses.rows[index]
    page.uses_table.selectRow(index)

    corrected = round(use.quantity / 2, 2)  # less than recorded: never runs the store short

    def fill(dialog):
        dialog.quantity.setText(str(corrected).replace(".", ","))
        dialog.reason.setText("Cân lại")
        return 1

    monkeypatch.setattr(AdjustDialog, "exec", fill)
    page._adjust()
    assert db.execute("SELECT count(*) FROM stock_adjustment WHERE use_id = ?", [use.id]).fetchone()[0] == 1
    fixed = next(u for u in page.uses.rows if u.id == use.id)
    assert abs(fixed.quantity - corrected) < 1e-6 and fixed.recorded == use.quantity


def test_cancel_without_reason_is_refused(tab, monkeypatch):
    page, db = tab.payments, tab.ctx.db
    page.payments_table.selectRow(0)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    answers = iter([1, 0])  # OK without a reason; refused, the dialog opens again; then Cancel
    opened = []
    monkeypatch.setattr(CancelDialog, "exec", lambda dialog: opened.append(dialog) or next(answers))
    page._cancel()
    assert shown and ("lý do" in shown[0] or "why" in shown[0])
    assert len(opened) == 2 and opened[0] is opened[1]  # the same dialog, with what was typed
    assert unsaved.is_marked(opened[1].reason) and shown[0] in opened[1].reason.toolTip()
    assert db.execute("SELECT count(*) FROM meal_payment WHERE cancelled_at IS NOT NULL AND created_at = ''"
                      ).fetchone()[0] == 0


def test_payout_dialog_writes_and_prints_a_supplier_payout(tab, printed, monkeypatch):
    from kindergarten_desktop.ui.meals.money_dialogs import PayoutDialog

    page, db = tab.payments, tab.ctx.db
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def fill(dialog):
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("supplier"))
        dialog.amount.setText("1.000.000")
        dialog._save()  # no supplier named: refused, the dialog stays open
        assert shown and dialog.payout is None
        dialog.supplier.setEditText("Cô Lan - rau")
        dialog.reason.setText("Trả tiền rau tuần 2")
        dialog._save()
        return 1 if dialog.payout is not None else 0

    monkeypatch.setattr(PayoutDialog, "exec", fill)
    before = db.execute("SELECT count(*) FROM meal_payout").fetchone()[0]
    page._new_payout()
    assert db.execute("SELECT count(*) FROM meal_payout").fetchone()[0] == before + 1
    assert printed and "PHIẾU CHI" in PdfReader(str(printed[-1])).pages[0].extract_text()
    assert any(p.payee == "Cô Lan - rau" for p in page.payouts.rows)


def test_market_page_cancels_a_purchase_by_adjustment(tab, monkeypatch):
    tab.pages.setCurrentWidget(tab.market)
    page, db = tab.market, tab.ctx.db
    page.day.setDate(page.day.date().fromString("16/03/2026", "dd/MM/yyyy"))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    rows = page.model.rowCount()
    stocked = {n for (n,) in db.execute("SELECT name FROM market_item WHERE stocked = 1")}
    index = next(i for i, p in enumerate(page.model.rows) if p.item not in stocked)  # fresh food
    page.table.selectRow(index)
    purchase = page.model.rows[index]

    def fill(dialog):
        dialog.action.setCurrentIndex(dialog.action.findData("cancel"))
        dialog.reason.setText("Mua trùng")
        return 1

    monkeypatch.setattr(AdjustDialog, "exec", fill)
    page._delete()
    assert not shown and page.model.rowCount() == rows - 1
    assert db.execute("SELECT action, reason FROM stock_adjustment WHERE purchase_id = ?", [purchase.id]
                      ).fetchone() == ("cancel", "Mua trùng")
    assert db.execute("SELECT count(*) FROM purchase WHERE id = ?", [purchase.id]).fetchone()[0] == 1


def test_a_child_who_owes_nothing_is_shown_as_owing_nothing(tab, monkeypatch):
    """A paid-up child read "nothing (credit 0 ₫)" (không nợ (thừa 0 ₫)): a credit only when there is one."""
    page = tab.payments
    index = _owing_child(page)
    child = page.child.itemData(index)
    for balance, shown in ((0, "nothing"), (-25_000, "nothing (credit 25,000 ₫)")):
        page.balances[child] = balance
        page.child.setCurrentIndex(-1)
        page.child.setCurrentIndex(index)
        assert page.owed.text().replace(".", ",") == shown
