from kindergarten_desktop.agenda import responsible


def test_tokens_round_trip_and_labels():
    value = responsible.join(["nurse", responsible.class_token(3), "Hội phụ nữ; xã", "nurse", " "])
    assert value == "nurse;class:3;Hội phụ nữ, xã"
    assert responsible.split(value) == ["nurse", "class:3", "Hội phụ nữ, xã"]
    assert responsible.label(value, {3: "Mầm 1"}) == "Nhân viên y tế, Lớp Mầm 1, Hội phụ nữ, xã"
    assert responsible.label(value, {3: "Mầm 1"}, "en") == "Nurse, Class Mầm 1, Hội phụ nữ, xã"
    assert responsible.label("class:99", {}) == "Lớp ?"


def test_class_names_of_a_year(demo_db):
    year_id = demo_db.execute("SELECT id FROM school_year").fetchone()[0]
    names = responsible.class_names(demo_db, year_id)
    assert len(names) == 16 and "Lá 1" in names.values()
