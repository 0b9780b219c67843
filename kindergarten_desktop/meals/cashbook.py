"""The cash book (sổ quỹ tiền mặt) and the bank-transfer book (sổ tiền gửi): every receipt and
payout of one account that counts (cancelled ones apart), day by day, with the opening
balance, money in, money out and the closing balance. The opening of a period is everything
recorded before it, so the books of consecutive periods always join."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError

ACCOUNTS = ("cash", "transfer")


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


def balance_before(db: Database, account: str, day: dt.date) -> int:
    _check(account)
    row = db.execute(
        "SELECT coalesce(sum(money_in - money_out), 0) FROM (" + _MOVES + ") AS moves",
        {"m": account, "a": "0000-01-01", "b": (day - dt.timedelta(days=1)).isoformat()}).fetchone()
    return int(row[0])


def book(db: Database, account: str, start: dt.date, end: dt.date) -> Book:
    """The account's book from ``start`` to ``end``: one entry per day with money moving."""
    from kindergarten_desktop.meals.payments import months_text
    from kindergarten_desktop.meals.settings import load_rules

    advance = load_rules(db).collection_mode == "advance"

    _check(account)
    if end < start:
        raise AppError("meals.book_period", start=start, end=end)
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
    return Book(account, start, end, opening, days)


def first_negative(db: Database, account: str, since: dt.date) -> tuple[dt.date, int] | None:
    """The first day from ``since`` on whose closing balance is below 0, and that balance."""
    running = balance_before(db, account, since)
    rows = db.execute(
        "SELECT day, sum(money_in - money_out) FROM (" + _MOVES + ") AS moves GROUP BY day ORDER BY day",
        {"m": account, "a": since.isoformat(), "b": "9999-12-31"}).fetchall()
    for day, delta in rows:
        running += delta
        if running < 0:
            return dt.date.fromisoformat(day), running
    return None
