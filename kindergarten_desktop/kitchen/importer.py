"""Import menus from a spreadsheet: one row per ingredient, Vietnamese headers in any order,
title rows above the header allowed.

Columns: ``Ngày`` (a date or dd/mm/yyyy), ``Khối`` (Nhà trẻ / Mẫu giáo), ``Bữa`` (sáng, trưa,
chiều, phụ), ``Món ăn``, ``Mã thực phẩm`` and/or ``Thực phẩm`` (the code wins; a name must
match one catalogue name after Unicode NFC normalisation and case folding), ``Định lượng
(g/trẻ)`` (net grams per child). ``preview_import`` reads and checks, writing nothing; every bad
row is named with its spreadsheet row number and reason. ``apply_import`` writes in one
transaction, refusing while a row is bad unless told to skip bad rows; importing a day again
replaces that day's menu for that age group. Workbooks are streamed (openpyxl read-only)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError, message
from kindergarten_desktop.kitchen.catalogue import Food, FoodIndex, list_foods
from kindergarten_desktop.kitchen.menus import MenuLine, ensure_open, parse_grams, write_day_menu
from kindergarten_desktop.names import fold

HEADER_SEARCH_ROWS = 30
REQUIRED = ("day", "group", "meal", "dish", "grams")
HEADER_LABELS = {"day": "Ngày", "group": "Khối", "meal": "Bữa", "dish": "Món ăn",
                 "food": "Mã thực phẩm / Thực phẩm", "grams": "Định lượng (g/trẻ)"}
# (field, pattern on the folded header); the first match wins ("mã thực phẩm" before "thực phẩm").
_HEADERS = [(f, re.compile(p)) for f, p in [
    ("code", r"^(ma( so)?( thuc pham| tp)?|code)$"),
    ("grams", r"^(dinh luong|so gam|khoi luong|luong)\b"),
    ("food", r"^(ten )?(thuc pham|nguyen lieu|tp)$"),
    ("dish", r"^(ten )?mon( an)?$"),
    ("meal", r"^bua( an)?$"),
    ("group", r"^(khoi|nhom tuoi|do tuoi)\b"),
    ("day", r"^ngay\b"),
]]
_GROUP_WORDS = {"nha tre": "nursery", "nt": "nursery", "nursery": "nursery", "mau giao": "kindergarten",
                "mg": "kindergarten", "kindergarten": "kindergarten"}
_MEAL_WORDS = {"sang": "breakfast", "breakfast": "breakfast", "trua": "lunch", "lunch": "lunch",
               "chieu": "afternoon", "xe chieu": "afternoon", "afternoon": "afternoon", "phu": "snack",
               "snack": "snack", "xe": "snack"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def recognise_header(text: str) -> str | None:
    folded = _norm(text)
    for name, pattern in _HEADERS:
        if folded and pattern.search(folded):
            return name
    return None


@dataclass
class ImportRow:
    row_number: int
    day: dt.date | None = None
    group: str = ""
    meal: str = ""
    dish: str = ""
    food: Food | None = None
    grams: float = 0.0
    errors: list[AppError] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors

    def problem(self, lang: str | None = None) -> str:
        reasons = "; ".join(e.text(lang) for e in self.errors)
        return message("kitchen.row_problem", lang, row=self.row_number, reason=reasons)


@dataclass
class MenuImportPreview:
    path: Path
    header_row: int
    rows: list[ImportRow]
    replaced: set[tuple[dt.date, str]]  # (day, group) whose existing menu an import replaces

    @property
    def invalid(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.valid]

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.valid]

    def menus(self) -> dict[tuple[dt.date, str], list[MenuLine]]:
        found: dict[tuple[dt.date, str], list[MenuLine]] = {}
        for r in self.valid_rows:
            assert r.day is not None and r.food is not None
            found.setdefault((r.day, r.group), []).append(MenuLine(r.meal, r.dish, r.food.id, r.grams))
        return found

    def problems(self, lang: str | None = None) -> list[str]:
        return [r.problem(lang) for r in self.invalid]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", " ".join(str(value).split()))


def _rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    """(spreadsheet row number, cell values) of the first sheet, or of a CSV file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise AppError("kitchen.unreadable_file", name=path.name, reason=exc.strerror or str(exc)) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1258", errors="replace")  # "CSV" saved by an older Excel in Vietnamese Windows
        sample = text[:4096]
        delimiter = max((",", ";", "\t"), key=sample.count)
        for number, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), start=1):
            yield number, list(row)
        return
    if suffix not in (".xlsx", ".xlsm", ".xls"):
        raise AppError("kitchen.unsupported_file", suffix=suffix or path.name)
    from kindergarten_desktop.spreadsheets import SheetReader

    # The shared bounded reader: streams, never allocates by the declared sheet size, and says
    # "save it as .xlsx" / "remove the password" for old or protected files.
    for sheet_row in SheetReader(path).rows():
        yield sheet_row.number, list(sheet_row.values)


def _header(cells: list[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = recognise_header(_text(cell))
        if name and name not in found:
            found[name] = index
    return found


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from kindergarten_desktop.formatting import parse_date

    text = _text(value)
    try:
        return parse_date(text)
    except ValueError:
        raise AppError("kitchen.bad_date", value=text) from None


def _word(value: str, words: dict[str, str], code: str) -> str:
    """The code of a written group or meal: exact words first ('NT', 'Trưa'), then the first
    word(s) ('Nhà trẻ 25-36 tháng', 'Bữa phụ chiều')."""
    folded = re.sub(r"^bua ", "", _norm(value))
    if folded in words:
        return words[folded]
    for word, found in sorted(words.items(), key=lambda kv: -len(kv[0])):
        if len(word) > 2 and folded.startswith(word + " "):
            return found
    raise AppError(code, value=value)


def preview_import(db: Database, path: str | Path) -> MenuImportPreview:
    path = Path(path)
    index = FoodIndex(list_foods(db))
    rows_iter = _rows(path)
    header_row, columns = 0, {}
    best: dict[str, int] = {}
    for number, cells in rows_iter:
        found = _header(cells)
        if set(REQUIRED) <= set(found) and ({"code", "food"} & set(found)):
            header_row, columns = number, found
            break
        if len(found) > len(best):
            best = found
        if number >= HEADER_SEARCH_ROWS:
            break
    if not header_row:
        missing = [HEADER_LABELS[f] for f in (*REQUIRED, "food") if f not in best
                   and not (f == "food" and "code" in best)]
        raise AppError("kitchen.missing_columns", columns=", ".join(missing))
    rows: list[ImportRow] = []
    for number, cells in rows_iter:
        def cell(name: str, cells: list[object] = cells) -> object:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else None

        if not any(_text(c) for c in cells):
            continue
        row = ImportRow(number)
        checks = (
            ("day", lambda: _date(cell("day"))),
            ("group", lambda: _word(_text(cell("group")), _GROUP_WORDS, "kitchen.unknown_group")),
            ("meal", lambda: _word(_text(cell("meal")), _MEAL_WORDS, "kitchen.unknown_meal")),
            ("dish", lambda: _text(cell("dish")) or _raise(AppError("kitchen.no_dish"))),
            ("food", lambda: index.find(_text(cell("code")), _text(cell("food")))),
            ("grams", lambda: parse_grams(_grams_text(cell("grams")))),
        )
        for attribute, check in checks:
            try:
                setattr(row, attribute, check())
            except AppError as exc:
                row.errors.append(exc)
        if row.day is not None and not row.errors:
            try:
                ensure_open(db, row.day)
            except AppError as exc:
                row.errors.append(exc)
        rows.append(row)
    if not rows:
        raise AppError("kitchen.empty_file")
    preview = MenuImportPreview(path, header_row, rows, set())
    keys = set(preview.menus())
    if keys:
        days = sorted({d for d, _ in keys})
        existing = {(dt.date.fromisoformat(d), g) for d, g in db.execute(
            "SELECT DISTINCT day, age_group FROM menu_line WHERE day BETWEEN ? AND ?",
            [days[0].isoformat(), days[-1].isoformat()])}
        preview.replaced = keys & existing
    return preview


def _grams_text(value: object) -> object:
    """'60 g', '60g' -> '60' (a unit typed in the cell)."""
    if isinstance(value, str):
        return re.sub(r"\s*(g|gr|gam)\s*$", "", value.strip(), flags=re.IGNORECASE)
    return value


def _raise(exc: AppError) -> str:
    raise exc


@dataclass(frozen=True)
class ImportResult:
    menus: int  # (day, age group) menus written
    lines: int
    skipped: int  # bad rows left out


def apply_import(db: Database, preview: MenuImportPreview, *, skip_invalid: bool = False) -> ImportResult:
    if preview.invalid and not skip_invalid:
        raise AppError("kitchen.invalid_rows", count=len(preview.invalid))
    menus = preview.menus()
    with db.atomic():
        for (day, group), lines in menus.items():
            write_day_menu(db, day, group, lines)
    return ImportResult(len(menus), sum(len(v) for v in menus.values()), len(preview.invalid))
