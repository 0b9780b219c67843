"""Two children with the same name in the same class, at the counter, on the meal count and on the
discounts page: the one picked gets the receipt, the change or the discount. The boxes looked the
names up by their text, so the first of the two got the other's money."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.roster.queries import class_children, list_classes
from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.meals_tab import MealsTab

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def twins(demo_db):
    """The first class's first two children get the same name (different birth dates)."""
    year = find_school_year(demo_db, "2025-2026")
    first_class = list_classes(demo_db, year.id)[0]
    a, b = class_children(demo_db, first_class.id, DAY)[:2]
    with demo_db.atomic():
        demo_db.execute("UPDATE child SET full_name = 'Nguyễn Minh Anh' WHERE id IN (?, ?)", [a.id, b.id])
    return first_class, a, b


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy, twins, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"refused: {a[1:]}"))
    ctx = AppContext(demo_db, demo_db_copy)
    widget = MealsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def _pick(combo, child_id) -> str:
    index = combo.findData(child_id)
    combo.setCurrentIndex(index)
    return combo.itemText(index)


def test_the_counter_books_the_receipt_to_the_child_picked(tab, twins, printed):
    _class, a, b = twins
    page, db = tab.payments, tab.ctx.db
    page.date.setDate(page.date.date().fromString(DAY.strftime("%d/%m/%Y"), "dd/MM/yyyy"))
    page.month.set_month(2026, 3)
    page.refresh()
    labels = {page.child.itemText(page.child.findData(c.id)) for c in (a, b)}
    assert len(labels) == 2 and all(label.startswith("Nguyễn Minh Anh") for label in labels), labels
    for child in (a, b, a):  # whichever comes first in the list
        _pick(page.child, child.id)
        page.amount.setText("1000")
        page.save.click()
        assert db.execute("SELECT child_id FROM meal_payment ORDER BY id DESC").fetchone()[0] == child.id


def test_the_meal_count_change_lands_on_the_child_picked(tab, twins):
    first_class, a, b = twins
    page, db = tab.count, tab.ctx.db
    page.day.setDate(page.day.date().fromString(DAY.strftime("%d/%m/%Y"), "dd/MM/yyyy"))
    page._fill_children(first_class.id)
    assert page.child.itemText(page.child.findData(a.id)) != page.child.itemText(page.child.findData(b.id))
    for child in (a, b):
        _pick(page.child, child.id)
        page.eats.setCurrentIndex(page.eats.findData(False))
        page.reason.setText("Mẹ gọi điện báo nghỉ")
        page._save_override()
        _pick(page.child, child.id)
    saved = {r[0] for r in db.execute("SELECT child_id FROM meal_override WHERE day = ?", [DAY.isoformat()])}
    assert saved == {a.id, b.id}


def test_the_discount_goes_to_the_child_picked(tab, twins):
    _class, a, b = twins
    tab.pages.setCurrentWidget(tab.discounts)
    page = tab.discounts
    page.month.set_month(2026, 3)
    for child in (a, b):
        _pick(page.child, child.id)
        assert page._child_id() == child.id
