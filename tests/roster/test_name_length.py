"""A child's name is limited at input: it must fit one line of the printed documents."""

import datetime as dt

import pytest

from kindergarten_desktop.roster import children as ch


def _child(name: str) -> ch.ChildData:
    return ch.ChildData(full_name=name, sex=1, birth_date=dt.date(2021, 5, 2), enrolled_on=dt.date(2025, 9, 5))


def test_a_name_of_100_characters_is_accepted_101_refused_with_the_reason():
    ok = "Nguyễn " + "A" * (ch.MAX_NAME_LENGTH - len("Nguyễn "))
    assert len(ok) == 100 and not ch.validate_child(_child(ok)).errors
    check = ch.validate_child(_child(ok + "n"))
    [error] = check.errors
    assert error.code == "roster.name_too_long" and error.params == {"length": 101, "limit": 100}
    assert "tối đa 100 ký tự" in error.text("vi") and "at most 100 fit on the class lists" in error.text("en")


def test_a_1000_character_name_is_refused_and_nothing_saved(db):
    from kindergarten_desktop.school import ensure_school_year

    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (1, ?, 'Chồi 1', 'age_4_5')", [year.id])
    with pytest.raises(ch.ChildError, match="at most 100 fit on the class lists"):
        ch.create_child(db, _child("Nguyễn " + "Thị " * 250), class_id=1)
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 0
