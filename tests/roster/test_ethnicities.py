from kindergarten_desktop.roster.ethnicities import ETHNICITIES, is_minority, normalize_ethnicity


def test_fifty_four_groups_kinh_first():
    assert len(ETHNICITIES) == 54 == len(set(ETHNICITIES))
    assert ETHNICITIES[0] == "Kinh"


def test_spellings_people_type():
    assert normalize_ethnicity("ede") == "Ê Đê"
    assert normalize_ethnicity("Ê-đê") == "Ê Đê"
    assert normalize_ethnicity("H'Mông") == "Mông"
    assert normalize_ethnicity(" tay ") == "Tày"
    assert normalize_ethnicity("") == "Kinh"
    assert normalize_ethnicity("Martian") is None
    assert is_minority("Tày") and not is_minority("Kinh")
