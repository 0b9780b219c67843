"""``money`` on the command line speaks the user's language for a malformed date too
("tham số --date: '2026-13-01' is not a date written YYYY-MM-DD" mixed English into Vietnamese)."""

from __future__ import annotations

import pytest

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from tests.meals.conftest import build_school


@pytest.fixture
def school_file(tmp_path):
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    build_school(db).price()
    db.close()
    return path


@pytest.mark.parametrize("action", [
    ["pay", "--child", "Nguyễn Văn An", "--amount", "1000"],
    ["payout", "--kind", "other", "--payee", "Cô Lan", "--amount", "1000", "--reason", "Muối"],
    ["opening", "--book", "cash", "--amount", "1000"],
])
@pytest.mark.parametrize("typed", ["2026-13-01", "01/12/2026"])
def test_a_malformed_date_is_refused_in_the_users_language(school_file, capsys, action, typed):
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "vi", "money", *action, "--db", str(school_file), "--date", typed])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"Ngày viết dạng YYYY-MM-DD, ví dụ 2025-09-05 (đã nhập “{typed}”)" in err, err
    assert "is not a date" not in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "money", *action, "--db", str(school_file), "--date", typed])
    assert f"A day is written YYYY-MM-DD, e.g. 2025-09-05 (got “{typed}”)" in capsys.readouterr().err
    db = open_database(school_file)
    try:
        assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM meal_payout").fetchone()[0] == 0
    finally:
        db.close()
