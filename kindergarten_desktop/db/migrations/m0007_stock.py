"""Dry-goods stock for the kitchen (rice, oil, milk powder ...): items flagged as stocked,
and what the kitchen takes out of the store each day. Stock in is the market book's
purchases of a stocked item, so nothing is entered twice."""

from kindergarten_desktop.db.database import Database

VERSION = 7

STATEMENTS = [
    "ALTER TABLE market_item ADD COLUMN stocked INTEGER NOT NULL DEFAULT 0 CHECK (stocked IN (0, 1))",
    # Stock out (xuất kho): quantity in the item's unit taken out on a day.
    """CREATE TABLE stock_use (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES market_item(id),
        day TEXT NOT NULL,
        quantity REAL NOT NULL CHECK (quantity > 0),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX stock_use_item_day ON stock_use (item_id, day)",
    "CREATE INDEX purchase_item_day ON purchase (item_id, day)",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
