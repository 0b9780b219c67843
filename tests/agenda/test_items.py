import datetime as dt

import pytest

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.items import (
    AgendaItem,
    add_item,
    delete_item,
    get_item,
    items_between,
    list_items,
    move_item,
    place_item,
    restore_item,
    set_status,
    update_item,
)
from kindergarten_desktop.school import ensure_school_year


@pytest.fixture
def year(db):
    return ensure_school_year(db, 2025)


def _add(db, year, title, month="2025-10", **kw):
    return add_item(db, year, AgendaItem(year.id, month, title, **kw))


def test_add_takes_month_and_week_from_the_date(db, year):
    item = _add(db, year, "  Khám sức khỏe   định kỳ ", month="2025-09", start_date=dt.date(2025, 10, 15),
                deadline=dt.date(2025, 10, 20), responsible="nurse")
    stored = get_item(db, item.id)
    assert stored == item
    assert (stored.title, stored.month, stored.week) == ("Khám sức khỏe định kỳ", "2025-10", 3)


@pytest.mark.parametrize("changes, field, code", [
    ({"title": "   "}, "title", "title_empty"),
    ({"start_date": dt.date(2025, 10, 10), "deadline": dt.date(2025, 10, 9)}, "deadline", "deadline_before_start"),
    ({"start_date": dt.date(2025, 10, 10), "end_date": dt.date(2025, 10, 1)}, "end_date", "end_before_start"),
    ({"end_date": dt.date(2025, 10, 1)}, "end_date", "end_without_start"),
    ({"start_date": dt.date(2026, 9, 7)}, "start_date", "date_outside_year"),
    ({"deadline": dt.date(2025, 8, 30)}, "deadline", "date_outside_year"),
    ({"month": "2026-09"}, "month", "month_outside_year"),
    ({"month": "10/2025"}, "month", "bad_month"),
    ({"week": 6}, "week", "bad_week"),
    ({"status": "maybe"}, "status", "bad_status"),
])
def test_bad_input_is_refused_with_the_reason_and_nothing_saved(db, year, changes, field, code):
    kept = _add(db, year, "Kỷ niệm 20/10")
    values = {"title": "Việc mới", **changes}
    with pytest.raises(AgendaError) as info:
        add_item(db, year, AgendaItem(year.id, values.pop("month", "2025-10"), values.pop("title"), **values))
    assert (info.value.field, info.value.code) == (field, f"agenda.{code}")
    assert "{" not in info.value.text("vi") and "{" not in info.value.text("en")
    assert list_items(db, year.id) == [kept]


def test_first_days_of_september_belong_to_the_plan(db, year):
    item = _add(db, year, "Chuẩn bị khai giảng", start_date=dt.date(2025, 9, 3))
    assert item.month == "2025-09"


def test_update_moves_to_another_month_at_its_end_and_refuses_bad_values(db, year):
    a = _add(db, year, "A")
    _add(db, year, "B", month="2025-11")
    moved = update_item(db, year, a.replace(start_date=dt.date(2025, 11, 20)))
    assert [i.title for i in list_items(db, year.id, "2025-11")] == ["B", "A"]
    with pytest.raises(AgendaError):
        update_item(db, year, moved.replace(title=""))
    assert get_item(db, a.id).title == "A"
    with pytest.raises(AgendaError):
        update_item(db, year, moved.replace(id=999))


def test_delete_then_restore_gives_back_the_same_item(db, year):
    a, b, c = (_add(db, year, t) for t in "ABC")
    removed = delete_item(db, b.id)
    assert [i.title for i in list_items(db, year.id, "2025-10")] == ["A", "C"]
    restore_item(db, removed)
    assert list_items(db, year.id, "2025-10") == [a, b, c]
    with pytest.raises(AgendaError):
        delete_item(db, 999)


def test_whole_month_items_come_first_then_by_week(db, year):
    _add(db, year, "week 3", week=3)
    _add(db, year, "dated week 1", start_date=dt.date(2025, 10, 2))
    _add(db, year, "whole month")
    assert [i.title for i in list_items(db, year.id, "2025-10")] == ["whole month", "dated week 1", "week 3"]


def test_move_swaps_inside_a_week_and_crosses_weeks_when_undated(db, year):
    a = _add(db, year, "A", week=1)
    b = _add(db, year, "B", week=1)
    dated = _add(db, year, "D", start_date=dt.date(2025, 10, 8))  # week 2
    assert move_item(db, b.id, -1)
    assert [i.title for i in list_items(db, year.id, "2025-10")] == ["B", "A", "D"]
    assert move_item(db, a.id, +1)  # leaves week 1, first in week 2
    titles_weeks = [(i.title, i.week) for i in list_items(db, year.id, "2025-10")]
    assert titles_weeks == [("B", 1), ("A", 2), ("D", 2)]
    assert move_item(db, dated.id, -1)  # swaps with A inside week 2
    with pytest.raises(AgendaError) as info:
        move_item(db, dated.id, -1)  # now first of week 2, and dated
    assert info.value.code == "agenda.dated_week"
    assert move_item(db, b.id, -1)  # week 1 -> whole month
    assert get_item(db, b.id).week is None
    assert not move_item(db, b.id, -1)  # nothing above the whole-month group


def test_place_item_takes_the_target_week(db, year):
    a = _add(db, year, "A", week=1)
    b = _add(db, year, "B", week=3)
    c = _add(db, year, "C", week=3)
    place_item(db, a.id, c.id)
    assert [(i.title, i.week) for i in list_items(db, year.id, "2025-10")] == [("B", 3), ("A", 3), ("C", 3)]
    place_item(db, b.id, None)
    assert [i.title for i in list_items(db, year.id, "2025-10")] == ["A", "C", "B"]
    dated = _add(db, year, "D", start_date=dt.date(2025, 10, 1))
    with pytest.raises(AgendaError):
        place_item(db, dated.id, b.id)


def test_status_and_period_query(db, year):
    a = _add(db, year, "A", start_date=dt.date(2025, 10, 6), end_date=dt.date(2025, 10, 10))
    b = _add(db, year, "B", deadline=dt.date(2025, 10, 20))
    _add(db, year, "C")
    set_status(db, a.id, "done")
    assert get_item(db, a.id).status == "done"
    with pytest.raises(AgendaError):
        set_status(db, a.id, "finished")
    found = items_between(db, dt.date(2025, 10, 8), dt.date(2025, 10, 20))
    assert sorted(i.id for i in found) == [a.id, b.id]
