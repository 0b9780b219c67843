import datetime as dt

import pytest

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.items import list_items
from kindergarten_desktop.agenda.recurring import recurring_for_month
from kindergarten_desktop.agenda.template import ENTRIES, apply_template, has_plan, template_items
from kindergarten_desktop.agenda.weeks import plan_bounds
from kindergarten_desktop.school import ensure_school_year


def _titled(items, words):
    return [i for i in items if words in i.title]


@pytest.mark.parametrize("start_year", [2024, 2025, 2026, 2030])
def test_template_dates_fall_inside_the_year(db, start_year):
    year = ensure_school_year(db, start_year)
    items = template_items(year)
    assert len(items) == len(ENTRIES)
    first, last = plan_bounds(year)
    for item in items:
        for day in (item.start_date, item.end_date, item.deadline):
            assert day is None or first <= day <= last


def test_the_usual_events_of_the_year_2025_2026(db):
    year = ensure_school_year(db, 2025)
    count = apply_template(db, year)
    items = list_items(db, year.id)
    assert count == len(items) == len(ENTRIES)
    opening = _titled(items, "khai giảng năm học mới")[0]
    assert opening.start_date == dt.date(2025, 9, 5) and opening.anchor == "fixed"
    trung_thu = _titled(items, "Trung thu")[0]
    assert trung_thu.start_date == dt.date(2025, 10, 6) and trung_thu.month == "2025-10"
    rounds = _titled(items, "Cân, đo trẻ đợt")
    assert [(r.month, r.deadline) for r in rounds] == [
        ("2025-09", dt.date(2025, 9, 20)), ("2025-12", dt.date(2025, 12, 20)), ("2026-03", dt.date(2026, 3, 20))]
    assert _titled(items, "Nghỉ Tết")[0].start_date == dt.date(2026, 2, 17)
    for words, day in (("20/10", dt.date(2025, 10, 20)), ("Nhà giáo Việt Nam 20/11", dt.date(2025, 11, 20)),
                       ("8/3", dt.date(2026, 3, 8)), ("1/6", dt.date(2026, 6, 1))):
        assert _titled(items, words)[0].start_date == day
    assert _titled(items, "Sơ kết học kỳ I")[0].month == "2026-01"
    assert _titled(items, "tổng kết năm học")[0].month == "2026-05"
    assert {i.month for i in items} >= {"2026-06", "2026-07", "2026-08"}  # summer care
    titles = [r.title for r in recurring_for_month(db, year.id, "2025-10")]
    assert "Kiểm tra nội bộ theo kế hoạch" in titles
    assert "Kiểm tra nội bộ theo kế hoạch" not in [r.title for r in recurring_for_month(db, year.id, "2026-07")]


def test_a_year_with_a_plan_is_only_replaced_on_request(db):
    year = ensure_school_year(db, 2025)
    apply_template(db, year)
    before = list_items(db, year.id)
    with pytest.raises(AgendaError) as info:
        apply_template(db, year)
    assert info.value.code == "agenda.plan_not_empty"
    assert list_items(db, year.id) == before
    apply_template(db, year, replace=True)
    assert len(list_items(db, year.id)) == len(before)
    assert has_plan(db, year.id)
