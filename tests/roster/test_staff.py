import pytest

from kindergarten_desktop.roster.staff import StaffError, StaffMember, list_staff, save_staff


def test_add_edit_and_deactivate(db):
    sid = save_staff(db, StaffMember(None, "  Nguyễn   Thị Lan ", "teacher", "0912.345.678"))
    save_staff(db, StaffMember(None, "Trần Văn An", "principal"))
    staff = list_staff(db)
    assert [s.full_name for s in staff] == ["Trần Văn An", "Nguyễn Thị Lan"]  # principal first
    assert staff[1].phone == "0912345678"
    save_staff(db, StaffMember(sid, "Nguyễn Thị Lan", "teacher", "", active=False))
    assert [s.full_name for s in list_staff(db, include_inactive=False)] == ["Trần Văn An"]
    assert list_staff(db)[-1].active is False


@pytest.mark.parametrize(("member", "field"), [
    (StaffMember(None, "   "), "full_name"),
    (StaffMember(None, "A" * 101), "full_name"),
    (StaffMember(None, "Lê Văn Bình", "janitor"), "role"),
    (StaffMember(None, "Lê Văn Bình", "teacher", "12ab"), "phone"),
])
def test_bad_input_is_refused_and_nothing_saved(db, member, field):
    with pytest.raises(StaffError) as err:
        save_staff(db, member)
    assert err.value.field == field
    assert list_staff(db) == []
