"""Receipts an auditor accepts, payouts, and stock corrections.

Receipts (phiếu thu) are never deleted and never rewritten: a wrong one is cancelled and keeps
its number, with who cancelled it, when and why. Payouts (phiếu chi, C41-BB) follow the same
rules. A purchase or a stock use is corrected or cancelled by an adjustment entry that records
the change (signed quantity and money), never by rewriting the entry itself; the views
``purchase_effective`` and ``stock_use_effective`` give each entry with its adjustments applied."""

from kindergarten_desktop.db.database import Database

VERSION = 15

_FIXED = "school_year_id, number, child_id, paid_on, method, amount"

STATEMENTS = [
    "ALTER TABLE meal_payment ADD COLUMN series TEXT NOT NULL DEFAULT ''",  # receipt book (quyển số)
    "ALTER TABLE meal_payment ADD COLUMN for_months TEXT NOT NULL DEFAULT ''",  # 'YYYY-MM,YYYY-MM'
    "ALTER TABLE meal_payment ADD COLUMN attachments TEXT NOT NULL DEFAULT ''",  # kèm theo
    "ALTER TABLE meal_payment ADD COLUMN created_by TEXT NOT NULL DEFAULT ''",  # người lập phiếu
    "ALTER TABLE meal_payment ADD COLUMN created_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meal_payment ADD COLUMN cancelled_at TEXT",
    "ALTER TABLE meal_payment ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE meal_payment ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''",
    # The storage refuses what an auditor would: a receipt deleted, renumbered or its amount rewritten,
    # or a cancellation undone.
    """CREATE TRIGGER meal_payment_never_deleted BEFORE DELETE ON meal_payment
       BEGIN SELECT RAISE(ABORT, 'meals.receipt_never_deleted'); END""",
    f"""CREATE TRIGGER meal_payment_fixed BEFORE UPDATE OF {_FIXED} ON meal_payment
       BEGIN SELECT RAISE(ABORT, 'meals.receipt_fixed'); END""",
    """CREATE TRIGGER meal_payment_cancel_once BEFORE UPDATE ON meal_payment
       WHEN OLD.cancelled_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'meals.receipt_already_cancelled'); END""",
    # Payouts (phiếu chi): a refund of a child's credit, a payment to a supplier, or another expense.
    """CREATE TABLE meal_payout (
        id INTEGER PRIMARY KEY,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id),
        number INTEGER NOT NULL CHECK (number > 0),
        paid_on TEXT NOT NULL,
        purpose TEXT NOT NULL CHECK (purpose IN ('refund', 'supplier', 'other')),
        child_id INTEGER REFERENCES child(id),
        supplier_id INTEGER REFERENCES supplier(id),
        payee TEXT NOT NULL CHECK (trim(payee) <> ''),
        address TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        method TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
        attachments TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT '',
        cancelled_at TEXT,
        cancelled_by TEXT NOT NULL DEFAULT '',
        cancel_reason TEXT NOT NULL DEFAULT '',
        CHECK (purpose <> 'refund' OR child_id IS NOT NULL),
        UNIQUE (school_year_id, number)
    )""",
    "CREATE INDEX meal_payout_day ON meal_payout (paid_on)",
    "CREATE INDEX meal_payout_child ON meal_payout (child_id, paid_on)",
    """CREATE TRIGGER meal_payout_never_deleted BEFORE DELETE ON meal_payout
       BEGIN SELECT RAISE(ABORT, 'meals.payout_never_deleted'); END""",
    """CREATE TRIGGER meal_payout_fixed BEFORE UPDATE OF school_year_id, number, paid_on, purpose, child_id,
       method, amount ON meal_payout
       BEGIN SELECT RAISE(ABORT, 'meals.payout_fixed'); END""",
    """CREATE TRIGGER meal_payout_cancel_once BEFORE UPDATE ON meal_payout
       WHEN OLD.cancelled_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'meals.payout_already_cancelled'); END""",
    # Corrections of the market book and the store: the signed change an adjustment makes to one
    # purchase (quantity and money; unit_price is the corrected price, if it changed) or one use.
    """CREATE TABLE stock_adjustment (
        id INTEGER PRIMARY KEY,
        purchase_id INTEGER REFERENCES purchase(id),
        use_id INTEGER REFERENCES stock_use(id),
        item_id INTEGER NOT NULL REFERENCES market_item(id),
        day TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('correct', 'cancel')),
        quantity DOUBLE PRECISION NOT NULL,
        amount INTEGER NOT NULL DEFAULT 0 CHECK (typeof(amount) = 'integer'),
        unit_price INTEGER CHECK (unit_price IS NULL OR (typeof(unit_price) = 'integer' AND unit_price >= 0)),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        by_whom TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        CHECK ((purchase_id IS NULL) <> (use_id IS NULL))
    )""",
    "CREATE INDEX stock_adjustment_item_day ON stock_adjustment (item_id, day)",
    "CREATE INDEX stock_adjustment_purchase ON stock_adjustment (purchase_id)",
    "CREATE INDEX stock_adjustment_use ON stock_adjustment (use_id)",
    """CREATE TRIGGER stock_adjustment_never_deleted BEFORE DELETE ON stock_adjustment
       BEGIN SELECT RAISE(ABORT, 'meals.adjustment_never_deleted'); END""",
    """CREATE TRIGGER purchase_never_deleted BEFORE DELETE ON purchase
       BEGIN SELECT RAISE(ABORT, 'meals.purchase_never_deleted'); END""",
    """CREATE TRIGGER purchase_fixed BEFORE UPDATE OF day, item_id, quantity, unit_price, amount ON purchase
       BEGIN SELECT RAISE(ABORT, 'meals.purchase_fixed'); END""",
    """CREATE TRIGGER stock_use_never_deleted BEFORE DELETE ON stock_use
       BEGIN SELECT RAISE(ABORT, 'meals.stock_use_never_deleted'); END""",
    """CREATE TRIGGER stock_use_fixed BEFORE UPDATE OF day, item_id, quantity ON stock_use
       BEGIN SELECT RAISE(ABORT, 'meals.stock_use_fixed'); END""",
    """CREATE VIEW purchase_effective AS
       SELECT p.id, p.day, p.supplier_id, p.item_id, p.quantity + coalesce(a.quantity, 0) AS quantity, p.unit,
              coalesce((SELECT s.unit_price FROM stock_adjustment s WHERE s.purchase_id = p.id
                        AND s.unit_price IS NOT NULL ORDER BY s.id DESC LIMIT 1), p.unit_price) AS unit_price,
              p.amount + coalesce(a.amount, 0) AS amount, coalesce(a.n, 0) AS adjustments,
              p.quantity AS recorded_quantity, p.amount AS recorded_amount
       FROM purchase p LEFT JOIN (SELECT purchase_id, sum(quantity) AS quantity, sum(amount) AS amount,
                                         count(*) AS n
                                  FROM stock_adjustment WHERE purchase_id IS NOT NULL
                                  GROUP BY purchase_id) a ON a.purchase_id = p.id""",
    """CREATE VIEW stock_use_effective AS
       SELECT u.id, u.item_id, u.day, u.quantity + coalesce(a.quantity, 0) AS quantity, u.note,
              coalesce(a.n, 0) AS adjustments, u.quantity AS recorded_quantity
       FROM stock_use u LEFT JOIN (SELECT use_id, sum(quantity) AS quantity, count(*) AS n
                                   FROM stock_adjustment WHERE use_id IS NOT NULL
                                   GROUP BY use_id) a ON a.use_id = u.id""",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
