"""Demo step 45: the kitchen. Purchase settings for the foods the demo cooks (linked to the
market book's items), dish templates, a 4-week rotation built from real catalogue foods for
both age groups (nhà trẻ: lunch, afternoon meal and snack; mẫu giáo: lunch and afternoon
snack, as Thông tư 28 splits the day), every school day of every demo year filled from it,
and the inspection book and kept samples of the last school weeks.

The rice of each day is set so energy lands inside the norms (nursery about 630 kcal,
kindergarten about 670 kcal per child), as a school's nutrition program would; the other
shares vary with the dishes, so some days show a verdict outside the norms."""

from __future__ import annotations

import datetime as dt

from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.kitchen.catalogue import NUTRIENTS, ensure_catalogue
from kindergarten_desktop.kitchen.inspection import cook_name, prefill_inspections, prefill_samples
from kindergarten_desktop.roster.calendar import school_days

ORDER = 45

# code -> (unit, grams per unit, price 2025-2026, supplier, market-book item name)
FOODS = {
    "1004": ("kg", 1000, 19000, "Cửa hàng gạo Minh Phát", "Gạo tẻ thơm"),
    "1001": ("kg", 1000, 32000, "Cửa hàng gạo Minh Phát", "Gạo nếp cái hoa vàng"),
    "1013": ("kg", 1000, 18000, "Cửa hàng gạo Minh Phát", "Bánh phở"),
    "1020": ("kg", 1000, 16000, "Cửa hàng gạo Minh Phát", "Bún"),
    "1022": ("kg", 1000, 40000, "Cửa hàng gạo Minh Phát", "Mỳ sợi"),
    "1012": ("kg", 1000, 45000, "Cửa hàng gạo Minh Phát", "Bánh mỳ"),
    "7017": ("kg", 1000, 135000, "Cô Lan - thịt lợn chợ An Khánh", "Thịt lợn nạc vai"),
    "7003": ("kg", 1000, 260000, "Cô Lan - thịt lợn chợ An Khánh", "Thịt bò thăn"),
    "7013": ("kg", 1000, 120000, "Cô Lan - thịt lợn chợ An Khánh", "Thịt gà ta"),
    "9001": ("quả", 55, 3500, "Cô Lan - thịt lợn chợ An Khánh", "Trứng gà"),
    "8029": ("kg", 1000, 70000, "Anh Tuấn - hải sản", "Cá trắm cỏ"),
    "8052": ("kg", 1000, 220000, "Anh Tuấn - hải sản", "Tôm đồng"),
    "8034": ("kg", 1000, 110000, "Anh Tuấn - hải sản", "Cua đồng"),
    "3025": ("bìa", 150, 4000, "HTX rau an toàn Vân Nội", "Đậu phụ"),
    "3010": ("kg", 1000, 45000, "Cửa hàng gạo Minh Phát", "Đỗ xanh"),
    "4016": ("kg", 1000, 22000, "HTX rau an toàn Vân Nội", "Rau cải ngọt"),
    "4002": ("kg", 1000, 18000, "HTX rau an toàn Vân Nội", "Bí xanh"),
    "4003": ("kg", 1000, 20000, "HTX rau an toàn Vân Nội", "Bí đỏ"),
    "4007": ("kg", 1000, 20000, "HTX rau an toàn Vân Nội", "Cà rốt"),
    "4098": ("kg", 1000, 16000, "HTX rau an toàn Vân Nội", "Su su"),
    "4083": ("kg", 1000, 15000, "HTX rau an toàn Vân Nội", "Rau muống"),
    "4086": ("kg", 1000, 25000, "HTX rau an toàn Vân Nội", "Rau ngót"),
    "4005": ("kg", 1000, 25000, "HTX rau an toàn Vân Nội", "Cà chua"),
    "4010": ("kg", 1000, 15000, "HTX rau an toàn Vân Nội", "Bắp cải"),
    "4124": ("kg", 1000, 60000, "HTX rau an toàn Vân Nội", "Nấm mỡ"),
    "4038": ("kg", 1000, 30000, "HTX rau an toàn Vân Nội", "Hành lá"),
    "2014": ("kg", 1000, 22000, "HTX rau an toàn Vân Nội", "Khoai tây"),
    "10006": ("hộp", 900, 285000, "Đại lý sữa Hồng Hà", "Sữa bột Growplus"),
    "10004": ("hộp", 100, 6000, "Đại lý sữa Hồng Hà", "Sữa chua"),
    "5007": ("kg", 1000, 25000, "HTX rau an toàn Vân Nội", "Chuối tiêu"),
    "5011": ("kg", 1000, 18000, "HTX rau an toàn Vân Nội", "Dưa hấu"),
    "5002": ("kg", 1000, 35000, "HTX rau an toàn Vân Nội", "Cam sành"),
    "6010": ("lít", 920, 52000, "Cửa hàng gạo Minh Phát", "Dầu ăn Neptune"),
    "13017": ("lít", 1200, 60000, "Cửa hàng gạo Minh Phát", "Nước mắm"),
    "12014": ("kg", 1000, 24000, "Cửa hàng gạo Minh Phát", "Đường kính"),
}
# Dish templates: name -> [(code, kindergarten grams per child)]; nursery eats 85 %.
MAINS = {
    "Thịt lợn rim": [("7017", 35), ("6010", 5), ("13017", 3)],
    "Cá trắm sốt cà chua": [("8029", 40), ("4005", 10), ("6010", 5)],
    "Trứng đúc thịt": [("9001", 30), ("7017", 15), ("6010", 5)],
    "Tôm rim thịt": [("8052", 20), ("7017", 20), ("6010", 4)],
    "Thịt gà kho nấm": [("7013", 40), ("4124", 10), ("6010", 4)],
    "Đậu phụ sốt thịt": [("3025", 40), ("7017", 15), ("4005", 10), ("6010", 5)],
    "Thịt bò xào su su": [("7003", 30), ("4098", 20), ("6010", 5)],
}
SOUPS = {
    "Canh cải ngọt nấu thịt": [("4016", 30), ("7017", 8)],
    "Canh bí xanh nấu tôm": [("4002", 35), ("8052", 6)],
    "Canh su su cà rốt": [("4098", 25), ("4007", 10), ("7017", 6)],
    "Canh rau muống": [("4083", 30)],
    "Canh bí đỏ nấu thịt": [("4003", 30), ("7017", 8)],
    "Canh rau ngót nấu thịt": [("4086", 25), ("7017", 8)],
}
AFTERNOON = {  # nhà trẻ: bữa chiều; mẫu giáo: bữa phụ chiều
    "Cháo thịt lợn bí đỏ": [("1004", 20), ("7017", 15), ("4003", 15), ("6010", 4)],
    "Phở gà": [("1013", 70), ("7013", 20), ("4038", 2)],
    "Bún riêu cua": [("1020", 70), ("8034", 20), ("4005", 10), ("6010", 3)],
    "Mỳ nấu thịt bò": [("1022", 25), ("7003", 15), ("4010", 15), ("6010", 3)],
    "Súp khoai tây cà rốt": [("2014", 35), ("4007", 10), ("7017", 12), ("6010", 3)],
    "Xôi đỗ xanh": [("1001", 35), ("3010", 10), ("6010", 3)],
}
SNACKS = {
    "Sữa bột": [("10006", 25)],
    "Sữa chua": [("10004", 100)],
    "Chuối tiêu": [("5007", 60)],
    "Dưa hấu": [("5011", 100)],
    "Cam": [("5002", 80)],
}
NURSERY_SNACKS = ("Sữa chua", "Chuối tiêu", "Sữa bột")
TARGET_KCAL = {"nursery": 630.0, "kindergarten": 670.0}
TARGET_FAT = {"nursery": 0.36, "kindergarten": 0.28}


def _nutrients(ctx: DemoContext) -> dict[str, tuple[int, tuple[float, ...]]]:
    rows = ctx.db.execute(f"SELECT code, id, {', '.join(NUTRIENTS)} FROM food").fetchall()
    return {r[0]: (r[1], tuple(v or 0.0 for v in r[2:])) for r in rows}


def _day_lines(index: int, group: str, table: dict[str, tuple[int, tuple[float, ...]]]) -> list[tuple]:
    """(meal, dish, food id, grams) of rotation day ``index`` (0-19)."""
    mains, soups, afternoon = list(MAINS), list(SOUPS), list(AFTERNOON)
    main, soup = mains[index % len(mains)], soups[(index * 5 + 1) % len(soups)]
    meals: list[tuple[str, str, list[tuple[str, int]], float]] = [
        ("lunch", main, MAINS[main], 1.0), ("lunch", soup, SOUPS[soup], 1.0)]
    if group == "nursery":  # afternoon meal about a quarter of the day's need, a small snack
        dish = afternoon[index % len(afternoon)]
        meals.append(("afternoon", dish, AFTERNOON[dish], 1.8))
        snack = NURSERY_SNACKS[index % len(NURSERY_SNACKS)]
        meals.append(("snack", snack, SNACKS[snack], 0.6 if snack == "Sữa bột" else 1.0))
    else:  # the afternoon snack about a fifth of the day's need, fruit after lunch
        dish = afternoon[(index + 3) % len(afternoon)]
        meals.append(("snack", dish, AFTERNOON[dish], 1.6))
        fruit = list(SNACKS)[2 + index % 3]
        meals.append(("lunch", f"Tráng miệng: {fruit.lower()}", SNACKS[fruit], 1.0))
    lines = [(meal, dish, table[code][0], round(grams * scale, 1)) for meal, dish, items, scale in meals
             for code, grams in items]
    # Rice r and extra cooking oil o so that energy = T and fat = f % of it:
    # E0 + 9·o + 3.44·r = T and 9·(F0 + o + 0.01·r) = f·T  =>  r = (T − E0 − f·T + 9·F0) / 3.35.
    energy = sum(_value(table, food_id, 0) * grams / 100 for _, _, food_id, grams in lines)
    fat = sum(_value(table, food_id, 2) * grams / 100 for _, _, food_id, grams in lines)
    target, share = TARGET_KCAL[group], TARGET_FAT[group]
    rice = max(20.0, min(110.0, (target - energy - share * target + 9 * fat) / 3.35))
    oil = max(0.0, share * target / 9 - fat - 0.01 * rice)
    extra = [("lunch", main, table["6010"][0], round(oil, 1))] if oil >= 0.5 else []
    return [("lunch", "Cơm tẻ", table["1004"][0], round(rice, 0)), *lines, *extra]


def _value(table: dict[str, tuple[int, tuple[float, ...]]], food_id: int, index: int) -> float:
    for food, values in table.values():
        if food == food_id:
            return values[index]
    return 0.0


def run(ctx: DemoContext) -> None:
    db = ctx.db
    ensure_catalogue(db)
    supplier_ids = {n: i for i, n in db.execute("SELECT id, name FROM supplier")}
    for name in {f[3] for f in FOODS.values()} - set(supplier_ids):
        supplier_ids[name] = db.insert("INSERT INTO supplier (name) VALUES (?)", [name])
    db.conn.executemany("UPDATE food SET unit = ?, unit_grams = ?, price = ?, supplier_id = ?, market_name = ? "
                        "WHERE code = ?", [(u, g, p, supplier_ids[s], m, c) for c, (u, g, p, s, m) in FOODS.items()])
    table = _nutrients(ctx)
    # Dish templates.
    for dishes in (MAINS, SOUPS, AFTERNOON, SNACKS):
        for name, items in dishes.items():
            dish_id = db.insert("INSERT INTO dish (name) VALUES (?)", [name])
            db.conn.executemany("INSERT INTO dish_ingredient (dish_id, food_id, age_group, grams) VALUES (?,?,?,?)",
                                [(dish_id, table[c][0], g, round(q * (0.85 if g == "nursery" else 1), 1))
                                 for c, q in items for g in ("nursery", "kindergarten")])
    # The rotation and every school day from it.
    plan = {(i // 5 + 1, i % 5, g): _day_lines(i, g, table) for i in range(20) for g in ("nursery", "kindergarten")}
    db.conn.executemany("INSERT INTO rotation_line (week, weekday, age_group, meal, dish, food_id, grams) "
                        "VALUES (?,?,?,?,?,?,?)", [(w, d, g, *line) for (w, d, g), lines in plan.items()
                                                     for line in lines])
    menu_rows = []
    last_days: list[dt.date] = []
    for year in ctx.years:
        end = min(year.end_date, ctx.today + dt.timedelta(days=14))  # the coming two weeks are planned
        days = [d for d in school_days(db, year.start_date, end) if d.weekday() < 5]
        first_monday: dict[tuple[int, int], dt.date] = {}
        for day in days:
            monday = first_monday.setdefault((day.year, day.month), day - dt.timedelta(days=day.weekday()))
            week = ((day - dt.timedelta(days=day.weekday()) - monday).days // 7) % 4 + 1
            for group in ("nursery", "kindergarten"):
                menu_rows += [(day.isoformat(), group, *line) for line in plan[(week, day.weekday(), group)]]
        last_days += [d for d in days if d <= ctx.today]
    db.conn.executemany("INSERT INTO menu_line (day, age_group, meal, dish, food_id, grams) VALUES (?,?,?,?,?,?)",
                        menu_rows)
    _books(ctx, last_days[-15:])


def _books(ctx: DemoContext, days: list[dt.date]) -> None:
    """Inspection records and kept samples of the last school days, as the kitchen writes them."""
    db = ctx.db
    cook = cook_name(db) or "Tổ bếp"
    inspections, samples = [], []
    for day in days:
        for r in prefill_inspections(db, day, cook):
            inspections.append((day.isoformat(), r.step, r.at, r.item, r.supplier, r.quantity, r.papers, r.remark,
                                r.inspector))
        for s in prefill_samples(db, day, cook):
            discarded = s.discarded_at if s.discarded_at and s.discarded_at.date() <= ctx.today else None
            samples.append((day.isoformat(), s.meal, s.dish, s.quantity, s.unit,
                            s.taken_at.isoformat(timespec="minutes"),
                            discarded.isoformat(timespec="minutes") if discarded else None, cook,
                            cook if discarded else ""))
    db.conn.executemany("INSERT INTO inspection (day, step, at, item, supplier, quantity, papers, remark, inspector) "
                        "VALUES (?,?,?,?,?,?,?,?,?)", inspections)
    db.conn.executemany("INSERT INTO food_sample (day, meal, dish, quantity, unit, taken_at, discarded_at, taken_by, "
                        "discarded_by) VALUES (?,?,?,?,?,?,?,?,?)", samples)
