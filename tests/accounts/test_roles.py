"""Every role against every protected action, on the domain API. The permission triggers
refuse, and the domain API raises the app's error (db/refusals.py: a PermissionDenied with the
account, its roles and who may), never sqlite3's; nothing is written."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kindergarten_desktop.accounts import access, users
from kindergarten_desktop.db.refusals import PermissionDenied, Refused
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


def reopen_month(db):
    from kindergarten_desktop.meals.closing import reopen_month

    reopen_month(db, 2026, 2, "tên gõ tay")  # the latest closed month of the demo; the name is ignored


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
    close_month: {"principal", "accountant"},
    reopen_month: {"principal"},
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
    with pytest.raises(AppError) as refused:
        action(db)
    assert _audit_count(db) == before, "a refused change writes nothing"
    error = refused.value
    assert not isinstance(error, sqlite3.Error)
    user = USERS[role]
    if action in PRINCIPAL_ONLY:  # asked before writing (accounts/users.py)
        assert error.code == "accounts.principal_only"
        assert error.text("en") == "Only the principal manages other people's accounts."
        return
    assert isinstance(error, PermissionDenied) and isinstance(error, Refused), repr(error)
    area = AREA[action]
    assert error.written == area
    label, allowed = EXPECTED[area]
    if role == "teacher" and action in (attendance_other_class, growth_other_class):
        assert error.code == "accounts.denied_class"
        assert error.text("en") == (f"The account giaovien may enter {label} only for the children of the "
                                    "classes assigned.")
    elif area == "reopening":
        assert error.code == "accounts.denied_reopen"
        assert error.text("en") == (f"The account {user} ({role}) may not reopen a closed month: only principal "
                                    "may, since reopening lets signed figures change.")
        assert error.text("vi").startswith(f"Tài khoản {user} ({ROLE_VI[role]}) không được mở lại tháng đã khóa sổ")
    else:
        assert error.code == "accounts.denied"
        allowed = SCHOOL_WIDE.get(action, allowed)
        assert error.text("en") == f"The account {user} ({role}) may not change {label}: only {allowed} may."
        assert error.text("vi").startswith(f"Tài khoản {user} ({ROLE_VI[role]}) không được thay đổi ")
    assert "{" not in error.text("vi") and "{" not in error.text("en")


PRINCIPAL_ONLY = {add_account, idle_setting}
AREA = {
    update_child: "roster", transfer_child: "roster", school_settings: "school",
    attendance_own_class: "attendance", attendance_other_class: "attendance", growth_own_class: "growth",
    growth_other_class: "growth", growth_round: "growth", meal_rate: "meals", receipt: "meals", discount: "meals",
    meal_override: "meals", meal_rules: "meals", close_month: "closing", reopen_month: "reopening",
    purchase: "market", stock_use: "stock", menu: "kitchen", agenda: "agenda",
}
# A growth round is school-wide: the teacher, who enters measurements for the classes assigned,
# is not named among those who may create one (the refusal used to say "principal, nurse or teacher").
SCHOOL_WIDE = {growth_round: "principal or nurse"}
# area -> (its name in the English text, who may change it)
EXPECTED = {
    "roster": ("classes and children's records", "principal"),
    "school": ("the school and its years", "principal"),
    "attendance": ("attendance", "principal or teacher"),
    "growth": ("growth measurements", "principal, nurse or teacher"),
    "meals": ("meals, fees, discounts and receipts", "principal or accountant"),
    "closing": ("the closing of months", "principal or accountant"),
    "reopening": ("reopening closed months", "principal"),
    "market": ("the market book and purchases", "principal or accountant"),
    "stock": ("the stock", "principal, accountant or kitchen"),
    "kitchen": ("menus and food inspection", "principal or kitchen"),
    "agenda": ("the monthly agenda", "principal"),
}
ROLE_VI = {"accountant": "kế toán", "nurse": "nhân viên y tế", "kitchen": "nhà bếp", "teacher": "giáo viên"}


def test_nobody_signed_in_is_refused_everything_and_told_to_sign_in(accounts_db):
    for action in MATRIX:
        with pytest.raises(AppError) as refused:
            action(accounts_db)
        assert refused.value.code == "accounts.sign_in_required", action.__name__
        assert refused.value.text("en").startswith("This school has accounts: sign in (--user NAME) to change ")


def test_refusal_names_the_account_and_who_may(accounts_db):
    act_as(accounts_db, "giaovien")
    with pytest.raises(PermissionDenied) as refused:
        receipt(accounts_db)
    error = refused.value
    assert error.text("en") == ("The account giaovien (teacher) may not change meals, fees, discounts and receipts: "
                                "only principal or accountant may.")
    assert "kế toán" in error.text("vi")
    assert error.table == "meal_payment" and error.written == "meals"
    with pytest.raises(PermissionDenied) as refused:
        attendance_other_class(accounts_db)
    assert refused.value.code == "accounts.denied_class"


def test_every_statement_path_raises_the_app_error(accounts_db):
    """execute, executemany, insert and a block of atomic() (including conn.executemany inside
    it) all raise the same PermissionDenied; a raw connection outside atomic() is not the API."""
    db = accounts_db
    act_as(db, "yte")
    sql = "INSERT INTO supplier (name) VALUES (?)"
    with pytest.raises(PermissionDenied):
        db.execute(sql, ["Chợ A"])
    with pytest.raises(PermissionDenied):
        db.executemany(sql, [["Chợ A"], ["Chợ B"]])
    with pytest.raises(PermissionDenied):
        db.insert(sql, ["Chợ A"])
    with pytest.raises(PermissionDenied):
        with db.atomic():
            db.conn.executemany(sql, [["Chợ A"]])
    with pytest.raises(PermissionDenied):
        with db.atomic(), db.atomic():  # a savepoint
            db.conn.execute(sql, ["Chợ A"])
    assert db.execute("SELECT count(*) FROM supplier WHERE name LIKE 'Chợ _'").fetchone()[0] == 0


def test_an_accountant_closes_a_month_and_only_the_principal_reopens_it(accounts_db):
    from kindergarten_desktop.meals.closing import close_month, history, is_closed, reopen_month

    db = accounts_db
    act_as(db, "ketoan")
    close_month(db, 2026, 3)
    assert is_closed(db, "2026-03") and history(db, "2026-03")[-1].by_whom.endswith("(ketoan)")
    with pytest.raises(PermissionDenied) as refused:
        reopen_month(db, 2026, 3)
    assert refused.value.code == "accounts.denied_reopen" and is_closed(db, "2026-03")
    # Nor around the domain: the lock, the closing snapshot and the history are the principal's.
    for sql in ("UPDATE month_lock SET closed_through = '2025-12'",
                "DELETE FROM meal_closing_balance WHERE month = '2026-03'",
                "DELETE FROM meal_month_event WHERE month = '2026-03'"):
        with pytest.raises(PermissionDenied) as refused:
            db.execute(sql)
        assert refused.value.written == "reopening", sql
    assert is_closed(db, "2026-03")
    act_as(db, "hieutruong")
    reopen_month(db, 2026, 3)
    assert not is_closed(db, "2026-03")


def test_other_trigger_rules_raise_their_own_error(accounts_db):
    from kindergarten_desktop.db.guards import MonthClosed
    from kindergarten_desktop.db.refusals import AppendOnly, RuleRefused

    db = accounts_db
    act_as(db, "hieutruong")
    with pytest.raises(AppendOnly) as refused:
        db.execute("DELETE FROM audit_log")
    assert refused.value.text("en") == "The audit trail can only be added to, never changed or deleted."
    receipt_id = db.execute("SELECT max(id) FROM meal_payment WHERE paid_on >= '2026-03-01'").fetchone()[0]
    with pytest.raises(RuleRefused) as refused:
        db.execute("UPDATE meal_payment SET amount = amount + 1 WHERE id = ?", [receipt_id])
    assert refused.value.code == "meals.receipt_fixed"
    with pytest.raises(MonthClosed) as refused:
        receipt_on(db, dt.date(2026, 2, 10))
    assert refused.value.code == "meals.month_closed" and refused.value.text("en").startswith(
        "The books are closed up to 02/2026") and "the principal reopens month 02/2026" in refused.value.text("en")
    assert "hiệu trưởng mở lại sổ tháng 02/2026" in refused.value.text("vi")


def receipt_on(db, day: dt.date) -> None:
    from kindergarten_desktop.meals.payments import add_payment

    add_payment(db, _child(db, OTHER_CLASS), day, 500_000, payer="Phụ huynh", confirmed=True)


def test_every_trigger_refusal_of_the_schema_has_a_text(accounts_db):
    """Every RAISE(ABORT, '...') a trigger of the migrated schema holds maps to an AppError
    whose text needs no parameter it cannot have."""
    import re

    from kindergarten_desktop.db import refusals

    messages = set()
    for (sql,) in accounts_db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"):
        messages.update(re.findall(r"RAISE\s*\(\s*ABORT\s*,\s*'([^']*)'\s*\)", sql, flags=re.I))
    assert len(messages) > 20
    act_as(accounts_db, "ketoan")
    for text in sorted(messages):
        error = refusals.from_error(sqlite3.IntegrityError(text), accounts_db)
        assert isinstance(error, Refused), text
        for lang in ("vi", "en"):
            assert "{" not in error.text(lang) and error.code not in error.text(lang), (text, error.text(lang))


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
    with pytest.raises(PermissionDenied):
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
    assert access.can_read(accounts_db, "market") and not access.can_read(accounts_db, "meals")  # no one's fees
    assert not access.can_read(accounts_db, "growth")
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


@pytest.mark.parametrize(("user", "refusal"), [
    ("bep", None), ("hieutruong", None),
    ("ketoan", "only principal or kitchen may."),  # the food is the kitchen's, the supplier would do
    ("yte", "only principal, accountant or kitchen may."), ("giaovien", "only principal, accountant or kitchen may."),
])
def test_the_kitchen_names_a_new_supplier_in_the_food_catalogue(accounts_db, user, refusal):
    """The catalogue's "Unit, price and supplier…" (the kitchen's) adds a supplier typed anew;
    suppliers are shared by the kitchen and the accountant's market book (area "suppliers"): the
    kitchen used to be refused as if it wrote the market book."""
    from kindergarten_desktop.kitchen.catalogue import set_purchase

    db = accounts_db
    act_as(db, user)
    food = db.execute("SELECT id FROM food ORDER BY id LIMIT 1").fetchone()[0]
    if refusal is None:
        set_purchase(db, food, supplier="Chợ Đồng Xuân – quầy 12")
        assert db.execute("SELECT count(*) FROM supplier WHERE name = 'Chợ Đồng Xuân – quầy 12'").fetchone()[0] == 1
        return
    with pytest.raises(AppError) as refused:
        set_purchase(db, food, supplier="Chợ Đồng Xuân – quầy 12")
    assert refused.value.text("en").endswith(refusal), refused.value.text("en")
