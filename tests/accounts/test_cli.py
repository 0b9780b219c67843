"""The command line with accounts: --user on every command, KD_PASSWORD, users and audit,
every role against every protected command."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from tests.roster.workbooks import realistic_rows, school_workbook

ROLES = {"principal": "hieutruong", "accountant": "ketoan", "nurse": "yte", "kitchen": "bep",
         "teacher": "giaovien"}


@pytest.fixture
def cli_db(accounts_db_copy, monkeypatch):
    monkeypatch.setenv("KD_PASSWORD", "demo")
    monkeypatch.delenv("KD_NEW_PASSWORD", raising=False)
    return str(accounts_db_copy)


def _children(path) -> int:
    db = open_database(path)
    try:
        return db.execute("SELECT count(*) FROM child").fetchone()[0]
    finally:
        db.close()


def _import(tmp_path, db):
    book = school_workbook(tmp_path / "ds.xlsx", realistic_rows())
    workbook = load_workbook(book)
    workbook.active["A4"] = "DANH SÁCH TRẺ NĂM HỌC 2026-2027"  # the title must agree with --year
    workbook.save(book)
    # next school year: 2025-2026 is closed up to February (db/guards.py refuses enrolments there)
    return ["import-roster", str(book), "--db", db, "--year", "2026-2027", "--skip-invalid", "--class", "Lá 1"]


def _commands(tmp_path, db):
    """name -> (argv, roles allowed)."""
    return {
        "import-roster": (_import(tmp_path, db), {"principal"}),
        "users add": (["users", "add", "moi", "--role", "nurse", "--db", db], {"principal"}),
        "users disable": (["users", "disable", "bep", "--db", db], {"principal"}),
        "users passwd (someone else)": (["users", "passwd", "yte", "--db", db], {"principal", "nurse"}),
        "audit": (["audit", "--db", db, "--out", str(tmp_path / "a.csv")], {"principal"}),
        "report meals-ledger": (["report", "meals-ledger", "--db", db, "--month", "2026-02",
                                 "--out", str(tmp_path / "s.xlsx")], {"principal", "accountant"}),  # fees
        "report growth-summary": (["report", "growth-summary", "--db", db, "--round", "2",
                                   "--out", str(tmp_path / "g.xlsx")], {"principal", "nurse"}),  # the whole school
        "report debt-list": (["report", "debt-list", "--db", db, "--month", "2026-02",
                              "--out", str(tmp_path / "d.xlsx")], {"principal", "accountant"}),
        "report cash-book": (["report", "cash-book", "--db", db, "--month", "2026-02",
                              "--out", str(tmp_path / "q.xlsx")], {"principal", "accountant"}),
        "report kitchen-slip": (["report", "kitchen-slip", "--db", db, "--date", "2026-03-16",
                                 "--out", str(tmp_path / "b.pdf")], {"principal", "accountant", "kitchen"}),
        "report class-list (the teacher's class)": (
            ["report", "class-list", "--db", db, "--class", _teachers_class(db), "--out", str(tmp_path / "c.pdf")],
            {"principal", "accountant", "nurse", "teacher"}),
        "report class-list (every class)": (["report", "class-list", "--db", db, "--out", str(tmp_path / "c.pdf")],
                                            {"principal", "accountant", "nurse"}),
        "money print-receipt": (["money", "print-receipt", "--db", db, *_a_receipt(db), "--out",
                                 str(tmp_path / "r.pdf")], {"principal", "accountant"}),
    }


def _a_receipt(path) -> list[str]:
    db = open_database(path)
    try:
        name, number = db.execute("SELECT y.name, p.number FROM meal_payment p JOIN school_year y "
                                  "ON y.id = p.school_year_id ORDER BY p.id LIMIT 1").fetchone()
        return ["--year", name, "--number", str(number)]
    finally:
        db.close()


def _teachers_class(path) -> str:
    db = open_database(path)
    try:
        return db.execute("SELECT c.name FROM class c JOIN account_class a ON a.class_id = c.id "
                          "JOIN account u ON u.id = a.account_id WHERE u.username = 'giaovien'").fetchone()[0]
    finally:
        db.close()


NAMES = ["import-roster", "users add", "users disable", "users passwd (someone else)", "audit",
         "report meals-ledger", "report growth-summary", "report debt-list", "report class-list (the teacher's class)",
         "report class-list (every class)", "money print-receipt", "report cash-book", "report kitchen-slip"]


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("name", NAMES)
def test_every_role_against_every_protected_command(cli_db, tmp_path, capsys, monkeypatch, role, name):
    argv, allowed = _commands(tmp_path, cli_db)[name]
    if name.startswith("users passwd"):
        monkeypatch.setenv("KD_NEW_PASSWORD", "moimoi")
    before = _children(cli_db)
    code = main([*argv, "--user", ROLES[role]])
    out, err = capsys.readouterr()
    if role in allowed:
        assert code == 0, err
        assert "Traceback" not in err
    else:
        assert code == 1, (out, err)
        assert err.startswith("kindergarten-desktop: ") and len(err.splitlines()) == 1, err
        assert "Traceback" not in err
        assert _children(cli_db) == before


def test_a_command_without_user_or_with_a_wrong_password_is_refused(cli_db, tmp_path, capsys, monkeypatch):
    en = ["--lang", "en"]
    assert main([*en, *_import(tmp_path, cli_db)]) == 1
    assert "This database has accounts: name the user with --user NAME" in capsys.readouterr().err
    monkeypatch.setenv("KD_PASSWORD", "sai")
    assert main([*en, *_import(tmp_path, cli_db), "--user", "hieutruong"]) == 1
    assert "Wrong user name or password." in capsys.readouterr().err
    assert main([*en, "--user", "khongco", "users", "list", "--db", cli_db]) == 1
    assert "Wrong user name or password." in capsys.readouterr().err
    monkeypatch.delenv("KD_PASSWORD")
    assert main([*en, "users", "list", "--db", cli_db, "--user", "hieutruong"]) == 1  # no terminal to ask
    assert "KD_PASSWORD" in capsys.readouterr().err
    assert main(["--lang", "vi", "users", "list", "--db", cli_db]) == 1
    assert "Cơ sở dữ liệu này có tài khoản" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["users", "add", "moi", "--db", "{db}", "--role", "nurse"],
    ["users", "add", "--db", "{db}", "--role", "nurse", "moi"],
    ["users", "--db", "{db}", "add", "--role", "nurse", "moi"],
    ["--db", "{db}", "users", "add", "--role", "nurse", "moi"],
])
def test_users_takes_its_options_before_or_after_the_account_name(cli_db, capsys, monkeypatch, argv):
    monkeypatch.setenv("KD_NEW_PASSWORD", "moimoi")
    argv = [a.replace("{db}", cli_db) for a in argv]
    assert main([*argv, "--user", "hieutruong"]) == 0, capsys.readouterr().err
    assert main(["users", "passwd", "--db", cli_db, "moi", "--user", "hieutruong"]) == 0
    assert main(["--lang", "en", "users", "list", "--user", "hieutruong", "--db", cli_db]) == 0
    listed = capsys.readouterr().out
    assert any(line.split()[:1] == ["moi"] and "nurse" in line for line in listed.splitlines()), listed


def test_users_without_db_or_name_says_what_is_missing(cli_db, capsys):
    assert main(["--lang", "en", "users", "add", "moi", "--role", "nurse", "--user", "hieutruong"]) == 2
    assert "--db PATH is required" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "users", "passwd", "--db", cli_db])
    assert exit_.value.code == 2
    assert "NAME" in capsys.readouterr().err


def test_user_goes_before_or_after_the_command_and_is_audited(cli_db, tmp_path, capsys):
    assert main(["--user", "hieutruong", *_import(tmp_path, cli_db)]) == 0
    db = open_database(cli_db)
    try:
        actors = {a for (a,) in db.execute("SELECT DISTINCT actor FROM audit_log WHERE table_name = 'child'")}
    finally:
        db.close()
    assert actors == {"hieutruong"}


def test_a_disabled_account_is_refused(cli_db, capsys):
    assert main(["users", "disable", "ketoan", "--db", cli_db, "--user", "hieutruong"]) == 0
    assert main(["users", "list", "--db", cli_db, "--user", "ketoan"]) == 1
    assert "ketoan" in capsys.readouterr().err
    assert main(["users", "enable", "ketoan", "--db", cli_db, "--user", "hieutruong"]) == 0
    assert main(["users", "list", "--db", cli_db, "--user", "ketoan"]) == 0


def test_users_list_add_passwd_and_the_last_principal(cli_db, capsys, monkeypatch):
    assert main(["users", "list", "--db", cli_db, "--user", "yte"]) == 0
    listing = capsys.readouterr().out  # anyone but the principal sees their own account only
    assert [line.split()[0] for line in listing.splitlines()] == ["yte"], listing
    assert main(["users", "list", "--db", cli_db, "--user", "hieutruong"]) == 0
    listing = capsys.readouterr().out
    assert "giaovien" in listing and "Nhà trẻ 1" in listing and "yte" in listing
    monkeypatch.setenv("KD_NEW_PASSWORD", "bimat123")
    assert main(["users", "add", "cohoa", "--role", "teacher", "--class", "Lá 2", "--class", "Lá 3",
                 "--name", "Vũ Thị Hoa", "--db", cli_db, "--user", "hieutruong"]) == 0
    assert main(["users", "add", "cohoa2", "--role", "teacher", "--db", cli_db, "--user", "hieutruong"]) == 1
    assert main(["users", "add", "x3", "--role", "teacher", "--class", "Không có", "--db", cli_db,
                 "--user", "hieutruong"]) == 1
    assert main(["users", "add", "x4", "--role", "boss", "--db", cli_db, "--user", "hieutruong"]) == 1
    capsys.readouterr()
    monkeypatch.setenv("KD_PASSWORD", "bimat123")
    assert main(["users", "list", "--db", cli_db, "--user", "cohoa"]) == 0
    assert "Lá 2, Lá 3" in capsys.readouterr().out
    monkeypatch.setenv("KD_PASSWORD", "demo")
    assert main(["users", "disable", "hieutruong", "--db", cli_db, "--user", "hieutruong"]) == 1
    # the teacher changes their own password
    monkeypatch.setenv("KD_PASSWORD", "bimat123")
    monkeypatch.setenv("KD_NEW_PASSWORD", "moi-moi")
    assert main(["users", "passwd", "cohoa", "--db", cli_db, "--user", "cohoa"]) == 0
    monkeypatch.setenv("KD_PASSWORD", "moi-moi")
    assert main(["users", "list", "--db", cli_db, "--user", "cohoa"]) == 0


def test_first_account_on_a_school_without_accounts_prints_the_recovery_code(demo_db_copy, capsys, monkeypatch):
    path = str(demo_db_copy)
    monkeypatch.setenv("KD_PASSWORD", "truong-ta")
    assert main(["report", "class-list", "--db", path, "--class", "Lá 1", "--out",
                 str(demo_db_copy.with_suffix(".pdf"))]) == 0  # no accounts: runs as today
    assert main(["users", "add", "ketoan", "--role", "accountant", "--db", path]) == 1  # first: the principal
    capsys.readouterr()
    assert main(["users", "add", "admin", "--role", "principal", "--db", path]) == 0
    out = capsys.readouterr().out
    code = out.strip().rsplit(": ", 1)[1]  # the recovery code ends the message, in either language
    assert len(code) == 24
    assert main(["users", "list", "--db", path]) == 1  # from now on --user is needed
    monkeypatch.setenv("KD_NEW_PASSWORD", "quen-roi-moi")
    assert main(["users", "recover", "admin", "--code", code, "--db", path]) == 0
    assert main(["users", "recover", "admin", "--code", code, "--db", path]) == 1  # a code works once
    monkeypatch.setenv("KD_PASSWORD", "quen-roi-moi")
    assert main(["users", "list", "--db", path, "--user", "admin"]) == 0


def test_audit_export_csv_and_xlsx_since_a_date(cli_db, tmp_path, capsys):
    assert main([*_import(tmp_path, cli_db), "--user", "hieutruong"]) == 0
    out_csv, out_xlsx = tmp_path / "nk.csv", tmp_path / "nk.xlsx"
    assert main(["audit", "--db", cli_db, "--out", str(out_csv), "--user", "hieutruong"]) == 0
    with out_csv.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Thời điểm", "Người thực hiện", "Thao tác"]
    children = [r for r in rows[1:] if r[4] == "child"]
    assert len(children) == 5 and all(r[1] == "hieutruong" and r[2] == "thêm" for r in children)
    assert main(["audit", "--db", cli_db, "--out", str(out_xlsx), "--since", "2000-01-01",
                 "--user", "hieutruong"]) == 0
    sheet = load_workbook(out_xlsx).active
    assert sheet.max_row == len(rows)
    assert sheet["D2"].value  # the table in Vietnamese
    assert main(["audit", "--db", cli_db, "--out", str(out_csv), "--since", "2999-01-01",
                 "--user", "hieutruong"]) == 0
    assert "Đã ghi 0 mục" in capsys.readouterr().out
    assert main(["audit", "--db", cli_db, "--out", str(tmp_path / "x.txt"), "--user", "hieutruong"]) == 1
    assert main(["audit", "--db", cli_db, "--out", str(out_csv), "--since", "hôm qua", "--user", "hieutruong"]) == 1
    capsys.readouterr()
    assert main(["audit", "--db", cli_db, "--out", str(tmp_path / "no" / "nk.xlsx"), "--user", "hieutruong"]) == 1
    assert "không tồn tại" in capsys.readouterr().err and not (tmp_path / "no").exists()


def test_demo_data_with_and_without_accounts(tmp_path, capsys):
    plain, with_accounts = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert main(["demo-data", "--db", str(plain), "--first-year", "2025"]) == 0
    assert main(["demo-data", "--db", str(with_accounts), "--first-year", "2025", "--with-accounts"]) == 0
    assert "hieutruong" in capsys.readouterr().out
    for path, expected in ((plain, []), (with_accounts, ["bep", "giaovien", "hieutruong", "ketoan", "yte"])):
        db = open_database(path)
        try:
            assert [u for (u,) in db.execute("SELECT username FROM account ORDER BY username")] == expected
            assert db.execute("SELECT count(*) FROM audit_log WHERE table_name NOT LIKE 'account%' "
                              "AND table_name <> 'setting'").fetchone()[0] == 0  # generated data is not audited
        finally:
            db.close()


def test_a_teacher_prints_the_lists_of_the_classes_assigned_only(cli_db, tmp_path, capsys):
    out = str(tmp_path / "ds.pdf")
    assert main(["report", "class-list", "--db", cli_db, "--class", "Nhà trẻ 1", "--out", out,
                 "--user", "giaovien"]) == 0
    assert main(["report", "class-list", "--db", cli_db, "--class", "Lá 1", "--out", out,
                 "--user", "giaovien"]) == 1
    assert main(["report", "class-list", "--db", cli_db, "--out", out, "--user", "giaovien"]) == 1
    assert "giaovien" in capsys.readouterr().err
    assert main(["report", "class-list", "--db", cli_db, "--class", "Lá 1", "--out", out,
                 "--user", "ketoan"]) == 0


def _a_child(path) -> str:
    """A child whose full name is unique in the school (the command finds a child by name)."""
    db = open_database(path)
    try:
        return db.execute("SELECT c.full_name FROM child c JOIN enrollment e ON e.child_id = c.id "
                          "WHERE e.end_date IS NULL GROUP BY c.full_name HAVING count(DISTINCT c.id) = 1 "
                          "ORDER BY min(c.id) LIMIT 1").fetchone()[0]
    finally:
        db.close()


def _receipts(path) -> int:
    db = open_database(path)
    try:
        return db.execute("SELECT count(*) FROM meal_payment").fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("role", list(ROLES))
def test_a_write_the_triggers_refuse_is_one_line_naming_who_may(cli_db, capsys, role):
    """A receipt written on the command line: the permission trigger's refusal reaches the
    terminal as the app's message (db/refusals.py), one line, exit 1, nothing written."""
    before = _receipts(cli_db)
    code = main(["--lang", "en", "--user", ROLES[role], "money", "pay", "--db", cli_db, "--child", _a_child(cli_db),
                 "--amount", "500000", "--date", "2026-03-16", "--ahead"])
    out, err = capsys.readouterr()
    if role in ("principal", "accountant"):
        assert code == 0, err
        assert _receipts(cli_db) == before + 1
        return
    assert code == 1 and _receipts(cli_db) == before
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err == (f"kindergarten-desktop: The account {ROLES[role]} ({role}) may not change meals, fees, discounts "
                   "and receipts: only principal or accountant may.\n")


def test_a_closed_month_on_the_command_line_names_the_month_and_how_to_reopen(cli_db, capsys):
    before = _receipts(cli_db)
    code = main(["--lang", "en", "--user", "ketoan", "money", "pay", "--db", cli_db, "--child", _a_child(cli_db),
                 "--amount", "500000", "--date", "2026-02-10", "--ahead"])
    err = capsys.readouterr().err
    assert code == 1 and _receipts(cli_db) == before and len(err.splitlines()) == 1
    assert err.startswith("kindergarten-desktop: The books are closed up to 02/2026")
    assert "the principal reopens month 02/2026" in err


@pytest.mark.parametrize(("role", "listed", "left_out"), [
    ("teacher", {"class-list", "attendance", "growth-cards", "agenda"},
     {"cash-book", "school-stats", "growth-summary"}),
    ("nurse", {"growth-summary", "class-list"}, {"cash-book", "meals-ledger"}),
    ("principal", {"cash-book", "growth-summary", "school-stats"}, set()),
])
def test_report_list_shows_what_the_user_may_print(cli_db, capsys, role, listed, left_out):
    """`report --list --db … --user giaovien` listed the cash book and the whole school's
    documents, which the same command then refused; the Reports menu lists only the printable."""
    assert main(["report", "--list", "--db", cli_db, "--user", ROLES[role]]) == 0
    names = {line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert listed <= names and not left_out & names, names
    assert main(["report", "--list"]) == 0  # no database: every report there is
    assert {"cash-book", "growth-summary"} <= {line.split()[0] for line in capsys.readouterr().out.splitlines()}
