"""Demo payouts (phiếu chi): each month's market purchases paid to the suppliers early the next
month (cash as far as the cash book holds it, the rest by transfer), and the credit of
children who left refunded. Written straight into the tables like the other demo steps.

A closed month refuses every write (db/guards.py), payouts included: the supplier payouts of a
month are written by the closing step (:func:`pay_suppliers`) while the month they are dated in
is still open; this step, after it, writes the refunds and a stock correction, in the first open
month."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from kindergarten_desktop import months
from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.roster.calendar import school_days

ORDER = 48

_INSERT = ("INSERT INTO meal_payout (school_year_id, number, paid_on, purpose, child_id, supplier_id, payee, "
           "address, reason, method, amount, attachments, created_by, created_at) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


@dataclass
class SupplierBooks:
    """What the cash and bank books hold and what is still owed to each supplier, month by month."""

    balance: dict[str, int] = field(default_factory=lambda: {"cash": 0, "transfer": 0})
    owed: dict[tuple[int, str], int] = field(default_factory=lambda: defaultdict(int))


def _accountant(ctx: DemoContext) -> str:
    row = ctx.db.execute("SELECT full_name FROM staff WHERE role = 'accountant' LIMIT 1").fetchone()
    return row[0] if row else ""


def _next_number(ctx: DemoContext, school_year: int) -> int:
    return ctx.db.execute("SELECT coalesce(max(number), 0) + 1 FROM meal_payout WHERE school_year_id = ?",
                          [school_year]).fetchone()[0]


def pay_suppliers(ctx: DemoContext, books: SupplierBooks, year: int, month: int) -> None:
    """The month's receipts go into the books; its purchases are paid on a school day of the
    next month (called by the closing step before that month is closed)."""
    db = ctx.db
    key = months.month_key(year, month)
    for method, amount in db.execute("SELECT method, sum(amount) FROM meal_payment WHERE substr(paid_on, 1, 7) = ? "
                                     "AND cancelled_at IS NULL GROUP BY method", [key]):
        books.balance[method] += amount
    for sid, name, amount in db.execute(
            "SELECT p.supplier_id, s.name, sum(p.amount) FROM purchase p JOIN supplier s ON s.id = p.supplier_id "
            "WHERE substr(p.day, 1, 7) = ? GROUP BY 1, 2 ORDER BY 1, 2", [key]):
        books.owed[(sid, name)] += amount
    nxt = months.first_day(*months.next_month(year, month))
    days = school_days(db, nxt, nxt + dt.timedelta(days=27)) or [nxt]
    day = days[min(len(days) - 1, 15)]  # after the month's fees are collected
    school_year = {y.start_year: y.id for y in ctx.years}.get(day.year if day.month >= 9 else day.year - 1)
    if day > ctx.today or school_year is None:
        return
    accountant = _accountant(ctx)
    number = _next_number(ctx, school_year)
    rows = []
    for (sid, name), amount in sorted(books.owed.items()):
        for method in ("cash", "transfer"):
            part = min(amount, books.balance[method] - (2_000_000 if method == "cash" else 0))
            if part <= 0:
                continue
            books.balance[method] -= part
            amount -= part
            books.owed[(sid, name)] -= part
            rows.append((school_year, number, day.isoformat(), "supplier", None, sid, name, "",
                         f"Thanh toán tiền thực phẩm đến tháng {month:02d}/{year}", method, part,
                         "Bảng kê mua hàng kèm hóa đơn", accountant, f"{day.isoformat()} 10:00:00"))
            number += 1
            if amount <= 0:
                break
    db.conn.executemany(_INSERT, rows)


def run(ctx: DemoContext) -> None:
    accountant = _accountant(ctx)
    ctx.db.conn.executemany(_INSERT, _refunds(ctx, accountant))
    _stock_correction(ctx, accountant)


def _stock_correction(ctx: DemoContext, accountant: str) -> None:
    """One stock use of the month still open weighed again: less was taken out, the rest went back."""
    db = ctx.db
    last = db.execute("SELECT max(month) FROM meal_closing_balance").fetchone()[0]
    since = f"{last}-31" if last else "0000-00-00"
    row = db.execute("SELECT u.id, u.item_id, u.day, u.quantity FROM stock_use u WHERE u.day > ? AND u.day <= ? "
                     "AND u.quantity > 2 ORDER BY u.day, u.id LIMIT 1", [since, ctx.today.isoformat()]).fetchone()
    if row is None:
        return
    use_id, item_id, day, _quantity = row
    db.execute("INSERT INTO stock_adjustment (use_id, item_id, day, action, quantity, reason, by_whom, at) "
               "VALUES (?,?,?,'correct',-0.5,'Cân lại cuối buổi: thừa 0,5, nhập lại kho',?,?)",
               [use_id, item_id, day, accountant, f"{day} 15:00:00"])


def _refunds(ctx: DemoContext, accountant: str) -> list[tuple]:
    """Children who left with credit get it back in cash early in the first month still open (a
    refund changes the child's ledger, so it can only be written in an open month)."""
    db = ctx.db
    last = db.execute("SELECT max(month) FROM meal_closing_balance").fetchone()[0]
    if last is None:
        return []
    year, month = int(last[:4]), int(last[5:])
    first_open = months.first_day(*months.next_month(year, month))
    days = [d for d in school_days(db, first_open, first_open + dt.timedelta(days=27)) if d <= ctx.today]
    year_ids = {y.start_year: y.id for y in ctx.years}
    school_year = year_ids.get(first_open.year if first_open.month >= 9 else first_open.year - 1)
    if not days or school_year is None:
        return []
    day = days[min(2, len(days) - 1)]
    latest = db.execute("SELECT max(paid_on) FROM meal_payout WHERE school_year_id = ?", [school_year]).fetchone()[0]
    if latest and latest > day.isoformat():  # numbers follow the days
        day = dt.date.fromisoformat(latest)
    number = _next_number(ctx, school_year)
    left = db.execute(
        "SELECT b.child_id, b.balance, c.full_name, c.mother_name FROM meal_closing_balance b "
        "JOIN child c ON c.id = b.child_id WHERE b.month = ? AND b.balance < 0 AND NOT EXISTS "
        "(SELECT 1 FROM enrollment e WHERE e.child_id = b.child_id AND coalesce(e.end_date, '9999-12-31') >= ?)",
        [last, first_open.isoformat()]).fetchall()
    rows = []
    for child_id, balance, name, mother in left:
        rows.append((school_year, number, day.isoformat(), "refund", child_id, None,
                     mother or f"Cha mẹ trẻ {name}", "", f"Hoàn trả tiền ăn thừa của trẻ {name} (đã thôi học)",
                     "cash", -balance, "", accountant, f"{day.isoformat()} 10:30:00"))
        number += 1
    return rows
