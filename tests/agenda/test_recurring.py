import pytest

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.recurring import (
    RecurringItem,
    add_recurring,
    delete_recurring,
    get_recurring,
    list_recurring,
    recurring_for_month,
    restore_recurring,
    update_recurring,
)
from kindergarten_desktop.school import ensure_school_year


@pytest.fixture
def year(db):
    return ensure_school_year(db, 2025)


def test_shown_every_month_except_skipped(db, year):
    safety = add_recurring(db, year, RecurringItem(year.id, "Bảo đảm an toàn trường học", "all_staff"))
    inspection = add_recurring(db, year, RecurringItem(year.id, " Kiểm tra nội bộ ",
                                                       skipped=frozenset({"2026-07", "2026-08"})))
    assert inspection.title == "Kiểm tra nội bộ" and inspection.position == 1
    assert recurring_for_month(db, year.id, "2025-10") == [safety, inspection]
    assert recurring_for_month(db, year.id, "2026-07") == [safety]


def test_update_delete_restore(db, year):
    item = add_recurring(db, year, RecurringItem(year.id, "Sinh hoạt chuyên môn"))
    item = update_recurring(db, year, item.replace(skipped=frozenset({"2026-06"}), notes="tuần 4"))
    assert get_recurring(db, item.id) == item
    removed = delete_recurring(db, item.id)
    assert list_recurring(db, year.id) == []
    restore_recurring(db, removed)
    assert list_recurring(db, year.id) == [item]


def test_bad_input_refused(db, year):
    with pytest.raises(AgendaError) as info:
        add_recurring(db, year, RecurringItem(year.id, "  "))
    assert info.value.code == "agenda.title_empty"
    with pytest.raises(AgendaError) as info:
        add_recurring(db, year, RecurringItem(year.id, "X", skipped=frozenset({"2026-09"})))
    assert info.value.code == "agenda.months_outside_year"
    with pytest.raises(AgendaError):
        update_recurring(db, year, RecurringItem(year.id, "X", id=42))
    with pytest.raises(AgendaError):
        delete_recurring(db, 42)
    assert list_recurring(db, year.id) == []
