import datetime as dt

import pytest

from kindergarten_desktop.growth import rounds
from kindergarten_desktop.growth.rounds import RoundError


def test_default_rounds_created_once_in_september_december_march(db, school):
    made = rounds.ensure_default_rounds(db, school)
    assert [(r.number, r.day) for r in made] == [
        (1, dt.date(2025, 9, 20)), (2, dt.date(2025, 12, 15)), (3, dt.date(2026, 3, 10))]
    assert made[0].name == "Cân đo đợt 1 – tháng 9/2025"
    assert rounds.ensure_default_rounds(db, school) == made
    assert rounds.first_round(db, school.id) == made[0]
    assert rounds.find_round(db, school.id, 2) == made[1]


def test_monthly_checks_are_numbered_apart_and_listed_by_date(db, school):
    rounds.ensure_default_rounds(db, school)
    check = rounds.add_round(db, school, dt.date(2025, 10, 20), kind="monthly")
    assert (check.kind, check.number, check.name) == ("monthly", 1, "Kiểm tra tháng 10/2025")
    assert [r.day.month for r in rounds.list_rounds(db, school.id)] == [9, 10, 12, 3]
    assert rounds.find_round(db, school.id, 1, "monthly") == check


def test_round_outside_the_year_is_refused(db, school):
    with pytest.raises(RoundError) as err:
        rounds.add_round(db, school, dt.date(2026, 9, 20))
    assert err.value.code == "growth.outside_year"
    assert "2025-2026" in err.value.text("vi") and "20/09/2026" in err.value.text("en")
    assert rounds.list_rounds(db, school.id) == []


def test_update_round_checks_name_and_date(db, school):
    first = rounds.ensure_default_rounds(db, school)[0]
    moved = rounds.update_round(db, first.id, name="  Đợt đầu năm ", day=dt.date(2025, 9, 25))
    assert (moved.name, moved.day) == ("Đợt đầu năm", dt.date(2025, 9, 25))
    with pytest.raises(RoundError) as err:
        rounds.update_round(db, first.id, name=" ", day=dt.date(2025, 9, 25))
    assert err.value.code == "growth.no_name"
    with pytest.raises(RoundError):
        rounds.update_round(db, first.id, name="x", day=dt.date(2027, 1, 1))


def test_round_with_measurements_cannot_be_deleted(db, school):
    first, second, _ = rounds.ensure_default_rounds(db, school)
    db.execute("INSERT INTO measurement (child_id, round_id, visit_date, weight_kg) VALUES (1, ?, '2025-09-20', 15)",
               [first.id])
    with pytest.raises(RoundError) as err:
        rounds.delete_round(db, first.id)
    assert err.value.code == "growth.has_measurements"
    rounds.delete_round(db, second.id)
    assert rounds.get_round(db, second.id) is None
    assert rounds.get_round(db, first.id) is not None


def test_current_round_is_the_latest_started_school_wide_round(db, school):
    first, second, third = rounds.ensure_default_rounds(db, school)
    rounds.add_round(db, school, dt.date(2026, 1, 10), kind="monthly")
    assert rounds.current_round(db, school.id, dt.date(2025, 9, 1)) == first  # none started yet
    assert rounds.current_round(db, school.id, dt.date(2026, 1, 20)) == second
    assert rounds.current_round(db, school.id, dt.date(2026, 5, 1)) == third


def test_a_duplicate_round_is_refused_naming_the_field_to_correct(db, school):
    first, _second, _third = rounds.ensure_default_rounds(db, school)
    with pytest.raises(RoundError) as err:  # a second school-wide round on the same day
        rounds.add_round(db, school, first.day, name="Cân đo bổ sung")
    assert (err.value.code, err.value.field) == ("growth.duplicate_day", "day")
    assert "20/09/2025" in err.value.text("vi") and first.name in err.value.text("vi")
    check = rounds.add_round(db, school, dt.date(2026, 1, 10), kind="monthly")
    with pytest.raises(RoundError) as err:  # a second January check: the same usual name
        rounds.add_round(db, school, dt.date(2026, 1, 24), kind="monthly")
    assert (err.value.code, err.value.field) == ("growth.duplicate_name", "day")
    assert "Kiểm tra tháng 1/2026" in err.value.text("vi") and "10/01/2026" in err.value.text("vi")
    with pytest.raises(RoundError) as err:  # a name typed twice, spaces and case aside
        rounds.add_round(db, school, dt.date(2026, 2, 3), kind="monthly", name="  kiểm tra THÁNG 1/2026 ")
    assert (err.value.code, err.value.field) == ("growth.duplicate_name", "name")
    assert [r.id for r in rounds.list_rounds(db, school.id) if r.kind == "monthly"] == [check.id]
    # Told apart by its name, a second check in the month is fine; a check on a round's day too.
    rounds.add_round(db, school, dt.date(2026, 1, 24), kind="monthly", name="Kiểm tra lại tháng 1/2026")
    rounds.add_round(db, school, first.day, kind="monthly")
    with pytest.raises(RoundError) as err:
        rounds.update_round(db, check.id, name=first.name, day=check.day)
    assert err.value.code == "growth.duplicate_name"
    # itself is no duplicate (now the year's second check: the one of 20/09 comes first)
    assert rounds.update_round(db, check.id, name=check.name, day=check.day) == rounds.get_round(db, check.id)
    assert rounds.get_round(db, check.id).number == 2


def numbers(db, school, kind="round"):
    return [(r.number, r.name, r.day) for r in rounds.list_rounds(db, school.id) if r.kind == kind]


def test_rounds_are_numbered_by_date_a_round_added_before_others_takes_its_place(db, school):
    """Đợt 1, đợt 2 … in the order of their days: a school-wide round added in December comes
    before March's and is đợt 3; March's becomes đợt 4, its usual name with it."""
    first, second, third = rounds.ensure_default_rounds(db, school)
    added = rounds.add_round(db, school, dt.date(2025, 12, 22))
    assert (added.number, added.name) == (3, "Cân đo đợt 3 – tháng 12/2025")
    assert numbers(db, school) == [(1, "Cân đo đợt 1 – tháng 9/2025", first.day),
                                   (2, "Cân đo đợt 2 – tháng 12/2025", second.day),
                                   (3, "Cân đo đợt 3 – tháng 12/2025", dt.date(2025, 12, 22)),
                                   (4, "Cân đo đợt 4 – tháng 3/2026", third.day)]
    assert rounds.find_round(db, school.id, 4).id == third.id and rounds.find_round(db, school.id, 3) == added
    # A name the nurse typed stays as typed; its number still follows its day.
    named = rounds.add_round(db, school, dt.date(2025, 10, 15), name="Cân đo bổ sung")
    assert (named.number, named.name) == (2, "Cân đo bổ sung")
    assert [(n, day.month) for n, _name, day in numbers(db, school)] == [(1, 9), (2, 10), (3, 12), (4, 12), (5, 3)]
    assert [name for _n, name, _day in numbers(db, school)][2:] == [
        "Cân đo đợt 3 – tháng 12/2025", "Cân đo đợt 4 – tháng 12/2025", "Cân đo đợt 5 – tháng 3/2026"]
    # Deleted (it holds no measurement), the later ones move down again.
    rounds.delete_round(db, named.id)
    assert [(n, name) for n, name, _day in numbers(db, school)] == [
        (1, "Cân đo đợt 1 – tháng 9/2025"), (2, "Cân đo đợt 2 – tháng 12/2025"),
        (3, "Cân đo đợt 3 – tháng 12/2025"), (4, "Cân đo đợt 4 – tháng 3/2026")]


def test_a_round_moved_to_another_day_takes_its_place_by_date(db, school):
    first, second, third = rounds.ensure_default_rounds(db, school)
    rounds.update_round(db, first.id, name="Cân đo đầu năm (lùi)", day=dt.date(2026, 1, 5))
    assert [(n, name) for n, name, _day in numbers(db, school)] == [
        (1, "Cân đo đợt 1 – tháng 12/2025"), (2, "Cân đo đầu năm (lùi)"), (3, "Cân đo đợt 3 – tháng 3/2026")]
    assert rounds.get_round(db, second.id).number == 1 and rounds.get_round(db, third.id).number == 3


def test_monthly_checks_are_numbered_by_date_too(db, school):
    january = rounds.add_round(db, school, dt.date(2026, 1, 10), kind="monthly")
    october = rounds.add_round(db, school, dt.date(2025, 10, 10), kind="monthly")
    assert (october.number, rounds.get_round(db, january.id).number) == (1, 2)
    assert rounds.get_round(db, january.id).name == "Kiểm tra tháng 1/2026"  # no number in its name


def test_a_usual_name_is_compared_with_the_name_it_will_have(db, school):
    """Round 2 of 10/12 and round 3 of 20/12: a round added on 15/12 is đợt 3 and the one of 20/12
    becomes đợt 4: no clash with "Cân đo đợt 3 – tháng 12/2025", it is not refused."""
    rounds.add_round(db, school, dt.date(2025, 9, 20))
    rounds.add_round(db, school, dt.date(2025, 12, 10))
    rounds.add_round(db, school, dt.date(2025, 12, 20))
    added = rounds.add_round(db, school, dt.date(2025, 12, 15))
    assert (added.number, added.name) == (3, "Cân đo đợt 3 – tháng 12/2025")
    assert [name for _n, name, _day in numbers(db, school)][3] == "Cân đo đợt 4 – tháng 12/2025"


def test_rounds_numbered_in_the_order_they_were_added_are_put_in_date_order_by_the_next_change(db, school):
    """A database from before: a December round added after the usual three was numbered 4. It reads
    as it was (number and name agree, reports use both) until a round of the year is added, moved
    or deleted; then every round takes the number of its day. No migration renumbers rounds whose
    documents may already have been sent."""
    first, second, third = rounds.ensure_default_rounds(db, school)
    db.execute("INSERT INTO growth_round (school_year_id, kind, number, name, day) "
               "VALUES (?, 'round', 4, 'Cân đo đợt 4 – tháng 12/2025', '2025-12-22')", [school.id])
    assert [(n, day.month) for n, _name, day in numbers(db, school)] == [(1, 9), (2, 12), (4, 12), (3, 3)]
    assert rounds.find_round(db, school.id, 4).name == "Cân đo đợt 4 – tháng 12/2025"
    rounds.add_round(db, school, dt.date(2026, 5, 20))
    assert [(n, name) for n, name, _day in numbers(db, school)] == [
        (1, "Cân đo đợt 1 – tháng 9/2025"), (2, "Cân đo đợt 2 – tháng 12/2025"),
        (3, "Cân đo đợt 3 – tháng 12/2025"), (4, "Cân đo đợt 4 – tháng 3/2026"), (5, "Cân đo đợt 5 – tháng 5/2026")]
    assert rounds.find_round(db, school.id, 4).id == third.id
