"""Opening balances of the cash book and the bank book: the books start from them (screen, PDF,
XLSX, CLI), a bad amount or date is refused plainly, a closed month refuses them, and every
change is audited."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals import cashbook, closing
from kindergarten_desktop.meals.payments import add_payment
from kindergarten_desktop.meals.payouts import add_payout
from tests.meals.conftest import build_school
from tests.reports.xlsx_values import Recalculated

SEPT = (dt.date(2025, 9, 1), dt.date(2025, 9, 30))


@pytest.fixture
def school_file(tmp_path):
    """The tiny school in a file (the CLI opens it), priced."""
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    school = build_school(db)
    school.price()
    yield school, path
    db.close()


def _moves(school) -> None:
    db = school.db
    a, b = school.children[:2]
    add_payout(db, dt.date(2025, 9, 8), "supplier", 1_250_000, supplier="Cô Lan", reason="Trả tiền rau tháng 8")
    add_payment(db, a, dt.date(2025, 9, 9), 616_000, confirmed=True)
    add_payment(db, b, dt.date(2025, 9, 9), 550_000, method="transfer", confirmed=True)
    add_payment(db, b, dt.date(2025, 9, 12), 308_000, confirmed=True)


def test_the_books_start_from_their_opening_balances(school_file):
    school, _path = school_file
    db = school.db
    with pytest.raises(AppError, match="below 0"):  # no money in the safe yet: the payout is refused
        add_payout(db, dt.date(2025, 9, 8), "supplier", 1_250_000, supplier="Cô Lan", reason="Trả tiền rau")
    entered = cashbook.set_opening(db, "cash", dt.date(2025, 9, 8), "12.500.000", "Tồn quỹ chuyển sang")
    cashbook.set_opening(db, "transfer", dt.date(2025, 9, 5), 4_000_000)
    assert entered == cashbook.opening_of(db, "cash")
    _moves(school)
    cash = cashbook.book(db, "cash", *SEPT)
    assert cash.start == dt.date(2025, 9, 8) and cash.entered == entered  # the book starts from it
    assert (cash.opening, cash.money_in, cash.money_out, cash.closing) == (
        12_500_000, 924_000, 1_250_000, 12_174_000)
    assert [(d.day.day, d.opening, d.closing) for d in cash.days] == [
        (8, 12_500_000, 11_250_000), (9, 11_250_000, 11_866_000), (12, 11_866_000, 12_174_000)]
    bank = cashbook.book(db, "transfer", *SEPT)
    assert (bank.opening, bank.closing) == (4_000_000, 4_550_000)
    # Later periods carry the opening on; a period wholly after it does not restart.
    october = cashbook.book(db, "cash", dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    assert october.opening == 12_174_000 and october.entered is None
    assert cashbook.balance_before(db, "cash", dt.date(2025, 9, 8)) == 12_500_000
    assert cashbook.balance_before(db, "cash", dt.date(2025, 9, 7)) == 0


def test_bad_openings_are_refused_plainly_and_write_nothing(school_file):
    school, _path = school_file
    db = school.db
    add_payment(db, school.children[0], dt.date(2025, 9, 9), 616_000, confirmed=True)
    cases = [("-500000", dt.date(2025, 9, 1), "Số dư đầu: số tiền không được âm."),
             ("12,5 triệu", dt.date(2025, 9, 1), "Số dư đầu: "),
             ("1.000.000", None, "chưa chọn ngày"),
             ("1.000.000", dt.date(2025, 9, 10), "sổ đã có thu, chi từ ngày 09/09/2025")]
    for amount, day, said in cases:
        with pytest.raises(AppError) as err:
            cashbook.set_opening(db, "cash", day, amount)
        assert said in err.value.text("vi")
    with pytest.raises(AppError, match="no book"):
        cashbook.set_opening(db, "safe", dt.date(2025, 9, 1), 5)
    assert cashbook.opening_of(db, "cash") is None
    assert cashbook.set_opening(db, "cash", dt.date(2025, 9, 9), "0").amount == 0  # on the first day: allowed


def test_a_closed_month_refuses_the_opening_and_changes_are_audited(school_file):
    school, _path = school_file
    db = school.db
    cashbook.set_opening(db, "cash", dt.date(2025, 9, 8), 2_000_000, "Đếm quỹ")
    cashbook.set_opening(db, "cash", dt.date(2025, 9, 8), 2_100_000, "Đếm lại quỹ")
    closing.close_month(db, 2025, 9, "Kế toán")
    for write in (lambda: cashbook.set_opening(db, "cash", dt.date(2025, 10, 1), 1),
                  lambda: cashbook.delete_opening(db, "cash"),
                  lambda: cashbook.set_opening(db, "transfer", dt.date(2025, 9, 30), 1)):
        with pytest.raises(MonthClosed) as err:
            write()
        assert "09/2025" in err.value.text("vi")
    assert cashbook.opening_of(db, "cash").amount == 2_100_000 and cashbook.opening_of(db, "transfer") is None
    cashbook.set_opening(db, "transfer", dt.date(2025, 10, 1), 300_000)
    rows = db.execute("SELECT action, record_id, before, after FROM audit_log WHERE table_name = "
                      "'meal_book_opening' ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("insert", "cash"), ("update", "cash"), ("insert", "transfer")]
    assert json.loads(rows[1][2])["amount"] == 2_000_000 and json.loads(rows[1][3])["amount"] == 2_100_000


def test_printed_books_start_from_the_opening_to_the_dong(school_file, tmp_path, capsys):
    school, path = school_file
    assert main(["money", "opening", "--db", str(path), "--book", "cash", "--date", "2025-09-08",
                 "--amount", "12.500.000", "--note", "Tồn quỹ chuyển sang"]) == 0
    assert "12.500.000" in capsys.readouterr().out
    assert main(["money", "opening", "--db", str(path), "--book", "cash", "--date", "2025-09-08",
                 "--amount", "-3"]) == 1
    assert "không được âm" in capsys.readouterr().err
    _moves(school)
    pdf, xlsx = tmp_path / "so-quy.pdf", tmp_path / "so-quy.xlsx"
    for out in (pdf, xlsx):
        assert main(["report", "cash-book", "--db", str(path), "--year", "2025-2026", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    plain = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Số tồn đầu kỳ (số dư đầu ngày 08/09/2025: Tồn quỹ chuyển sang)" in " ".join(plain.split())
    opening_at = next(i for i, line in enumerate(text.splitlines()) if "Số tồn đầu kỳ" in line)
    assert "12.500.000" in " ".join(text.splitlines()[opening_at:opening_at + 3]).split()  # the label wraps
    totals = next(line for line in text.splitlines() if "Cộng phát sinh trong kỳ" in line).split()
    assert totals[-2:] == ["924.000", "1.250.000"]
    assert next(line for line in text.splitlines() if "Số tồn cuối kỳ" in line).split()[-1] == "12.174.000"
    book = Recalculated(xlsx)
    sheet = book.book.sheetnames[0]
    rows = list(book.book[sheet].iter_rows(min_col=4, max_col=4))
    first = next(c.row for [c] in rows if isinstance(c.value, str) and c.value.startswith("Số tồn đầu kỳ"))
    last = next(c.row for [c] in rows if c.value == "Số tồn cuối kỳ")
    assert book.value(sheet, first, 7) == 12_500_000
    assert (book.value(sheet, last - 1, 5), book.value(sheet, last - 1, 6)) == (924_000, 1_250_000)
    assert book.value(sheet, last, 7) == 12_174_000


# Money dated before a book's opening balance: refused below every writer (db/guards.py).

def test_money_dated_before_the_opening_is_refused_whoever_writes_it(school_file):
    from kindergarten_desktop.db import guards
    from kindergarten_desktop.db.guards import BeforeOpening

    school, _path = school_file
    db = school.db
    a, b = school.children[:2]
    assert guards.BOOK_ACCOUNTS == cashbook.ACCOUNTS
    cashbook.set_opening(db, "cash", dt.date(2025, 9, 8), 12_500_000)
    cashbook.set_opening(db, "transfer", dt.date(2025, 9, 10), 4_000_000)
    writes = [
        ("cash", lambda: add_payment(db, a, dt.date(2025, 9, 5), 616_000, confirmed=True)),
        ("cash", lambda: add_payout(db, dt.date(2025, 9, 7), "supplier", 100_000, supplier="Cô Lan",
                                    reason="Trả tiền rau")),
        ("transfer", lambda: add_payment(db, b, dt.date(2025, 9, 9), 550_000, method="transfer", confirmed=True)),
        ("transfer", lambda: add_payout(db, dt.date(2025, 9, 9), "other", 50_000, payee="Ngân hàng",
                                        reason="Phí chuyển khoản", method="transfer")),
        # a writer that skips the domain: the rule still holds
        ("cash", lambda: db.execute(
            "INSERT INTO meal_payment (school_year_id, number, child_id, paid_on, method, amount) "
            "VALUES (?, 99, ?, '2025-09-01', 'cash', 1000)", [school.year_id, a])),
    ]
    for account, write in writes:
        with pytest.raises(BeforeOpening) as err:
            write()
        first = "08/09/2025" if account == "cash" else "10/09/2025"
        book_vi = "Sổ quỹ tiền mặt" if account == "cash" else "Sổ tiền gửi"
        assert err.value.text("vi").startswith(f"{book_vi} bắt đầu từ ngày {first}")
        assert "chuyển số dư đầu sổ về ngày sớm hơn" in err.value.text("vi")
        assert f"starts on {first}" in err.value.text("en") and "on " + first + " or later" in err.value.text("en")
    assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM meal_payout").fetchone()[0] == 0
    # On the opening's day and after: allowed; cancelled money dated before it does not count.
    add_payment(db, a, dt.date(2025, 9, 8), 616_000, confirmed=True)
    add_payment(db, b, dt.date(2025, 9, 10), 550_000, method="transfer", confirmed=True)
    db.execute("INSERT INTO meal_payment (school_year_id, number, child_id, paid_on, method, amount, cancelled_at) "
               "VALUES (?, 98, ?, '2025-09-01', 'cash', 1000, '2025-09-01 08:00:00')", [school.year_id, a])
    assert cashbook.book(db, "cash", *SEPT).closing == 12_500_000 + 616_000
    # An update that would make money count before the opening (a row moved to the other book) is refused.
    db.execute("DROP TRIGGER meal_payment_fixed")  # the receipt's own rule would refuse it first
    later = db.execute("SELECT id FROM meal_payment WHERE paid_on = '2025-09-08'").fetchone()[0]
    db.execute("UPDATE meal_payment SET paid_on = '2025-09-09' WHERE id = ?", [later])  # after the cash opening
    with pytest.raises(BeforeOpening):
        db.execute("UPDATE meal_payment SET method = 'transfer' WHERE id = ?", [later])
    db.execute("UPDATE meal_payment SET note = 'ghi chú' WHERE id = ?", [later])  # no new money: allowed


def test_an_existing_database_gets_the_rule_on_opening_and_keeps_its_data(school_file):
    from kindergarten_desktop.db.guards import BeforeOpening

    school, path = school_file
    db = school.db
    add_payment(db, school.children[0], dt.date(2025, 9, 9), 616_000, confirmed=True)
    cashbook.set_opening(db, "cash", dt.date(2025, 9, 8), 1_000_000)
    for name, in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                            "'guard_%_opening_%'").fetchall():
        db.execute(f"DROP TRIGGER {name}")  # as a database written before the rule (version 71)
    db.execute("PRAGMA user_version = 71")
    before = db.execute("SELECT * FROM meal_payment").fetchall()
    db.close()
    again = open_database(path)
    try:
        assert again.execute("SELECT * FROM meal_payment").fetchall() == before
        with pytest.raises(BeforeOpening):
            add_payment(again, school.children[1], dt.date(2025, 9, 1), 5_000, confirmed=True)
    finally:
        again.close()


def test_the_cli_refuses_money_before_the_opening_in_the_users_words(school_file, capsys):
    school, path = school_file
    assert main(["money", "opening", "--db", str(path), "--book", "cash", "--date", "2025-09-08",
                 "--amount", "2.000.000"]) == 0
    capsys.readouterr()
    assert main(["money", "pay", "--db", str(path), "--child", "Nguyễn Văn An", "--amount", "616000",
                 "--date", "2025-09-05", "--ahead"]) == 1
    err = capsys.readouterr().err
    assert "Sổ quỹ tiền mặt bắt đầu từ ngày 08/09/2025" in err and "Traceback" not in err
    assert main(["money", "payout", "--db", str(path), "--kind", "other", "--amount", "10000", "--payee", "Cô Lan",
                 "--reason", "Mua muối", "--date", "2025-09-07"]) == 1
    assert "08/09/2025" in capsys.readouterr().err
    assert main(["--lang", "en", "money", "pay", "--db", str(path), "--child", "Nguyễn Văn An", "--amount",
                 "616000", "--date", "2025-09-05", "--ahead"]) == 1
    assert "The cash book starts on 08/09/2025" in capsys.readouterr().err
    assert school.db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0
