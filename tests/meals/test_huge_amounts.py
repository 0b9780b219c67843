"""An amount with too many digits is a typing slip: refused with the field's name, never stored
(a receipt of 10^17 đồng made the cash book absurd; 10^23 đồng crashed the save with an
OverflowError and no message)."""

from __future__ import annotations

import datetime as dt

import pytest

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from kindergarten_desktop.meals.errors import MAX_AMOUNT, MealsError, parse_money
from kindergarten_desktop.meals.payments import add_payment
from kindergarten_desktop.meals.payouts import add_payout
from kindergarten_desktop.meals.rates import add_rate
from tests.meals.conftest import build_school


@pytest.fixture
def school_file(tmp_path):
    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    school = build_school(db)
    school.price()
    yield school, path
    db.close()


def test_the_largest_plausible_amount_is_accepted_and_one_more_dong_refused():
    assert parse_money(MAX_AMOUNT, "amount") == MAX_AMOUNT
    assert parse_money("10.000.000.000", "amount") == 10_000_000_000 == MAX_AMOUNT
    with pytest.raises(MealsError) as err:
        parse_money(MAX_AMOUNT + 1, "amount")
    assert err.value.field == "amount"
    assert err.value.text("vi") == "Số tiền: số tiền quá lớn (tối đa 10.000.000.000 ₫): kiểm tra lại số chữ số."
    assert err.value.text("en") == "Amount: the amount is too large (at most 10.000.000.000 ₫): check the digits."


@pytest.mark.parametrize("amount", ["99999999999999999", "99999999999999999999999", 10**23, "1.000.000.000.000.000"])
def test_huge_receipts_payouts_and_rates_are_refused_and_nothing_is_written(school_file, amount):
    school, path = school_file
    db = school.db
    for write in (lambda: add_payment(db, school.children[0], dt.date(2025, 9, 10), amount, confirmed=True),
                  lambda: add_payout(db, dt.date(2025, 9, 10), "supplier", amount, supplier="Cô Lan", reason="Rau"),
                  lambda: add_rate(db, "kindergarten", dt.date(2025, 10, 1), amount, 3000)):
        with pytest.raises(MealsError, match="too large"):
            write()
    assert db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM meal_payout").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM meal_rate").fetchone()[0] == 2


def test_the_cli_refuses_a_huge_receipt_in_one_line(school_file, capsys):
    school, path = school_file
    for amount in ("99999999999999999999999", "99999999999999999"):
        assert main(["money", "pay", "--db", str(path), "--child", "Nguyễn Văn An", "--amount", amount,
                     "--date", "2025-09-10", "--ahead"]) == 1
        err = capsys.readouterr().err
        assert "số tiền quá lớn" in err and "Traceback" not in err and "không mong muốn" not in err
    assert school.db.execute("SELECT count(*) FROM meal_payment").fetchone()[0] == 0
