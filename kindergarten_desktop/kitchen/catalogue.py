"""The food catalogue: the Vietnamese food composition table 2007 (526 foods, loaded by
migration 40 from resources/nutrition/, National Institute of Nutrition) and the school's own
foods (a branded milk powder from its label), each with its purchase unit, default supplier and
latest price. Nutrients are per 100 g of the edible part; None is a dash in the table (unknown,
counted as 0 in sums and said so on reports)."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals.errors import parse_money
from kindergarten_desktop.names import fold

NUTRIENTS = ("energy_kcal", "protein_g", "fat_g", "carbohydrate_g", "calcium_mg", "iron_mg", "vitamin_a_mcg",
             "vitamin_b1_mg", "vitamin_c_mg")
GROUPS_VI = {
    1: "Ngũ cốc và sản phẩm chế biến", 2: "Khoai củ và sản phẩm chế biến", 3: "Hạt, quả giàu đạm, béo",
    4: "Rau, quả, củ dùng làm rau", 5: "Quả chín", 6: "Dầu, mỡ, bơ", 7: "Thịt và sản phẩm chế biến",
    8: "Thủy sản và sản phẩm chế biến", 9: "Trứng và sản phẩm chế biến", 10: "Sữa và sản phẩm chế biến",
    11: "Đồ hộp", 12: "Đồ ngọt (đường, bánh, mứt, kẹo)", 13: "Gia vị, nước chấm", 14: "Nước giải khát, bia, rượu",
}
# Animal foods (for the animal/vegetable protein and fat ratios): groups 7-10, butter and lard
# of group 6, canned meat and fish of group 11 (shared README).
ANIMAL_GROUPS = (7, 8, 9, 10)
ANIMAL_CODES = ("6001", "6003", "6004", "11015", "11016", "11017", "11018", "11019", "11020", "11021")
TABLE_FILE = ("nutrition", "vn_food_composition_2007.csv")
_COLUMNS = ("id, code, name, name_en, food_group, builtin, animal, waste_pct, " + ", ".join(NUTRIENTS)
            + ", unit, unit_grams, price, coalesce((SELECT name FROM supplier s WHERE s.id = f.supplier_id), ''), "
              "market_name")


@dataclass(frozen=True)
class Food:
    id: int
    code: str
    name: str
    name_en: str
    group: int
    builtin: bool
    animal: bool
    waste_pct: float
    nutrients: tuple[float | None, ...]  # in NUTRIENTS order, per 100 g edible
    unit: str = "kg"
    unit_grams: float = 1000.0
    price: int | None = None  # đồng per purchase unit
    supplier: str = ""
    market_name: str = ""

    def value(self, nutrient: str) -> float | None:
        return self.nutrients[NUTRIENTS.index(nutrient)]

    @property
    def item_name(self) -> str:
        """The food's name in the market book."""
        return self.market_name or self.name

    def gross_grams(self, net: float) -> float:
        """Bought weight for ``net`` grams eaten: net × 100 / (100 − waste %)."""
        return net * 100.0 / (100.0 - self.waste_pct)


@cache
def builtin_rows() -> tuple[tuple[object, ...], ...]:
    """The shipped table as food rows: code, name, English name, group, animal, waste %, nutrients."""
    from kindergarten_desktop.paths import resources_dir

    def number(text: str) -> float | None:
        return float(text) if text.strip() else None

    rows = []
    with resources_dir().joinpath(*TABLE_FILE).open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            group = int(r["group"])
            animal = int(group in ANIMAL_GROUPS or r["code"] in ANIMAL_CODES)
            rows.append((r["code"], unicodedata.normalize("NFC", r["name_vi"].strip()), r["name_en"].strip(), group,
                         animal, float(r["waste_pct"] or 0), *(number(r[n]) for n in NUTRIENTS)))
    return tuple(rows)


def ensure_catalogue(db: Database) -> None:
    """Load the built-in table into a database that does not hold it yet (a new database)."""
    if db.execute("SELECT 1 FROM food WHERE builtin = 1 LIMIT 1").fetchone():
        return
    columns = "code, name, name_en, food_group, builtin, animal, waste_pct, " + ", ".join(NUTRIENTS)
    marks = ", ".join("?" * (len(NUTRIENTS) + 2))  # animal, waste_pct, nutrients
    with db.atomic():
        db.conn.executemany(f"INSERT INTO food ({columns}) VALUES (?, ?, ?, ?, 1, {marks}) "
                            "ON CONFLICT(code) DO NOTHING", builtin_rows())


def _food(row: tuple) -> Food:
    n = len(NUTRIENTS)
    return Food(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]), row[7], tuple(row[8:8 + n]),
                *row[8 + n:])


def list_foods(db: Database) -> list[Food]:
    ensure_catalogue(db)
    return [_food(r) for r in db.execute(f"SELECT {_COLUMNS} FROM food f ORDER BY food_group, code")]


def foods_by_id(db: Database, ids: set[int] | None = None) -> dict[int, Food]:
    if ids is None:
        return {f.id: f for f in list_foods(db)}
    if not ids:
        return {}
    ensure_catalogue(db)
    marks = ",".join("?" * len(ids))
    return {r[0]: _food(r) for r in db.execute(f"SELECT {_COLUMNS} FROM food f WHERE id IN ({marks})", sorted(ids))}


def get_food(db: Database, food_id: int) -> Food:
    found = foods_by_id(db, {food_id})
    if food_id not in found:
        raise AppError("kitchen.unknown_food", value=food_id)
    return found[food_id]


def search(foods: list[Food], query: str) -> list[Food]:
    """Foods whose name (Vietnamese or English) or code contains ``query``, ignoring case and accents."""
    q = fold(query)
    if not q:
        return list(foods)
    return [f for f in foods if q in fold(f.name) or q in fold(f.name_en) or q == f.code.lower()]


def name_key(text: str) -> str:
    """How names are matched on import: Unicode NFC, case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class FoodIndex:
    """Look foods up by code or by exact name (NFC + casefold), for imports."""

    def __init__(self, foods: list[Food]) -> None:
        self.by_code = {f.code.strip().casefold(): f for f in foods}
        self.by_name: dict[str, list[Food]] = {}
        for f in foods:
            self.by_name.setdefault(name_key(f.name), []).append(f)

    def find(self, code: str, name: str) -> Food:
        code_text = code.strip()
        if code_text.endswith(".0") and code_text[:-2].isdigit():
            code_text = code_text[:-2]
        if code_text:
            food = self.by_code.get(code_text.casefold())
            if food is None:
                raise AppError("kitchen.unknown_food", value=code_text)
            return food
        if not name.strip():
            raise AppError("kitchen.no_food")
        found = self.by_name.get(name_key(name), [])
        if not found:
            raise AppError("kitchen.unknown_food", value=name.strip())
        if len(found) > 1:
            raise AppError("kitchen.ambiguous_food", value=name.strip(), names=", ".join(f.code for f in found))
        return found[0]


def _float(value: object, field: str, *, allow_none: bool = True) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise AppError("kitchen.bad_number", field=field, value="")
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise AppError("kitchen.bad_number", field=field, value=value) from None
    if number != number or number < 0 or number > 100_000:
        raise AppError("kitchen.bad_number", field=field, value=value)
    return number


def _supplier_id(db: Database, name: str) -> int | None:
    name = re.sub(r"\s+", " ", name).strip()
    if not name:
        return None
    row = db.execute("SELECT id FROM supplier WHERE name = ?", [name]).fetchone()
    if row:
        return int(row[0])
    return db.insert("INSERT INTO supplier (name) VALUES (?)", [name])


def add_food(db: Database, name: str, group: int, nutrients: dict[str, object], *, waste_pct: object = 0,
             code: str = "", name_en: str = "", animal: bool | None = None) -> int:
    """A school food (from its label). Its code defaults to 'TR001', 'TR002' ..."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name:
        raise AppError("kitchen.food_name_empty")
    if group not in GROUPS_VI:
        raise AppError("kitchen.bad_number", field="group", value=group)
    waste = _float(waste_pct, "waste", allow_none=False) or 0.0
    if waste >= 100:
        raise AppError("kitchen.bad_waste")
    values = [_float(nutrients.get(n), n) for n in NUTRIENTS]
    ensure_catalogue(db)  # the table's codes and names come first
    with db.atomic():
        if any(name_key(n) == name_key(name) for (n,) in db.execute("SELECT name FROM food")):
            raise AppError("kitchen.food_name_taken", name=name)
        code = code.strip()
        if not code:
            count = db.execute("SELECT count(*) FROM food WHERE builtin = 0").fetchone()[0]
            code = f"TR{count + 1:03d}"
            while db.execute("SELECT 1 FROM food WHERE code = ?", [code]).fetchone():
                count += 1
                code = f"TR{count + 1:03d}"
        elif db.execute("SELECT 1 FROM food WHERE code = ?", [code]).fetchone():
            raise AppError("kitchen.food_code_taken", code=code)
        is_animal = group in ANIMAL_GROUPS if animal is None else animal
        return db.insert(
            f"INSERT INTO food (code, name, name_en, food_group, builtin, animal, waste_pct, {', '.join(NUTRIENTS)}) "
            f"VALUES (?, ?, ?, ?, 0, ?, ?, {', '.join('?' * len(NUTRIENTS))})",
            [code, name, name_en.strip(), group, int(is_animal), waste, *values])


def set_purchase(db: Database, food_id: int, *, unit: str | None = None, unit_grams: object = None,
                 price: object = None, supplier: str | None = None, market_name: str | None = None) -> None:
    """Purchase unit (and its grams), latest price (đồng per unit), default supplier, market-book name."""
    get_food(db, food_id)
    sets: dict[str, object] = {}
    if unit is not None:
        sets["unit"] = unit.strip() or "kg"
    if unit_grams is not None:
        grams = _float(unit_grams, "unit_grams", allow_none=False)
        if not grams:
            raise AppError("kitchen.bad_unit_grams")
        sets["unit_grams"] = grams
    if price is not None:
        # Read as every amount of money is (meals.errors.parse_money): "12.5" is refused, not 125.
        empty = isinstance(price, str) and not price.strip()
        sets["price"] = None if empty else parse_money(price, "unit_price")
    if market_name is not None:
        sets["market_name"] = " ".join(market_name.split())
    with db.atomic():
        if supplier is not None:
            sets["supplier_id"] = _supplier_id(db, supplier)
        if sets:
            db.execute(f"UPDATE food SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?", [*sets.values(), food_id])


def delete_food(db: Database, food_id: int) -> None:
    food = get_food(db, food_id)
    if food.builtin:
        raise AppError("kitchen.builtin_food")
    with db.atomic():
        used = db.execute("SELECT 1 FROM menu_line WHERE food_id = :f UNION ALL SELECT 1 FROM rotation_line "
                          "WHERE food_id = :f UNION ALL SELECT 1 FROM dish_ingredient WHERE food_id = :f LIMIT 1",
                          {"f": food_id}).fetchone()
        if used:
            raise AppError("kitchen.food_in_use", name=food.name)
        db.execute("DELETE FROM food WHERE id = ?", [food_id])
