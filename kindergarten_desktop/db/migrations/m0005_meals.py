"""Meals and fees (bán trú): rates, meal-count overrides, payments, the market book, menus
and month closings. Money is whole đồng (INTEGER) everywhere."""

from kindergarten_desktop.db.database import Database

VERSION = 5

STATEMENTS = [
    # Daily meal rate per category from a date on; a new rate never rewrites earlier days.
    """CREATE TABLE meal_rate (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('nursery', 'kindergarten')),
        effective_from TEXT NOT NULL,
        food INTEGER NOT NULL CHECK (typeof(food) = 'integer' AND food >= 0),
        fuel INTEGER NOT NULL DEFAULT 0 CHECK (typeof(fuel) = 'integer' AND fuel >= 0),
        other INTEGER NOT NULL DEFAULT 0 CHECK (typeof(other) = 'integer' AND other >= 0),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (category, effective_from)
    )""",
    # Monthly fees (drinking water, semi-boarding care); rule 'enrolled': every month the
    # child is enrolled, 'attended': only months with at least one meal eaten.
    """CREATE TABLE monthly_fee (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        category TEXT NOT NULL DEFAULT 'all' CHECK (category IN ('all', 'nursery', 'kindergarten')),
        effective_from TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
        rule TEXT NOT NULL DEFAULT 'enrolled' CHECK (rule IN ('enrolled', 'attended')),
        UNIQUE (name, category, effective_from)
    )""",
    # Exceptions to "present children eat": reported absent in advance, left before lunch, ...
    """CREATE TABLE meal_override (
        child_id INTEGER NOT NULL REFERENCES child(id),
        day TEXT NOT NULL,
        eats INTEGER NOT NULL CHECK (eats IN (0, 1)),
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (child_id, day)
    ) WITHOUT ROWID""",
    "CREATE INDEX meal_override_day ON meal_override (day)",
    """CREATE TABLE staff_meal (
        day TEXT PRIMARY KEY,
        count INTEGER NOT NULL CHECK (typeof(count) = 'integer' AND count >= 0),
        note TEXT NOT NULL DEFAULT ''
    )""",
    # Receipts (phiếu thu): numbered 1, 2, ... within each school year.
    """CREATE TABLE meal_payment (
        id INTEGER PRIMARY KEY,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id),
        number INTEGER NOT NULL CHECK (number > 0),
        child_id INTEGER NOT NULL REFERENCES child(id),
        paid_on TEXT NOT NULL,
        payer TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (school_year_id, number)
    )""",
    "CREATE INDEX meal_payment_day ON meal_payment (paid_on)",
    "CREATE INDEX meal_payment_child ON meal_payment (child_id, paid_on)",
    # School-level discounts (miễn giảm) for one child and month ('YYYY-MM').
    """CREATE TABLE meal_discount (
        id INTEGER PRIMARY KEY,
        child_id INTEGER NOT NULL REFERENCES child(id),
        month TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
        reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX meal_discount_month ON meal_discount (month, child_id)",
    """CREATE TABLE supplier (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE market_item (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
        unit TEXT NOT NULL DEFAULT 'kg',
        last_price INTEGER CHECK (last_price IS NULL OR (typeof(last_price) = 'integer' AND last_price >= 0)),
        last_supplier_id INTEGER REFERENCES supplier(id)
    )""",
    # The market book (sổ chợ): one line per purchase; amount = round(quantity × unit price).
    """CREATE TABLE purchase (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        supplier_id INTEGER REFERENCES supplier(id),
        item_id INTEGER NOT NULL REFERENCES market_item(id),
        quantity REAL NOT NULL CHECK (quantity > 0),
        unit TEXT NOT NULL,
        unit_price INTEGER NOT NULL CHECK (typeof(unit_price) = 'integer' AND unit_price >= 0),
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0)
    )""",
    "CREATE INDEX purchase_day ON purchase (day)",
    """CREATE TABLE daily_menu (
        day TEXT PRIMARY KEY,
        breakfast TEXT NOT NULL DEFAULT '',
        lunch TEXT NOT NULL DEFAULT '',
        snack TEXT NOT NULL DEFAULT ''
    )""",
    # Closing history: a month is closed when its latest event is 'close'.
    """CREATE TABLE meal_month_event (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
        by_whom TEXT NOT NULL CHECK (trim(by_whom) <> ''),
        at TEXT NOT NULL
    )""",
    "CREATE INDEX meal_month_event_month ON meal_month_event (month, id)",
    # Each child's ledger row frozen when a month closes (row: JSON of the whole row), so
    # a closed month never changes and later months start from its balances.
    """CREATE TABLE meal_closing_balance (
        month TEXT NOT NULL,
        child_id INTEGER NOT NULL REFERENCES child(id),
        balance INTEGER NOT NULL CHECK (typeof(balance) = 'integer'),
        support_months INTEGER NOT NULL DEFAULT 0 CHECK (support_months >= 0),
        row TEXT NOT NULL,
        PRIMARY KEY (month, child_id)
    ) WITHOUT ROWID""",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
