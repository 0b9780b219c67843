"""The ``report`` command: real files from the demo school, clear refusals that write nothing."""

import openpyxl
from pypdf import PdfReader

from kindergarten_desktop.cli import main


def test_list(capsys):
    assert main(["report", "--list"]) == 0
    assert "class-list" in capsys.readouterr().out


def test_pdf_for_one_class(demo_db_copy, tmp_path, capsys):
    out = tmp_path / "la1.pdf"
    assert main(["report", "class-list", "--db", str(demo_db_copy), "--class", "Lá 1", "--out", str(out)]) == 0
    assert "Lớp Lá 1 - Năm học 2025-2026" in PdfReader(out).pages[0].extract_text()
    assert str(out) in capsys.readouterr().out


def test_xlsx_for_all_classes(demo_db_copy, tmp_path):
    out = tmp_path / "all.XLSX"
    assert main(["report", "class-list", "--db", str(demo_db_copy), "--year", "2025-2026", "--out", str(out)]) == 0
    assert len(openpyxl.load_workbook(out).sheetnames) == 16


def _refused(args, tmp_path, capsys, message):
    assert main(["report", *args]) == 2
    assert message in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite3")] == []


def test_refusals_write_nothing(demo_db_copy, tmp_path, capsys):
    db = ["--db", str(demo_db_copy)]
    out = ["--out", str(tmp_path / "x.pdf")]
    _refused(["nope", *db, *out], tmp_path, capsys, "Không có báo cáo “nope”")
    _refused(["class-list", *db, "--class", "Lá 9", *out], tmp_path, capsys, "không có lớp “Lá 9”")
    _refused(["class-list", *db, "--out", str(tmp_path / "x.docx")], tmp_path, capsys, "được in ra .pdf / .xlsx")
    _refused(["class-list", *db, "--month", "2025-10", *out], tmp_path, capsys, "không dùng tham số --month")
    _refused(["class-list", *db, "--year", "2025", *out], tmp_path, capsys, "YYYY-YYYY")
    _refused(["class-list", *db], tmp_path, capsys, "--out")
    _refused(["class-list", *out], tmp_path, capsys, "--db")
    _refused([], tmp_path, capsys, "báo cáo nào")
    # A missing database is bad input (exit 1), not a new school, and not a usage error.
    assert main(["--lang", "en", "report", "class-list", "--db", str(tmp_path / "none.sqlite3"), *out]) == 1
    assert "none.sqlite3 does not exist" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()
    # A file that cannot be written there is the disk's state (exit 1), not a usage error.
    assert main(["report", "class-list", *db, "--out", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "không tồn tại" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_missing_settings_warn(demo_db_copy, tmp_path, capsys):
    from kindergarten_desktop.db import open_database

    con = open_database(demo_db_copy)  # its triggers call the app's SQL functions (audit)
    con.execute("UPDATE school SET name = '', principal_name = '' WHERE id = 1")
    con.close()
    out = tmp_path / "x.pdf"
    assert main(["report", "class-list", "--db", str(demo_db_copy), "--class", "Lá 1", "--out", str(out)]) == 0
    assert "chưa điền thông tin của trường" in capsys.readouterr().err
    assert "[TÊN TRƯỜNG]" in PdfReader(out).pages[0].extract_text()
