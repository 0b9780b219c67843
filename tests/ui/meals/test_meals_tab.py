"""The Meals & fees tab on the real widgets over a demo school."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
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
    assert page.model.rowCount() == 16 + 2  # the classes, then the staff meals and the total
    total = page.model.rows[-1]
    assert total.expected == page.count.to_cook
    assert page.children_model.rowCount() == page.model.rows[0].enrolled  # the first class's children
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
    page.item.setEditText("Bí hồ lô")
    page.quantity.setText("4,5")
    page._add()
    assert warnings and page.model.rowCount() == rows
    page.item.setEditText("Bí hồ lô")
    page.quantity.setText("4,5")
    page.price.setText("16.000")
    page._add()
    assert page.model.rowCount() == rows + 1
    assert any(p.item == "Bí hồ lô" and p.amount == 72000 for p in page.model.rows)


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
                                      "daily-posting", "kitchen-slip", "lunch-support"}
    assert tab.report_params("lunch-support") == {"year": "2025-2026", "round": "2"}
    tab.count.day.setDate(QDate(2026, 3, 13))
    assert tab.report_params("kitchen-slip") == {"date": "2026-03-13"}
    statements = _finished(qtbot, tab.print_report("meals-statements"))
    assert statements.name == "Thong_bao_tien_an_2026-02_La_1.pdf"
    assert "THÔNG BÁO TIỀN ĂN THÁNG 02/2026" in PdfReader(statements).pages[0].extract_text()
    posting = _finished(qtbot, tab.print_report("daily-posting"))
    assert posting.name == "Cong_khai_bua_an_2026-03-10.pdf" and len(PdfReader(posting).pages) == 1


def test_ledger_warns_when_meals_have_no_rate(qtbot, demo_db, demo_db_copy):
    demo_db.execute("DROP TRIGGER guard_meal_rate_delete")  # a database from before the guard
    demo_db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    widget = MealsTab(AppContext(demo_db, demo_db_copy))
    qtbot.addWidget(widget)
    widget.pages.setCurrentWidget(widget.ledger)
    page = widget.ledger
    assert not page.ledger.closed
    assert page.warning.isVisibleTo(page)
    assert "nursery" in page.warning.text() and "Rates and rules" in page.warning.text()


def test_a_typed_name_not_in_the_list_changes_no_child(tab, warnings):
    page = tab.count
    shown_first = page.child.currentData()
    page.child.setEditText("Không có trẻ này")
    page._save_override()
    assert warnings and "Không có trẻ này" in warnings[-1][1]
    assert tab.ctx.db.execute("SELECT count(*) FROM meal_override WHERE child_id = ?", [shown_first]).fetchone()[0] \
        == 0
    page.child.setEditText(page.child.itemText(1).upper())  # the name as typed, in capitals
    page._save_override()
    assert tab.ctx.db.execute("SELECT count(*) FROM meal_override WHERE child_id = ?",
                              [page.child.itemData(1)]).fetchone()[0] == 1


def test_count_tables_show_their_headers_before_the_load_and_their_rows_after(qtbot, demo_db, demo_db_copy):
    """Built for the first paint (load=False), the meal count's tables show Qt-kept headers, the
    same as their rows' models'; the load gives them those models (ui/meals/table_model.py)."""
    from PySide6.QtCore import Qt

    widget = MealsTab(AppContext(demo_db, demo_db_copy), load=False)
    qtbot.addWidget(widget)
    page = widget.count
    for table, model in ((page.table, page.model), (page.children_table, page.children_model)):
        shown = table.model()
        assert shown is not model and shown.rowCount() == 0
        assert [shown.headerData(i, Qt.Orientation.Horizontal) for i in range(shown.columnCount())] \
            == [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert list(widget._lazy.built) == ["count"]  # the other pages are built when first shown
    widget.load()
    assert page.table.model() is page.model and page.model.rowCount() > 0
    assert page.children_table.model() is page.children_model and page.children_model.rowCount() > 0
    assert page.headline.textFormat() == Qt.TextFormat.RichText
    page.refresh()  # again: the same models stay
    assert page.table.model() is page.model and page.children_table.model() is page.children_model


def test_count_page_explains_a_school_without_classes(qtbot, db, tmp_path):
    from kindergarten_desktop.school import ensure_school_year

    ensure_school_year(db, 2025)
    widget = MealsTab(AppContext(db, tmp_path / "new.sqlite3"))
    qtbot.addWidget(widget)
    widget.count.day.setDate(widget.count.day.date().fromString("08/09/2025", "dd/MM/yyyy"))
    assert "Class lists" in widget.count.headline.text()


def test_receipt_for_a_half_typed_name_is_not_booked_to_the_child_shown_before(tab, warnings):
    tab.pages.setCurrentWidget(tab.payments)
    page = tab.payments
    page.date.setDate(page.date.date().fromString("10/03/2026", "dd/MM/yyyy"))
    db = tab.ctx.db
    before = db.execute("SELECT count(*) FROM meal_payment").fetchone()[0]
    page.child.setEditText("Nguyễn Văn")  # the nurse stopped typing before choosing a name
    page.amount.setText("150.000")
    page.save.click()
    assert warnings and "Nguyễn Văn" in warnings[-1][1]
    assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == before
    wanted = page.child.itemText(3)
    page.child.setEditText(wanted)
    page.save.click()
    assert db.execute("SELECT child_id FROM meal_payment ORDER BY id DESC").fetchone()[0] == page.child.itemData(3)


def test_count_page_lists_the_children_of_the_day_chosen(tab, qtbot):
    page = tab.count
    child_id, class_id, start = tab.ctx.db.execute(
        "SELECT child_id, class_id, start_date FROM enrollment WHERE start_reason = 'new' "
        "AND start_date > '2025-10-01' AND start_date < '2026-03-01' ORDER BY start_date LIMIT 1").fetchone()
    joined = dt.date.fromisoformat(start)
    page.day.setDate(joined - dt.timedelta(days=7))
    row = next(i for i, c in enumerate(page.model.rows) if c.class_id == class_id)
    page._class_chosen(page.model.index(row, 0))
    assert page.child.findData(child_id) < 0  # not yet in the class
    page.day.setDate(joined)
    assert page.child.findData(child_id) >= 0  # the day's list, same class
    assert page.child_class == class_id


def test_ledger_classes_youngest_first_as_in_the_roster(tab):
    from kindergarten_desktop.roster.queries import list_classes

    tab.pages.setCurrentWidget(tab.ledger)
    klass = tab.ledger.klass
    shown = [klass.itemText(i) for i in range(1, klass.count())]
    roster = [c.name for c in list_classes(tab.ctx.db, tab.ctx.school_year.id)]
    assert shown == [name for name in roster if name in shown]
    assert shown[0].startswith("Nhà trẻ") and shown[-1].startswith("Lá")


def test_rates_page_note_fits_and_fee_starts_on_a_month(tab, qtbot):
    tab.resize(1000, 560)  # the tab in a 1024 × 640 window
    tab.show()
    tab.pages.setCurrentWidget(tab.rates)
    page = tab.rates
    qtbot.waitExposed(page)
    notes = [r.note for r in page.rates.rows if r.note]
    assert notes
    table = page.rates_table
    note_column = page.rates.columnCount() - 1
    assert table.horizontalScrollBar().maximum() == 0  # nothing runs off the right edge
    assert table.columnViewportPosition(note_column) + table.columnWidth(note_column) <= table.viewport().width()
    assert table.columnWidth(note_column) >= 120  # wide enough to read, wrapped over lines
    assert page.fee_from.displayFormat() == "MM/yyyy"
    page.fee_from.set_month(2026, 4)
    page.fee_name.setText("Nước uống hè")
    page.fee_amount.setText("12.000")
    page._add_fee()
    assert tab.ctx.db.execute("SELECT effective_from FROM monthly_fee WHERE name = 'Nước uống hè'").fetchone()[0] \
        == "2026-04-01"


def test_count_page_names_age_groups_in_the_interface_language(qtbot, demo_db, demo_db_copy):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        widget = MealsTab(AppContext(demo_db, demo_db_copy))
        qtbot.addWidget(widget)
        page = widget.count
        shown = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
        assert "Kindergarten 5–6 years" in shown and not any("Mẫu giáo" in s for s in shown)
        assert "Nursery" in page.groups.text() and "Nhà trẻ" not in page.groups.text()
    finally:
        QLocale.setDefault(before)


def test_meal_change_and_staff_meals_save_with_enter(tab, qtbot, warnings):
    from PySide6.QtCore import Qt

    page = tab.count
    tab.show()
    child_id = page.child.itemData(2)
    page.child.setCurrentIndex(2)
    page.reason.setText("mẹ báo ốm")
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    assert not warnings
    assert tab.ctx.db.execute("SELECT reason FROM meal_override WHERE child_id = ?",
                              [child_id]).fetchone()[0] == "mẹ báo ốm"
    assert page.reason.text() == "" and page.focusWidget() in (page.child, page.child.lineEdit())
    page.staff.setFocus()
    page.staff.selectAll()
    qtbot.keyClicks(page.staff, "14")
    qtbot.keyClick(page.staff, Qt.Key.Key_Return)
    assert tab.ctx.db.execute("SELECT count FROM staff_meal WHERE day = ?",
                              [page._date().isoformat()]).fetchone()[0] == 14


def test_printing_without_a_rate_says_so_and_opens_the_rates_page(qtbot, demo_db, demo_db_copy, warnings,
                                                                  monkeypatch):
    from kindergarten_desktop.ui.reports import export

    demo_db.execute("DROP TRIGGER guard_meal_rate_delete")  # a database from before the guard
    demo_db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    widget = MealsTab(AppContext(demo_db, demo_db_copy))
    qtbot.addWidget(widget)
    started = []
    monkeypatch.setattr(export, "export_report", lambda *a, **k: started.append(a))
    for kind in ("meals-statements", "meals-ledger", "market-book", "daily-posting"):
        warnings.clear()
        assert widget.print_report(kind) is None
        assert warnings and "Rates and rules" in warnings[0][1], kind
        assert widget.pages.currentWidget() is widget.rates
    assert started == []
    widget.print_report("meals-receipts")  # receipts print what was paid: no rate needed
    assert len(started) == 1


def test_discounts_page_adds_edits_and_removes_a_standing_discount(tab, monkeypatch):
    from kindergarten_desktop.meals.discounts import standing_discounts
    from kindergarten_desktop.meals.ledger import compute_month

    tab.pages.setCurrentWidget(tab.discounts)
    page = tab.discounts
    page.month.set_month(2026, 3)
    child_id = page.child.itemData(0)
    page.amount.setText("50.000")
    page.reason.setText("Con giáo viên trong trường")
    page.standing.setChecked(True)
    page.add_button.click()
    assert [d.amount for d in standing_discounts(tab.ctx.db, child_id)] == [50_000]
    row = next(r for r in compute_month(tab.ctx.db, 2026, 3).rows if r.child_id == child_id)
    assert row.discount >= 50_000 and "Con giáo viên trong trường" in row.discount_reasons
    index = next(i for i, d in enumerate(page.model.rows) if d.child_id == child_id and d.standing)
    page.table.selectRow(index)
    assert page.save_button.isEnabled() and page.amount.text() == "50000"
    page.amount.setText("40000")
    page.save_button.click()
    assert [d.amount for d in standing_discounts(tab.ctx.db, child_id)] == [40_000]
    page.table.selectRow(next(i for i, d in enumerate(page.model.rows) if d.child_id == child_id and d.standing))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove_button.click()
    assert standing_discounts(tab.ctx.db, child_id) == []


def test_a_discount_in_a_closed_month_says_how_to_reopen(tab, warnings):
    page = tab.discounts
    tab.pages.setCurrentWidget(page)
    page.month.set_month(2026, 1)  # closed in the demo
    page.amount.setText("20000")
    page.reason.setText("Ốm dài ngày")
    page.add_button.click()
    assert warnings, "the refusal is shown"
    text = warnings[-1][1]
    assert "02/2026" in text and ("Mở lại tháng này" in text or "Reopen" in text)  # the demo is closed up to February


def test_rates_page_saves_a_lunch_support_rule(tab):
    from PySide6.QtCore import QDate

    from kindergarten_desktop.meals.support import list_rules

    tab.pages.setCurrentWidget(tab.rates)
    page = tab.rates
    page.support_from.setDate(QDate(2026, 4, 1))
    page.support_amount.setText("180.000")
    page.support_months.setValue(9)
    page.support_note.setText("Nghị định mới")
    page._save_support()
    assert [(r.effective_from, r.amount) for r in list_rules(tab.ctx.db)][-1] == (dt.date(2026, 4, 1), 180_000)
    assert page.support.rowCount() == 2


def test_a_day_of_a_closed_month_is_read_only_on_the_count_page(tab):
    from PySide6.QtCore import QDate

    page = tab.count
    page.day.setDate(QDate(2026, 2, 10))  # the demo is closed up to February
    assert not page.staff_box.isEnabled() and not page.over_box.isEnabled()
    assert "02/2026" in page.headline.text()
    page.day.setDate(QDate(2026, 3, 10))
    assert page.staff_box.isEnabled() and page.over_box.isEnabled()


def test_closing_a_month_asks_first_and_no_keeps_it_open(tab, monkeypatch):
    """With accounts the button closed the month at once: one stray Enter froze a month."""
    asked = []

    def answer(parent, title, text, buttons=None, default=None):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # Enter keeps the month open
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Đỗ Thị Bích Ngọc", True))
    tab.pages.setCurrentWidget(tab.ledger)
    page = tab.ledger
    page.month.set_month(2026, 3)
    before = closing.last_closed(tab.ctx.db)
    page.close_button.click()
    assert asked and "03/2026" in asked[0]
    assert closing.last_closed(tab.ctx.db) == before and page.close_button.isEnabled()


def test_choosing_another_school_year_moves_every_page_to_it(tab):
    """The school year chosen in the toolbar: the meals pages follow it like the roster's, growth's
    and agenda's (the tab kept showing the year it opened on)."""
    from kindergarten_desktop.school import ensure_school_year

    shown = tab.ctx.school_year
    day = tab.count.day.date().toPython()
    assert shown.contains(day) and tab.count.model.rowCount() == 16 + 2
    tab.pages.setCurrentWidget(tab.ledger)
    older = ensure_school_year(tab.ctx.db, 2024)
    tab.ctx.set_school_year(older.id)
    assert tab.ledger.month.year_month() == (older.start_date.year, older.start_date.month)
    tab.pages.setCurrentWidget(tab.count)
    assert tab.count.day.date().toPython() == older.start_date
    assert tab.count.model.rowCount() == 0  # no class that year
    tab.ctx.set_school_year(shown.id)
    assert tab.count.day.date().toPython() == day and tab.count.model.rowCount() == 16 + 2


def test_the_debt_list_on_screen_adds_across_like_the_printed_one(tab, qtbot):
    """Still owing: owed from earlier months + due this month = total due; total due − paid = still
    owed, read from what the table shows, in the printed list's words ("Phải nộp tháng này" held
    the earlier months' debt too)."""
    from kindergarten_desktop.meals.ledger import compute_month
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")
    try:
        vietnamese = MealsTab(tab.ctx)
        qtbot.addWidget(vietnamese)
        page = vietnamese.payments
        headers = [" ".join(page.debts.headerData(c, Qt.Orientation.Horizontal).split())  # two-line labels
                   for c in range(page.debts.columnCount())]
    finally:
        i18n.install_translators("en")
    assert headers == ["Trẻ", "Lớp", "Nợ các tháng trước", "Phải nộp tháng này", "Tổng phải nộp", "Đã nộp",
                       "Còn nợ"]
    tab.pages.setCurrentWidget(tab.payments)
    page = tab.payments
    year, month = page.month.year_month()
    owing = [r for r in compute_month(tab.ctx.db, year, month).rows if r.balance > 0]
    assert page.debts.rowCount() == len(owing) > 0
    shown = [[_amount(page.debts.index(row, c).data()) for c in range(2, 7)] for row in range(page.debts.rowCount())]
    assert any(before > 0 and this_month > 0 for before, this_month, *_ in shown)
    for before, this_month, total, paid, still in shown:
        assert before + this_month == total and total - paid == still
    assert sorted(line[4] for line in shown) == sorted(r.balance for r in owing)


def _amount(shown: str) -> int:
    """'1,234,000 ₫', '-50,000 ₫' or '0' as shown -> đồng."""
    digits = "".join(ch for ch in shown if ch.isdigit())
    return -int(digits) if shown.strip().startswith(("-", "−")) else int(digits)


def test_the_arrow_keys_choose_the_class_whose_children_are_listed(tab, qtbot):
    from PySide6.QtCore import Qt

    page = tab.count
    tab.show()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    first = {m.class_name for m in page.children_model.rows}
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the keyboard alone, as after the tab opens
    second = page.model.rows[1]
    assert {m.class_name for m in page.children_model.rows} == {second.name} != first
    assert page.child_class == second.class_id
