from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from tests.roster.workbooks import realistic_rows, school_workbook


def test_command_names_bad_rows_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "school.sqlite3"
    open_database(db, create=True).close()
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    assert main(["--lang", "en", "import-roster", str(path), "--db", str(db), "--year", "2025-2026"]) == 1
    out, err = capsys.readouterr()
    assert "Row 9:" in out and "Row 12:" in out and "nothing imported" in err
    assert main(["--lang", "en", "import-roster", str(path), "--db", str(db), "--year", "2025-2026", "--dry-run",
                 "--skip-invalid"]) == 0
    assert "5 children would be added" in capsys.readouterr().out
    import sqlite3

    assert sqlite3.connect(db).execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert main(["--lang", "en", "import-roster", str(path), "--db", str(db), "--year", "2025-2026",
                 "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "Imported 5 children" in out and "Created classes: Chồi 1, Lá 9" in out
    assert "Skipped row 9 (Trần Minh Khang): Date of birth 31/02/2021: that day does not exist" in out
    assert sqlite3.connect(db).execute("SELECT count(*) FROM child").fetchone()[0] == 5


def test_command_bad_arguments(tmp_path, capsys):
    assert main(["import-roster", str(tmp_path / "none.xlsx"), "--db", str(tmp_path / "d.sqlite3"),
                 "--year", "2025-2026"]) == 2
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    assert main(["import-roster", str(path), "--db", str(tmp_path / "d.sqlite3"), "--year", "2025"]) == 2
    assert "YYYY-YYYY" in capsys.readouterr().err


def test_sample_of_the_readme_imports_from_its_title_then_adds_nothing(tmp_path, capsys):
    from kindergarten_desktop.paths import resources_dir

    db = tmp_path / "school.sqlite3"
    open_database(db, create=True).close()
    sample = str(resources_dir() / "samples" / "danh-sach-lop-mgl-a1.xlsx")
    assert main(["--lang", "vi", "import-roster", sample, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Mẫu giáo lớn A1 (Mẫu giáo 5–6 tuổi (lớn))" in out and "age_5_6" not in out
    assert "Đã nhập 12 trẻ mới" in out
    assert main(["--lang", "vi", "import-roster", sample, "--db", str(db)]) == 1  # adds nobody: not a success
    out, err = capsys.readouterr()
    assert "Bỏ qua dòng 8 (Nguyễn Hoàng An): Đã có trong lớp Mẫu giáo lớn A1" in out
    assert "Không có trẻ nào được thêm" in err
    assert main(["--lang", "vi", "import-roster", sample, "--db", str(db), "--year", "2024-2025"]) == 1
    assert "Tiêu đề danh sách ghi năm học 2025-2026" in capsys.readouterr().err


def test_old_xls_file_is_explained(tmp_path, capsys):
    db = tmp_path / "school.sqlite3"
    open_database(db, create=True).close()
    xls = tmp_path / "lop.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert main(["--lang", "vi", "import-roster", str(xls), "--db", str(db), "--year", "2025-2026"]) == 1
    assert "Sổ làm việc Excel (.xlsx)" in capsys.readouterr().err


def test_a_dry_run_names_the_rows_it_would_leave_out(tmp_path, capsys):
    """A messy class list (title, merged two-row header, dd/mm/yyyy dates, a child twice): the
    dry run said "6 children, 0 bad rows, 5 would be added" without saying which row and why."""
    from tests.roster.workbooks import messy_class_workbook

    db = tmp_path / "school.sqlite3"
    open_database(db, create=True).close()
    path = messy_class_workbook(tmp_path / "ds-a1.xlsx")
    assert main(["--lang", "vi", "import-roster", str(path), "--db", str(db), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Chạy thử: sẽ thêm 5 trẻ mới" in out
    assert "Bỏ qua dòng 13 (Nguyễn Ngọc Bảo Anh): Trùng với dòng 9" in out
    assert main(["--lang", "vi", "import-roster", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 5 trẻ mới" in out and "Bỏ qua dòng 13 (Nguyễn Ngọc Bảo Anh): Trùng với dòng 9" in out
    import sqlite3

    rows = sqlite3.connect(db).execute(
        "SELECT full_name, birth_date, father_name, mother_name, mother_phone FROM child ORDER BY id").fetchall()
    # the parents and the phone under "Thông tin cha mẹ" (merged over three columns) are read
    assert rows[0] == ("Nguyễn Ngọc Bảo Anh", "2020-03-14", "Nguyễn Văn Hùng", "Trần Thị Mai", "0912345678")
    assert rows[2] == ("Trần Minh Khang", "2020-02-09", "", "Phạm Thị Hoa", "0987111222")
    assert rows[3][:2] == ("Lê Thị Diệu Linh", "2020-07-02") and len(rows) == 5
