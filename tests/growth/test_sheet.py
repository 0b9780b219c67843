from kindergarten_desktop.growth.measurements import Measurement, save_measurement
from kindergarten_desktop.growth.rounds import ensure_default_rounds
from kindergarten_desktop.growth.sheet import class_sheet
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
