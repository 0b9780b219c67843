"""Every role against every protected action, on the domain API. The permission triggers
refuse; access.translate words the refusal; nothing is written."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kindergarten_desktop.accounts import access, users
from kindergarten_desktop.errors import AppError
from tests.accounts.conftest import act_as

DAY = dt.date(2026, 3, 16)  # the demo's today: March 2026 is open, February closed
FIRST_CLASS = "Nhà trẻ 1"  # giaovien's class
OTHER_CLASS = "Lá 1"


def _child(db, class_name: str) -> int:
    return db.execute(
        "SELECT e.child_id FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.name = ? "
        "AND e.end_date IS NULL ORDER BY e.child_id LIMIT 1", [class_name]).fetchone()[0]


def _round(db) -> int:
    return db.execute("SELECT id FROM growth_round WHERE number = 3").fetchone()[0]


def update_child(db):
    from kindergarten_desktop.roster.children import load_child, update_child

    child = _child(db, OTHER_CLASS)
    data = load_child(db, child)
    update_child(db, child, data.__class__(**{**data.__dict__, "address": "Số 1, đường Mới"}))


def transfer_child(db):
    from kindergarten_desktop.roster.movements import transfer

    transfer(db, _child(db, OTHER_CLASS), db.execute("SELECT id FROM class WHERE name = 'Lá 2'").fetchone()[0], DAY)


def school_settings(db):
    from kindergarten_desktop.school import load_settings, save_settings

    settings = load_settings(db)
    save_settings(db, settings.__class__(**{**settings.__dict__, "phone": "0240000000"}))


def attendance_own_class(db):
    from kindergarten_desktop.roster.attendance import mark

    mark(db, _child(db, FIRST_CLASS), DAY, "E")


def attendance_other_class(db):
    from kindergarten_desktop.roster.attendance import mark

    mark(db, _child(db, OTHER_CLASS), DAY, "E")


def _measure(db, class_name: str) -> None:
    from kindergarten_desktop.growth.measurements import Measurement, save_measurement

    child = _child(db, class_name)
    save_measurement(db, Measurement(child, _round(db), DAY, absent=True, note="ốm"), today=DAY)


def growth_own_class(db):
    _measure(db, FIRST_CLASS)


def growth_other_class(db):
    _measure(db, OTHER_CLASS)


def growth_round(db):
    from kindergarten_desktop.growth.rounds import add_round
    from kindergarten_desktop.school import current_school_year

    add_round(db, current_school_year(db), DAY, kind="monthly")


def meal_rate(db):
    from kindergarten_desktop.meals.rates import add_rate

    add_rate(db, "kindergarten", dt.date(2026, 4, 1), 30_000, 3_000)


def receipt(db):
    from kindergarten_desktop.meals.payments import add_payment

    add_payment(db, _child(db, OTHER_CLASS), DAY, 500_000, payer="Phụ huynh", confirmed=True)


def discount(db):
    from kindergarten_desktop.meals.discounts import add_discount

    add_discount(db, _child(db, OTHER_CLASS), DAY, 50_000, "hộ nghèo")


def meal_override(db):
    from kindergarten_desktop.meals.counts import set_override

    set_override(db, _child(db, OTHER_CLASS), DAY, False, "báo nghỉ")


def meal_rules(db):
    from kindergarten_desktop.meals.settings import load_rules, save_rules

    rules = load_rules(db)
    save_rules(db, rules.__class__(**{**rules.__dict__, "payment_warning": 6_000_000}))


def close_month(db):
    from kindergarten_desktop.meals.closing import close_month

    close_month(db, 2026, 3, "tên gõ tay")  # ignored once someone is signed in


def purchase(db):
    from kindergarten_desktop.meals.market import add_purchase

    add_purchase(db, DAY, "Rau cải", "3,5", 15_000, unit="kg")


def stock_use(db):
    from kindergarten_desktop.meals.stock import add_use

    add_use(db, DAY, "Gạo tẻ thơm", "1", "nấu cháo")


def menu(db):
    from kindergarten_desktop.meals.menus import Menu, save_menu

    save_menu(db, Menu(DAY, "Cháo thịt", "Cơm, canh cua", "Sữa chua"))


def agenda(db):
    from kindergarten_desktop.agenda.items import AgendaItem, add_item
    from kindergarten_desktop.school import current_school_year

    year = current_school_year(db)
    add_item(db, year, AgendaItem(year.id, "2026-04", "Kiểm tra nội bộ"))


def add_account(db):
    users.add_account(db, "cogiao", "matkhau", ["nurse"])


def idle_setting(db):
    users.set_idle_minutes(db, 30)


ALL = "principal accountant nurse kitchen teacher".split()
# action -> the roles allowed (the principal may do everything)
MATRIX = {
    update_child: {"principal"},
    transfer_child: {"principal"},
    school_settings: {"principal"},
    attendance_own_class: {"principal", "teacher"},
    attendance_other_class: {"principal"},
    growth_own_class: {"principal", "nurse", "teacher"},
    growth_other_class: {"principal", "nurse"},
    growth_round: {"principal", "nurse"},
    meal_rate: {"principal", "accountant"},
    receipt: {"principal", "accountant"},
    discount: {"principal", "accountant"},
    meal_override: {"principal", "accountant"},
    meal_rules: {"principal", "accountant"},
    close_month: {"principal"},
    purchase: {"principal", "accountant"},
    stock_use: {"principal", "accountant", "kitchen"},
    menu: {"principal", "kitchen"},
    agenda: {"principal"},
    add_account: {"principal"},
    idle_setting: {"principal"},
}
USERS = {"principal": "hieutruong", "accountant": "ketoan", "nurse": "yte", "kitchen": "bep", "teacher": "giaovien"}


def _audit_count(db) -> int:
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("role", ALL)
@pytest.mark.parametrize("action", list(MATRIX), ids=lambda f: f.__name__)
def test_role_against_action(accounts_db, role, action):
    db = accounts_db
    act_as(db, USERS[role])
    before = _audit_count(db)
    if role in MATRIX[action]:
        action(db)
        entries = db.execute("SELECT actor, id FROM audit_log WHERE id > (SELECT max(id) - 50 FROM "
                             "audit_log)").fetchall()
        assert _audit_count(db) > before, "an allowed change is audited"
        assert {actor for actor, _ in entries[-1:]} == {USERS[role]}
        return
    with pytest.raises((sqlite3.DatabaseError, AppError)) as refused:
        action(db)
    assert _audit_count(db) == before, "a refused change writes nothing"
    exc = refused.value
    error = exc if isinstance(exc, AppError) else access.translate(db, exc)
    assert error is not None, f"{exc!r} is not worded for the user"
    assert error.code.startswith("accounts."), error.code
    assert "{" not in error.text("vi") and "{" not in error.text("en")


def test_nobody_signed_in_is_refused_everything_and_told_to_sign_in(accounts_db):
    for action in MATRIX:
        with pytest.raises((sqlite3.DatabaseError, AppError)) as refused:
            action(accounts_db)
        exc = refused.value
        error = exc if isinstance(exc, AppError) else access.translate(accounts_db, exc)
        assert error is not None and error.code == "accounts.sign_in_required", action.__name__


def test_refusal_names_the_account_and_who_may(accounts_db):
    act_as(accounts_db, "giaovien")
    with pytest.raises(sqlite3.IntegrityError) as refused:
        receipt(accounts_db)
    error = access.translate(accounts_db, refused.value)
    assert error.text("en") == ("The account giaovien (teacher) may not change meals, fees, discounts and receipts: "
                                "only principal or accountant may.")
    assert "kế toán" in error.text("vi")
    with pytest.raises(sqlite3.IntegrityError) as refused:
        attendance_other_class(accounts_db)
    assert access.translate(accounts_db, refused.value).code == "accounts.denied_class"


def test_school_without_accounts_allows_everything_under_the_os_user(demo_db):
    from kindergarten_desktop.db.session import os_user

    for action in (update_child, receipt, menu, agenda, close_month):
        action(demo_db)
    actors = {a for (a,) in demo_db.execute("SELECT DISTINCT actor FROM audit_log")}
    assert actors == {os_user()}
    assert all(access.can_write(demo_db, area) for area in ("roster", "meals", "closing", "accounts"))


def test_several_roles_add_up(accounts_db):
    act_as(accounts_db, "hieutruong")
    users.set_roles(accounts_db, "yte", ["nurse", "kitchen"])
    act_as(accounts_db, "yte")
    growth_round(accounts_db)
    menu(accounts_db)
    with pytest.raises(sqlite3.IntegrityError):
        receipt(accounts_db)


def test_closing_records_the_signed_in_account_not_a_typed_name(accounts_db):
    from kindergarten_desktop.meals.closing import close_month, history

    act_as(accounts_db, "hieutruong")
    close_month(accounts_db, 2026, 3, "someone typed")
    assert history(accounts_db, "2026-03")[-1].by_whom == "Nguyễn Thị Hạnh (hieutruong)"


def test_can_read_and_write_follow_the_roles(accounts_db):
    act_as(accounts_db, "bep")
    assert access.can_write(accounts_db, "kitchen") and access.can_write(accounts_db, "stock")
    assert not access.can_write(accounts_db, "meals")
    assert access.can_read(accounts_db, "meals") and not access.can_read(accounts_db, "growth")
    act_as(accounts_db, "giaovien")
    assert access.can_write(accounts_db, "attendance") and not access.can_write(accounts_db, "roster")
    assert access.can_read(accounts_db, "roster") and not access.can_read(accounts_db, "meals")


def test_a_teacher_sees_only_the_classes_assigned(accounts_db):
    from kindergarten_desktop.accounts.access import visible_class_ids

    first = accounts_db.execute("SELECT id FROM class WHERE name = ?", [FIRST_CLASS]).fetchone()[0]
    act_as(accounts_db, "giaovien")
    assert visible_class_ids(accounts_db) == {first}
    act_as(accounts_db, "hieutruong")
    assert visible_class_ids(accounts_db) is None
    users.set_roles(accounts_db, "giaovien", ["teacher", "nurse"], [first])
    act_as(accounts_db, "giaovien")
    assert visible_class_ids(accounts_db) is None  # the nurse's role reads every roster
    act_as(accounts_db, "ketoan")
    assert visible_class_ids(accounts_db) is None
