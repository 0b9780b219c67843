import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.roster.classes import ClassData, check_class, load_class, save_class, teachers
from kindergarten_desktop.school import ensure_school_year


def test_create_edit_and_capacity_warning(db):
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO staff (id, full_name, role) VALUES (1, 'Lê Thị Hoa', 'teacher'), "
               "(2, 'Vũ Thị Hạnh', 'cook'), (3, 'Đỗ Thị Mai', 'teacher')")
    assert [t[0] for t in teachers(db)] == [1, 3]
    class_id = save_class(db, year.id, ClassData(" Lá  1 ", "age_5_6", "P.101", 35, [1, 3]))
    assert load_class(db, class_id) == ClassData("Lá 1", "age_5_6", "P.101", 35, [1, 3])
    warned = check_class(db, year.id, ClassData("Lá 1", "age_5_6", "", 40), class_id)
    assert warned.ok and "legal maximum of 35" in str(warned.warnings[0])
    with pytest.raises(AppError, match="already exists"):
        save_class(db, year.id, ClassData("Lá 1", "age_5_6"))
    with pytest.raises(AppError, match="empty"):
        save_class(db, year.id, ClassData("", "age_5_6"))
    save_class(db, year.id, ClassData("Lá 1A", "age_5_6", "P.102", None, [3]), class_id)
    assert load_class(db, class_id).teacher_ids == [3]


def test_name_with_combining_accents_is_the_same_class(db):
    import unicodedata

    year = ensure_school_year(db, 2025)
    save_class(db, year.id, ClassData("Chồi 1", "age_4_5"))
    with pytest.raises(AppError, match="already exists"):
        save_class(db, year.id, ClassData(unicodedata.normalize("NFD", "Chồi 1"), "age_4_5"))


def test_class_name_longer_than_the_limit_is_refused_with_the_reason(db):
    from kindergarten_desktop.roster.classes import MAX_CLASS_NAME

    year = ensure_school_year(db, 2025)
    with pytest.raises(AppError, match="Class name is 300 characters long; at most 50 are allowed"):
        save_class(db, year.id, ClassData("A" * 300, "age_5_6"))
    assert db.execute("SELECT count(*) FROM class").fetchone()[0] == 0
    class_id = save_class(db, year.id, ClassData("L" * MAX_CLASS_NAME, "age_5_6"))  # the limit itself is fine
    with pytest.raises(AppError, match="at most 50"):  # an edit too, leaving the saved name alone
        save_class(db, year.id, ClassData("L" * 51, "age_5_6"), class_id)
    assert load_class(db, class_id).name == "L" * 50


def test_class_age_group_of_a_class_and_of_none(db):
    from kindergarten_desktop.roster.classes import class_age_group

    year = ensure_school_year(db, 2025)
    class_id = save_class(db, year.id, ClassData("Chồi 2", "age_4_5"))
    assert class_age_group(db, class_id) == "age_4_5"
    assert class_age_group(db, class_id + 100) is None
