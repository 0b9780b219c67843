import datetime as dt

import pytest

from kindergarten_desktop.roster import importer as imp
from kindergarten_desktop.school import ensure_school_year
from tests.roster.workbooks import realistic_rows, school_workbook


@pytest.mark.parametrize("text, field", [
    ("STT", "stt"), ("Họ và tên", "full_name"), ("Họ tên trẻ", "full_name"), ("Ngày sinh", "birth_date"),
    ("Ngày, tháng, năm sinh", "birth_date"), ("Giới tính", "sex"), ("Nam/Nữ", "sex"), ("Dân tộc", "ethnicity"),
    ("Lớp", "class"), ("Họ tên bố/cha", "father_name"), ("Họ tên cha", "father_name"),
    ("Họ tên mẹ", "mother_name"), ("Số điện thoại", "phone"), ("SĐT", "phone"), ("Địa chỉ", "address"),
    ("Ghi chú", None),
])
def test_headers_recognised(text, field):
    assert imp.recognise_header(text) == field


def test_realistic_workbook_preview_lists_bad_rows_by_spreadsheet_row(db, tmp_path):
    ensure_school_year(db, 2025)
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    preview = imp.preview_import(db, path, "2025-2026")
    assert preview.header_row == 6
    assert len(preview.rows) == 7  # title rows and footers left out
    assert {r.row_number for r in preview.invalid} == {9, 12}
    problems = [str(p) for p in preview.problems()]
    assert any(p.startswith("Row 9:") and "31/02/2021: that day does not exist" in p for p in problems)
    assert any(p.startswith("Row 12:") and "phone" in p for p in problems)
    bao_anh = preview.rows[0].data
    assert bao_anh.birth_date == dt.date(2021, 3, 14) and bao_anh.sex == 2 and bao_anh.mother_phone == "0912345678"
    binh = preview.rows[1].data
    assert binh.birth_date == dt.date(2021, 11, 5) and binh.ethnicity == "Thái" and binh.mother_phone == "0987654321"
    assert "ethnic_minority" in binh.flags
    assert [r.data.sex for r in preview.rows] == [2, 1, 1, 2, 1, 2, 2]
    assert "sex_female" not in preview.columns
    assert preview.new_classes == {"Chồi 1": "age_4_5", "Lá 9": "age_5_6"}


def test_atomic_refusal_then_skip_invalid(db, tmp_path):
    ensure_school_year(db, 2025)
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    preview = imp.preview_import(db, path, "2025-2026")
    with pytest.raises(imp.WorkbookError) as err:
        imp.apply_import(db, preview)
    assert len(err.value.problems) == 2
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM class").fetchone()[0] == 0
    result = imp.apply_import(db, preview, skip_invalid=True)
    assert (result.added, result.skipped_invalid) == (5, 2)
    assert sorted(result.classes_created) == ["Chồi 1", "Lá 9"]
    assert db.execute("SELECT count(*) FROM enrollment WHERE start_date = '2025-09-05'").fetchone()[0] == 5
    # Importing the same list again finds the likely duplicates and adds nobody.
    again = imp.preview_import(db, path, "2025-2026")
    assert sum(r.duplicate_of is not None for r in again.rows) == 5
    assert all(w.code == "roster.import_already_in_this_class" for r in again.rows if r.valid for w in r.warnings)
    result = imp.apply_import(db, again, skip_invalid=True)
    assert (result.added, result.enrolled) == (0, 0)
    assert len(result.skipped) == 7  # two invalid, five already in their class


def test_duplicates_inside_the_file_and_default_class(db, tmp_path):
    rows = [[1, "Mai Văn Tú", "01/02/2021", "Nam", "Kinh", "", "", "", "", ""],
            [2, "Mai Văn Tú", "01/02/2021", "Nam", "Kinh", "", "", "", "", ""]]
    path = school_workbook(tmp_path / "dup.xlsx", rows)
    with_no_class = imp.preview_import(db, path, "2025-2026")
    assert all(e.code == "roster.import_no_class" for r in with_no_class.rows for e in r.errors)
    preview = imp.preview_import(db, path, "2025-2026", default_class="Chồi 3")
    assert preview.rows[1].warnings[-1].text("vi").startswith("Trùng với dòng 7")
    assert [r.row_number for r in preview.to_add] == [7]  # the repeated row is not added twice
    result = imp.apply_import(db, preview)
    assert (result.added, result.skipped_duplicates) == (1, 1)
    assert db.execute("SELECT count(*) FROM child WHERE full_name = 'Mai Văn Tú'").fetchone()[0] == 1


def test_date_under_nam_nu_subcolumns(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH TRẺ LỚP LÁ 1"])
    sheet.append(["TT", "Họ và tên", "Ngày sinh", None, "Địa chỉ"])
    sheet.append([None, None, "Nam", "Nữ", None])
    sheet.append([1, "Vũ Đức Anh", dt.datetime(2020, 4, 1), None, "Tổ 2"])
    sheet.append([2, "Bùi Thu Hà", None, "12/12/2020", "Tổ 5"])
    book.save(tmp_path / "nam_nu.xlsx")
    preview = imp.preview_import(db, tmp_path / "nam_nu.xlsx", "2025-2026", "Lá 1")
    assert [(r.data.sex, r.data.birth_date) for r in preview.rows] == [
        (1, dt.date(2020, 4, 1)), (2, dt.date(2020, 12, 12))]
    assert preview.invalid == []


def test_unreadable_or_headerless_files(db, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(imp.WorkbookError, match="not an Excel .xlsx file"):
        imp.preview_import(db, junk, "2025-2026")
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["a", "b"])
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(imp.WorkbookError, match="No header row"):
        imp.preview_import(db, tmp_path / "empty.xlsx", "2025-2026")


def test_every_problem_of_a_row_is_reported(db, tmp_path):
    ensure_school_year(db, 2025)
    rows = [[1, "", "31/02/2021", "X", "Kinh", "", "", "Vũ Thị Lan", "12ab", ""],
            [2, "Lê Văn Tâm", "", "", "Kinh", "Chồi 1", "Lê Văn Hải", "", "0912 345 678", ""]]
    preview = imp.preview_import(db, school_workbook(tmp_path / "bad.xlsx", rows), "2025-2026")
    first, second = preview.rows
    assert [e.code for e in first.errors] == ["roster.birth_no_such_day", "roster.sex_not_read",
                                              "roster.import_no_class", "roster.name_empty",
                                              "roster.mother_phone_invalid"]
    assert [e.code for e in second.errors] == ["roster.birth_missing", "roster.sex_missing"]  # said once, not twice
    problems = [str(p) for p in preview.problems()]
    assert problems[0].startswith("Row 7: Date of birth 31/02/2021: that day does not exist")
    assert problems[0].count("; ") == 4
    with pytest.raises(imp.WorkbookError):
        imp.apply_import(db, preview)
    assert db.execute("SELECT count(*) FROM child").fetchone()[0] == 0


def test_class_name_over_the_limit_is_a_row_problem(db, tmp_path):
    ensure_school_year(db, 2025)
    rows = [[1, "Mai Văn Tú", "01/02/2021", "Nam", "Kinh", "Chồi " + "1" * 60, "", "", "", ""]]
    preview = imp.preview_import(db, school_workbook(tmp_path / "long.xlsx", rows), "2025-2026")
    assert [str(p) for p in preview.problems()] == ["Row 7: Class name is 65 characters long; at most 50 are allowed"]
