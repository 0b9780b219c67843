import datetime as dt

from kindergarten_desktop import demo
from kindergarten_desktop.roster.age_groups import age_group


def test_default_school_has_16_classes_and_about_480_children(db):
    demo.generate(db, years=1, first_year=2025, seed=1, today=dt.date(2025, 10, 1))
    classes = db.execute("SELECT name, age_group FROM class").fetchall()
    assert len(classes) == 16
    groups = [g for _, g in classes]
    assert groups.count("nursery_25_36") == 2 and groups.count("age_3_4") == 5
    assert groups.count("age_4_5") == 4 and groups.count("age_5_6") == 5
    children = db.execute("SELECT count(*) FROM child").fetchone()[0]
    assert 430 <= children <= 530


def test_birth_dates_match_the_age_group(db):
    demo.generate(db, years=1, first_year=2025, seed=2, today=dt.date(2026, 3, 1))
    rows = db.execute("""SELECT ch.birth_date, c.age_group FROM enrollment e
                         JOIN child ch ON ch.id = e.child_id JOIN class c ON c.id = e.class_id""").fetchall()
    for birth, group in rows:
        months = (dt.date(2025, 9, 5) - dt.date.fromisoformat(birth)).days / 30.44
        g = age_group(group)
        assert g.min_months - 13 <= months <= g.max_months, (birth, group)


def test_names_have_diacritics_and_parents(db):
    demo.generate(db, years=1, first_year=2025, seed=3, today=dt.date(2026, 3, 1))
    names = [r[0] for r in db.execute("SELECT full_name FROM child")]
    assert any(ch in "".join(names) for ch in "ễộừữằ")
    assert all(len(n.split()) >= 3 for n in names)
    assert db.execute("SELECT count(*) FROM child WHERE father_phone = '' AND mother_phone = ''").fetchone()[0] == 0
    girls_thi = db.execute("SELECT count(*) FROM child WHERE full_name LIKE '% Thị %' AND sex = 1").fetchone()[0]
    assert girls_thi == 0  # "Thị" is a girl's middle name


def test_several_years_move_children_up_and_graduate(db):
    ctx = demo.generate(db, years=3, first_year=2023, seed=4, today=dt.date(2026, 3, 1))
    assert [y.name for y in ctx.years] == ["2023-2024", "2024-2025", "2025-2026"]
    moved = db.execute("""SELECT count(*) FROM enrollment e JOIN class c ON c.id = e.class_id
                          JOIN school_year y ON y.id = c.school_year_id
                          WHERE y.name = '2024-2025' AND e.start_reason = 'promotion'""").fetchone()[0]
    assert moved > 250
    graduated = db.execute("SELECT count(*) FROM enrollment WHERE end_reason = 'graduation'").fetchone()[0]
    assert graduated > 100
    left = db.execute("SELECT count(*) FROM enrollment WHERE end_reason = 'withdrawal'").fetchone()[0]
    assert left > 0
    # Nobody is in two classes at once.
    overlaps = db.execute("""SELECT count(*) FROM enrollment a JOIN enrollment b
        ON a.child_id = b.child_id AND a.id < b.id
        AND a.start_date <= coalesce(b.end_date, '9999') AND b.start_date <= coalesce(a.end_date, '9999')
        """).fetchone()[0]
    assert overlaps == 0


def test_refuses_a_database_that_already_has_children(db):
    demo.generate(db, years=1, first_year=2025)
    import pytest

    with pytest.raises(ValueError):
        demo.generate(db, years=1, first_year=2025)
