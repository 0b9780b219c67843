import datetime as dt

from kindergarten_desktop.agenda.calendar import month_grid
from kindergarten_desktop.agenda.items import AgendaItem, add_item
from kindergarten_desktop.agenda.template import apply_template
from kindergarten_desktop.school import ensure_school_year


def test_february_2026_grid_with_tet_and_items(db):
    year = ensure_school_year(db, 2025)
    apply_template(db, year)
    grid = month_grid(db, 2026, 2)
    assert all(len(week) == 7 for week in grid.weeks)
    assert grid.weeks[0][0].day == dt.date(2026, 1, 26) and not grid.weeks[0][0].in_month
    tet = grid.cell(dt.date(2026, 2, 17))
    assert tet.lunar_text == "1/1" and tet.holiday and "Tết" in tet.holiday
    assert any("Nghỉ Tết" in e.title for e in tet.entries)
    assert grid.cell(dt.date(2026, 2, 10)).observance == "Ông Công Ông Táo"
    assert grid.week_label(0) == 1 and grid.week_label(len(grid.weeks) - 1) == 4


def test_mid_autumn_hung_kings_ranges_and_deadlines(db):
    year = ensure_school_year(db, 2025)
    item = add_item(db, year, AgendaItem(year.id, "", "Cân đo đợt I", start_date=dt.date(2025, 9, 9),
                                         end_date=dt.date(2025, 9, 11), deadline=dt.date(2025, 9, 20)))
    september = month_grid(db, 2025, 9)
    assert [e.item_id for e in september.cell(dt.date(2025, 9, 10)).entries] == [item.id]
    assert [e.kind for e in september.cell(dt.date(2025, 9, 20)).entries] == ["deadline"]
    assert september.cell(dt.date(2025, 9, 2)).holiday  # Quốc khánh
    assert september.cell(dt.date(2025, 9, 5)).observance == "Khai giảng năm học"
    assert month_grid(db, 2025, 10).cell(dt.date(2025, 10, 6)).observance == "Tết Trung thu"
    assert "Hùng" in month_grid(db, 2026, 4).cell(dt.date(2026, 4, 26)).holiday


def test_recorded_closures_and_other_tabs_events(db):
    db.execute("INSERT INTO school_calendar_exception (day, kind, reason) VALUES ('2025-10-27', 'closed', 'Bão')")
    grid = month_grid(db, 2025, 10)
    assert grid.cell(dt.date(2025, 10, 27)).closed == "Bão"
    # Growth rounds and meal-month closings from the other tabs appear on their days.
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO growth_round (school_year_id, number, name, day) VALUES (?, 1, 'Đợt 1', '2025-10-08')",
               [year.id])
    db.execute("INSERT INTO meal_month_event (month, action, by_whom, at) "
               "VALUES ('2025-09', 'close', 'Kế toán', '2025-10-03T16:20:00')")
    grid = month_grid(db, 2025, 10)
    assert [(e.kind, e.title) for e in grid.cell(dt.date(2025, 10, 8)).entries] == [("growth", "Cân đo: Đợt 1")]
    assert [e.title for e in grid.cell(dt.date(2025, 10, 3)).entries] == ["Khóa sổ tiền ăn tháng 09/2025"]
