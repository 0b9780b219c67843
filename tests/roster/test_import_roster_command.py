import pytest

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from tests.roster.workbooks import realistic_rows, school_workbook


@pytest.fixture
def english_cli():
    from kindergarten_desktop.errors import set_language

    set_language("en")
    yield
    set_language("vi")


def test_command_names_bad_rows_and_writes_nothing(tmp_path, capsys, english_cli):
    db = tmp_path / "school.sqlite3"
    open_database(db, create=True).close()
    path = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    assert main(["import-roster", str(path), "--db", str(db), "--year", "2025-2026"]) == 1
    out, err = capsys.readouterr()
    assert "Row 9:" in out and "Row 12:" in out and "nothing imported" in err
    assert main(["import-roster", str(path), "--db", str(db), "--year", "2025-2026", "--dry-run",
                 "--skip-invalid"]) == 0
    assert "5 children would be added" in capsys.readouterr().out
    import sqlite3

    assert sqlite3.connect(db).execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert main(["import-roster", str(path), "--db", str(db), "--year", "2025-2026", "--skip-invalid"]) == 0
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
