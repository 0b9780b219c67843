import datetime as dt

from kindergarten_desktop.growth.measurements import Measurement, save_measurement
from kindergarten_desktop.growth.rounds import add_round, ensure_default_rounds
from kindergarten_desktop.growth.sheet import class_sheet, follow_up_rows
from tests.growth.conftest import TODAY


def test_sheet_lists_children_enrolled_on_the_round_date_with_current_and_previous(db, school):
    first, second, _ = ensure_default_rounds(db, school)
    save_measurement(db, Measurement(1, first.id, first.day, 15.0, 98.0), today=TODAY)
    save_measurement(db, Measurement(1, second.id, second.day, 15.5, 99.5), today=TODAY)
    sheet = class_sheet(db, first, 1)
    assert [r.child.full_name for r in sheet] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"]
    assert sheet[0].current.weight_kg == 15.0 and sheet[0].previous is None
    later = class_sheet(db, second, 1)
    assert [r.child.id for r in later] == [1, 2, 3, 4]  # Huy joined in October
    assert later[0].current.weight_kg == 15.5 and later[0].previous.weight_kg == 15.0
    assert later[1].current is None and later[1].previous is None


def test_monthly_check_gives_reasons_judged_before_the_check(db, school):
    first = ensure_default_rounds(db, school)[0]
    save_measurement(db, Measurement(1, first.id, first.day, 15.0, 98.0), today=TODAY)
    save_measurement(db, Measurement(2, first.id, first.day, 11.0, 90.0), today=TODAY)
    check = add_round(db, school, dt.date(2025, 10, 1), kind="monthly")
    sheet = class_sheet(db, check, 1)
    assert [(r.child.full_name, r.reasons) for r in sheet] == [
        ("Nguyễn Văn An", ()),
        ("Trần Thị Bình", ("underweight", "stunting")),
        ("Lê Minh Châu", ("under_24_months",)),
    ]
    assert [r.child.id for r in follow_up_rows(sheet)] == [2, 3]
    # Bình measured in this check: her reasons still come from the round before it.
    save_measurement(db, Measurement(2, check.id, check.day, 13.5, 97.0), today=TODAY, confirmed=True)
    # An measured with the whole class shown stays on the narrowed sheet.
    save_measurement(db, Measurement(1, check.id, check.day, 15.2, 98.5), today=TODAY)
    again = class_sheet(db, check, 1)
    assert again[1].reasons == ("underweight", "stunting")
    assert [r.child.id for r in follow_up_rows(again)] == [1, 2, 3]
    assert again[0].reasons == ()


def test_regular_round_has_no_follow_up_reasons(db, school):
    first = ensure_default_rounds(db, school)[0]
    assert all(r.reasons == () for r in class_sheet(db, first, 1))
