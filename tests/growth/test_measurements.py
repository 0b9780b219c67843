import datetime as dt

import pytest

from kindergarten_desktop.growth import measurements as m
from kindergarten_desktop.growth.rounds import add_round, ensure_default_rounds
from tests.growth.conftest import TODAY


@pytest.fixture
def rounds(db, school):
    return ensure_default_rounds(db, school)


def entry(round_, child_id=1, **values):
    values.setdefault("visit_date", round_.day)
    return m.Measurement(child_id=child_id, round_id=round_.id, **values)


def codes(problems):
    return sorted(p.code for p in problems)


def test_save_then_update_keeps_one_row(db, rounds):
    first = rounds[0]
    saved = m.save_measurement(db, entry(first, weight_kg=15.24, height_cm=98.36, note=" ăn kém "), today=TODAY)
    assert (saved.weight_kg, saved.height_cm, saved.note, saved.confirmed) == (15.2, 98.4, "ăn kém", False)
    m.save_measurement(db, entry(first, weight_kg=15.6, height_cm=98.4), today=TODAY)
    rows = db.execute("SELECT weight_kg FROM measurement WHERE child_id = 1").fetchall()
    assert rows == [(15.6,)]


@pytest.mark.parametrize("values, field, code", [
    ({"weight_kg": 1.9}, "weight", "weight_range"),
    ({"weight_kg": 50.1}, "weight", "weight_range"),
    ({"height_cm": 44.9}, "height", "height_range"),
    ({"height_cm": 151.0}, "height", "height_range"),
    ({"weight_kg": 15.0, "visit_date": dt.date(2022, 3, 3)}, "visit_date", "before_birth"),
    ({"weight_kg": 15.0, "visit_date": TODAY + dt.timedelta(days=1)}, "visit_date", "future"),
])
def test_bad_values_are_refused_with_the_field_and_reason(db, rounds, values, field, code):
    m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=98.0), today=TODAY)
    with pytest.raises(m.MeasurementRefused) as err:
        m.save_measurement(db, entry(rounds[0], **values), today=TODAY)
    assert [(p.field, p.code) for p in err.value.problems] == [(field, code)]
    assert err.value.problems[0].message  # an explanation, not just a code
    assert m.get_measurement(db, 1, rounds[0].id).weight_kg == 15.0  # nothing saved is lost


def test_child_not_enrolled_on_the_round_date_is_refused(db, rounds):
    with pytest.raises(m.MeasurementRefused) as err:
        m.save_measurement(db, entry(rounds[0], child_id=4, weight_kg=14.0), today=TODAY)
    assert codes(err.value.problems) == ["not_enrolled"]
    m.save_measurement(db, entry(rounds[1], child_id=4, weight_kg=14.0), today=TODAY)  # enrolled by December


def test_weight_drop_over_ten_percent_needs_confirmation(db, rounds):
    m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=98.0), today=TODAY)
    ok = m.save_measurement(db, entry(rounds[1], weight_kg=13.6, height_cm=99.0), today=TODAY)  # -9.3 %
    assert not ok.confirmed
    with pytest.raises(m.NeedsConfirmation) as err:
        m.save_measurement(db, entry(rounds[1], weight_kg=13.4, height_cm=99.0), today=TODAY)  # -10.7 %
    assert codes(err.value.warnings) == ["weight_drop"]
    assert err.value.warnings[0].values["percent"] == 11
    assert m.get_measurement(db, 1, rounds[1].id).weight_kg == 13.6
    saved = m.save_measurement(db, entry(rounds[1], weight_kg=13.4, height_cm=99.0), confirmed=True, today=TODAY)
    assert saved.confirmed and saved.weight_kg == 13.4


def test_height_loss_beyond_measurement_error_needs_confirmation_lying_to_standing_is_not_a_loss(db, school,
                                                                                                rounds):
    m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=98.0), today=TODAY)
    m.save_measurement(db, entry(rounds[1], weight_kg=15.3, height_cm=97.4), today=TODAY)  # 0.6 cm: error
    with pytest.raises(m.NeedsConfirmation) as err:
        m.save_measurement(db, entry(rounds[1], weight_kg=15.3, height_cm=96.8), today=TODAY)
    assert codes(err.value.warnings) == ["height_drop"]
    assert err.value.warnings[0].values["loss"] == 1.2
    # Child 3 turns two between the rounds: 80.0 lying then 79.6 standing is 0.3 cm growth.
    m.save_measurement(db, entry(rounds[0], child_id=3, weight_kg=10.5, height_cm=80.0, measure="l"), today=TODAY)
    m.save_measurement(db, entry(rounds[2], child_id=3, weight_kg=10.9, height_cm=79.6, measure="h"), today=TODAY)


def test_who_flagged_value_needs_confirmation(db, rounds):
    with pytest.raises(m.NeedsConfirmation) as err:
        m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=60.0), today=TODAY)
    assert "who_flag" in codes(err.value.warnings)
    assert m.get_measurement(db, 1, rounds[0].id) is None


def test_absent_child_is_saved_without_values(db, rounds):
    saved = m.save_measurement(db, entry(rounds[0], weight_kg=15.0, absent=True, note="Nghỉ ốm"), today=TODAY)
    assert (saved.absent, saved.weight_kg, saved.measured) == (True, None, False)


def test_history_and_previous_skip_absences_and_the_same_round(db, school, rounds):
    m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=98.0), today=TODAY)
    m.save_measurement(db, entry(rounds[1], absent=True), today=TODAY)
    check = add_round(db, school, dt.date(2026, 1, 15), kind="monthly")
    m.save_measurement(db, entry(check, weight_kg=15.4, height_cm=99.0), today=TODAY)
    assert [h.weight_kg for h in m.child_history(db, 1)] == [15.0, 15.4]
    assert m.previous_measurement(db, 1, dt.date(2026, 3, 10)).weight_kg == 15.4
    assert m.previous_measurement(db, 1, dt.date(2026, 1, 15), check.id).weight_kg == 15.0
    m.delete_measurement(db, 1, check.id)
    assert m.get_measurement(db, 1, check.id) is None


def test_a_confirmed_warning_is_not_asked_again_for_the_same_value(db, rounds):
    m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=98.0), today=TODAY)
    with pytest.raises(m.NeedsConfirmation):
        m.save_measurement(db, entry(rounds[1], weight_kg=13.0), today=TODAY)
    m.save_measurement(db, entry(rounds[1], weight_kg=13.0), confirmed=True, today=TODAY)
    # The height is typed next: the weight's warning was answered, the new row is saved at once.
    saved = m.save_measurement(db, entry(rounds[1], weight_kg=13.0, height_cm=99.0), today=TODAY)
    assert saved.height_cm == 99.0 and saved.confirmed
    # Another weight is another question.
    with pytest.raises(m.NeedsConfirmation) as err:
        m.save_measurement(db, entry(rounds[1], weight_kg=12.5, height_cm=99.0), today=TODAY)
    assert codes(err.value.warnings) == ["weight_drop"]
    # A new, different warning on the height is still asked, the weight's is not.
    with pytest.raises(m.NeedsConfirmation) as err:
        m.save_measurement(db, entry(rounds[1], weight_kg=13.0, height_cm=95.0), today=TODAY)
    assert codes(err.value.warnings) == ["height_drop"]


def test_refusal_and_question_speak_both_languages(db, rounds):
    with pytest.raises(m.MeasurementRefused) as err:
        m.save_measurement(db, entry(rounds[0], weight_kg=1.5), today=TODAY)
    assert err.value.code == "growth.measurement_refused"
    assert "1,5 kg" in err.value.text("vi") and "2–50 kg" in err.value.text("vi")
    assert "1.5 kg is outside 2–50 kg" in err.value.text("en") and "1.5 kg" in str(err.value)
    m.save_measurement(db, entry(rounds[0], weight_kg=15.0, height_cm=98.0), today=TODAY)
    with pytest.raises(m.NeedsConfirmation) as err:
        m.save_measurement(db, entry(rounds[1], weight_kg=25.8), today=TODAY)
    assert "tăng 10,8 kg" in err.value.text("vi") and "20/09/2025" in err.value.text("vi")
