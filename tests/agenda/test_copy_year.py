import datetime as dt

import pytest

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.copy_year import copy_plan, shift_date
from kindergarten_desktop.agenda.items import AgendaItem, add_item, list_items
from kindergarten_desktop.agenda.lunar import mid_autumn
from kindergarten_desktop.agenda.recurring import list_recurring
from kindergarten_desktop.agenda.template import apply_template
from kindergarten_desktop.school import ensure_school_year


def test_shift_keeps_weekday_and_week_or_the_date_or_the_lunar_date():
    # Tuesday of week 2 of September 2025 -> Tuesday of week 2 of September 2026.
    assert shift_date(dt.date(2025, 9, 9), "weekday", 1) == dt.date(2026, 9, 8)
    assert shift_date(dt.date(2025, 11, 20), "fixed", 1) == dt.date(2026, 11, 20)
    assert shift_date(dt.date(2024, 2, 29), "fixed", 1) == dt.date(2025, 2, 28)
    assert shift_date(dt.date(2025, 10, 6), "lunar", 1) == mid_autumn(2026) == dt.date(2026, 9, 25)


def test_copy_moves_dates_marks_items_to_review_and_keeps_the_source(db):
    old = ensure_school_year(db, 2025)
    new = ensure_school_year(db, 2026)
    db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (?, 'Lá 1', 'age_5_6')", [old.id])
    db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (?, 'Lá 1', 'age_5_6')", [new.id])
    old_class, new_class = (r[0] for r in db.execute("SELECT id FROM class ORDER BY id"))
    apply_template(db, old)
    add_item(db, old, AgendaItem(old.id, "2025-10", "Lớp Lá 1 dự thi", responsible=f"class:{old_class}",
                                 status="done"))
    source = list_items(db, old.id)
    count = copy_plan(db, old, new)
    copied = list_items(db, new.id)
    assert count == len(copied) == len(source)
    assert all(i.to_review and i.status == "planned" for i in copied)
    by_title = {i.title: i for i in copied}
    assert by_title["Lớp Lá 1 dự thi"].responsible == f"class:{new_class}"
    trung_thu = next(i for t, i in by_title.items() if "Trung thu" in t)
    assert trung_thu.start_date == dt.date(2026, 9, 25) and trung_thu.month == "2026-09"
    assert next(i for t, i in by_title.items() if "20/11" in t).start_date == dt.date(2026, 11, 20)
    first_round = next(i for t, i in by_title.items() if "đợt I " in t)
    assert first_round.start_date.weekday() == 1 and first_round.deadline == dt.date(2026, 9, 20)
    assert len(list_recurring(db, new.id)) == len(list_recurring(db, old.id))
    assert list_items(db, old.id) == source


def test_copy_refusals(db):
    old = ensure_school_year(db, 2025)
    new = ensure_school_year(db, 2026)
    with pytest.raises(AgendaError) as info:
        copy_plan(db, old, new)
    assert info.value.code == "agenda.source_empty"
    apply_template(db, old)
    apply_template(db, new)
    with pytest.raises(AgendaError) as info:
        copy_plan(db, old, new)
    assert info.value.code == "agenda.plan_not_empty"
    with pytest.raises(AgendaError):
        copy_plan(db, old, old)
    assert copy_plan(db, old, new, replace=True) == len(list_items(db, old.id))
