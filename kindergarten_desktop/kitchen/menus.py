"""Dishes (món ăn) and menus (thực đơn) per day, meal and age group, the weekly view, the
4-week rotation that fills the school days of a month, and copying a week.

A menu is a list of lines, one per ingredient of a dish: the net grams one child eats of a
food. Dishes are templates: adding a dish to a day copies its ingredients for that age group,
which the kitchen may then adjust for the day. The rotation keeps the same lines on (week 1-4,
Monday-Friday); filling a month gives each school day the rotation's day of the same weekday
in week 1, 2, 3, 4, 1 ... of the month (weeks counted from the month's first school week), so a
holiday leaves its day empty and never shifts the other days."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen import GROUPS, MEALS
from kindergarten_desktop.roster.calendar import month_bounds, school_days

MAX_GRAMS = 500.0  # of one food, per child and meal: more is a typing error


@dataclass(frozen=True)
class MenuLine:
    meal: str
    dish: str
    food_id: int
    grams: float


@dataclass(frozen=True)
class Dish:
    id: int
    name: str
    ingredients: dict[str, list[tuple[int, float]]] = field(default_factory=dict)  # group -> (food id, grams)


def check_group(group: str) -> str:
    if group not in GROUPS:
        raise AppError("kitchen.unknown_group", value=group)
    return group


def check_meal(meal: str) -> str:
    if meal not in MEALS:
        raise AppError("kitchen.unknown_meal", value=meal)
    return meal


def parse_grams(value: object) -> float:
    """Net grams per child: a number above 0 and at most MAX_GRAMS ('12,5' is read as 12.5)."""
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        raise AppError("kitchen.bad_grams", value="" if value is None else value)
    try:
        grams = float(value.strip().replace(",", ".")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise AppError("kitchen.bad_grams", value=value) from None
    if grams != grams or grams in (float("inf"), float("-inf")):
        raise AppError("kitchen.bad_grams", value=value)
    if grams <= 0:
        raise AppError("kitchen.grams_not_positive", value=_num(grams))
    if grams > MAX_GRAMS:
        raise AppError("kitchen.grams_absurd", value=_num(grams), limit=int(MAX_GRAMS))
    return round(grams, 3)


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def ensure_open(db: Database, day: dt.date) -> None:
    """A closed month is closed for the kitchen's books too (db/guards.py refuses any write to
    them below every writer): this only tells early, in the same words, what the guard would
    refuse, where a preview lists the rows it could not write (the menu import)."""
    from kindergarten_desktop.meals.closing import ensure_open as books_open

    books_open(db, day, "menu_line")


def _meal_order(meal: str) -> int:
    return MEALS.index(meal) if meal in MEALS else len(MEALS)


# --- menus -------------------------------------------------------------------------------
def day_menu(db: Database, day: dt.date, group: str) -> list[MenuLine]:
    rows = db.execute("SELECT meal, dish, food_id, grams FROM menu_line WHERE day = ? AND age_group = ? ORDER BY id",
                      [day.isoformat(), check_group(group)]).fetchall()
    return sorted((MenuLine(*r) for r in rows), key=lambda line: _meal_order(line.meal))


def menus_between(db: Database, start: dt.date, end: dt.date) -> dict[tuple[dt.date, str], list[MenuLine]]:
    """Every menu line from start to end by (day, group), meals in order."""
    found: dict[tuple[dt.date, str], list[MenuLine]] = defaultdict(list)
    for day, group, meal, dish, food_id, grams in db.execute(
            "SELECT day, age_group, meal, dish, food_id, grams FROM menu_line WHERE day BETWEEN ? AND ? ORDER BY id",
            [start.isoformat(), end.isoformat()]):
        found[(dt.date.fromisoformat(day), group)].append(MenuLine(meal, dish, food_id, grams))
    return {k: sorted(v, key=lambda line: _meal_order(line.meal)) for k, v in found.items()}


def dishes_by_meal(lines: Iterable[MenuLine]) -> dict[str, list[str]]:
    """meal -> dish names in the order they appear."""
    found: dict[str, list[str]] = {}
    for line in lines:
        dishes = found.setdefault(line.meal, [])
        if line.dish not in dishes:
            dishes.append(line.dish)
    return {m: found[m] for m in MEALS if m in found}


def _check_lines(lines: Iterable[MenuLine]) -> list[MenuLine]:
    checked = []
    for line in lines:
        dish = " ".join(line.dish.split())
        if not dish:
            raise AppError("kitchen.no_dish")
        checked.append(MenuLine(check_meal(line.meal), dish, int(line.food_id), parse_grams(line.grams)))
    return checked


def set_day_menu(db: Database, day: dt.date, group: str, lines: Sequence[MenuLine]) -> None:
    """Replace the day's menu of one age group (an empty list clears it)."""
    check_group(group)
    checked = _check_lines(lines)
    with db.atomic():
        write_day_menu(db, day, group, checked)


def write_day_menu(db: Database, day: dt.date, group: str, lines: Sequence[MenuLine]) -> None:
    """Replace the day's lines of one age group with lines already checked, inside the caller's
    transaction (imports, rotation, copies); a closed month's day is refused by the guard
    triggers (db/guards.py), which roll the caller's whole transaction back."""
    db.execute("DELETE FROM menu_line WHERE day = ? AND age_group = ?", [day.isoformat(), group])
    db.conn.executemany("INSERT INTO menu_line (day, age_group, meal, dish, food_id, grams) VALUES (?,?,?,?,?,?)",
                        [(day.isoformat(), group, ln.meal, ln.dish, ln.food_id, ln.grams) for ln in lines])


def add_dish_to_menu(db: Database, day: dt.date, group: str, meal: str, dish_id: int) -> None:
    dish = get_dish(db, dish_id)
    ingredients = dish.ingredients.get(check_group(group), [])
    if not ingredients:
        raise AppError("kitchen.dish_no_ingredients", name=dish.name, group=group)
    lines = day_menu(db, day, group)
    lines = [ln for ln in lines if not (ln.meal == meal and ln.dish == dish.name)]
    lines += [MenuLine(check_meal(meal), dish.name, food_id, grams) for food_id, grams in ingredients]
    set_day_menu(db, day, group, lines)


def remove_dish_from_menu(db: Database, day: dt.date, group: str, meal: str, dish: str) -> None:
    lines = [ln for ln in day_menu(db, day, group) if not (ln.meal == meal and ln.dish == dish)]
    set_day_menu(db, day, group, lines)


def last_served_day(db: Database, start: dt.date, end: dt.date) -> dt.date | None:
    """The last day children ate from start to end (attendance), else the last day with a menu."""
    row = db.execute("SELECT coalesce((SELECT max(day) FROM attendance WHERE day BETWEEN :a AND :b), "
                     "(SELECT max(day) FROM menu_line WHERE day BETWEEN :a AND :b))",
                     {"a": start.isoformat(), "b": end.isoformat()}).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_menu(db: Database, monday: dt.date) -> dict[tuple[dt.date, str], dict[str, list[str]]]:
    """(day, group) -> meal -> dishes, Monday to Friday of the week of ``monday``."""
    start = monday_of(monday)
    menus = menus_between(db, start, start + dt.timedelta(days=4))
    return {key: dishes_by_meal(lines) for key, lines in menus.items()}


def copy_week(db: Database, source_monday: dt.date, target_monday: dt.date,
              groups: Sequence[str] = GROUPS) -> int:
    """Copy Monday-Friday menus of one week onto another (school days of the target only);
    returns the number of days written."""
    source, target = monday_of(source_monday), monday_of(target_monday)
    menus = menus_between(db, source, source + dt.timedelta(days=4))
    open_days = set(school_days(db, target, target + dt.timedelta(days=4)))
    written = 0
    with db.atomic():
        for offset in range(5):
            day = target + dt.timedelta(days=offset)
            if day not in open_days:
                continue
            for group in groups:
                lines = menus.get((source + dt.timedelta(days=offset), check_group(group)))
                if lines:
                    write_day_menu(db, day, group, lines)
                    written += 1
    return written


# --- rotation ------------------------------------------------------------------------------
def rotation_day(db: Database, week: int, weekday: int, group: str) -> list[MenuLine]:
    rows = db.execute("SELECT meal, dish, food_id, grams FROM rotation_line WHERE week = ? AND weekday = ? "
                      "AND age_group = ? ORDER BY id", [week, weekday, check_group(group)]).fetchall()
    return sorted((MenuLine(*r) for r in rows), key=lambda line: _meal_order(line.meal))


def _check_slot(week: int, weekday: int) -> None:
    if week not in (1, 2, 3, 4):
        raise AppError("kitchen.bad_week")
    if weekday not in range(5):
        raise AppError("kitchen.bad_weekday")


def set_rotation_day(db: Database, week: int, weekday: int, group: str, lines: Sequence[MenuLine]) -> None:
    _check_slot(week, weekday)
    check_group(group)
    checked = _check_lines(lines)
    with db.atomic():
        db.execute("DELETE FROM rotation_line WHERE week = ? AND weekday = ? AND age_group = ?", [week, weekday, group])
        db.conn.executemany(
            "INSERT INTO rotation_line (week, weekday, age_group, meal, dish, food_id, grams) VALUES (?,?,?,?,?,?,?)",
            [(week, weekday, group, ln.meal, ln.dish, ln.food_id, ln.grams) for ln in checked])


def rotation_from_week(db: Database, monday: dt.date, week: int) -> None:
    """Keep the menus of the week of ``monday`` as rotation week ``week``."""
    start = monday_of(monday)
    menus = menus_between(db, start, start + dt.timedelta(days=4))
    with db.atomic():
        for weekday in range(5):
            for group in GROUPS:
                set_rotation_day(db, week, weekday, group, menus.get((start + dt.timedelta(days=weekday), group), []))


def rotation(db: Database) -> dict[tuple[int, int, str], list[MenuLine]]:
    found: dict[tuple[int, int, str], list[MenuLine]] = defaultdict(list)
    for week, weekday, group, meal, dish, food_id, grams in db.execute(
            "SELECT week, weekday, age_group, meal, dish, food_id, grams FROM rotation_line ORDER BY id"):
        found[(week, weekday, group)].append(MenuLine(meal, dish, food_id, grams))
    return {k: sorted(v, key=lambda line: _meal_order(line.meal)) for k, v in found.items()}


def rotation_slots(db: Database, year: int, month: int) -> dict[dt.date, tuple[int, int]]:
    """Each school day of the month -> its (rotation week, weekday)."""
    first, last = month_bounds(year, month)
    days = [d for d in school_days(db, first, last) if d.weekday() < 5]
    slots: dict[dt.date, tuple[int, int]] = {}
    if not days:
        return slots
    first_monday = monday_of(days[0])
    for day in days:
        week = (monday_of(day) - first_monday).days // 7
        slots[day] = (week % 4 + 1, day.weekday())
    return slots


def fill_month(db: Database, year: int, month: int, *, replace: bool = True) -> int:
    """Give every school day of the month its rotation menu (both age groups); holidays and
    closures stay empty. With ``replace=False`` days that already have a menu are kept.
    Returns the number of (day, age group) menus written."""
    plan = rotation(db)
    if not plan:
        raise AppError("kitchen.rotation_empty")
    slots = rotation_slots(db, year, month)
    first, last = month_bounds(year, month)
    existing = set(menus_between(db, first, last)) if not replace else set()
    written = 0
    with db.atomic():
        for day, (week, weekday) in slots.items():
            for group in GROUPS:
                lines = plan.get((week, weekday, group))
                if not lines or (day, group) in existing:
                    continue
                write_day_menu(db, day, group, lines)
                written += 1
    return written


# --- dishes --------------------------------------------------------------------------------
def list_dishes(db: Database) -> list[Dish]:
    from kindergarten_desktop.names import text_sort_key

    ingredients: dict[int, dict[str, list[tuple[int, float]]]] = defaultdict(lambda: defaultdict(list))
    for dish_id, food_id, group, grams in db.execute(
            "SELECT dish_id, food_id, age_group, grams FROM dish_ingredient ORDER BY dish_id, food_id"):
        ingredients[dish_id][group].append((food_id, grams))
    dishes = [Dish(i, n, dict(ingredients.get(i, {}))) for i, n in db.execute("SELECT id, name FROM dish")]
    return sorted(dishes, key=lambda d: text_sort_key(d.name))


def get_dish(db: Database, dish_id: int) -> Dish:
    for dish in list_dishes(db):
        if dish.id == dish_id:
            return dish
    raise AppError("kitchen.no_dish")


def save_dish(db: Database, name: str, ingredients: Sequence[tuple[str, int, object]],
              dish_id: int | None = None) -> int:
    """Create or replace a dish: ``ingredients`` are (group, food id, net grams per child)."""
    name = " ".join(name.split())
    if not name:
        raise AppError("kitchen.no_dish")
    checked = [(check_group(g), int(f), parse_grams(q)) for g, f, q in ingredients]
    with db.atomic():
        other = db.execute("SELECT id FROM dish WHERE name = ?", [name]).fetchone()
        if other and other[0] != dish_id:
            raise AppError("kitchen.dish_name_taken", name=name)
        if dish_id is None:
            dish_id = db.insert("INSERT INTO dish (name) VALUES (?)", [name])
        else:
            db.execute("UPDATE dish SET name = ? WHERE id = ?", [name, dish_id])
            db.execute("DELETE FROM dish_ingredient WHERE dish_id = ?", [dish_id])
        merged: dict[tuple[int, str], float] = {}
        for group, food_id, grams in checked:
            merged[(food_id, group)] = merged.get((food_id, group), 0) + grams
        db.conn.executemany("INSERT INTO dish_ingredient (dish_id, food_id, age_group, grams) VALUES (?,?,?,?)",
                            [(dish_id, f, g, q) for (f, g), q in merged.items()])
    return dish_id


def delete_dish(db: Database, dish_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM dish_ingredient WHERE dish_id = ?", [dish_id])
        db.execute("DELETE FROM dish WHERE id = ?", [dish_id])
