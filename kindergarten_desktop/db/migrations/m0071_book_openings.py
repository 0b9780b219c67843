"""Opening balances of the cash book and the bank-transfer book: the money in the safe and in
the bank on the day the school starts keeping its books in the app (one per book)."""

from kindergarten_desktop.db.database import Database

VERSION = 71


def up(db: Database) -> None:
    db.execute("""CREATE TABLE meal_book_opening (
        account TEXT PRIMARY KEY CHECK (account IN ('cash', 'transfer')),
        day TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        note TEXT NOT NULL DEFAULT ''
    )""")
