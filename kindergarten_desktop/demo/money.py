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
    db.conn.executemany(
        "INSERT INTO meal_payout (school_year_id, number, paid_on, purpose, child_id, supplier_id, payee, address, "
        "reason, method, amount, attachments, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    _refunds(ctx, year_ids, number, accountant)


def _refunds(ctx: DemoContext, year_ids: dict[int, int], number: dict[int, int], accountant: str) -> None:
    """Children who left with credit get it back in cash early the next month (if that month is open)."""
    db = ctx.db
    left = db.execute("SELECT e.child_id, max(e.end_date), c.full_name, c.mother_name FROM enrollment e "
                      "JOIN child c ON c.id = e.child_id GROUP BY e.child_id "
                      "HAVING count(*) FILTER (WHERE e.end_date IS NULL) = 0").fetchall()
    rows = []
    closed = {m for (m,) in db.execute("SELECT DISTINCT month FROM meal_closing_balance")}
    for child_id, end, name, mother in left:
        end_day = dt.date.fromisoformat(end)
        month = f"{end_day.year:04d}-{end_day.month:02d}"
        if month not in closed:
            continue
        frozen = db.execute("SELECT balance FROM meal_closing_balance WHERE month = ? AND child_id = ?",
                            [month, child_id]).fetchone()
        if frozen is None or frozen[0] >= 0:
            continue
        day = (end_day.replace(day=28) + dt.timedelta(days=10)).replace(day=5)
        school_year = year_ids.get(day.year if day.month >= 9 else day.year - 1)
        if school_year is None or day > ctx.today or f"{day.year:04d}-{day.month:02d}" in closed:
            continue  # a refund changes the child's ledger: only in a month still open
        number[school_year] += 1
        rows.append((school_year, number[school_year], day.isoformat(), "refund", child_id, None,
                     mother or f"Cha mẹ trẻ {name}", "", f"Hoàn trả tiền ăn thừa của trẻ {name} (đã chuyển trường)",
                     "cash", -frozen[0], "", accountant, f"{day.isoformat()} 10:30:00"))
    db.conn.executemany(
        "INSERT INTO meal_payout (school_year_id, number, paid_on, purpose, child_id, supplier_id, payee, address, "
        "reason, method, amount, attachments, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
