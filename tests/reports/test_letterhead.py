from kindergarten_desktop.reports.letterhead import letterhead, missing_setting_labels
from kindergarten_desktop.school import SchoolSettings, load_settings, save_settings


def test_filled_settings_are_used_as_typed():
    head = letterhead(SchoolSettings(name="Trường Mầm non Sen Hồng", governing_body="UBND phường Bến Thành",
                                     place="Bến Thành", principal_name="Lê Thị Hoa"))
    assert (head.school_name, head.place, head.missing) == ("Trường Mầm non Sen Hồng", "Bến Thành", ())


def test_empty_settings_get_visible_placeholders(db):
    head = letterhead(db)
    assert head.school_name == "[Tên trường]" and head.principal_name == "[Họ tên hiệu trưởng]"
    assert set(missing_setting_labels(db)) == {"Tên trường", "Cơ quan chủ quản", "Địa danh", "Họ tên hiệu trưởng"}
    settings = load_settings(db)
    settings.name, settings.governing_body, settings.place = "Trường Mầm non A", "UBND xã B", "B"
    save_settings(db, settings)
    assert missing_setting_labels(db) == ["Họ tên hiệu trưởng"]
