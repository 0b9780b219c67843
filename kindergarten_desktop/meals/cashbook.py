"""The cash book (sổ quỹ tiền mặt) and the bank-transfer book (sổ tiền gửi): every receipt and
payout of one account that counts (cancelled ones apart), day by day, with the opening
balance, money in, money out and the closing balance. The opening of a period is everything
recorded before it, so the books of consecutive periods always join.

A school that starts using the app mid-year enters each book's opening balance (the money in
the safe, in the bank, at the start of a day): the book starts from it, and it counts in every
balance from that day on. It is dated like any money entry, so a closed month refuses it; and
money the book lists dated before it is refused below every writer (db/guards.py, BOOK_MOVES)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals.errors import MealsError, parse_money

ACCOUNTS = ("cash", "transfer")


@dataclass(frozen=True)
class Opening:
    """The money a book holds at the start of ``day``, when the school starts keeping it here."""

    account: str
    day: dt.date
    amount: int
    note: str = ""


@dataclass(frozen=True)
class BookLine:
    day: dt.date
    kind: str  # 'receipt' (phiếu thu) or 'payout' (phiếu chi)
    number: int
    who: str
    reason: str
    money_in: int
    money_out: int
    balance: int  # after this line


@dataclass
class BookDay:
    day: dt.date
    opening: int
    lines: list[BookLine] = field(default_factory=list)

    @property
    def money_in(self) -> int:
        return sum(line.money_in for line in self.lines)

    @property
    def money_out(self) -> int:
        return sum(line.money_out for line in self.lines)

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out


@dataclass
class Book:
    account: str
    start: dt.date
    end: dt.date
    opening: int
    days: list[BookDay]
    entered: Opening | None = None  # the opening balance entered where the book starts (its day is ``start``)

    @property
    def money_in(self) -> int:
        return sum(d.money_in for d in self.days)

    @property
    def money_out(self) -> int:
        return sum(d.money_out for d in self.days)

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out


_MOVES = """SELECT paid_on AS day, 0 AS kind, number, child_id AS who, '' AS payee, for_months AS reason,
                   amount AS money_in, 0 AS money_out
            FROM meal_payment WHERE method = :m AND cancelled_at IS NULL AND paid_on BETWEEN :a AND :b
            UNION ALL
            SELECT paid_on, 1, number, NULL, payee, reason, 0, amount
            FROM meal_payout WHERE method = :m AND cancelled_at IS NULL AND paid_on BETWEEN :a AND :b"""


def _check(account: str) -> None:
    if account not in ACCOUNTS:
        raise AppError("meals.book_account", account=account)


def opening_of(db: Database, account: str) -> Opening | None:
    _check(account)
    row = db.execute("SELECT day, amount, note FROM meal_book_opening WHERE account = ?", [account]).fetchone()
    return Opening(account, dt.date.fromisoformat(row[0]), int(row[1]), row[2]) if row else None


def set_opening(db: Database, account: str, day: object, amount: object, note: str = "") -> Opening:
    """Enter (or correct) the opening balance of a book. Refused for a bad or negative amount,
    a day after money the book already records (the opening is where the book starts), or a
    day in a closed month (db/guards.py: the old and the new day both)."""
    _check(account)
    if not isinstance(day, dt.date):
        raise MealsError("meals.date_required", "date")
    value = parse_money(amount, "opening_balance")
    with db.atomic():
        first = db.execute(
            "SELECT min(day) FROM (" + _MOVES + ") AS moves", {"m": account, "a": "0000-01-01", "b": "9999-12-31"},
        ).fetchone()[0]
        if first is not None and first < day.isoformat():
            raise MealsError("meals.book_opening_after_moves", "date", day=day,
                             first=dt.date.fromisoformat(first))
        db.execute("INSERT INTO meal_book_opening (account, day, amount, note) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (account) DO UPDATE SET day = excluded.day, amount = excluded.amount, "
                   "note = excluded.note", [account, day.isoformat(), value, note.strip()])
    return Opening(account, day, value, note.strip())


def delete_opening(db: Database, account: str) -> None:
    _check(account)
    with db.atomic():
        db.execute("DELETE FROM meal_book_opening WHERE account = ?", [account])


def balance_before(db: Database, account: str, day: dt.date) -> int:
    """The money the book holds at the start of ``day``."""
    _check(account)
    row = db.execute(
        "SELECT coalesce(sum(money_in - money_out), 0) FROM (" + _MOVES + ") AS moves",
        {"m": account, "a": "0000-01-01", "b": (day - dt.timedelta(days=1)).isoformat()}).fetchone()
    opening = opening_of(db, account)
    return int(row[0]) + (opening.amount if opening is not None and opening.day <= day else 0)


def book(db: Database, account: str, start: dt.date, end: dt.date) -> Book:
    """The account's book from ``start`` to ``end``: one entry per day with money moving."""
    from kindergarten_desktop.meals.payments import months_text
    from kindergarten_desktop.meals.settings import load_rules

    advance = load_rules(db).collection_mode == "advance"

    _check(account)
    if end < start:
        raise AppError("meals.book_period", start=start, end=end)
    entered = opening_of(db, account)
    if entered is not None and start < entered.day <= end:
        start = entered.day  # the book starts from its opening balance
    opening = balance_before(db, account, start)
    rows = db.execute(_MOVES + " ORDER BY day, kind, number",
                      {"m": account, "a": start.isoformat(), "b": end.isoformat()}).fetchall()
    names = dict(db.execute(
        "SELECT c.id, c.full_name FROM child c WHERE c.id IN (SELECT child_id FROM meal_payment "
        "WHERE method = ? AND paid_on BETWEEN ? AND ?)", [account, start.isoformat(), end.isoformat()]).fetchall())
    days: list[BookDay] = []
    running = opening
    for day_text, kind, number, child_id, payee, reason, money_in, money_out in rows:
        day = dt.date.fromisoformat(day_text)
        if not days or days[-1].day != day:
            days.append(BookDay(day, running))
        running += money_in - money_out
        if kind == 0:
            months = tuple(m for m in reason.split(",") if m)
            if not months:  # receipts written before the months were recorded
                before = day if advance else day.replace(day=1) - dt.timedelta(days=1)
                months = (f"{before.year:04d}-{before.month:02d}",)
            what = "Thu tiền ăn bán trú" + (f" tháng {months_text(months)}" if months else "")
            who = names.get(child_id, "")
            days[-1].lines.append(BookLine(day, "receipt", number, f"Cha mẹ trẻ {who}" if who else "", what,
                                           money_in, 0, running))
        else:
            days[-1].lines.append(BookLine(day, "payout", number, payee, reason, 0, money_out, running))
    return Book(account, start, end, opening, days, entered if entered is not None and entered.day == start else None)


def first_negative(db: Database, account: str, since: dt.date) -> tuple[dt.date, int] | None:
    """The first day from ``since`` on whose closing balance is below 0, and that balance."""
    running = balance_before(db, account, since)
    deltas = dict(db.execute(
        "SELECT day, sum(money_in - money_out) FROM (" + _MOVES + ") AS moves GROUP BY day",
        {"m": account, "a": since.isoformat(), "b": "9999-12-31"}).fetchall())
    entered = opening_of(db, account)
    if entered is not None and entered.day > since:
        key = entered.day.isoformat()
        deltas[key] = deltas.get(key, 0) + entered.amount
    for day, delta in sorted(deltas.items()):
        running += delta
        if running < 0:
            return dt.date.fromisoformat(day), running
    return None
