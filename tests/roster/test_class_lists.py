"""Class lists as schools keep them: title block, footer, signatures, combined parent column,
two-digit years, impossible dates, repeats, classes named MGL/MGN/Nhà trẻ, children already known."""

import datetime as dt

import pytest

from kindergarten_desktop.roster import importer as imp
from kindergarten_desktop.roster.movements import history
from kindergarten_desktop.school import ensure_school_year
from tests.roster.class_lists import MGL_A1, class_column_list, class_list, nam_nu_list


def test_title_gives_class_year_and_age_group_footer_and_signatures_ignored(db, tmp_path):
    path = class_list(tmp_path / "a1.xlsx")
    preview = imp.preview_import(db, path)
    assert (preview.title.class_name, preview.title.school_year, preview.title.age_group) == (
        "Mẫu giáo lớn A1", "2025-2026", "age_5_6")
    assert preview.school_year == "2025-2026" and preview.class_name == "Mẫu giáo lớn A1"
    assert len(preview.rows) == 12 and preview.invalid == []  # not 13: "Tổng số" is no child
    assert preview.new_classes == {"Mẫu giáo lớn A1": "age_5_6"}
    dung = next(r for r in preview.rows if r.data.full_name == "Đinh Quang Dũng")
    assert dung.data.birth_date == dt.date(2020, 9, 5)  # "5/9/20": a plausible age, read
    assert dung.data.parent_name == "Đinh Thị Nga" and dung.data.parent_phone == "0356118902"
    assert dung.data.father_name == "" and dung.data.mother_name == ""  # never guessed
    result = imp.apply_import(db, preview)
    assert (result.added, result.classes_created) == (12, ["Mẫu giáo lớn A1"])
    stored = db.execute("SELECT parent_name, father_name FROM child WHERE full_name = 'Trần Ngọc Bích'").fetchone()
    assert stored == ("Lê Thị Hương", "")


def test_given_year_or_class_must_agree_with_the_title(db, tmp_path):
    path = class_list(tmp_path / "a1.xlsx")
    with pytest.raises(imp.WorkbookError) as err:
        imp.preview_import(db, path, "2024-2025")
    assert err.value.problems[0].code == "roster.title_year_mismatch"
    assert "2025-2026" in err.value.text("vi") and "2024-2025" in err.value.text("vi")
    with pytest.raises(imp.WorkbookError) as err:
        imp.preview_import(db, path, "2025-2026", "Lá 2")
    assert err.value.problems[0].code == "roster.title_class_mismatch"
    assert imp.preview_import(db, path, "2025-2026", "MẪU GIÁO LỚN A1").invalid == []  # same class
    chosen = imp.preview_import(db, path, "2024-2025", "Lá 2", follow_title=False)  # the GUI asked
    assert chosen.school_year == "2024-2025" and {r.class_name for r in chosen.rows} == {"Lá 2"}


def test_list_without_year_anywhere_asks_for_one(db, tmp_path):
    path = class_list(tmp_path / "a1.xlsx", year_line="")
    with pytest.raises(imp.WorkbookError) as err:
        imp.preview_import(db, path)
    assert err.value.problems[0].code == "roster.import_no_year"
    assert imp.preview_import(db, path, "2025-2026").class_name == "Mẫu giáo lớn A1"


def test_nam_nu_subcolumns_impossible_date_and_repeat(db, tmp_path):
    preview = imp.preview_import(db, nam_nu_list(tmp_path / "choi2.xlsx"))
    assert (preview.title.class_name, preview.school_year) == ("Chồi 2", "2025-2026")
    assert [r.row_number for r in preview.rows] == [8, 9, 10, 11]  # column numbers, "Cộng", signature: out
    duc, han, nam, again = preview.rows
    assert (duc.data.sex, han.data.sex, han.data.birth_date) == (1, 2, dt.date(2021, 6, 30))
    assert duc.data.father_name == "Tạ Văn Lâm" and duc.data.mother_phone == "0912000111"
    assert [str(e) for e in nam.errors] == ["Date of birth 31/04/2021: that day does not exist"]
    assert nam.errors[0].text("vi") == "Ngày sinh 31/04/2021: không có ngày này"
    assert again.repeat_of_row == 8 and again.warnings[0].text("vi").startswith("Trùng với dòng 8")
    assert preview.new_classes == {"Chồi 2": "age_4_5"}
    result = imp.apply_import(db, preview, skip_invalid=True)
    assert (result.added, [r.row_number for r in result.skipped]) == (2, [10, 11])


def test_class_column_names_tell_the_age_group(db, tmp_path):
    preview = imp.preview_import(db, class_column_list(tmp_path / "all.xlsx"))
    assert preview.school_year == "2025-2026" and preview.title.class_name is None
    assert preview.new_classes == {"MGL A1": "age_5_6", "MGN B2": "age_4_5", "Nhà trẻ D1": "nursery_25_36"}
    assert [r.data.parent_name for r in preview.rows] == ["Chu Văn Định", "Kiều Văn Hợp", "Lý Thị Mơ"]
    assert len(preview.rows) == 3


@pytest.mark.parametrize("name, group", [
    ("MGL A1", "age_5_6"), ("Lớp Lá 2", "age_5_6"), ("Mẫu giáo lớn A1", "age_5_6"), ("Lá 10", "age_5_6"),
    ("MGN B", "age_4_5"), ("Chồi 3", "age_4_5"), ("Mẫu giáo nhỡ B1", "age_4_5"), ("MGB C1", "age_3_4"),
    ("Mầm 1", "age_3_4"), ("Mẫu giáo bé C2", "age_3_4"), ("Nhà trẻ 24-36 tháng", "nursery_25_36"),
    ("Nhà trẻ 13-24 tháng", "nursery_13_24"), ("Lớp ghép", "mixed"), ("Lớp 5-6 tuổi A", "age_5_6"),
])
def test_age_group_from_class_words(name, group):
    assert imp.guess_age_group(name, [], 2025) == group


@pytest.mark.parametrize("text, expected", [
    ("05/09/2020", dt.date(2020, 9, 5)), ("5/9/20", dt.date(2020, 9, 5)), ("5-9-2020", dt.date(2020, 9, 5)),
    ("2020-09-05", dt.date(2020, 9, 5)), (dt.datetime(2020, 9, 5), dt.date(2020, 9, 5)),
])
def test_birth_dates_read(text, expected):
    assert imp.parse_birth_date(text, 2025) == expected


@pytest.mark.parametrize("text, code", [
    ("31/04/2020", "roster.birth_no_such_day"), ("29/02/2021", "roster.birth_no_such_day"),
    ("5/9/99", "roster.birth_two_digit_year"), ("5/9/30", "roster.birth_two_digit_year"),
    (2020, "roster.birth_year_only"), ("tháng 5", "roster.birth_not_a_date"),
])
def test_birth_dates_refused_with_the_reason(text, code):
    with pytest.raises(imp.RosterError) as err:
        imp.parse_birth_date(text, 2025)
    assert err.value.code == code


def test_children_already_known_are_enrolled_in_the_new_years_class(db, tmp_path):
    first = class_list(tmp_path / "2024.xlsx", MGL_A1[:4], title="DANH SÁCH TRẺ LỚP CHỒI 1",
                       year_line="Năm học 2024-2025")
    imp.apply_import(db, imp.preview_import(db, first))
    ensure_school_year(db, 2025)
    second = class_list(tmp_path / "2025.xlsx", MGL_A1[:6])
    preview = imp.preview_import(db, second)
    assert [r.existing_id is not None for r in preview.rows] == [True] * 4 + [False] * 2
    assert all(r.enrol_reason == "promotion" for r in preview.to_enrol)
    result = imp.apply_import(db, preview)
    assert (result.added, result.enrolled) == (2, 4)
    an = db.execute("SELECT id FROM child WHERE full_name = 'Nguyễn Hoàng An'").fetchone()[0]
    stays = history(db, an)
    assert [(s.class_name, s.school_year, s.end_reason, s.start_reason) for s in stays] == [
        ("Chồi 1", "2024-2025", "promotion", "new"), ("Mẫu giáo lớn A1", "2025-2026", None, "promotion")]
    # The same list again: everyone is already in the class, nothing is added, the rows say why.
    again = imp.apply_import(db, imp.preview_import(db, second))
    assert (again.added, again.enrolled, len(again.skipped)) == (0, 0, 6)
    assert again.skipped[0].warnings[-1].code == "roster.import_already_in_this_class"


def test_old_xls_and_password_protected_files_get_the_reason(db, tmp_path):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
    xls = tmp_path / "lop.xls"
    xls.write_bytes(ole2)
    with pytest.raises(imp.WorkbookError) as err:
        imp.preview_import(db, xls, "2025-2026")
    assert err.value.problems[0].code == "spreadsheets.xls" and ".xlsx" in err.value.text("vi")
    locked = tmp_path / "lop.xlsx"
    locked.write_bytes(ole2 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(imp.WorkbookError) as err:
        imp.preview_import(db, locked, "2025-2026")
    assert err.value.problems[0].code == "spreadsheets.encrypted"


def test_children_whose_names_look_like_footer_words_are_kept(db, tmp_path):
    children = [("Tống Minh Châu", "01/03/2020", "Nữ", "Kinh", "", "", ""),
                ("Công Tằng Tôn Nữ Mai", "02/04/2020", "Nữ", "Kinh", "", "", "")]
    preview = imp.preview_import(db, class_list(tmp_path / "names.xlsx", children))
    assert [r.data.full_name for r in preview.rows] == ["Tống Minh Châu", "Công Tằng Tôn Nữ Mai"]


def test_printed_list_shows_a_combined_parent_under_cha_me_never_under_cha(db, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report

    imp.apply_import(db, imp.preview_import(db, class_list(tmp_path / "a1.xlsx")))
    kind = get_kind("class-list")
    params = resolve_params(db, kind, year="2025-2026", class_name="Mẫu giáo lớn A1")
    pdf = run_report(db, kind, params, tmp_path / "a1.pdf").path
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Họ tên cha/mẹ" in text and "Lê Thị Hương" in text and "Họ tên cha\n" not in text
    xlsx = run_report(db, kind, params, tmp_path / "printed.xlsx").path
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "Họ tên cha/mẹ" in values and "Họ tên cha" not in values and "Lê Thị Hương" in values


def test_title_without_lop_single_girls_column_and_age_in_years(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH TRẺ MẪU GIÁO LỚN A2"])
    sheet.append(["NĂM HỌC: 2025 – 2026"])
    sheet.append(["STT", "Họ và tên học sinh", "Ngày, tháng, năm sinh", "Nữ", "Dân tộc", "Địa chỉ"])
    sheet.append([1, "Ông Văn Khải", "7/1/2020", None, "Kinh", "Thôn 3"])
    sheet.append([2, "Lò Thị Mây", "15/3/2020", "x", "Thái", "Bản Ún"])
    sheet.append([None, "Tổng: 2", None, None, None, None])
    sheet.append([None, "An Khánh, ngày ... tháng ... năm 2025"])
    book.save(tmp_path / "a2.xlsx")
    preview = imp.preview_import(db, tmp_path / "a2.xlsx")
    assert (preview.class_name, preview.school_year) == ("Mẫu giáo lớn A2", "2025-2026")
    assert [(r.data.full_name, r.data.sex) for r in preview.rows] == [("Ông Văn Khải", 1), ("Lò Thị Mây", 2)]
    assert preview.invalid == [] and preview.new_classes == {"Mẫu giáo lớn A2": "age_5_6"}
    assert imp.read_title(["DANH SÁCH TRẺ LỚP 5 TUỔI B"]).age_group == "age_5_6"
    assert imp.read_title(["DANH SÁCH TRẺ NĂM HỌC 2025-2026"]).class_name is None
    assert imp.read_title(["DANH SÁCH TRẺ LỚP LÁ 1 - NĂM HỌC 2025-2026"]).class_name == "Lá 1"


def test_an_old_list_leaves_children_of_a_later_year_alone(db, tmp_path):
    imp.apply_import(db, imp.preview_import(db, class_list(tmp_path / "2025.xlsx", MGL_A1[:2])))
    ensure_school_year(db, 2024)
    old = class_list(tmp_path / "2024.xlsx", MGL_A1[:3], title="DANH SÁCH TRẺ LỚP CHỒI 1",
                     year_line="Năm học 2024-2025")
    preview = imp.preview_import(db, old)
    assert [r.warnings[-1].code for r in preview.rows[:2]] == ["roster.import_in_later_year"] * 2
    result = imp.apply_import(db, preview)
    assert (result.added, result.enrolled, len(result.skipped)) == (1, 0, 2)


def test_name_split_into_family_and_given_name_columns(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH HỌC SINH LỚP CHỒI 3 NĂM HỌC 2025-2026"])
    sheet.append(["STT", "Mã học sinh", "Họ và tên đệm", "Tên", "Ngày sinh", "Giới tính", "Dân tộc"])
    sheet.append([1, "HS0012", "Nguyễn Thị Minh", "Anh", "03/04/2021", "Nữ", "Kinh"])
    sheet.append([2, "HS0013", "Võ Đức", "Trí", "22/10/2021", "Nam", "Kinh"])
    book.save(tmp_path / "vnedu.xlsx")
    preview = imp.preview_import(db, tmp_path / "vnedu.xlsx")
    assert [r.data.full_name for r in preview.rows] == ["Nguyễn Thị Minh Anh", "Võ Đức Trí"]
    assert preview.class_name == "Chồi 3" and preview.invalid == []


def test_sex_ticked_under_nam_and_nu_subcolumns_of_gioi_tinh(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH TRẺ LỚP MẦM 2"])
    sheet.append(["Năm học 2025-2026"])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", None, "Dân tộc"])
    sheet.append([None, None, None, "Nam", "Nữ", None])
    sheet.append([1, "Trịnh Bảo Long", "12/12/2022", "x", None, "Kinh"])
    sheet.append([2, "Cao Ngọc Hà", "02/02/2022", None, "x", "Kinh"])
    book.save(tmp_path / "mam2.xlsx")
    preview = imp.preview_import(db, tmp_path / "mam2.xlsx")
    assert [(r.data.sex, r.data.birth_date) for r in preview.rows] == [
        (1, dt.date(2022, 12, 12)), (2, dt.date(2022, 2, 2))]
    assert preview.invalid == []


def test_title_lines_about_the_teacher_do_not_name_the_class():
    assert imp.read_title(["Giáo viên lớp: Nguyễn Thị Hoa", "DANH SÁCH TRẺ LỚP CHỒI 4"]).class_name == "Chồi 4"
    assert imp.read_title(["Lớp: Lá 3 - GVCN: Trần Thị Lụa"]).class_name == "Lá 3"
    assert imp.read_title(["DANH SÁCH TRẺ KHỐI LÁ"]).class_name is None  # an age group, not one class


def test_list_on_a_second_sheet_after_a_cover_sheet(db, tmp_path):
    from openpyxl import load_workbook

    path = class_list(tmp_path / "two.xlsx")
    book = load_workbook(path)
    cover = book.create_sheet("Hướng dẫn", 0)
    cover["A1"] = "Điền danh sách ở trang sau"
    book.save(path)
    assert len(imp.preview_import(db, path).rows) == 12


def test_shipped_sample_is_the_usual_form(db, tmp_path):
    """resources/samples/danh-sach-lop-mgl-a1.xlsx was made with class_list(): same title, rows, footer."""
    from kindergarten_desktop.paths import resources_dir

    shipped = imp.read_sheet(resources_dir() / "samples" / "danh-sach-lop-mgl-a1.xlsx")
    made = imp.read_sheet(class_list(tmp_path / "made.xlsx"))
    assert (shipped.title, shipped.header_row, shipped.columns) == (made.title, made.header_row, made.columns)
    assert [values for _n, values in shipped.rows] == [values for _n, values in made.rows]


def test_a_csv_class_list_reads_like_a_workbook(db, tmp_path):
    path = tmp_path / "la3.csv"
    # As Excel saves it (CSV, semicolons): every line has all the columns.
    path.write_text("DANH SÁCH TRẺ LỚP LÁ 3;;;\nNăm học 2025-2026;;;\nSTT;Họ và tên;Ngày sinh;Giới tính\n"
                    "1;Hồ Anh Tuấn;09/10/2020;Nam\n2;Mạc Thị Yến;11/11/2020;Nữ\n;Tổng số: 2 cháu;;\n", encoding="utf-8")
    preview = imp.preview_import(db, path)
    assert (preview.class_name, preview.school_year) == ("Lá 3", "2025-2026")
    assert [r.data.full_name for r in preview.rows] == ["Hồ Anh Tuấn", "Mạc Thị Yến"] and preview.invalid == []
