import datetime as dt

from kindergarten_desktop import demo
from kindergarten_desktop.agenda.items import list_items
from kindergarten_desktop.agenda.recurring import list_recurring
from kindergarten_desktop.agenda.template import ENTRIES
from kindergarten_desktop.school import list_school_years


def test_every_year_has_a_full_plan_with_the_past_ticked_off(db):
    today = dt.date(2026, 3, 16)
    demo.generate(db, years=2, first_year=2024, seed=7, today=today)
    years = list_school_years(db)
    for year in years:
        items = list_items(db, year.id)
        assert len(items) == len(ENTRIES) + 1  # the template and one class contest
        assert {i.month for i in items} == {f"{y}-{m:02d}" for y, m in
                                            [(year.start_year, m) for m in range(9, 13)]
                                            + [(year.start_year + 1, m) for m in range(1, 9)]}
        assert len(list_recurring(db, year.id)) >= 5
    last_year = list_items(db, years[0].id)
    assert {i.status for i in last_year} >= {"done", "postponed"}
    assert all(i.status != "planned" for i in last_year)
    current = list_items(db, years[1].id)
    future = [i for i in current if i.month > "2026-03"]
    assert future and all(i.status == "planned" and i.to_review for i in future)
    contest = [i for i in current if "hội thi" in i.title]
    assert len(contest) == 1 and "class:" in contest[0].responsible


def test_demo_plan_is_deterministic(db, demo_db):
    demo.generate(db, years=1, first_year=2025, seed=7, today=dt.date(2026, 3, 16))
    rows = "SELECT title, status, notes, start_date FROM agenda_item ORDER BY id"
    assert db.execute(rows).fetchall() == demo_db.execute(rows).fetchall()
