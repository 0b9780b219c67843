"""Demo payouts (phiếu chi): each month's market purchases paid to the suppliers early the next
month (cash as far as the cash book holds it, the rest by transfer), and the credit of
children who left refunded. Written straight into the tables like the other demo steps: the
months are already closed when this runs."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.roster.calendar import school_days

ORDER = 45


def run(ctx: DemoContext) -> None:
    db = ctx.db
    accountant = (db.execute("SELECT full_name FROM staff WHERE role = 'accountant' LIMIT 1").fetchone() or [""])[0]
    year_ids = {y.start_year: y.id for y in ctx.years}
    number: dict[int, int] = defaultdict(int)
    rows = []
    balance = {"cash": 0, "transfer": 0}  # what each book holds, month by month
    money_in: dict[tuple[str, str], int] = defaultdict(int)
    for month, method, amount in db.execute("SELECT substr(paid_on, 1, 7), method, sum(amount) FROM meal_payment "
                                            "WHERE cancelled_at IS NULL GROUP BY 1, 2"):
        money_in[(month, method)] = amount
    bought = db.execute(
        "SELECT substr(p.day, 1, 7), p.supplier_id, s.name, sum(p.amount) FROM purchase p "
        "JOIN supplier s ON s.id = p.supplier_id GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    owed: dict[tuple[int, str], int] = defaultdict(int)  # (supplier, name) -> still to pay
    months = sorted({m for m, *_ in bought} | {m for m, _ in money_in})
    by_month: dict[str, list[tuple]] = defaultdict(list)
    for month, sid, name, amount in bought:
        by_month[month].append((sid, name, amount))
    for month in months:
        for method in balance:
            balance[method] += money_in.get((month, method), 0)
        for sid, name, amount in by_month.get(month, []):
            owed[(sid, name)] += amount
        year, mon = int(month[:4]), int(month[5:])
        nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
        days = school_days(db, nxt, nxt + dt.timedelta(days=27)) or [nxt]
        day = days[min(len(days) - 1, 15)]  # after the month's fees are collected
        school_year = year_ids.get(day.year if day.month >= 9 else day.year - 1)
        if day > ctx.today or school_year is None:
            continue
        for (sid, name), amount in sorted(owed.items()):
            for method in ("cash", "transfer"):
                part = min(amount, balance[method] - (2_000_000 if method == "cash" else 0))
                if part <= 0:
                    continue
                balance[method] -= part
                amount -= part
                owed[(sid, name)] -= part
                number[school_year] += 1
                rows.append((school_year, number[school_year], day.isoformat(), "supplier", None, sid, name, "",
                             f"Thanh toán tiền thực phẩm đến tháng {mon:02d}/{year}", method, part,
                             "Bảng kê mua hàng kèm hóa đơn", accountant, f"{day.isoformat()} 10:00:00"))
                if amount <= 0:
                    break
    rows += _refunds(ctx, year_ids, number, accountant)
    # Payout numbers follow the days they are written, per school year.
    rows.sort(key=lambda r: (r[2], r[13]))
    counter: dict[int, int] = defaultdict(int)
    numbered = []
    for row in rows:
        counter[row[0]] += 1
        numbered.append((row[0], counter[row[0]], *row[2:]))
    db.conn.executemany(
        "INSERT INTO meal_payout (school_year_id, number, paid_on, purpose, child_id, supplier_id, payee, address, "
        "reason, method, amount, attachments, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", numbered)
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


def _refunds(ctx: DemoContext, year_ids: dict[int, int], number: dict[int, int], accountant: str) -> list[tuple]:
    """Children who left with credit get it back in cash early in the first month still open (a
    refund changes the child's ledger, so it can only be written in an open month)."""
    db = ctx.db
    last = db.execute("SELECT max(month) FROM meal_closing_balance").fetchone()[0]
    if last is None:
        return []
    year, month = int(last[:4]), int(last[5:])
    first_open = dt.date(year + (month == 12), month % 12 + 1, 1)
    days = [d for d in school_days(db, first_open, first_open + dt.timedelta(days=27)) if d <= ctx.today]
    school_year = year_ids.get(first_open.year if first_open.month >= 9 else first_open.year - 1)
    if not days or school_year is None:
        return []
    day = days[min(2, len(days) - 1)]
    left = db.execute(
        "SELECT b.child_id, b.balance, c.full_name, c.mother_name FROM meal_closing_balance b "
        "JOIN child c ON c.id = b.child_id WHERE b.month = ? AND b.balance < 0 AND NOT EXISTS "
        "(SELECT 1 FROM enrollment e WHERE e.child_id = b.child_id AND coalesce(e.end_date, '9999-12-31') >= ?)",
        [last, first_open.isoformat()]).fetchall()
    rows = []
    for child_id, balance, name, mother in left:
        number[school_year] += 1
        rows.append((school_year, number[school_year], day.isoformat(), "refund", child_id, None,
                     mother or f"Cha mẹ trẻ {name}", "", f"Hoàn trả tiền ăn thừa của trẻ {name} (đã thôi học)",
                     "cash", -balance, "", accountant, f"{day.isoformat()} 10:30:00"))
    return rows
