"""``nutrition``: Bảng tính khẩu phần ăn — the day's portion per age group: the menu, each food's
net and gross grams per child, total quantities for the children eating, prices, nutrients per
child against the norms (Thông tư 28) with the verdict, and the day's food money. PDF and XLSX
for the file, CSV for exchange (one row per age group, per child; columns in CSV_COLUMNS)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.kitchen import GROUPS, MEALS, WEEKDAYS_VI, group_label, meal_label
from kindergarten_desktop.kitchen.catalogue import Food
from kindergarten_desktop.kitchen.menus import dishes_by_meal
from kindergarten_desktop.kitchen.portion import DayPortion, GroupPortion, Totals, day_portion
from kindergarten_desktop.reports.meals_common import money, signatures, staff_name
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

if TYPE_CHECKING:
    from kindergarten_desktop.reports.pdf import OfficialDocument

TITLE = "Bảng tính khẩu phần ăn"
CSV_COLUMNS = ("group", "children", "energy_kcal", "protein_g", "fat_g", "carbohydrate_g", "protein_pct", "fat_pct",
               "carbohydrate_pct")
VERDICT_VI = {"below": "Thấp hơn định mức", "within": "Đạt", "above": "Cao hơn định mức"}
FOOD_HEADERS = ["STT", "Tên thực phẩm", "Tinh 1 trẻ (g)", "Thô 1 trẻ (g)", "Tổng tinh (kg)", "Tổng thô (kg)",
                "ĐVT", "Số lượng mua", "Đơn giá (đ)", "Thành tiền (đ)", "Năng lượng (kcal)", "Protein (g)",
                "Lipid (g)", "Glucid (g)"]


@dataclass(frozen=True)
class FoodRow:
    food: Food
    net: float  # per child
    children: int

    @property
    def gross(self) -> float:
        return self.food.gross_grams(self.net)

    @property
    def quantity(self) -> float:
        return round(self.gross * self.children / self.food.unit_grams, 3)

    @property
    def amount(self) -> int | None:
        if self.food.price is None:
            return None
        return int((Decimal(str(self.quantity)) * self.food.price).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def nutrient(self, index: int) -> float:
        return (self.food.nutrients[index] or 0.0) * self.net / 100


def food_rows(group: GroupPortion) -> list[FoodRow]:
    """One row per food (a food in several dishes is summed), in menu order."""
    nets: dict[int, tuple[Food, float]] = {}
    for line in group.lines:
        food, net = nets.get(line.food.id, (line.food, 0.0))
        nets[line.food.id] = (food, net + line.net)
    return [FoodRow(food, net, group.children) for food, net in nets.values()]


def food_money(db: Database, day: dt.date, group: str, children: int) -> int | None:
    from kindergarten_desktop.meals.rates import rate_table

    rate = rate_table(db).on(group, day)
    return None if rate is None else rate.food * children


def load(db: Database, day: dt.date | None) -> DayPortion:
    if day is None:
        raise ReportError("reports.needs_date")
    portion = day_portion(db, day)
    if all(portion.groups[g].empty for g in GROUPS):
        raise ReportError("reports.no_menu", day=day)
    return portion


def _num(value: float, decimals: int = 1) -> str:
    return format_number(value, decimals)


def summary_rows(group: GroupPortion) -> list[tuple[str, str, str, str]]:
    """(measure, per child, norm, verdict) for the printed summary."""
    t, norm, verdicts = group.per_child, group.norm, group.verdicts

    def norm_text(measure: str, unit: str) -> str:
        if norm is None:
            return "—"
        low, high = norm.range(measure)
        return f"{_num(low, 0)}–{_num(high, 0)} {unit}"

    def verdict(measure: str) -> str:
        return VERDICT_VI.get(verdicts.get(measure, ""), "—")

    return [
        ("Năng lượng (kcal)", _num(t.energy), norm_text("energy", "kcal"), verdict("energy")),
        ("Protein (g) / % năng lượng", f"{_num(t.protein)} g / {_num(t.protein_pct)} %", norm_text("protein", "%"),
         verdict("protein")),
        ("Lipid (g) / % năng lượng", f"{_num(t.fat)} g / {_num(t.fat_pct)} %", norm_text("fat", "%"), verdict("fat")),
        ("Glucid (g) / % năng lượng", f"{_num(t.carbohydrate)} g / {_num(t.carbohydrate_pct)} %",
         norm_text("carbohydrate", "%"), verdict("carbohydrate")),
        ("Protein động vật / thực vật", _ratio(t.animal_protein_pct), "", ""),
        ("Lipid động vật / thực vật", _ratio(t.animal_fat_pct), "", ""),
        ("Canxi (mg)", _num(t.values["calcium_mg"]), "", ""),
        ("Sắt (mg)", _num(t.values["iron_mg"], 2), "", ""),
        ("Vitamin A (mcg)", _num(t.values["vitamin_a_mcg"]), "", ""),
        ("Vitamin B1 (mg)", _num(t.values["vitamin_b1_mg"], 2), "", ""),
        ("Vitamin C (mg)", _num(t.values["vitamin_c_mg"]), "", ""),
        *[(f"{meal_label(m.meal)} / nhu cầu cả ngày", f"{_num(m.energy)} kcal"
           + (f" / {_num(m.pct)} %" if m.pct is not None else ""),
           f"{_num(m.norm[0], 0)}–{_num(m.norm[1], 0)} %" if m.norm else "", VERDICT_VI.get(m.verdict, ""))
          for m in group.meal_shares()],
    ]


def _ratio(animal_pct: float) -> str:
    return f"{_num(animal_pct, 0)} % / {_num(100 - animal_pct, 0)} %"


def unknown_note(group: GroupPortion) -> str:
    if not group.unknown:
        return ""
    foods = sorted({f for names in group.unknown.values() for f in names})
    return ("Bảng thành phần thực phẩm không có số liệu (dấu gạch) của một số chất cho: " + ", ".join(foods)
            + "; được tính bằng 0.")


def _subtitle(day: dt.date, group: GroupPortion) -> str:
    return (f"{WEEKDAYS_VI[day.weekday()]}, ngày {format_date(day)} - Khối {group_label(group.group)} "
            f"({group.children} trẻ ăn)")


def menu_text(group: GroupPortion) -> list[tuple[str, str]]:
    from kindergarten_desktop.kitchen.menus import MenuLine

    lines = [MenuLine(ln.meal, ln.dish, ln.food.id, ln.net) for ln in group.lines]
    return [(meal_label(meal), ", ".join(dishes)) for meal, dishes in dishes_by_meal(lines).items()]


def posting_menu(db: Database, day: dt.date) -> tuple[list[tuple[str, str]], list[list[str]]] | None:
    """For the daily public posting: (age group, menu) rows and a nutrients table (header first),
    or None when the kitchen has no menu that day."""
    portion = day_portion(db, day)
    groups = [portion.groups[g] for g in GROUPS if not portion.groups[g].empty]
    if not groups:
        return None
    menus = [(group_label(g.group), "; ".join(f"{meal}: {dishes}" for meal, dishes in menu_text(g))) for g in groups]
    table = [["Khối", "Năng lượng (kcal)", "Protein g (%)", "Lipid g (%)", "Glucid g (%)", "Đánh giá"]]
    for g in groups:
        t = g.per_child
        outside = [m for m, v in g.verdicts.items() if v != "within"]
        table.append([group_label(g.group), _num(t.energy), f"{_num(t.protein)} ({_num(t.protein_pct)} %)",
                      f"{_num(t.fat)} ({_num(t.fat_pct)} %)", f"{_num(t.carbohydrate)} ({_num(t.carbohydrate_pct)} %)",
                      "Đạt định mức" if not outside else "Chưa đạt: " + ", ".join(MEASURE_VI[m] for m in outside)])
    return menus, table


MEASURE_VI = {"energy": "năng lượng", "protein": "protein", "fat": "lipid", "carbohydrate": "glucid"}


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    portion = load(db, params.date)
    check_progress(progress, 1, 3, "")
    if fmt == "csv":
        write_csv(portion, out_path)
    elif fmt == "xlsx":
        _xlsx(db, portion, out_path)
    else:
        _pdf(db, portion, out_path)
    check_progress(progress, 3, 3, "")


def csv_rows(portion: DayPortion) -> list[dict[str, object]]:
    rows = []
    for group in GROUPS:
        g = portion.groups[group]
        t: Totals = g.per_child
        values = (t.energy, t.protein, t.fat, t.carbohydrate, t.protein_pct, t.fat_pct, t.carbohydrate_pct)
        rows.append({"group": group, "children": g.children,
                     **{k: repr(round(v, 6)) for k, v in zip(CSV_COLUMNS[2:], values, strict=True)}})
    return rows


def write_csv(portion: DayPortion, out_path: Path) -> None:
    from kindergarten_desktop.formatting import csv_cell

    with Path(out_path).open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in csv_rows(portion))


def _food_table_rows(rows: list[FoodRow], *, excel: bool) -> list[list[object]]:
    out: list[list[object]] = []
    for i, r in enumerate(rows, 1):
        values = [r.net, r.gross, r.net * r.children / 1000, r.gross * r.children / 1000]
        nutrients = [r.nutrient(k) for k in range(4)]
        if excel:
            out.append([i, r.food.name, *(round(v, 3) for v in values), r.food.unit, r.quantity, r.food.price,
                        r.amount, *(round(v, 2) for v in nutrients)])
        else:
            out.append([i, r.food.name, _num(values[0]), _num(values[1]), _num(values[2], 2), _num(values[3], 2),
                        r.food.unit, _num(r.quantity, 2), money(r.food.price) if r.food.price is not None else "—",
                        money(r.amount) if r.amount is not None else "—", *(_num(v) for v in nutrients)])
    return out


def _money_lines(db: Database, day: dt.date, group: GroupPortion, rows: list[FoodRow]) -> list[tuple[str, str]]:
    cost = sum(r.amount or 0 for r in rows)
    income = food_money(db, day, group.group, group.children)
    lines = [("Tiền thực phẩm theo khẩu phần (giá mới nhất)", money(cost))]
    if income is None:
        lines.append(("Tiền ăn (phần thực phẩm)", "chưa có mức thu"))
    else:
        lines.append((f"Tiền ăn thu: {group.children} trẻ × mức thực phẩm", money(income)))
        diff = income - cost
        lines.append(("Thừa" if diff >= 0 else "Thiếu", money(abs(diff))))
    return lines


def _xlsx(db: Database, portion: DayPortion, out_path: Path) -> None:
    from kindergarten_desktop.reports import excel

    book = excel.Workbook(db)
    kinds = ("int", "text", "number", "number", "number", "number", "text", "number", "money", "money", "number",
             "number", "number", "number")
    for group in GROUPS:
        g = portion.groups[group]
        if g.empty:
            continue
        rows = food_rows(g)
        sheet = book.sheet(group_label(group), title=TITLE, subtitle=_subtitle(portion.day, g), landscape=True)
        totals = {"Thành tiền (đ)", "Năng lượng (kcal)", "Protein (g)", "Lipid (g)", "Glucid (g)"}
        sheet.table([excel.Column(h, k, total=h in totals) for h, k in zip(FOOD_HEADERS, kinds, strict=True)],
                    _food_table_rows(rows, excel=True), total_label="Cộng")
        for meal, dishes in menu_text(g):
            sheet.note(f"{meal}: {dishes}", column=2)
        for label, value in _money_lines(db, portion.day, g, rows):
            sheet.note(f"{label}: {value}", column=2, bold=True)
        if note := unknown_note(g):
            sheet.note(note, column=2, italic=True)
    summary = book.sheet("Tổng hợp", title=TITLE, subtitle=f"Ngày {format_date(portion.day)} - giá trị một trẻ")
    groups = [portion.groups[g] for g in GROUPS]
    columns = [excel.Column("Chỉ số"), excel.Column("Đơn vị"),
               *[excel.Column(f"{group_label(g.group)}", "number") for g in groups],
               *[excel.Column(f"Định mức {group_label(g.group).lower()}") for g in groups],
               *[excel.Column(f"Đánh giá {group_label(g.group).lower()}") for g in groups]]
    summary_rows: list[list[object]] = [[label, unit, *[_measure_value(g, key) for g in groups],
                                 *[_norm_text(g, key) for g in groups],
                                 *[VERDICT_VI.get(g.verdicts.get(key, ""), "") for g in groups]]
                                for key, label, unit in SUMMARY_MEASURES]
    shares = [{m.meal: m for m in g.meal_shares()} for g in groups]
    for meal in MEALS:
        if any(meal in own for own in shares):
            found = [own.get(meal) for own in shares]
            summary_rows.append([f"{meal_label(meal)} / nhu cầu cả ngày", "%",
                         *[round(m.pct, 6) if m and m.pct is not None else None for m in found],
                         *[f"{_num(m.norm[0], 0)}–{_num(m.norm[1], 0)}" if m and m.norm else "" for m in found],
                         *[VERDICT_VI.get(m.verdict, "") if m else "" for m in found]])
    table = summary.table(columns, summary_rows)
    for row in range(table.first_row, table.last_row + 1):  # the values as computed; shown with 2 decimals
        for column in (3, 4):
            summary.ws.cell(row, column).number_format = "0.00"
    book.save(out_path)


SUMMARY_MEASURES = (
    ("children", "Số trẻ ăn", "trẻ"), ("energy", "Năng lượng", "kcal"), ("protein_g", "Protein", "g"),
    ("fat_g", "Lipid", "g"), ("carbohydrate_g", "Glucid", "g"), ("protein", "Protein / năng lượng", "%"),
    ("fat", "Lipid / năng lượng", "%"), ("carbohydrate", "Glucid / năng lượng", "%"),
    ("animal_protein", "Protein động vật / protein", "%"), ("animal_fat", "Lipid động vật / lipid", "%"),
    ("calcium_mg", "Canxi", "mg"), ("iron_mg", "Sắt", "mg"), ("vitamin_a_mcg", "Vitamin A", "mcg"),
    ("vitamin_b1_mg", "Vitamin B1", "mg"), ("vitamin_c_mg", "Vitamin C", "mg"),
)


def _measure_value(group: GroupPortion, key: str) -> float | int:
    t = group.per_child
    if key == "children":
        return group.children
    special = {"energy": t.energy, "protein": t.protein_pct, "fat": t.fat_pct, "carbohydrate": t.carbohydrate_pct,
               "animal_protein": t.animal_protein_pct, "animal_fat": t.animal_fat_pct}
    return round(special[key] if key in special else t.values[key], 6)


def _norm_text(group: GroupPortion, key: str) -> str:
    if group.norm is None or key not in ("energy", "protein", "fat", "carbohydrate"):
        return ""
    low, high = group.norm.range(key)
    return f"{_num(low, 0)}–{_num(high, 0)}"


def _pdf(db: Database, portion: DayPortion, out_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Table, TableStyle

    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, number="…/KP-MN", date=portion.day, landscape=True)
    story: list = []
    first = True
    for group in GROUPS:
        g = portion.groups[group]
        if g.empty:
            continue
        if not first:
            story += doc.new_section()
        story += doc.heading(TITLE, _subtitle(portion.day, g), letterhead=first)
        first = False
        # Each numbered section stays with its heading (no heading alone at a page foot).
        story.append(KeepTogether([pdf.paragraph("1. Thực đơn", "heading"),
                                   doc.table(["Bữa", "Món ăn"], menu_text(g), widths=[1, 6])]))
        rows = food_rows(g)
        body = _food_table_rows(rows, excel=False)
        total = ["", "Cộng", "", "", "", "", "", "", "", money(sum(r.amount or 0 for r in rows)),
                 *(_num(sum(r.nutrient(k) for r in rows)) for k in range(4))]
        story.append(KeepTogether([
            pdf.paragraph("2. Định lượng, số lượng thực phẩm và tiền", "heading"),
            doc.table(FOOD_HEADERS, [*body, total], widths=[5, 30, 10, 10, 10, 10, 7, 10, 11, 13, 11, 9, 9, 9],
                      align=["center", "left", *["right"] * 4, "center", *["right"] * 7], total_rows=1,
                      font_size=8.5)]))
        # Section 3: the nutrients against the norms, and the day's food money beside them.
        gap = 6
        left_w, right_w = doc.width * 0.62 - gap / 2, doc.width * 0.38 - gap / 2
        summary = summary_rows(g)
        table = _narrow(doc, left_w).table(["Chỉ số (một trẻ)", "Đạt được", "Định mức (TT 28/2016)", "Đánh giá"],
                                           summary, widths=[3, 2, 2, 2], align=["left", "right", "center", "center"],
                                           font_size=9)
        shades = {"Đạt": colors.Color(0.85, 0.95, 0.85), "Thấp hơn định mức": colors.Color(1, 0.9, 0.8),
                  "Cao hơn định mức": colors.Color(1, 0.85, 0.85)}
        table.setStyle(TableStyle([("BACKGROUND", (3, i + 1), (3, i + 1), shades[row[3]])
                                   for i, row in enumerate(summary) if row[3] in shades]))
        money_table = _narrow(doc, right_w).table(["Tiền ăn trong ngày", "Số tiền (đ)"],
                                                  _money_lines(db, portion.day, g, rows), widths=[3, 1.4],
                                                  align=["left", "right"], font_size=9)
        sides = Table([[table, money_table]], colWidths=[left_w + gap / 2, right_w + gap / 2])
        sides.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), pdf.SERIF),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), gap),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
        section = [pdf.paragraph("3. Giá trị dinh dưỡng so với định mức và tiền ăn", "heading"), sides]
        if note := unknown_note(g):
            section.append(pdf.paragraph(note, "body_left"))
        story.append(KeepTogether(section))
        story += signatures(doc, [("NGƯỜI LẬP", staff_name(db, "cook")), ("KẾ TOÁN", staff_name(db, "accountant")),
                                  ("HIỆU TRƯỞNG", doc.head.principal_name)], room_mm=16)
    doc.build(out_path, story)


def _narrow(doc: OfficialDocument, width: float) -> OfficialDocument:
    """The document's table maker for a narrower column (its tables scale to ``doc.width``)."""
    import copy

    narrow = copy.copy(doc)
    narrow.width = width
    return narrow


KINDS = (
    ReportKind(
        name="nutrition",
        title=TITLE,
        formats=("pdf", "xlsx", "csv"),
        build=build,
        file_stem=lambda p: f"Khau phan an {p.date:%Y-%m-%d}",
        needs=("date",), accepts=("year",),
        description="The day's portion per age group: foods, net and gross grams, quantities, prices, nutrients "
                    "per child against the Thông tư 28 norms with the verdict, and the day's food money; CSV: one "
                    "row per age group with energy, macronutrients and their % of energy per child.",
    ),
)
