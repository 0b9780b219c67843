"""Import class lists from the Excel workbooks schools already keep.

The header row is found below any title rows by recognising the usual Vietnamese headers in
any order ("STT", "Họ và tên", "Ngày sinh", "Giới tính"/"Nam/Nữ", "Dân tộc", "Lớp", "Họ tên
bố/cha", "Họ tên mẹ", "SĐT", "Địa chỉ"); dates may be real Excel dates or dd/mm/yyyy text.
``preview_import`` reads and checks without writing; ``apply_import`` writes everything in one
transaction, and refuses while invalid rows remain unless told to skip them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import parse_date
from kindergarten_desktop.names import fold
from kindergarten_desktop.roster.children import ChildData, create_child, validate_child
from kindergarten_desktop.roster.classes import class_name_problem
from kindergarten_desktop.roster.ethnicities import normalize_ethnicity
from kindergarten_desktop.school import ensure_school_year, find_school_year, school_year_name

HEADER_SEARCH_ROWS = 20

# (field, pattern on the folded header text); the first match wins, so parents come before
# the child's own name ("Họ tên bố" also starts with "họ tên").
_HEADERS: list[tuple[str, re.Pattern[str]]] = [(f, re.compile(p)) for f, p in [
    ("stt", r"^(stt|tt|so tt|so thu tu)$"),
    ("phone", r"^(so )?(dien thoai|dt|sdt)\b|dien thoai"),
    ("father_name", r"\b(bo|cha)\b"),
    ("mother_name", r"\bme\b"),
    ("guardian_name", r"giam ho"),
    ("full_name", r"^(ho (va )?ten|ten tre|ho ten tre)"),
    ("sex_male", r"^nam$"),
    ("sex_female", r"^nu$"),
    ("sex", r"gioi tinh|^nam nu$|^gt$"),
    ("birth_date", r"ngay.*sinh|nam sinh|^sinh ngay"),
    ("ethnicity", r"dan toc"),
    ("class", r"^lop\b|^ten lop"),
    ("address", r"dia chi|noi o|cho o"),
]]

# Class names that tell their age group.
_GROUP_WORDS = [("nha tre", "nursery_25_36"), ("nt", "nursery_25_36"), ("mam", "age_3_4"), ("be", "age_3_4"),
                ("choi", "age_4_5"), ("nho", "age_4_5"), ("la", "age_5_6"), ("lon", "age_5_6")]
_GROUP_BY_AGE = {2: "nursery_25_36", 3: "age_3_4", 4: "age_4_5", 5: "age_5_6"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def recognise_header(text: str) -> str | None:
    folded = _norm(text)
    if not folded:
        return None
    for name, pattern in _HEADERS:
        if pattern.search(folded):
            return name
    return None


@dataclass
class ImportRow:
    row_number: int  # the spreadsheet's row number, as the user sees it
    data: ChildData
    class_name: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicate_of: int | None = None  # an existing child with the same name and birth date
    repeat_of_row: int | None = None  # an earlier row of the same file with the same name and birth date

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.repeat_of_row is not None

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    path: Path
    school_year: str
    header_row: int
    columns: dict[str, int]  # field -> column number (1-based)
    rows: list[ImportRow]
    new_classes: dict[str, str]  # class name -> guessed age group

    @property
    def invalid(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.valid]

    @property
    def to_add(self) -> list[ImportRow]:
        return [r for r in self.rows if r.valid and not r.is_duplicate]

    def problems(self) -> list[str]:
        return [f"Row {r.row_number}: {'; '.join(r.errors)}" for r in self.invalid]


class WorkbookError(ValueError):
    """The workbook cannot be imported; ``problems`` says why, row by row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", " ".join(str(value).split()))  # class names too, not only children


def _as_date(value: object) -> dt.date:
    """A real Excel date, an Excel serial number or dd/mm/yyyy text. Raises ValueError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        if 1 <= value < 100000:
            return from_excel(value).date()
    text = _cell_text(value)
    try:
        return parse_date(text)
    except ValueError:
        raise ValueError(f"date of birth '{text}' is not a date (dd/mm/yyyy)") from None


def _as_sex(text: str) -> int:
    folded = _norm(text)
    if folded in ("nam", "trai", "m", "male", "1", "x nam"):
        return 1
    if folded in ("nu", "gai", "f", "female", "2", "x nu"):
        return 2
    raise ValueError(f"sex '{text}' is neither Nam nor Nữ" if text else "sex is missing")


def guess_age_group(class_name: str, birth_years: list[int], start_year: int) -> str:
    words = _norm(class_name)
    for word, group in _GROUP_WORDS:
        if words == word or words.startswith(word + " ") or re.match(rf"^{word}\d", words):
            return group
    if birth_years:
        ages = sorted(start_year - y for y in birth_years)
        return _GROUP_BY_AGE.get(ages[len(ages) // 2], "mixed")
    return "mixed"


def _find_header(sheet) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (0, {})
    for row in sheet.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS):
        found: dict[str, int] = {}
        for cell in row:
            if isinstance(cell.value, str):
                name = recognise_header(cell.value)
                if name and name not in found:
                    found[name] = cell.column
        if "full_name" in found and len(found) > len(best[1]):
            best = (row[0].row, found)
    if not best[1] or len(best[1]) < 2:
        raise WorkbookError(["No header row found in the first 20 rows: a row needs a 'Họ và tên' column "
                            "and at least 'Ngày sinh' or 'Giới tính'"])
    return best


def _read_rows(path: Path) -> tuple[int, dict[str, int], list[tuple[int, dict[str, object]]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise WorkbookError([f"{path.name} cannot be read as an .xlsx workbook: {exc}"]) from None
    try:
        sheet = book.worksheets[0]
        header_row, columns = _find_header(sheet)
        # The "Ngày sinh" header often spans "Nam" and "Nữ" sub-columns on the next row.
        if "birth_date" in columns and "sex_male" not in columns:
            for row in sheet.iter_rows(min_row=header_row + 1, max_row=header_row + 1):
                if any(cell.value not in (None, "") and cell.column == columns["full_name"] for cell in row):
                    break  # a child's row, not a sub-header row
                taken = set(columns.values()) - {columns["birth_date"]}  # "Nam" sits under "Ngày sinh"
                for cell in row:
                    name = recognise_header(cell.value) if isinstance(cell.value, str) else None
                    if name in ("sex_male", "sex_female") and cell.column not in taken:
                        columns[name] = cell.column
        rows = []
        for row in sheet.iter_rows(min_row=header_row + 1, values_only=True):
            values = {name: row[col - 1] if col - 1 < len(row) else None for name, col in columns.items()}
            rows.append(values)
        numbered = [(header_row + 1 + i, values) for i, values in enumerate(rows)]
        return header_row, columns, numbered
    finally:
        book.close()


def _is_data(values: dict[str, object], has_stt: bool) -> bool:
    filled = {k for k, v in values.items() if _cell_text(v)}
    if not filled or filled <= {"stt"}:
        return False
    if all(recognise_header(_cell_text(values[k])) for k in filled):
        return False  # a sub-header row ("Nam" | "Nữ") or the header repeated on a second page
    if has_stt and not _cell_text(values.get("stt")):
        # Footers ("Tổng số: 30 cháu", signatures) have no STT and no birth date.
        return bool(_cell_text(values.get("birth_date")) or _cell_text(values.get("sex_male"))
                    or _cell_text(values.get("sex_female")))
    return True


def _parse_row(number: int, values: dict[str, object], default_class: str | None, start: dt.date) -> ImportRow:
    text = {k: _cell_text(v) for k, v in values.items()}
    errors = []
    data = ChildData(full_name=text.get("full_name", ""), address=text.get("address", ""),
                     father_name=text.get("father_name", ""), mother_name=text.get("mother_name", ""),
                     guardian_name=text.get("guardian_name", ""), enrolled_on=start)
    # Birth date and sex, possibly from the "Nam" / "Nữ" sub-columns holding the date.
    male, female = values.get("sex_male"), values.get("sex_female")
    birth_value = values.get("birth_date")
    sex_text = text.get("sex", "")
    if text.get("sex_male") or text.get("sex_female"):
        holder = male if text.get("sex_male") else female
        sex_text = "nam" if text.get("sex_male") else "nu"
        if _norm(_cell_text(holder)) not in ("x", "1", "v"):
            birth_value = holder if not text.get("birth_date") else birth_value
    if not _cell_text(birth_value):
        errors.append("date of birth is missing")
    else:
        try:
            data.birth_date = _as_date(birth_value)
        except ValueError as exc:
            errors.append(str(exc))
    try:
        data.sex = _as_sex(sex_text)
    except ValueError as exc:
        errors.append(str(exc))
    ethnicity = normalize_ethnicity(text.get("ethnicity", ""))
    if ethnicity is None:
        errors.append(f"ethnicity '{text.get('ethnicity')}' is not one of the 54 groups")
    else:
        data.ethnicity = ethnicity
    if ethnicity and ethnicity != "Kinh":
        data.flags.add("ethnic_minority")
    phone = text.get("phone", "")
    if data.mother_name or not data.father_name:
        data.mother_phone = phone
    else:
        data.father_phone = phone
    class_name = text.get("class") or (default_class or "")
    row = ImportRow(number, data, class_name, errors)
    if not class_name:
        row.errors.append("no class (fill the 'Lớp' column or choose a class)")
    elif problem := class_name_problem(class_name):
        row.errors.append(problem)
    return row


def preview_import(db: Database, path: Path, school_year: str, default_class: str | None = None) -> ImportPreview:
    """Read and check a workbook against the database; writes nothing."""
    from kindergarten_desktop.school import parse_school_year_name

    start_year = parse_school_year_name(school_year)
    year = find_school_year(db, school_year_name(start_year))
    start = year.start_date if year else dt.date(start_year, 9, 5)
    header_row, columns, raw = _read_rows(Path(path))
    has_stt = "stt" in columns
    rows = [_parse_row(n, values, default_class, start) for n, values in raw if _is_data(values, has_stt)]
    if not rows:
        raise WorkbookError([f"No children below the header row {header_row}"])
    existing_classes: dict[str, tuple[int, str]] = {}
    if year:
        for cid, name, group in db.execute("SELECT id, name, age_group FROM class WHERE school_year_id = ?",
                                           [year.id]):
            existing_classes[_norm(name)] = (cid, group)
    # Classes not in the database yet are created with an age group guessed from the name or ages.
    new_classes: dict[str, str] = {}
    for row in rows:
        key = _norm(row.class_name)
        if row.class_name and key not in existing_classes and row.class_name not in new_classes:
            births = [r.data.birth_date.year for r in rows if _norm(r.class_name) == key and r.data.birth_date]
            new_classes[row.class_name] = guess_age_group(row.class_name, births, start_year)
    known = {(fold(n), b): i for i, n, b in db.execute("SELECT id, full_name, birth_date FROM child")}
    seen: dict[tuple[str, dt.date | None], int] = {}
    for row in rows:
        # Every problem of the row at once (name, phones, age … next to the cells that could not be
        # read), so the user fixes the file in one pass.
        key = _norm(row.class_name)
        group = existing_classes[key][1] if key in existing_classes else new_classes.get(row.class_name)
        check = validate_child(row.data, group, start_year)
        if row.data.birth_date is None:  # the row already says why: missing or not a date
            check.errors.remove("Date of birth is missing")
        row.errors += check.errors
        row.warnings += check.warnings
        if row.errors:
            continue  # duplicates are looked for among importable rows only
        match = known.get((fold(row.data.full_name), row.data.birth_date and row.data.birth_date.isoformat()))
        if match is not None:
            row.duplicate_of = match
            row.warnings.append("likely duplicate: a child with the same name and date of birth is already "
                                "in the database (not added again)")
        twin = (fold(row.data.full_name), row.data.birth_date)
        if twin in seen:
            row.repeat_of_row = seen[twin]
            row.warnings.append(f"likely duplicate of row {seen[twin]} (same name and date of birth; "
                                "not added twice)")
        else:
            seen[twin] = row.row_number
    return ImportPreview(Path(path), school_year_name(start_year), header_row, columns, rows, new_classes)


@dataclass
class ImportResult:
    added: int
    skipped_invalid: int
    skipped_duplicates: int
    classes_created: list[str]


def apply_import(db: Database, preview: ImportPreview, skip_invalid: bool = False) -> ImportResult:
    """Write the preview's valid rows in one transaction: refused (nothing written) while
    invalid rows remain, unless ``skip_invalid``."""
    if preview.invalid and not skip_invalid:
        raise WorkbookError(preview.problems())
    created = []
    with db.atomic():
        year = ensure_school_year(db, int(preview.school_year[:4]))
        classes = {_norm(name): cid for cid, name in
                   db.execute("SELECT id, name FROM class WHERE school_year_id = ?", [year.id])}
        for row in preview.to_add:
            key = _norm(row.class_name)
            if key not in classes:
                classes[key] = db.insert("INSERT INTO class (school_year_id, name, age_group) VALUES (?, ?, ?)",
                                         [year.id, row.class_name, preview.new_classes.get(row.class_name, "mixed")])
                created.append(row.class_name)
            create_child(db, row.data, classes[key], row.data.enrolled_on or year.start_date)
    return ImportResult(len(preview.to_add), len(preview.invalid),
                        sum(1 for r in preview.rows if r.valid and r.is_duplicate), created)

