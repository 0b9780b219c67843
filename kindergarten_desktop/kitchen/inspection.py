"""The three-step food inspection book (kiểm thực ba bước, Quyết định 1246/QĐ-BYT) and kept
samples (lưu mẫu thức ăn).

Step 1 on receiving food (time, supplier, quantity, papers, sensory check), step 2 before and
during cooking, step 3 before serving. A sample of each dish is kept at least 24 hours: at
least 100 g of a solid dish, 150 ml of a liquid one, with who took it, when, and when it was
discarded. ``prefill_*`` propose the day's records from its menu and purchases (nothing is
written until the kitchen saves them)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen import GROUPS, MEALS
from kindergarten_desktop.kitchen.menus import dishes_by_meal, menus_between

STEPS = {1: "Kiểm tra trước khi chế biến (nhận thực phẩm)", 2: "Kiểm tra khi chế biến thức ăn",
         3: "Kiểm tra trước khi ăn"}
MEAL_TIMES = {"breakfast": dt.time(7, 30), "lunch": dt.time(10, 30), "afternoon": dt.time(14, 30),
              "snack": dt.time(15, 0)}
MIN_SOLID_G = 100.0
MIN_LIQUID_ML = 150.0
KEEP_HOURS = 24
_LIQUID = ("canh", "súp", "sup", "cháo", "sữa", "chè", "nước", "sinh tố", "bún", "phở", "miến")


@dataclass(frozen=True)
class Inspection:
    id: int | None
    day: dt.date
    step: int
    at: str  # HH:MM
    item: str  # food (step 1) or dish (steps 2, 3)
    supplier: str = ""
    quantity: str = ""
    papers: str = ""  # invoices, certificates (step 1)
    passed: bool = True  # sensory check
    remark: str = ""
    inspector: str = ""


@dataclass(frozen=True)
class Sample:
    id: int | None
    day: dt.date
    meal: str
    dish: str
    quantity: float
    unit: str  # 'g' or 'ml'
    taken_at: dt.datetime
    discarded_at: dt.datetime | None = None
    taken_by: str = ""
    discarded_by: str = ""


def _time(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    match = re.fullmatch(r"(\d{1,2})[:hH.](\d{2})", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise AppError("kitchen.bad_time", value=text)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def cook_name(db: Database) -> str:
    """The first active cook, who usually signs the kitchen books ('' if none)."""
    row = db.execute("SELECT full_name FROM staff WHERE role = 'cook' AND active ORDER BY id LIMIT 1").fetchone()
    return str(row[0]) if row else ""


def list_inspections(db: Database, start: dt.date, end: dt.date) -> list[Inspection]:
    rows = db.execute("SELECT id, day, step, at, item, supplier, quantity, papers, passed, remark, inspector "
                      "FROM inspection WHERE day BETWEEN ? AND ? ORDER BY day, step, at, id",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return [Inspection(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9], r[10])
            for r in rows]


def save_inspection(db: Database, record: Inspection) -> int:
    if record.step not in STEPS:
        raise AppError("kitchen.bad_step")
    item = " ".join(record.item.split())
    if not item:
        raise AppError("kitchen.item_empty")
    at = _time(record.at)
    values = [record.day.isoformat(), record.step, at, item, record.supplier.strip(), record.quantity.strip(),
              record.papers.strip(), int(record.passed), record.remark.strip(), record.inspector.strip()]
    if record.id is None:
        return db.insert("INSERT INTO inspection (day, step, at, item, supplier, quantity, papers, passed, "
                         "remark, inspector) VALUES (?,?,?,?,?,?,?,?,?,?)", values)
    db.execute("UPDATE inspection SET day = ?, step = ?, at = ?, item = ?, supplier = ?, quantity = ?, papers = ?, "
               "passed = ?, remark = ?, inspector = ? WHERE id = ?", [*values, record.id])
    return record.id


def delete_inspection(db: Database, record_id: int) -> None:
    db.execute("DELETE FROM inspection WHERE id = ?", [record_id])


def is_liquid(dish: str) -> bool:
    lowered = dish.casefold()
    return lowered.startswith(_LIQUID)


def _menu_dishes(db: Database, day: dt.date) -> list[tuple[str, str]]:
    """(meal, dish) of the day, both age groups, each dish once per meal."""
    menus = menus_between(db, day, day)
    found: list[tuple[str, str]] = []
    for group in GROUPS:
        for meal, dishes in dishes_by_meal(menus.get((day, group), [])).items():
            for dish in dishes:
                if (meal, dish) not in found:
                    found.append((meal, dish))
    return sorted(found, key=lambda md: MEALS.index(md[0]))


def prefill_inspections(db: Database, day: dt.date, inspector: str = "") -> list[Inspection]:
    """Step 1 from the day's purchases (or its market list), steps 2 and 3 from its menu."""
    from kindergarten_desktop.formatting import format_number
    from kindergarten_desktop.meals.market import purchases_between

    records = [Inspection(None, day, 1, "06:30", p.item, p.supplier, f"{format_number(p.quantity, 2)} {p.unit}",
                          "Hóa đơn, phiếu giao hàng", True, "", inspector)
               for p in purchases_between(db, day, day)]
    if not records:
        from kindergarten_desktop.kitchen.market_list import market_list

        records = [Inspection(None, day, 1, "06:30", ln.food.item_name, ln.supplier,
                              f"{format_number(ln.quantity, 2)} {ln.food.unit}", "", True, "", inspector)
                   for ln in market_list(db, day).lines]
    for meal, dish in _menu_dishes(db, day):
        serve = MEAL_TIMES[meal]
        cook = (dt.datetime.combine(day, serve) - dt.timedelta(hours=1, minutes=30)).time()
        records.append(Inspection(None, day, 2, f"{cook:%H:%M}", dish, remark="Đúng quy trình chế biến",
                                  inspector=inspector))
        records.append(Inspection(None, day, 3, f"{serve:%H:%M}", dish, remark="Đạt cảm quan", inspector=inspector))
    return records


def list_samples(db: Database, start: dt.date, end: dt.date) -> list[Sample]:
    rows = db.execute("SELECT id, day, meal, dish, quantity, unit, taken_at, discarded_at, taken_by, discarded_by "
                      "FROM food_sample WHERE day BETWEEN ? AND ? ORDER BY day, taken_at, id",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return [Sample(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], dt.datetime.fromisoformat(r[6]),
                   dt.datetime.fromisoformat(r[7]) if r[7] else None, r[8], r[9]) for r in rows]


def save_sample(db: Database, sample: Sample) -> int:
    dish = " ".join(sample.dish.split())
    if not dish:
        raise AppError("kitchen.item_empty")
    if sample.meal not in MEALS:
        raise AppError("kitchen.unknown_meal", value=sample.meal)
    unit = "ml" if sample.unit == "ml" else "g"
    minimum = MIN_LIQUID_ML if unit == "ml" else MIN_SOLID_G
    if not sample.quantity or sample.quantity < minimum:
        raise AppError("kitchen.sample_too_small", dish=dish, minimum=int(minimum), unit=unit)
    if sample.discarded_at is not None and sample.discarded_at - sample.taken_at < dt.timedelta(hours=KEEP_HOURS):
        raise AppError("kitchen.sample_kept_short", discarded=f"{sample.discarded_at:%H:%M %d/%m/%Y}",
                       taken=f"{sample.taken_at:%H:%M %d/%m/%Y}")
    values = [sample.day.isoformat(), sample.meal, dish, float(sample.quantity), unit,
              sample.taken_at.isoformat(timespec="minutes"),
              sample.discarded_at.isoformat(timespec="minutes") if sample.discarded_at else None,
              sample.taken_by.strip(), sample.discarded_by.strip()]
    if sample.id is None:
        return db.insert("INSERT INTO food_sample (day, meal, dish, quantity, unit, taken_at, discarded_at, "
                         "taken_by, discarded_by) VALUES (?,?,?,?,?,?,?,?,?)", values)
    db.execute("UPDATE food_sample SET day = ?, meal = ?, dish = ?, quantity = ?, unit = ?, taken_at = ?, "
               "discarded_at = ?, taken_by = ?, discarded_by = ? WHERE id = ?", [*values, sample.id])
    return sample.id


def delete_sample(db: Database, sample_id: int) -> None:
    db.execute("DELETE FROM food_sample WHERE id = ?", [sample_id])


def prefill_samples(db: Database, day: dt.date, taken_by: str = "") -> list[Sample]:
    """One sample per dish of the day's menu, taken at serving time, to discard 24 hours later."""
    samples = []
    for meal, dish in _menu_dishes(db, day):
        taken = dt.datetime.combine(day, MEAL_TIMES[meal])
        liquid = is_liquid(dish)
        samples.append(Sample(None, day, meal, dish, MIN_LIQUID_ML if liquid else MIN_SOLID_G,
                              "ml" if liquid else "g", taken, taken + dt.timedelta(hours=KEEP_HOURS), taken_by))
    return samples


def save_prefilled(db: Database, day: dt.date, inspector: str = "") -> tuple[int, int]:
    """Write the proposed records of a day that has none yet; returns (inspections, samples) written."""
    with db.atomic():
        n_insp = n_samp = 0
        if not list_inspections(db, day, day):
            for record in prefill_inspections(db, day, inspector):
                save_inspection(db, record)
                n_insp += 1
        if not list_samples(db, day, day):
            for sample in prefill_samples(db, day, inspector):
                save_sample(db, replace(sample, discarded_by=inspector))
                n_samp += 1
    return n_insp, n_samp
