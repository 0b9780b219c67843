"""Money rules (issue 14): the closed-month lock read by the guard triggers (db/guards.py),
standing discounts, and the effective-dated Decree 105 lunch-support rules."""

import json

from kindergarten_desktop.db.database import Database

VERSION = 10

STATEMENTS = [
    # One row: the latest closed month ('YYYY-MM'); every month up to it is closed. Kept in step
    # with meal_month_event by a trigger that db/guards.py installs.
    """CREATE TABLE month_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        closed_through TEXT
    )""",
    "INSERT INTO month_lock (id) VALUES (1)",
    # A discount (miễn giảm) given every month from start_month to end_month ('YYYY-MM', NULL:
    # until further notice), e.g. 50.000 đ a month for staff children.
    """CREATE TABLE meal_standing_discount (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id),
        start_month TEXT NOT NULL,
        end_month TEXT,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        CHECK (end_month IS NULL OR end_month >= start_month)
    )""",
    "CREATE INDEX meal_standing_discount_child ON meal_standing_discount (child_id, start_month)",
    # State lunch support (Decree 105/2020/NĐ-CP art. 7): the amount per month attended and the
    # most months per school year, from a date on (a later decree adds a row, never rewrites one).
    """CREATE TABLE lunch_support_rule (
        id INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL UNIQUE,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
        max_months INTEGER NOT NULL CHECK (typeof(max_months) = 'integer' AND max_months BETWEEN 0 AND 12),
        note TEXT NOT NULL DEFAULT ''
    )""",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    # The amount and months kept until now in the meals settings become the first rule,
    # in force since the decree (15/10/2020).
    amount, months = 160_000, 9
    row = db.execute("SELECT value FROM setting WHERE key = 'meals.rules'").fetchone()
    if row:
        stored = json.loads(row[0]) or {}
        amount = int(stored.get("lunch_support", amount))
        months = int(stored.get("lunch_support_max_months", months))
    db.execute("INSERT INTO lunch_support_rule (effective_from, amount, max_months, note) VALUES (?,?,?,?)",
               ["2020-10-15", amount, months, "Nghị định 105/2020/NĐ-CP, Điều 7"])
