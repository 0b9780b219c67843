from kindergarten_desktop.names import fold, matches, name_sort_key, sort_by_name, split_name


def test_split_family_middle_given():
    assert split_name("Nguyễn Thị Minh Anh") == ("Nguyễn", "Thị Minh", "Anh")
    assert split_name("  Lê   An ") == ("Lê", "", "An")
    assert split_name("An") == ("", "", "An")
    assert split_name("") == ("", "", "")


def test_sorts_on_given_name_in_vietnamese_order():
    names = ["Trần Văn Ưng", "Lê Thị Uyên", "Phạm Đức Đạt", "Vũ Minh Duy", "Nguyễn Thị Ánh",
             "Hoàng Văn An", "Bùi Thị Ân", "Đỗ Văn Ăn"]
    ordered = [n.split()[-1] for n in sort_by_name(names, lambda n: n)]
    assert ordered == ["An", "Ánh", "Ăn", "Ân", "Duy", "Đạt", "Uyên", "Ưng"]


def test_same_given_name_then_middle_then_family():
    names = ["Trần Văn An", "Nguyễn Văn An", "Lê Bảo An"]
    assert sort_by_name(names, lambda n: n) == ["Lê Bảo An", "Nguyễn Văn An", "Trần Văn An"]
    assert name_sort_key("Lê Bảo An") < name_sort_key("Lê Bảo Anh")


def test_accent_blind_search():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert matches("nguyen van an", "Nguyễn Văn An")
    assert matches("ĐỨC", "trần đức thịnh")
    assert not matches("anh", "Nguyễn Văn An")
