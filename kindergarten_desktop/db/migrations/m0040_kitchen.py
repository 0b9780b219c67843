"""The kitchen (bếp ăn bán trú): the food catalogue (the Vietnamese food composition table 2007,
which kitchen.catalogue.ensure_catalogue loads from resources/nutrition/ on first use, plus the
school's own foods), dish templates, menus per day / meal / age group, the 4-week rotation,
nutrition norms (Thông tư 28/2016 defaults, effective-dated), the three-step food inspection
book, kept samples and the days whose market list became purchases.

Age groups here are the two of the nutrition norms and meal rates: 'nursery' (nhà trẻ) and
'kindergarten' (mẫu giáo). Meals: 'breakfast' (sáng), 'lunch' (trưa), 'afternoon' (chiều),
'snack' (phụ)."""

from __future__ import annotations

from kindergarten_desktop.db.database import Database

VERSION = 40

GROUPS = "('nursery', 'kindergarten')"
MEALS = "('breakfast', 'lunch', 'afternoon', 'snack')"
NUTRIENTS = ("energy_kcal", "protein_g", "fat_g", "carbohydrate_g", "calcium_mg", "iron_mg", "vitamin_a_mcg",
             "vitamin_b1_mg", "vitamin_c_mg")

STATEMENTS = [
    f"""CREATE TABLE food (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (trim(code) <> ''),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        name_en TEXT NOT NULL DEFAULT '',
        food_group INTEGER NOT NULL CHECK (food_group BETWEEN 1 AND 14),
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        animal INTEGER NOT NULL DEFAULT 0 CHECK (animal IN (0, 1)),
        waste_pct DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (waste_pct >= 0 AND waste_pct < 100),
        {", ".join(f"{n} DOUBLE PRECISION CHECK ({n} IS NULL OR {n} >= 0)" for n in NUTRIENTS)},
        unit TEXT NOT NULL DEFAULT 'kg',
        unit_grams DOUBLE PRECISION NOT NULL DEFAULT 1000 CHECK (unit_grams > 0),
        price INTEGER CHECK (price IS NULL OR (typeof(price) = 'integer' AND price >= 0)),
        supplier_id INTEGER REFERENCES supplier(id),
        market_name TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE dish (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (trim(name) <> '')
    )""",
    f"""CREATE TABLE dish_ingredient (
        dish_id INTEGER NOT NULL REFERENCES dish(id) ON DELETE CASCADE,
        food_id INTEGER NOT NULL REFERENCES food(id),
        age_group TEXT NOT NULL CHECK (age_group IN {GROUPS}),
        grams DOUBLE PRECISION NOT NULL CHECK (grams > 0),
        PRIMARY KEY (dish_id, food_id, age_group)
    ) WITHOUT ROWID""",
    # The menu: one line per ingredient of a dish served on a day, meal and age group.
    f"""CREATE TABLE menu_line (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        age_group TEXT NOT NULL CHECK (age_group IN {GROUPS}),
        meal TEXT NOT NULL CHECK (meal IN {MEALS}),
        dish TEXT NOT NULL CHECK (trim(dish) <> ''),
        food_id INTEGER NOT NULL REFERENCES food(id),
        grams DOUBLE PRECISION NOT NULL CHECK (grams > 0)
    )""",
    "CREATE INDEX menu_line_day ON menu_line (day, age_group)",
    # The 4-week rotation: the same lines on (week 1-4, weekday 0 = Monday ... 4 = Friday).
    f"""CREATE TABLE rotation_line (
        id INTEGER PRIMARY KEY,
        week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 4),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 4),
        age_group TEXT NOT NULL CHECK (age_group IN {GROUPS}),
        meal TEXT NOT NULL CHECK (meal IN {MEALS}),
        dish TEXT NOT NULL CHECK (trim(dish) <> ''),
        food_id INTEGER NOT NULL REFERENCES food(id),
        grams DOUBLE PRECISION NOT NULL CHECK (grams > 0)
    )""",
    f"""CREATE TABLE nutrition_norm (
        age_group TEXT NOT NULL CHECK (age_group IN {GROUPS}),
        effective_from TEXT NOT NULL,
        energy_min DOUBLE PRECISION NOT NULL, energy_max DOUBLE PRECISION NOT NULL,
        protein_min DOUBLE PRECISION NOT NULL, protein_max DOUBLE PRECISION NOT NULL,
        fat_min DOUBLE PRECISION NOT NULL, fat_max DOUBLE PRECISION NOT NULL,
        carbohydrate_min DOUBLE PRECISION NOT NULL, carbohydrate_max DOUBLE PRECISION NOT NULL,
        need_min DOUBLE PRECISION, need_max DOUBLE PRECISION,  -- the whole day's need (kcal), for meal shares
        source TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (age_group, effective_from),
        CHECK (energy_min <= energy_max AND protein_min <= protein_max AND fat_min <= fat_max
               AND carbohydrate_min <= carbohydrate_max AND (need_min IS NULL OR need_min <= need_max))
    ) WITHOUT ROWID""",
    # Each meal's share (%) of the day's need, with the norm of the same age group and date.
    f"""CREATE TABLE nutrition_meal_share (
        age_group TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        meal TEXT NOT NULL CHECK (meal IN {MEALS}),
        share_min DOUBLE PRECISION NOT NULL CHECK (share_min >= 0),
        share_max DOUBLE PRECISION NOT NULL CHECK (share_max <= 100),
        PRIMARY KEY (age_group, effective_from, meal),
        FOREIGN KEY (age_group, effective_from) REFERENCES nutrition_norm (age_group, effective_from)
            ON DELETE CASCADE,
        CHECK (share_min <= share_max)
    ) WITHOUT ROWID""",
    # Kiểm thực ba bước (Quyết định 1246/QĐ-BYT): step 1 receiving, 2 cooking, 3 serving.
    """CREATE TABLE inspection (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        step INTEGER NOT NULL CHECK (step IN (1, 2, 3)),
        at TEXT NOT NULL DEFAULT '',
        item TEXT NOT NULL CHECK (trim(item) <> ''),
        supplier TEXT NOT NULL DEFAULT '',
        quantity TEXT NOT NULL DEFAULT '',
        papers TEXT NOT NULL DEFAULT '',
        passed INTEGER NOT NULL DEFAULT 1 CHECK (passed IN (0, 1)),
        remark TEXT NOT NULL DEFAULT '',
        inspector TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX inspection_day ON inspection (day, step)",
    """CREATE TABLE food_sample (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        meal TEXT NOT NULL,
        dish TEXT NOT NULL CHECK (trim(dish) <> ''),
        quantity DOUBLE PRECISION NOT NULL CHECK (quantity > 0),
        unit TEXT NOT NULL CHECK (unit IN ('g', 'ml')),
        taken_at TEXT NOT NULL,
        discarded_at TEXT,
        taken_by TEXT NOT NULL DEFAULT '',
        discarded_by TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX food_sample_day ON food_sample (day)",
    # A day whose market list was turned into market-book purchases (done once per day).
    """CREATE TABLE kitchen_order (
        day TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0)
    )""",
]

# Thông tư 28/2016/TT-BGDĐT: energy at school, the protein : fat : carbohydrate shares, the
# whole day's need and each meal's share of it (nhà trẻ: lunch 30-35 %, afternoon meal 25-30 %,
# snack 5-10 %; mẫu giáo: lunch 30-35 %, snack 15-25 %).
DEFAULT_NORMS = [
    ("nursery", 600, 651, 13, 20, 30, 40, 47, 50, 930, 1000),
    ("kindergarten", 615, 726, 13, 20, 25, 35, 52, 60, 1230, 1320),
]
DEFAULT_MEAL_SHARES = [
    ("nursery", "lunch", 30, 35), ("nursery", "afternoon", 25, 30), ("nursery", "snack", 5, 10),
    ("kindergarten", "lunch", 30, 35), ("kindergarten", "snack", 15, 25),
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    db.conn.executemany(
        "INSERT INTO nutrition_norm (age_group, effective_from, energy_min, energy_max, protein_min, protein_max, "
        "fat_min, fat_max, carbohydrate_min, carbohydrate_max, need_min, need_max, source) "
        "VALUES (?, '2000-01-01', ?,?,?,?,?,?,?,?,?,?, 'Thông tư 28/2016/TT-BGDĐT')", DEFAULT_NORMS)
    db.conn.executemany("INSERT INTO nutrition_meal_share (age_group, effective_from, meal, share_min, share_max) "
                        "VALUES (?, '2000-01-01', ?, ?, ?)", DEFAULT_MEAL_SHARES)
