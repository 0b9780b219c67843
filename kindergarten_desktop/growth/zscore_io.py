"""Batch WHO z-scores for a spreadsheet of measurements (.csv or .xlsx), as WHO Anthro's survey import.

Rows are parsed one by one (each may be wrong in its own way); the computation is one vectorised
call for the whole file. A bad row keeps its place with the reason in the ``error`` column.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import math
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kindergarten_desktop.errors import AppError, message
from kindergarten_desktop.growth.classify import COLUMNS, LABELS, classify
from kindergarten_desktop.growth.who import DAYS_PER_MONTH, HFA_BFA_2007_END_MONTHS, compute
from kindergarten_desktop.names import fold

SUFFIXES = (".csv", ".xlsx")
MAX_AGE_DAYS = HFA_BFA_2007_END_MONTHS * DAYS_PER_MONTH  # beyond 19 years (228 completed months)

# Input fields and the header names that mean them (compared after _normalise: accent-blind,
# lower case, punctuation as spaces).
ALIASES: dict[str, tuple[str, ...]] = {
    "sex": ("sex", "gender", "giới tính", "giới", "phái", "nam/nữ"),
    "age_days": ("age_days", "age in days", "tuổi (ngày)", "số ngày tuổi", "ngày tuổi"),
    "birth_date": ("birth_date", "dob", "date of birth", "birthdate", "ngày sinh", "ngày tháng năm sinh"),
    "visit_date": ("visit_date", "dov", "date of visit", "measure_date", "measurement date", "ngày cân",
                   "ngày đo", "ngày cân đo", "ngày khám"),
    "weight_kg": ("weight_kg", "weight", "cân nặng", "cân nặng (kg)", "cân nặng kg"),
    "height_cm": ("height_cm", "height", "length", "lenhei", "length/height", "chiều cao", "chiều cao (cm)",
                  "chiều dài", "chiều cao/chiều dài", "chiều dài/chiều cao"),
    "measure": ("measure", "position", "tư thế", "tư thế đo", "cách đo"),
    "oedema": ("oedema", "edema", "phù"),
}

OUTPUT_COLUMNS = (
    "age_days", "age_months", "height_adjusted_cm", "bmi", "waz", "haz", "whz", "baz",
    "waz_flag", "haz_flag", "whz_flag", "baz_flag",
    "wa_class", "ha_class", "wh_class", "wa_label", "ha_label", "wh_label", "error",
)

_SEX = {"1": 1, "2": 2, "m": 1, "f": 2, "male": 1, "female": 2, "boy": 1, "girl": 2, "nam": 1, "nu": 2,
        "trai": 1, "gai": 2, "b": 1, "g": 2}
_MEASURE = {"l": "l", "h": "h", "nam": "l", "dung": "h", "lying": "l", "standing": "h", "recumbent": "l",
            "length": "l", "height": "h"}
_YES = {"y", "yes", "1", "co", "x", "true"}
_NO = {"n", "no", "2", "khong", "false", "0"}


class InputError(AppError):
    """The input file cannot be used at all (codes in growth/messages.py)."""


class RowError(AppError):
    """One row cannot be computed; its text goes into the row's 'error' column."""


@dataclass
class Sheet:
    header: list[str]
    rows: list[list[Any]]
    delimiter: str = ","
    from_text: bool = True  # cells are all text (read from CSV), nothing to convert for CSV output
    ignored_cells: list[str] = field(default_factory=list)  # far cells skipped (spreadsheets.MAX_COLUMNS)
    # Columns this program wrote (numbers as text, codes, labels): never formula-like, so the CSV
    # writer skips its check there (a negative z-score "-1.23" would cost a regex per cell).
    own_columns: frozenset[int] = frozenset()


@dataclass
class Summary:
    rows: int
    computed: int
    errors: int
    error_rows: list[int] = field(default_factory=list)  # 1-based data row numbers
    ignored_cells: list[str] = field(default_factory=list)  # far cells of the input that were skipped


def _normalise(name: Any) -> str:
    text = fold(str(name or ""))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


_ALIAS_LOOKUP = {_normalise(alias): name for name, aliases in ALIASES.items() for alias in aliases}


# --- reading ---------------------------------------------------------------------------------------

def read_sheet(path: Path) -> Sheet:
    """The first sheet of an .xlsx or a .csv (UTF-8, or Windows-1258; comma, semicolon or tab),
    streamed with bounded memory (spreadsheets.SheetReader): a stray far cell cannot make the
    table huge. Blank rows inside the table keep their place; a run of more than
    ``MAX_BLANK_RUN`` blank rows is closed up (a stray cell far below the table)."""
    from kindergarten_desktop.spreadsheets import SheetReader, SpreadsheetError

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError("growth.file_type", path=path)
    try:
        reader = SheetReader(path)
        rows: list[list[Any]] = []
        last = 0
        for row in reader.rows():
            gap = row.number - last - 1
            if rows and 0 < gap <= MAX_BLANK_RUN:
                rows.extend([] for _ in range(gap))
            rows.append(row.values)
            last = row.number
    except SpreadsheetError as exc:  # in the user's language, saying what to do (.xls, password, ...)
        raise InputError(exc.code, **exc.params) from exc  # the same code: one text, both languages
    if not rows:
        raise InputError("growth.empty_file", path=path)
    start = _header_row(rows)
    header = ["" if v is None else str(v).strip() for v in rows[start]]
    data = rows[start + 1:]
    width = max([len(header)] + [len(r) for r in data])
    header += [f"column_{i + 1}" for i in range(len(header), width)]
    data = [r if len(r) == width else list(r) + [None] * (width - len(r)) for r in data]
    return Sheet(header, data, reader.delimiter, from_text=suffix == ".csv", ignored_cells=reader.ignored_cells)


MAX_BLANK_RUN = 100
HEADER_SEARCH_ROWS = 10


def _header_row(rows: list[list[Any]]) -> int:
    """Index of the header row: school sheets often put a title (and a blank line) above it, so
    the first of the first few rows naming the sex and a weight or height column; else row 0."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {_ALIAS_LOOKUP.get(_normalise(v)) for v in row if v is not None}
        if "sex" in fields and fields & {"weight_kg", "height_cm"}:
            return index
    return 0


def _blank(row: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


# --- parsing cells ---------------------------------------------------------------------------------

_UNITS = {"weight_kg": "kg", "height_cm": "cm"}


def parse_number(value: Any, what: str) -> float:
    """A number from a cell; NaN when empty. Accepts a decimal comma ('12,5')."""
    if value is None or isinstance(value, bool):
        if value is None:
            return math.nan
        raise RowError("growth.row_not_number", what=what, value=value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip()
        if not text:
            return math.nan
        unit = _UNITS.get(what)
        if unit and text.lower().endswith(unit):
            text = text[:-len(unit)].strip()  # '16,1 kg' typed with its unit in a weight column
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise RowError("growth.row_not_number", what=what, value=text) from None
    if not math.isfinite(number):
        raise RowError("growth.row_not_number", what=what, value=value)
    return number


_DATE_CACHE: dict[str, int] = {}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: Any, what: str) -> int | None:
    """A date cell (real Excel date, ISO 'yyyy-mm-dd' or 'dd/mm/yyyy') as a proleptic ordinal;
    None when empty."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    text = str(value).strip()
    if not text:
        return None
    cached = _DATE_CACHE.get(text)
    if cached is not None:
        return cached
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.match(text)
        if not match:
            raise RowError("growth.row_not_date", what=what, value=text)
        day, month, year = (int(g) for g in match.groups())
    try:
        ordinal = dt.date(year, month, day).toordinal()
    except ValueError:
        raise RowError("growth.row_bad_date", what=what, value=text) from None
    if len(_DATE_CACHE) < 100_000:
        _DATE_CACHE[text] = ordinal
    return ordinal


@lru_cache(maxsize=4096)
def _code(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return fold(str(value)).strip() if value is not None else ""


def parse_sex(value: Any) -> int:
    code = _code(value)
    if not code:
        raise RowError("growth.row_no_sex")
    if code not in _SEX:
        raise RowError("growth.row_bad_sex", value=value)
    return _SEX[code]


def parse_measure(value: Any) -> str | None:
    code = _code(value)
    if not code:
        return None
    if code not in _MEASURE:
        raise RowError("growth.row_bad_measure", value=value)
    return _MEASURE[code]


def parse_oedema(value: Any) -> bool:
    code = _code(value)
    if not code or code in _NO:
        return False
    if code in _YES:
        return True
    raise RowError("growth.row_bad_oedema", value=value)


# --- the whole file --------------------------------------------------------------------------------

def find_columns(header: list[str]) -> dict[str, int]:
    """Input field -> column index; raises InputError naming what is missing."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        field_name = _ALIAS_LOOKUP.get(_normalise(name))
        if field_name and field_name not in found:
            found[field_name] = index
    missing = []
    if "sex" not in found:
        missing.append("sex (giới tính)")
    if "age_days" not in found and not {"birth_date", "visit_date"} <= found.keys():
        missing.append("age_days, or birth_date (ngày sinh) and visit_date (ngày cân)")
    if "weight_kg" not in found and "height_cm" not in found:
        missing.append("weight_kg (cân nặng) or height_cm (chiều cao)")
    if missing:
        shown = ", ".join(f"'{h}'" for h in header if h) or "none"
        raise InputError("growth.missing_columns", missing="; ".join(missing), found=shown)
    return found


@dataclass
class _Parsed:
    sex: np.ndarray
    age: np.ndarray
    weight: np.ndarray
    height: np.ndarray
    measure: np.ndarray
    oedema: np.ndarray
    errors: list[str]


def _parse_column(values: list[Any], parse: Callable[[Any], Any], problems: dict[int, list[str]],
                  lang: str = "en") -> list[Any]:
    """parse() each cell; a RowError becomes that row's problem and the value None."""
    out: list[Any] = []
    append = out.append
    for i, value in enumerate(values):
        try:
            append(parse(value))
        except RowError as exc:
            problems.setdefault(i, []).append(exc.text(lang))
            append(None)
    return out


def _parse_numbers(values: list[Any], what: str, problems: dict[int, list[str]], lang: str = "en") -> list[Any]:
    """parse_number() over a column, with one vectorised conversion when every cell is a plain
    number ('14.3', 14.3): a 100,000-row file spends most of its time here otherwise."""
    numbers = None
    if not any(isinstance(v, bool) for v in values):  # TRUE/FALSE cells are refused, not 1.0/0.0
        try:
            numbers = np.asarray(values, dtype=float)
        except (ValueError, TypeError):
            pass
    if numbers is not None and numbers.ndim == 1 and np.isfinite(numbers).all():
        return numbers.tolist()
    return _parse_column(values, lambda v: parse_number(v, what), problems, lang)  # exact, cell by cell


def _parse_rows(rows: list[list[Any]], cols: dict[str, int], lang: str = "en") -> _Parsed:
    """Every row parsed; a row's problems are written in ``lang`` (the output's label language)."""
    n = len(rows)

    def column(name: str) -> list[Any]:
        index = cols.get(name)
        return [None] * n if index is None else [row[index] for row in rows]

    problems: dict[int, list[str]] = {}
    sex = _parse_column(column("sex"), parse_sex, problems, lang)
    triples = list(zip(column("age_days"), column("birth_date"), column("visit_date"), strict=True))
    age = _parse_column(triples, lambda t: _age_days(*t), problems, lang)
    weight = _parse_numbers(column("weight_kg"), "weight_kg", problems, lang)
    height = _parse_numbers(column("height_cm"), "height_cm", problems, lang)
    measure = _parse_column(column("measure"), parse_measure, problems, lang)
    oedema = _parse_column(column("oedema"), parse_oedema, problems, lang)
    for i, (w, h) in enumerate(zip(weight, height, strict=True)):
        if w is not None and w <= 0:
            problems.setdefault(i, []).append(
                message("growth.row_not_positive", lang, what="weight_kg", value=f"{w:g}"))
        if h is not None and h <= 0:
            problems.setdefault(i, []).append(
                message("growth.row_not_positive", lang, what="height_cm", value=f"{h:g}"))
        if w is not None and h is not None and w != w and h != h:  # both NaN: nothing measured
            problems.setdefault(i, []).append(message("growth.row_nothing_measured", lang))
    errors = [""] * n
    blank = [i for i, row in enumerate(rows) if _blank(row)]
    for i in blank:  # an empty line is kept empty, without an error
        problems.pop(i, None)
    for i, messages in problems.items():
        errors[i] = "; ".join(messages)
        sex[i] = age[i] = None
    age_array = np.array(age, dtype=float)
    age_array[blank] = np.nan
    return _Parsed(np.array(sex, dtype=float), age_array, np.array(weight, dtype=float),
                   np.array(height, dtype=float), np.array(measure, dtype=object),
                   np.array([bool(o) for o in oedema]), errors)


def _age_days(age_days: Any, birth: Any, visit: Any) -> float:
    days = parse_number(age_days, "age_days")
    if math.isnan(days):
        born = parse_date(birth, "birth_date")
        seen = parse_date(visit, "visit_date")
        if born is None or seen is None:
            raise RowError("growth.row_no_age")
        days = float(seen - born)
        if days < 0:
            raise RowError("growth.row_visit_before_birth")
    elif days < 0:
        raise RowError("growth.row_negative_age", value=f"{days:g}")
    if days >= MAX_AGE_DAYS:
        raise RowError("growth.row_too_old", years=f"{days / DAYS_PER_MONTH / 12:.1f}")
    return days


def _texts(values: list[float], digits: int | None, decimal: str) -> list[str]:
    """Numbers as text with ``digits`` decimals (None: at most 2, trailing zeros dropped); NaN -> ""."""
    if digits is None:
        texts = [f"{v:.2f}".rstrip("0").rstrip(".") if v == v else "" for v in values]
    else:
        texts = [f"{v:.{digits}f}" if v == v else "" for v in values]
    return texts if decimal == "." else [t.replace(".", decimal) for t in texts]


def process(sheet: Sheet, *, labels: str = "vi", numbers_as_text: bool = True) -> tuple[Sheet, Summary]:
    """The output sheet: every input column unchanged, then OUTPUT_COLUMNS (an input column with one
    of those names is replaced in place, so a result file can be processed again)."""
    cols = find_columns(sheet.header)
    parsed = _parse_rows(sheet.rows, cols, "en" if labels == "en" else "vi")
    res = compute(parsed.sex, parsed.age, parsed.weight, parsed.height, parsed.measure, oedema=parsed.oedema)
    cats = classify(res)
    ok = np.isfinite(parsed.age)
    n = len(sheet.rows)
    decimal = "," if numbers_as_text and sheet.delimiter == ";" else "."
    label_index = 0 if labels == "vi" else 1

    def number_column(values: np.ndarray, digits: int | None) -> list[Any]:
        """Numbers for .xlsx (None when empty), text for .csv; digits None = at most 2 decimals."""
        floats: list[float] = np.where(ok, values, np.nan).tolist()
        if not numbers_as_text:
            return [None if math.isnan(v) else round(v, 2 if digits is None else digits) for v in floats]
        return _texts(floats, digits, decimal)

    out: dict[str, list[Any]] = {
        "age_days": number_column(parsed.age, None),
        "age_months": number_column(res["age_months"], 2),
        "height_adjusted_cm": number_column(res["height_adjusted"], None),
        "bmi": number_column(res["bmi"], 2),
    }
    for key in ("waz", "haz", "whz", "baz"):
        out[key] = number_column(res[key], 2)
    empty = "" if numbers_as_text else None
    for key in ("waz", "haz", "whz", "baz"):
        defined = (ok & np.isfinite(res[key])).tolist()
        flags = res[f"{key}_flag"].tolist()
        out[f"{key}_flag"] = [(str(f) if numbers_as_text else f) if d else empty
                              for f, d in zip(flags, defined, strict=True)]
    for column in COLUMNS:
        codes = [c if good else "" for c, good in zip(cats[column].tolist(), ok.tolist(), strict=True)]
        out[f"{column}_class"] = codes
        out[f"{column}_label"] = [LABELS[c][label_index] for c in codes]
    out["error"] = parsed.errors

    header = list(sheet.header)
    existing = {h.strip().lower(): i for i, h in reversed(list(enumerate(header)))}
    replaced = {name: existing[name] for name in OUTPUT_COLUMNS if name in existing}
    appended = [name for name in OUTPUT_COLUMNS if name not in replaced]
    header += appended
    tails = zip(*(out[name] for name in appended), strict=True) if appended else ([] for _ in sheet.rows)
    rows = [[*row, *tail] for row, tail in zip(sheet.rows, tails, strict=True)]
    for name, index in replaced.items():  # a result file processed again: refresh in place
        for row, value in zip(rows, out[name], strict=True):
            row[index] = value
    error_rows = [i + 1 for i, e in enumerate(parsed.errors) if e]
    summary = Summary(rows=n, computed=int(ok.sum()), errors=len(error_rows), error_rows=error_rows)
    # The error column quotes input text back: it stays checked like the input's columns.
    positions = {**replaced, **{name: len(sheet.header) + i for i, name in enumerate(appended)}}
    own = frozenset(index for name, index in positions.items() if name != "error")
    return Sheet(header, rows, sheet.delimiter, from_text=sheet.from_text and numbers_as_text,
                 own_columns=own), summary


# --- writing ---------------------------------------------------------------------------------------

def write_sheet(path: Path, sheet: Sheet) -> None:
    """Write .csv (UTF-8 with BOM, so Excel shows Vietnamese) or .xlsx to a temporary file in the
    same folder, then rename it over ``path``: a failure never leaves a half-written file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError("growth.output_type", path=path)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=suffix)
    os.close(handle)
    temp = Path(temp_name)
    try:
        if suffix == ".csv":
            _write_csv(temp, sheet)
        else:
            _write_xlsx(temp, sheet)
        os.chmod(temp, _file_mode(path))  # mkstemp makes the file private; give it the usual mode
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _cell_text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_csv(path: Path, sheet: Sheet) -> None:
    """Every text cell through formatting.csv_cell: a name like "=HYPERLINK(...)" stays text."""
    from kindergarten_desktop.formatting import csv_cell

    checked = [i for i in range(len(sheet.header)) if i not in sheet.own_columns]

    def safe(row: list[Any]) -> list[Any]:
        cells = list(row) if sheet.from_text else [_cell_text(v) for v in row]
        for i in checked:
            if i < len(cells):
                cells[i] = csv_cell(cells[i])
        return cells

    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=sheet.delimiter)
        writer.writerow([csv_cell(v) for v in sheet.header])
        writer.writerows(safe(row) for row in sheet.rows)


def _write_xlsx(path: Path, sheet: Sheet) -> None:
    """Strings are written as text cells, never as formulas (whatever they start with)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet("z-scores")

    def cells(values: list[Any]) -> list[Any]:
        out: list[Any] = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(worksheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                cell.data_type = "s"  # openpyxl would take "=..." for a formula
                out.append(cell)
            else:
                out.append(value)
        return out

    worksheet.append(cells(list(sheet.header)))
    for row in sheet.rows:
        worksheet.append(cells(list(row)))
    workbook.save(path)


def convert(input_path: Path, output_path: Path, *, labels: str = "vi") -> Summary:
    """Read, compute, write. Raises InputError (nothing written) when the input cannot be used."""
    output_path = Path(output_path)
    if output_path.suffix.lower() not in SUFFIXES:
        raise InputError("growth.output_type", path=output_path)
    if not output_path.parent.is_dir():
        raise InputError("growth.no_output_folder", path=output_path.parent)
    sheet = read_sheet(Path(input_path))
    result, summary = process(sheet, labels=labels, numbers_as_text=output_path.suffix.lower() == ".csv")
    if output_path.suffix.lower() == ".xlsx":
        result.rows = [[_excel_value(v) for v in row] for row in result.rows]
    write_sheet(output_path, result)
    summary.ignored_cells = sheet.ignored_cells
    return summary


def _excel_value(value: Any) -> Any:
    # Empty strings from CSV input would become text cells; Excel shows an empty cell for None.
    return None if value == "" else value
