import datetime as dt

import pytest

from kindergarten_desktop.roster import children as ch
from kindergarten_desktop.school import ensure_school_year


@pytest.fixture
def year_class(db):
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (1, ?, 'Chồi 1', 'age_4_5')", [year.id])
    return db


def _child(**kw) -> ch.ChildData:
    base = dict(full_name="  Nguyễn   Văn An ", sex=1, birth_date=dt.date(2021, 5, 2),
                enrolled_on=dt.date(2025, 9, 5), mother_phone="0912 345 678", flags={"poor_household"})
    return ch.ChildData(**(base | kw))


def test_create_with_enrolment_load_and_update(year_class):
    db = year_class
    child_id = ch.create_child(db, _child(), class_id=1)
    data = ch.load_child(db, child_id)
    assert data.full_name == "Nguyễn Văn An" and data.mother_phone == "0912345678"
    assert data.flags == {"poor_household"} and data.birth_date == dt.date(2021, 5, 2)
    assert db.execute("SELECT class_id, start_date FROM enrollment").fetchall() == [(1, "2025-09-05")]
    data.allergies, data.flags = "Dị ứng tôm", set()
    ch.update_child(db, child_id, data)
    again = ch.load_child(db, child_id)
    assert again.allergies == "Dị ứng tôm" and again.flags == set()


@pytest.mark.parametrize("changes, reason", [
    (dict(full_name="  "), "Full name is empty"),
    (dict(birth_date=dt.date.today() + dt.timedelta(days=3)), "in the future"),
    (dict(birth_date=dt.date(2025, 6, 1)), "from 6 months to 7 years"),
    (dict(birth_date=dt.date(2017, 1, 1)), "from 6 months to 7 years"),
    (dict(father_phone="12345"), "Father's phone"),
    (dict(ethnicity="Martian"), "Unknown ethnicity"),
    (dict(birth_date=None), "Date of birth is missing"),
])
def test_bad_input_refused_and_nothing_written(year_class, changes, reason):
    with pytest.raises(ch.ChildError, match=reason):
        ch.create_child(year_class, _child(**changes), class_id=1)
    assert year_class.execute("SELECT count(*) FROM child").fetchone()[0] == 0


def test_borderline_ages_and_unusual_birth_year_are_warnings():
    on = dt.date(2025, 9, 5)
    assert ch.check_age(dt.date(2025, 3, 20), on).warnings  # 5 months: confirm
    assert ch.check_age(dt.date(2018, 8, 1), on).warnings   # 7 years 1 month: confirm
    fine = ch.check_age(dt.date(2021, 2, 1), on, "age_4_5", 2025)
    assert fine.ok and not fine.warnings
    odd = ch.check_age(dt.date(2019, 2, 1), on, "age_4_5", 2025)
    assert odd.ok and "usually born in 2021" in str(odd.warnings[0])
    assert odd.warnings[0].code == "roster.birth_year_unusual" and odd.warnings[0].params["expected"] == 2021


def test_delete_only_when_nothing_refers_to_the_child(year_class):
    db = year_class
    child_id = ch.create_child(db, _child(), class_id=1)
    db.execute("INSERT INTO attendance (child_id, day, status) VALUES (?, '2025-09-08', 'P')", [child_id])
    with pytest.raises(ch.ChildError, match="attendance: 1"):
        ch.delete_child(db, child_id)
    db.execute("DELETE FROM attendance")
    ch.delete_child(db, child_id)
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM enrollment").fetchone()[0] == 0


def test_likely_duplicates_ignore_accents_case_and_spacing(year_class):
    first = ch.create_child(year_class, _child())
    twin = _child(full_name=" nguyen  van AN")
    assert ch.likely_duplicates(year_class, twin) == [first]
    assert ch.likely_duplicates(year_class, twin, exclude_id=first) == []
    assert ch.likely_duplicates(year_class, _child(birth_date=dt.date(2021, 5, 3))) == []


def test_enrolment_before_birth_is_said_once_without_a_negative_age():
    check = ch.validate_child(_child(enrolled_on=dt.date(2010, 1, 1)))
    assert [e.code for e in check.errors] == ["roster.enrolled_before_birth"]
    assert check.errors[0].text("en") == "Enrolment date is before the date of birth"
    assert check.errors[0].text("vi") == "Ngày nhập học trước ngày sinh"


def test_combining_accents_are_stored_precomposed(year_class):
    import unicodedata

    pasted = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    child_id = ch.create_child(year_class, _child(full_name=pasted, ethnicity=unicodedata.normalize("NFD", "Tày")))
    data = ch.load_child(year_class, child_id)
    assert (data.full_name, data.ethnicity) == ("Nguyễn Thị Ánh", "Tày")
    assert unicodedata.is_normalized("NFC", data.full_name)


def test_future_birth_date_is_the_only_reason_given():
    future = dt.date.today() + dt.timedelta(days=1000)
    check = ch.validate_child(_child(birth_date=future, enrolled_on=dt.date(2025, 9, 5)))
    assert len(check.errors) == 1 and "is in the future" in str(check.errors[0])


def test_many_children_at_once_are_each_written_as_one_would_be(year_class):
    """create_children (a class list imported) writes a hundred rows per statement: every child
    gets its own id in the order given, its enrolment and its flags, as create_child would."""
    db = year_class
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) "
               "SELECT 2, school_year_id, 'Lá 1', 'age_5_6' FROM class WHERE id = 1")
    earlier = ch.create_child(db, _child(full_name="Trần Thị Trước"), class_id=1)
    entries = [(_child(full_name=f"Lê Văn Con {i}", flags={"poor_household"} if i % 50 == 0 else set(),
                       birth_date=dt.date(2020 + i % 2, 1 + i % 12, 1 + i % 28)),
                2 if i % 3 else 1, dt.date(2025, 10, 1) if i == 7 else None) for i in range(250)]
    ids = ch.create_children(db, entries)
    assert ids == list(range(earlier + 1, earlier + 251))
    for child_id, (data, class_id, start) in zip(ids, entries, strict=True):
        loaded = ch.load_child(db, child_id)
        assert loaded.full_name == data.full_name and loaded.birth_date == data.birth_date
        assert loaded.flags == data.flags and loaded.mother_phone == "0912345678"  # normalised as one by one
        assert db.execute("SELECT class_id, start_date, start_reason FROM enrollment WHERE child_id = ?",
                          [child_id]).fetchall() == [(class_id, (start or dt.date(2025, 9, 5)).isoformat(), "new")]


def test_many_children_nothing_written_when_one_is_refused(year_class):
    db = year_class
    good = [(_child(full_name=f"Lê Văn Con {i}"), 1, None) for i in range(150)]
    with pytest.raises(ch.ChildError, match="Full name is empty"):
        ch.create_children(db, [*good, (_child(full_name=" "), 1, None)])
    outside = [*good, (_child(full_name="Lê Thị Muộn"), 1, dt.date(2026, 9, 10))]  # after the class's year
    with pytest.raises(Exception, match="outside the school year"):
        ch.create_children(db, outside)
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM enrollment").fetchone()[0] == 0
