"""Demo step 40: meal rates, menus, staff meals and the market book; :func:`payments_and_closing`
(the closing step, after the kitchen's) writes the payments, with a few debts and discounts, and
closes the past months.

It runs after attendance (step 20) and reads the meals eaten from it; with no attendance
at all the kitchen buys for 90 % of the enrolled children and nobody owes anything yet.
The demo school uses "pay after" (days eaten × rate), which needs no summer closures."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from kindergarten_desktop.demo import DemoContext, money
from kindergarten_desktop.meals import closing, ledger, market
from kindergarten_desktop.meals.errors import next_month
from kindergarten_desktop.meals.rates import rate_table
from kindergarten_desktop.meals.settings import MealRules, save_rules
from kindergarten_desktop.roster.calendar import school_days

ORDER = 40

SUPPLIERS = [
    ("Cửa hàng gạo Minh Phát", "0912 456 789"),
    ("Cô Lan - thịt lợn chợ An Khánh", "0987 112 233"),
    ("HTX rau an toàn Vân Nội", "0975 334 455"),
    ("Đại lý sữa Hồng Hà", "0904 667 788"),
    ("Anh Tuấn - hải sản", "0936 221 100"),
]
# (item, unit, price in 2025-2026, supplier index, kind); the names are the kitchen's (demo.kitchen FOODS).
ITEMS = [
    ("Gạo tẻ thơm", "kg", 19000, 0, "staple"),
    ("Gạo nếp cái hoa vàng", "kg", 32000, 0, "staple"),
    ("Bánh phở", "kg", 18000, 0, "staple"),
    ("Bún", "kg", 16000, 0, "staple"),
    ("Mỳ sợi", "kg", 40000, 0, "staple"),
    ("Thịt lợn nạc vai", "kg", 135000, 1, "protein"),
    ("Thịt gà ta", "kg", 120000, 1, "protein"),
    ("Thịt bò thăn", "kg", 260000, 1, "protein"),
    ("Cá basa phi lê", "kg", 85000, 4, "protein"),
    ("Tôm đồng", "kg", 220000, 4, "protein"),
    ("Cua đồng", "kg", 110000, 4, "protein"),
    ("Trứng gà", "quả", 3500, 1, "protein"),
    ("Đậu phụ", "bìa", 4000, 2, "protein"),
    ("Đỗ xanh", "kg", 45000, 0, "protein"),
    ("Rau cải ngọt", "kg", 22000, 2, "veg"),
    ("Bí xanh", "kg", 18000, 2, "veg"),
    ("Bí đỏ", "kg", 20000, 2, "veg"),
    ("Cà rốt", "kg", 20000, 2, "veg"),
    ("Su su", "kg", 16000, 2, "veg"),
    ("Rau muống", "kg", 15000, 2, "veg"),
    ("Cà chua", "kg", 25000, 2, "veg"),
    ("Nấm mỡ", "kg", 60000, 2, "veg"),
    ("Sữa bột Growplus", "hộp", 285000, 3, "milk"),
    ("Sữa chua", "hộp", 6000, 3, "milk"),
    ("Chuối tiêu", "kg", 25000, 2, "fruit"),
    ("Dưa hấu", "kg", 18000, 2, "fruit"),
    ("Dầu ăn Neptune", "lít", 52000, 0, "dry"),
    ("Nước mắm", "lít", 60000, 0, "dry"),
    ("Đường kính", "kg", 24000, 0, "dry"),
]
# Dry goods kept in store: bought for about a week, used every day they are cooked.
STOCKED = ("Gạo tẻ thơm", "Dầu ăn Neptune", "Sữa bột Growplus")
# Every day's market list, per child eating (a kindergarten portion; nursery children eat 85 %):
# item -> quantity in its unit. Rice for the lunch, oil and fish sauce for the cooking.
EVERY_DAY = {"Gạo tẻ thơm": 0.09, "Dầu ăn Neptune": 0.006, "Nước mắm": 0.003}
MENUS = [
    ("Cháo thịt lợn bí đỏ", "Cơm tẻ, thịt lợn rim, canh cải ngọt nấu thịt", "Sữa chua, chuối tiêu"),
    ("Phở gà", "Cơm tẻ, cá basa sốt cà chua, canh bí xanh", "Sữa bột, bánh quy"),
    ("Bún riêu cua", "Cơm tẻ, trứng đúc thịt, canh su su cà rốt", "Dưa hấu"),
    ("Mì nấu thịt bò", "Cơm tẻ, tôm rim thịt, canh rau muống", "Sữa chua, bánh bông lan"),
    ("Xôi gấc, sữa", "Cơm tẻ, thịt gà kho nấm, canh bí đỏ", "Chè đỗ xanh"),
    ("Cháo cá chép", "Cơm tẻ, đậu phụ sốt thịt, canh cải nấu tôm", "Sữa bột, chuối tiêu"),
]
# What each menu above needs beyond EVERY_DAY, per child eating.
MARKET_LISTS = [
    {"Thịt lợn nạc vai": 0.065, "Bí đỏ": 0.015, "Rau cải ngọt": 0.035, "Sữa chua": 1, "Chuối tiêu": 0.06},
    {"Bánh phở": 0.06, "Thịt gà ta": 0.03, "Cá basa phi lê": 0.05, "Cà chua": 0.012, "Bí xanh": 0.035,
     "Sữa bột Growplus": 0.028},
    {"Bún": 0.07, "Cua đồng": 0.02, "Cà chua": 0.01, "Trứng gà": 0.6, "Thịt lợn nạc vai": 0.025, "Su su": 0.025,
     "Cà rốt": 0.01, "Dưa hấu": 0.12},
    {"Mỳ sợi": 0.025, "Thịt bò thăn": 0.015, "Tôm đồng": 0.02, "Thịt lợn nạc vai": 0.025, "Rau muống": 0.03,
     "Sữa chua": 1},
    {"Gạo nếp cái hoa vàng": 0.035, "Sữa bột Growplus": 0.028, "Thịt gà ta": 0.045, "Nấm mỡ": 0.01,
     "Bí đỏ": 0.03, "Đỗ xanh": 0.01, "Đường kính": 0.01},
    {"Cá basa phi lê": 0.04, "Đậu phụ": 0.27, "Thịt lợn nạc vai": 0.02, "Rau cải ngọt": 0.03, "Tôm đồng": 0.006,
     "Sữa bột Growplus": 0.028, "Chuối tiêu": 0.06},
]
# The kitchen buys what the menu needs; when the day's food money allows more (or less), it buys
# a little more (or less) of everything, within these bounds of the list.
SCALE = (0.85, 1.4)


def _year_rates(start_year: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(kindergarten food, nursery food) for September and after the January change."""
    base = 25000 - 1000 * (2025 - start_year)
    return (base, base - 3000), (base + 2000, base - 1000)


def _accountant(ctx: DemoContext) -> str:
    row = ctx.db.execute("SELECT full_name FROM staff WHERE role = 'accountant' ORDER BY id").fetchone()
    return row[0] if row else "Kế toán"


def _rates_and_fees(ctx: DemoContext) -> None:
    rows = []
    for year in ctx.years:
        (kg, ny), (kg2, ny2) = _year_rates(year.start_year)
        january = dt.date(year.start_year + 1, 1, 5)
        rows += [("kindergarten", year.start_date, kg), ("nursery", year.start_date, ny),
                 ("kindergarten", january, kg2), ("nursery", january, ny2)]
    ctx.db.conn.executemany(
        "INSERT INTO meal_rate (category, effective_from, food, fuel, note) VALUES (?,?,?,3000,?)",
        [(c, d.isoformat(), f, "Theo nghị quyết hội nghị cha mẹ trẻ") for c, d, f in rows])
    first = ctx.years[0].start_date.replace(day=1).isoformat()
    ctx.db.execute("INSERT INTO monthly_fee (name, category, effective_from, amount, rule) "
                   "VALUES ('Nước uống', 'all', ?, 10000, 'attended')", [first])


def _kitchen(ctx: DemoContext) -> None:
    """Menus, staff meals and purchases for every day meals were served."""
    db, rng = ctx.db, ctx.rng
    db.conn.executemany("INSERT INTO supplier (name, phone) VALUES (?, ?)", SUPPLIERS)
    supplier_ids = [r[0] for r in db.execute("SELECT id FROM supplier ORDER BY id")]
    db.conn.executemany("INSERT INTO market_item (name, unit) VALUES (?, ?)", [(i[0], i[1]) for i in ITEMS])
    item_ids = {r[1]: r[0] for r in db.execute("SELECT id, name FROM market_item")}
    items = {i[0]: i for i in ITEMS}
    menus, staff, purchases, uses = [], [], [], []
    in_store: dict[str, float] = defaultdict(float)
    last_price: dict[str, tuple[int, int]] = {}
    for year in ctx.years:
        end = min(ctx.year_end(year), dt.date(year.start_year + 1, 5, 31))
        days = school_days(db, year.start_date, end)
        eaten = market.meals_eaten(db, year.start_date, end)
        enrolled = _enrolled_per_day(ctx, days) if not eaten else {}
        rates = rate_table(db)
        price_factor = 1 - 0.035 * (2025 - year.start_year)
        for day in days:
            meals = eaten.get(day) or enrolled.get(day, {})
            if not meals:
                continue
            n_staff = rng.randint(8, 12)
            staff.append((day.isoformat(), n_staff))
            menu = day.toordinal() % len(MENUS)
            menus.append((day.isoformat(), *MENUS[menu]))
            budget = market.food_money(meals, n_staff, rates, day)
            portions = sum(n * (0.85 if category == "nursery" else 1) for category, n in meals.items()) + n_staff
            wanted = {**EVERY_DAY, **MARKET_LISTS[menu]}
            prices = {name: int(round(items[name][2] * price_factor * rng.uniform(0.95, 1.05), -2))
                      for name in wanted}
            cost = sum(per * portions * prices[name] for name, per in wanted.items())
            scale = min(max(budget / cost, SCALE[0]), SCALE[1]) if cost else 1
            for name, per in wanted.items():
                _, unit, _, supplier, _ = items[name]
                unit_price = prices[name]
                whole = unit not in ("kg", "lít")
                qty = round(per * portions * scale * rng.uniform(0.97, 1.03), 0 if whole else 1)
                qty = max(1 if whole else 0.1, qty)
                if name in STOCKED:
                    uses.append((item_ids[name], day.isoformat(), qty))
                    if in_store[name] >= qty:
                        in_store[name] = round(in_store[name] - qty, 3)
                        continue
                    bought = float(round(qty * 5)) if whole else round(qty * 5, 1)  # about a week's worth
                    in_store[name] = round(in_store[name] + bought - qty, 3)
                    qty = bought
                amount = int(round(qty * unit_price))
                purchases.append((day.isoformat(), supplier_ids[supplier], item_ids[name], qty, unit,
                                  unit_price, amount))
                last_price[name] = (unit_price, supplier_ids[supplier])
    db.conn.executemany("INSERT INTO daily_menu (day, breakfast, lunch, snack) VALUES (?,?,?,?)", menus)
    db.conn.executemany("INSERT INTO staff_meal (day, count) VALUES (?,?)", staff)
    db.conn.executemany("INSERT INTO purchase (day, supplier_id, item_id, quantity, unit, unit_price, amount) "
                        "VALUES (?,?,?,?,?,?,?)", purchases)
    db.conn.executemany("INSERT INTO stock_use (item_id, day, quantity, note) VALUES (?,?,?,'Nấu ăn')", uses)
    db.conn.executemany("UPDATE market_item SET stocked = 1 WHERE name = ?", [(n,) for n in STOCKED])
    db.conn.executemany("UPDATE market_item SET last_price = ?, last_supplier_id = ? WHERE id = ?",
                        [(p, s, item_ids[n]) for n, (p, s) in last_price.items()])


def _enrolled_per_day(ctx: DemoContext, days: list[dt.date]) -> dict[dt.date, dict[str, int]]:
    """Without attendance: 90 % of the children enrolled, per category."""
    if not days:
        return {}
    rows = ctx.db.execute(
        """SELECT e.start_date, coalesce(e.end_date, '9999-12-31'), c.age_group FROM enrollment e
           JOIN class c ON c.id = e.class_id WHERE e.start_date <= ? AND coalesce(e.end_date, '9999') >= ?""",
        [days[-1].isoformat(), days[0].isoformat()]).fetchall()
    result = {}
    for day in days:
        iso = day.isoformat()
        counts: dict[str, int] = defaultdict(int)
        for start, end, group in rows:
            if start <= iso <= end:
                counts["nursery" if group.startswith("nursery") else "kindergarten"] += 1
        result[day] = {k: int(v * 0.9) for k, v in counts.items()}
    return result


def payments_and_closing(ctx: DemoContext) -> None:
    """Month by month: families pay what they owe (a few pay part or nothing), then the
    month is closed once it is over. A closed month refuses every write (db/guards.py), so this
    runs once every step that writes a month's books (meals, kitchen) has written them."""
    db, rng = ctx.db, ctx.rng
    accountant = _accountant(ctx)
    late_payers = set()
    discounted = set()
    standing: set[int] = set()
    parents = dict(db.execute("SELECT id, CASE WHEN mother_name <> '' THEN mother_name ELSE father_name END "
                              "FROM child").fetchall())
    for child in parents:
        if rng.random() < 0.04:
            late_payers.add(child)
        elif rng.random() < 0.01:
            discounted.add(child)
    year, month = ctx.years[0].start_date.year, ctx.years[0].start_date.month
    number: dict[int, int] = defaultdict(int)
    year_ids = {y.start_year: y.id for y in ctx.years}
    books = money.SupplierBooks()
    while (year, month) < (ctx.today.year, ctx.today.month):
        first, last = dt.date(year, month, 1), dt.date(*next_month(year, month), 1) - dt.timedelta(days=1)
        next_first = last + dt.timedelta(days=1)
        pay_days = school_days(db, next_first, next_first + dt.timedelta(days=14)) or [next_first]
        enrolled = {r[0] for r in db.execute(
            "SELECT child_id FROM enrollment WHERE start_date <= ? AND coalesce(end_date, '9999') >= ?",
            [last.isoformat(), first.isoformat()])}
        # Staff children: a standing discount from their first month, for as long as they stay.
        db.conn.executemany("INSERT INTO meal_standing_discount (child_id, start_month, amount, reason) "
                            "VALUES (?,?,?,?)",
                            [(c, f"{year:04d}-{month:02d}", 50000, "Con cán bộ, giáo viên trong trường")
                             for c in sorted((discounted & enrolled) - standing)])
        standing |= discounted & enrolled
        closing.close_month(db, year, month, accountant,  # never later than the demo's today
                            now=dt.datetime.combine(min(pay_days[-1], ctx.today), dt.time(16, 30)))
        # The month's notice is paid in the first half of the next month (after closing).
        payments = []
        owed = {r.child_id: r.balance for r in ledger.compute_month(db, year, month).rows}
        for child_id, balance in owed.items():
            if balance <= 0 or (child_id in late_payers and rng.random() < 0.7):
                continue
            day = rng.choice(pay_days)
            if day > ctx.today:
                continue
            amount = balance if rng.random() > 0.05 else int(round(balance * 0.5, -3)) or balance
            if rng.random() < 0.03:  # a family pays a round sum ahead
                amount = (balance // 100_000 + 1) * 100_000
            school_year = year_ids.get(day.year if day.month >= 9 else day.year - 1)
            if school_year is None:
                continue
            method = "transfer" if rng.random() < 0.35 else "cash"
            payments.append((day.isoformat(), rng.random(), school_year, child_id, parents.get(child_id, ""),
                             method, amount))
        # Receipt numbers follow the days they are written; now and then a receipt is written wrong,
        # cancelled (it keeps its number) and written again with the next number.
        rows: list[tuple[object, ...]] = []
        paid_for = f"{year:04d}-{month:02d}"
        for day_text, _, school_year, child_id, payer, method, amount in sorted(payments):
            stamp = f"{day_text} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}:00"
            if rng.random() < 0.004:
                number[school_year] += 1
                rows.append((school_year, number[school_year], child_id, day_text, payer, method,
                             amount + 10_000 * rng.randint(1, 9), paid_for, accountant, stamp, stamp, accountant,
                             f"Ghi sai số tiền, đã lập lại phiếu số {number[school_year] + 1:04d}"))
            number[school_year] += 1
            rows.append((school_year, number[school_year], child_id, day_text, payer, method, amount, paid_for,
                         accountant, stamp, None, "", ""))
        db.conn.executemany("INSERT INTO meal_payment (school_year_id, number, child_id, paid_on, payer, method, "
                            "amount, for_months, created_by, created_at, cancelled_at, cancelled_by, cancel_reason) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        # The month's purchases are paid to the suppliers next month, before that month closes.
        money.pay_suppliers(ctx, books, year, month)
        year, month = next_month(year, month)


def run(ctx: DemoContext) -> None:
    save_rules(ctx.db, MealRules(collection_mode="after"))
    _rates_and_fees(ctx)
    _kitchen(ctx)
