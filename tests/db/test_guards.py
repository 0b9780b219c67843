"""Closed means closed below the domains: the guard triggers refuse any write dated in a closed
month, whoever writes (plain SQL included), and let everything else through."""

from __future__ import annotations

import sqlite3

import pytest

from kindergarten_desktop.db import guards
from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals import closing
from tests.meals.conftest import build_school


@pytest.fixture
def closed(db):
    """The tiny school with September 2025 closed (October open)."""
    school = build_school(db)
    school.price()
    closing.close_month(db, 2025, 9, "Kế toán")
    return school


def _tables(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_every_guarded_table_exists_and_has_its_three_triggers(db):
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for guard in guards.GUARDED:
        assert guard.table in _tables(db), guard.table
        for event in ("insert", "update", "delete"):
            assert f"guard_{guard.table}_{event}" in names


def test_install_is_idempotent(db):
    assert guards.install(db) == []


# (table, a row dated in closed September as column values)
SEPT_ROWS = [
    ("attendance", {"child_id": 1, "day": "2025-09-10", "status": "P"}),
    ("meal_override", {"child_id": 1, "day": "2025-09-10", "eats": 0}),
    ("staff_meal", {"day": "2025-09-10", "count": 3}),
    ("meal_rate", {"category": "kindergarten", "effective_from": "2025-09-20", "food": 30000}),
    ("monthly_fee", {"name": "Nước uống", "effective_from": "2025-09-01", "amount": 10000}),
    ("meal_discount", {"child_id": 1, "month": "2025-09", "amount": 10000}),
    ("meal_standing_discount", {"child_id": 1, "start_month": "2025-09", "amount": 50000, "reason": "Con GV"}),
    ("lunch_support_rule", {"effective_from": "2025-09-01", "amount": 170000, "max_months": 9}),
    ("meal_payment", {"school_year_id": 1, "number": 1, "child_id": 1, "paid_on": "2025-09-30",
                      "method": "cash", "amount": 1000}),
    ("daily_menu", {"day": "2025-09-10", "lunch": "Cơm"}),
    ("school_calendar_exception", {"day": "2025-09-10", "kind": "closed"}),
    ("enrollment", {"child_id": 1, "class_id": 1, "start_date": "2025-09-20"}),
    ("child_circumstance", {"child_id": 1, "flag": "poor_household", "valid_from": "2025-09-20"}),
    ("meal_book_opening", {"account": "cash", "day": "2025-09-10", "amount": 1_000_000}),
    # The kitchen's books: a menu, the three-step inspection, a kept sample, the day's market order.
    ("menu_line", {"day": "2025-09-10", "age_group": "kindergarten", "meal": "lunch", "dish": "Cơm tẻ",
                   "food_id": 0, "grams": 80}),
    ("inspection", {"day": "2025-09-10", "step": 1, "item": "Thịt lợn nạc"}),
    ("food_sample", {"day": "2025-09-10", "meal": "lunch", "dish": "Cơm tẻ", "quantity": 100, "unit": "g",
                     "taken_at": "2025-09-10T10:30"}),
    ("kitchen_order", {"day": "2025-09-10", "at": "2025-09-10T06:00:00", "amount": 0}),
]


def _insert(db, table: str, row: dict) -> None:
    db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


@pytest.mark.parametrize("table, row", SEPT_ROWS, ids=[t for t, _ in SEPT_ROWS])
def test_plain_sql_cannot_add_change_or_remove_a_closed_months_row(db, table, row):
    school = build_school(db)
    school.price()
    row = dict(row, child_id=school.children[0]) if "child_id" in row else row
    if table == "meal_payment":
        row["school_year_id"] = school.year_id
    if table == "enrollment":
        row["class_id"] = school.kg_class
    if table == "menu_line":
        row["food_id"] = db.insert("INSERT INTO food (code, name, food_group) VALUES ('T1', 'Gạo tẻ', 1)")
    _insert(db, table, row)  # open: accepted
    closing.close_month(db, 2025, 9, "Kế toán")
    count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    with pytest.raises(MonthClosed) as err:
        db.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT max(rowid) FROM {table})"
                   if table not in ("attendance", "meal_override") else f"DELETE FROM {table}")
    assert err.value.table == table
    if table not in ("enrollment", "meal_standing_discount", "child_circumstance"):  # periods: tested below
        first = next(iter(row))
        with pytest.raises(MonthClosed):  # a kept sample: only a change of what was sampled (below)
            db.execute(f"UPDATE {table} SET {first} = {first}" if table != "food_sample"
                       else "UPDATE food_sample SET dish = 'Cơm nát'")
    assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
    with pytest.raises(AppError, match="09/2025"):
        with db.atomic():  # a refused executemany inside a transaction rolls the whole block back
            db.execute("INSERT INTO child (full_name, sex, birth_date) VALUES ('Trẻ mới', 1, '2021-01-01')")
            db.conn.executemany(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                [list(row.values())])
    assert db.execute("SELECT count(*) FROM child WHERE full_name = 'Trẻ mới'").fetchone()[0] == 0


def test_the_same_writes_in_an_open_month_go_through(closed):
    db = closed.db
    child = closed.children[0]
    db.execute("INSERT INTO attendance (child_id, day, status) VALUES (?, '2025-10-01', 'P')", [child])
    db.execute("UPDATE attendance SET status = 'E' WHERE day = '2025-10-01'")
    db.execute("DELETE FROM attendance WHERE day = '2025-10-01'")
    db.execute("INSERT INTO meal_discount (child_id, month, amount) VALUES (?, '2025-10', 5000)", [child])


def test_enrolment_ends_and_notes_are_open_when_only_open_months_change(closed):
    """A stay that started in a closed month can still end in an open one; changing its start,
    class or an end that falls in a closed month is refused."""
    db = closed.db
    stay = db.execute("SELECT id FROM enrollment WHERE child_id = ?", [closed.children[0]]).fetchone()[0]
    db.execute("UPDATE enrollment SET note = 'chuyển nhà' WHERE id = ?", [stay])
    db.execute("UPDATE enrollment SET end_date = '2025-10-15', end_reason = 'withdrawal' WHERE id = ?", [stay])
    db.execute("UPDATE enrollment SET end_date = '2025-09-30' WHERE id = ?", [stay])  # leaves from October on
    for sql in ("UPDATE enrollment SET end_date = '2025-09-20' WHERE id = ?",
                "UPDATE enrollment SET start_date = '2025-09-08' WHERE id = ?",
                "UPDATE enrollment SET class_id = class_id + 1 WHERE id = ?",
                "DELETE FROM enrollment WHERE id = ?"):
        with pytest.raises(MonthClosed):
            db.execute(sql, [stay])


def test_standing_discount_may_end_after_the_closed_months(closed):
    db = closed.db
    row = db.execute("INSERT INTO meal_standing_discount (child_id, start_month, amount, reason) "
                     "VALUES (?, '2025-10', 50000, 'Con GV') RETURNING id", [closed.children[0]]).fetchone()[0]
    closing.close_month(db, 2025, 10, "Kế toán")
    db.execute("UPDATE meal_standing_discount SET end_month = '2025-12' WHERE id = ?", [row])
    db.execute("UPDATE meal_standing_discount SET end_month = '2025-10' WHERE id = ?", [row])
    with pytest.raises(MonthClosed):
        db.execute("UPDATE meal_standing_discount SET end_month = '2025-09' WHERE id = ?", [row])
    with pytest.raises(MonthClosed):
        db.execute("UPDATE meal_standing_discount SET amount = 1 WHERE id = ?", [row])


def test_reopening_lifts_the_guard_and_closing_again_restores_it(closed):
    db = closed.db
    sql = "INSERT INTO staff_meal (day, count) VALUES ('2025-09-12', 4)"
    with pytest.raises(MonthClosed):
        db.execute(sql)
    closing.reopen_month(db, 2025, 9, "Kế toán")
    assert guards.closed_through(db) is None
    db.execute(sql)
    closing.close_month(db, 2025, 9, "Kế toán")
    assert guards.closed_through(db) == "2025-09"
    with pytest.raises(MonthClosed):
        db.execute("DELETE FROM staff_meal")


def test_a_sample_of_a_closed_months_last_day_can_still_be_discarded_in_the_next_month(closed):
    """Kept samples (lưu mẫu) of 30/09 are discarded on 01/10 or later, after September may have
    closed: the discard belongs to its own day; what was sampled, and when, stays September's."""
    db = closed.db
    closing.reopen_month(db, 2025, 9, "Kế toán")
    last = db.insert("INSERT INTO food_sample (day, meal, dish, quantity, unit, taken_at) "
                     "VALUES ('2025-09-30', 'lunch', 'Canh bí xanh', 150, 'ml', '2025-09-30T10:30')")
    early = db.insert("INSERT INTO food_sample (day, meal, dish, quantity, unit, taken_at, discarded_at, "
                      "discarded_by) VALUES ('2025-09-10', 'lunch', 'Cơm tẻ', 100, 'g', '2025-09-10T10:30', "
                      "'2025-09-11T10:30', 'Bếp')")
    closing.close_month(db, 2025, 9, "Kế toán")
    db.execute("UPDATE food_sample SET discarded_at = '2025-10-01T10:45', discarded_by = 'Vũ Thị Hạnh' "
               "WHERE id = ?", [last])
    db.execute("UPDATE food_sample SET discarded_at = '2025-10-01T11:00' WHERE id = ?", [last])  # corrected
    db.execute("UPDATE food_sample SET dish = dish, discarded_by = discarded_by WHERE id = ?", [early])  # no change
    refused = [
        ("UPDATE food_sample SET dish = 'Canh bí' WHERE id = ?", last),  # what was sampled
        ("UPDATE food_sample SET taken_at = '2025-09-30T11:00' WHERE id = ?", last),  # when
        ("UPDATE food_sample SET day = '2025-10-01' WHERE id = ?", last),  # moved out of the closed month
        ("UPDATE food_sample SET discarded_at = '2025-09-30T23:00' WHERE id = ?", last),  # discarded in September
        ("DELETE FROM food_sample WHERE id = ?", last),
        ("UPDATE food_sample SET discarded_at = NULL WHERE id = ?", early),  # a September discard erased
        ("UPDATE food_sample SET discarded_by = 'Người khác' WHERE id = ?", early),
    ]
    for sql, sample in refused:
        with pytest.raises(MonthClosed):
            db.execute(sql, [sample])
    rows = db.execute("SELECT dish, taken_at, discarded_at, discarded_by FROM food_sample ORDER BY id").fetchall()
    assert rows == [("Canh bí xanh", "2025-09-30T10:30", "2025-10-01T11:00", "Vũ Thị Hạnh"),
                    ("Cơm tẻ", "2025-09-10T10:30", "2025-09-11T10:30", "Bếp")]


def test_a_table_added_later_is_guarded_by_one_line(db, monkeypatch):
    db.execute("CREATE TABLE kitchen_menu (id INTEGER PRIMARY KEY, day TEXT NOT NULL, dish TEXT)")
    monkeypatch.setattr(guards, "GUARDED", (*guards.GUARDED, guards.dated("kitchen_menu", "day")))
    assert set(guards.install(db)) == {"guard_kitchen_menu_insert", "guard_kitchen_menu_update",
                                       "guard_kitchen_menu_delete"}
    school = build_school(db)
    school.price()
    closing.close_month(db, 2025, 9, "Kế toán")
    with pytest.raises(MonthClosed):
        db.execute("INSERT INTO kitchen_menu (day, dish) VALUES ('2025-09-30', 'Phở')")
    db.execute("INSERT INTO kitchen_menu (day, dish) VALUES ('2025-10-01', 'Phở')")


def test_other_integrity_errors_stay_what_they_are(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO child (full_name, sex, birth_date) VALUES ('X', 7, '2021-01-01')")


def test_the_message_names_the_month_and_how_to_reopen_in_both_languages(closed):
    with pytest.raises(MonthClosed) as err:
        closed.db.execute("INSERT INTO staff_meal (day, count) VALUES ('2025-09-12', 4)")
    vi, en = err.value.text("vi"), err.value.text("en")
    assert "tháng 09/2025" in vi and "Mở lại tháng này" in vi
    assert "09/2025" in en and "Reopen" in en


def test_a_database_closed_before_the_guard_is_guarded_after_migrating(tmp_path):
    """Months closed with an older version are locked as soon as the new version opens the file,
    and the lunch-support amount kept in the old settings becomes the first rule."""
    import json

    from kindergarten_desktop.db import migrations
    from kindergarten_desktop.db.connection import open_database
    from kindergarten_desktop.db.database import Database
    from kindergarten_desktop.meals.support import list_rules

    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.migrate(old, target=7)
    old.execute("INSERT INTO meal_month_event (month, action, by_whom, at) VALUES "
                "('2025-09', 'close', 'Kế toán', '2025-10-02 08:00:00')")
    old.execute("INSERT INTO setting (key, value) VALUES ('meals.rules', ?)",
                [json.dumps({"lunch_support": 150000, "lunch_support_max_months": 8})])
    old.close()
    db = open_database(path)
    try:
        assert guards.closed_through(db) == "2025-09"
        with pytest.raises(MonthClosed):
            db.execute("INSERT INTO daily_menu (day, lunch) VALUES ('2025-09-10', 'Cơm')")
        assert [(r.amount, r.max_months) for r in list_rules(db)] == [(150_000, 8)]
    finally:
        db.close()
