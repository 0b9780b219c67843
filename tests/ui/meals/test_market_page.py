import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.meals.stock import on_hand
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.meals.market_page import MarketPage


@pytest.fixture
def page(qtbot, demo_db, demo_db_copy):
    widget = MarketPage(AppContext(demo_db, demo_db_copy))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.day.setDate(QDate(2026, 3, 16))
    widget.refresh()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_store_lists_stocked_items_and_takes_out_with_enter(page, qtbot, warnings):
    names = [i.name for i in page.stock_model.rows]
    assert "Gạo tẻ thơm" in names and "Dầu ăn Neptune" in names
    db = page.ctx.db
    before = on_hand(db, "Dầu ăn Neptune", page._date())
    take = round(before / 2, 1)  # what the demo's store holds that day depends on its menus
    assert take > 0
    page.stock_item.setCurrentText("Dầu ăn Neptune")
    qtbot.keyClicks(page.stock_quantity, f"{take:.1f}".replace(".", ","))
    qtbot.keyClick(page.stock_quantity, Qt.Key.Key_Return)
    assert not warnings
    assert on_hand(db, "Dầu ăn Neptune", page._date()) == pytest.approx(before - take)
    row = next(i for i in page.stock_model.rows if i.name == "Dầu ăn Neptune")
    assert row.on_hand == pytest.approx(before - take) and page.stock_quantity.text() == ""


def test_taking_out_more_than_on_hand_is_refused_with_the_reason(page, warnings):
    held = on_hand(page.ctx.db, "Gạo tẻ thơm", page._date())
    page.stock_item.setCurrentText("Gạo tẻ thơm")
    page.stock_quantity.setText(str(int(held) + 100))
    page._use()
    assert warnings and "Gạo tẻ thơm" in warnings[0][1] and "16/03/2026" in warnings[0][1]
    assert on_hand(page.ctx.db, "Gạo tẻ thơm", page._date()) == held


def test_keep_the_item_being_bought_in_store(page, warnings):
    page.item.setEditText("Nước mắm")
    page._keep()
    assert not warnings and "Nước mắm" in [i.name for i in page.stock_model.rows]


def test_warns_when_meals_have_no_daily_rate(page):
    assert page.unpriced.isHidden()
    page.ctx.db.execute("DROP TRIGGER guard_meal_rate_delete")  # a database from before the guard
    page.ctx.db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    page.refresh()
    assert not page.unpriced.isHidden() and "0 ₫" in page.unpriced.text()


def test_page_fits_a_1024_pixel_screen(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")  # the Vietnamese day line is the longer one
    widget = MarketPage(AppContext(demo_db, demo_db_copy))
    qtbot.addWidget(widget)
    widget.day.setDate(QDate(2026, 3, 16))
    widget.refresh()
    assert "carried" not in widget.balance.text() and widget.balance.text()
    assert widget.minimumSizeHint().width() < 1000


@pytest.mark.parametrize(("language", "country", "point", "group"), [
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, ".", ","),
    (QLocale.Language.Vietnamese, QLocale.Country.Vietnam, ",", "."),
])
def test_quantities_and_money_in_the_interface_language(qtbot, demo_db, demo_db_copy, warnings,
                                                         language, country, point, group):
    QLocale.setDefault(QLocale(language, country))
    page = MarketPage(AppContext(demo_db, demo_db_copy))
    qtbot.addWidget(page)
    page.day.setDate(QDate(2026, 3, 16))
    page.refresh()
    page.item.setEditText("Bí hồ lô")
    qtbot.keyClicks(page.quantity, "19" + point + "5")
    qtbot.keyClicks(page.price, "12" + group + "000")
    page._add()
    assert not warnings
    row = next(p for p in page.model.rows if p.item == "Bí hồ lô")
    assert row.quantity == pytest.approx(19.5)
    texts = [page.model.index(page.model.rows.index(row), c).data() for c in range(page.model.columnCount())]
    assert "19" + point + "5" in texts
    assert "234" + group + "000 ₫" in " ".join(texts)
    qtbot.keyClicks(page.quantity, "1" + group + "000")  # a thousand or one: refused, naming the field
    page.item.setEditText("Bí hồ lô")
    page._add()
    assert warnings and "1" + group + "000" in warnings[-1][1]
