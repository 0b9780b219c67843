"""Import class lists from the Excel workbooks schools already keep.

A school's list (.xlsx, or .csv) has a title block ("DANH SÁCH TRẺ LỚP MẪU GIÁO LỚN A1", "Năm học 2025-2026"), a
header row with the usual Vietnamese headers in any order ("STT", "Họ và tên", "Ngày sinh",
"Giới tính"/"Nam/Nữ", "Dân tộc", "Lớp", "Họ tên cha", "Họ tên mẹ", "Họ tên cha/mẹ", "SĐT",
"Địa chỉ"), the children, then a footer ("Tổng số: 12 cháu", place and date, "GIÁO VIÊN CHỦ
NHIỆM" and the signatures) which ends the list. The class and the school year come from the title
when there is no class column and none is given; given ones must agree with the title.

``read_sheet`` reads a workbook once, through the shared bounded reader (``spreadsheets``);
``preview_import`` checks it against the database and writes nothing; ``apply_import`` writes
everything in one transaction (new children, and children already in the database enrolled in the
imported class for that year), refusing while invalid rows remain unless told to skip them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.months import first_day, next_month
from kindergarten_desktop.names import fold
from kindergarten_desktop.roster.age_groups import class_sort_key
from kindergarten_desktop.roster.children import ChildData, create_children, validate_child
from kindergarten_desktop.roster.classes import class_name_problem
from kindergarten_desktop.roster.errors import RosterError, RowProblems, WorkbookError
from kindergarten_desktop.roster.ethnicities import normalize_ethnicity
from kindergarten_desktop.roster.movements import enrol, history
from kindergarten_desktop.school import ensure_school_year, find_school_year, school_year_name

HEADER_SEARCH_ROWS = 20

# (field, pattern on the folded header text); the first match wins, so a combined parent column
# comes before the father's, and parents before the child's own name ("Họ tên bố" starts with "họ tên").
_HEADERS: list[tuple[str, re.Pattern[str]]] = [(f, re.compile(p)) for f, p in [
    ("stt", r"^(stt|tt|so tt|so thu tu)$"),
    ("phone", r"^(so )?(dien thoai|dt|sdt)\b|dien thoai"),
    ("parent_name", r"\b(bo|cha)\b.*\bme\b|\bphu huynh\b|^cha me\b|^bo me\b"),
    ("father_name", r"\b(bo|cha)\b"),
    ("mother_name", r"\bme\b"),
    ("guardian_name", r"giam ho"),
    # Exports of the education ministry's systems split the name: "Họ và tên đệm" | "Tên".
    ("family_name", r"^ho (va )?(ten )?dem$|^ho dem$|^ho va chu lot$"),
    ("given_name", r"^ten$"),
    ("full_name", r"^(ho (va )?ten|ten tre|ho ten tre)"),
    ("sex_male", r"^nam$"),
    ("sex_female", r"^nu$"),
    ("sex", r"gioi tinh|^nam nu$|^gt$"),
    ("birth_date", r"ngay.*sinh|nam sinh|^sinh ngay"),
    ("ethnicity", r"dan toc"),
    ("class", r"^lop\b|^ten lop"),
    ("address", r"dia chi|noi o|cho o"),
]]

# Words of a class name or title that tell the age group (folded, as whole words).
_GROUP_PHRASES: list[tuple[str, str]] = [
    ("lop ghep", "mixed"), ("ghep", "mixed"),
    ("mau giao lon", "age_5_6"), ("mgl", "age_5_6"), ("la", "age_5_6"), ("lon", "age_5_6"),
    ("5 6 tuoi", "age_5_6"),
    ("mau giao nho", "age_4_5"), ("mgn", "age_4_5"), ("choi", "age_4_5"), ("nho", "age_4_5"),
    ("4 5 tuoi", "age_4_5"),
    ("mau giao be", "age_3_4"), ("mgb", "age_3_4"), ("mam", "age_3_4"), ("be", "age_3_4"),
    ("3 4 tuoi", "age_3_4"),
    ("3 12 thang", "nursery_3_12"), ("6 12 thang", "nursery_3_12"),
    ("12 24 thang", "nursery_13_24"), ("13 24 thang", "nursery_13_24"), ("18 24 thang", "nursery_13_24"),
    ("24 36 thang", "nursery_25_36"), ("25 36 thang", "nursery_25_36"),
    ("nha tre", "nursery"), ("nt", "nursery"),
    ("5 tuoi", "age_5_6"), ("4 tuoi", "age_4_5"), ("3 tuoi", "age_3_4"),  # after the "3 4 tuoi" ranges
]
_GROUP_BY_AGE = {0: "nursery_13_24", 1: "nursery_13_24", 2: "nursery_25_36", 3: "age_3_4", 4: "age_4_5",
                 5: "age_5_6"}

# A row whose text matches one of these ends the list: totals, the place-and-date line, signatures.
_FOOTER = re.compile(
    r"^(tong so|tong cong|danh sach (nay )?(co|gom))\b|^(tong|cong)( \d.*)?$"
    r"|\bngay\b.{0,12}\bthang\b.{0,12}\bnam\b"
    r"|giao vien chu nhiem|\bgvcn\b|hieu truong|nguoi lap|xac nhan|ky.{0,4}ghi ro ho ten|\bky ten\b"
    r"|ban giam hieu")
# Abbreviations kept in capitals when an all-capitals title is turned into a class name.
_ABBREVIATIONS = {"mgl", "mgn", "mgb", "mg", "nt"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def same_name(a: str, b: str) -> bool:
    """Class names equal but for case, accents and punctuation ("LÁ 1" and "Lá 1")."""
    return _norm(a) == _norm(b)


def recognise_header(text: str) -> str | None:
    folded = _norm(text)
    if not folded:
        return None
    for name, pattern in _HEADERS:
        if pattern.search(folded):
            return name
    return None


@dataclass
class TitleInfo:
    """What the title block above the header says."""

    class_name: str | None = None
    school_year: str | None = None  # "2025-2026"
    age_group: str | None = None


@dataclass
class Sheet:
    """A workbook's first sheet as read: title, header, and the rows of children (numbered as the
    user sees them in the spreadsheet)."""

    path: Path
    title: TitleInfo
    header_row: int
    columns: dict[str, int]  # field -> column number (1-based)
    rows: list[tuple[int, dict[str, object]]]


@dataclass
class ImportRow:
    row_number: int  # the spreadsheet's row number, as the user sees it
    data: ChildData
    class_name: str
    errors: list[RosterError] = field(default_factory=list)
    warnings: list[RosterError] = field(default_factory=list)
    existing_id: int | None = None  # a child in the database with the same name and birth date
    enrol_reason: str | None = None  # how an existing child is enrolled: 'new', 'promotion', 'return'
    already_in_class: str | None = None  # an existing child already in a class of that year: not moved
    repeat_of_row: int | None = None  # an earlier row of the same file with the same name and birth date

    @property
    def duplicate_of(self) -> int | None:
        return self.existing_id

    @property
    def is_duplicate(self) -> bool:
        return self.existing_id is not None or self.repeat_of_row is not None

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def skipped(self) -> bool:
        """Valid but left out: a repeat inside the file, or a child already in a class that year."""
        return self.valid and (self.repeat_of_row is not None or self.already_in_class is not None)


@dataclass
class ImportPreview:
    path: Path
    school_year: str
    header_row: int
    columns: dict[str, int]
    rows: list[ImportRow]
    new_classes: dict[str, str]  # class name -> guessed age group
    title: TitleInfo = field(default_factory=TitleInfo)
    class_name: str | None = None  # the class of rows without a class column value
    starts_on: dt.date | None = None  # the enrolments' first day
    start_moved: bool = False  # after the year's first day: earlier months are closed

    @property
    def invalid(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.valid]

    @property
    def to_add(self) -> list[ImportRow]:
        """New children."""
        return [r for r in self.rows if r.valid and not r.skipped and r.existing_id is None]

    @property
    def to_enrol(self) -> list[ImportRow]:
        """Children already in the database, enrolled in the imported class for that year."""
        return [r for r in self.rows if r.valid and not r.skipped and r.existing_id is not None]

    @property
    def skipped(self) -> list[ImportRow]:
        return [r for r in self.rows if r.skipped]

    def problems(self) -> list[RosterError]:
        return [RowProblems(r.row_number, r.errors) for r in self.invalid]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", " ".join(str(value).split()))  # class names too, not only children


# --- dates ------------------------------------------------------------------------------------

_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")
OLDEST_YEARS = 8  # a two-digit year is read only when it gives a child younger than this


def parse_birth_date(value: object, start_year: int) -> dt.date:
    """A real Excel date, an Excel serial number, or text dd/mm/yyyy (also '.', '-'), yyyy-mm-dd or
    dd/mm/yy when the year gives a plausible age on the school year's start. Raises RosterError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1900 <= value <= 2100 and float(value).is_integer():
            raise RosterError("roster.birth_year_only", text=_cell_text(value))
        from openpyxl.utils.datetime import from_excel

        if 1 <= value < 100000:
            return from_excel(value).date()
    text = _cell_text(value)
    if m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += 2000
            if not 0 <= start_year - year <= OLDEST_YEARS:
                raise RosterError("roster.birth_two_digit_year", text=text)
    elif m := _YMD.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif re.fullmatch(r"(19|20)\d\d", text):
        raise RosterError("roster.birth_year_only", text=text)
    else:
        raise RosterError("roster.birth_not_a_date", text=text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise RosterError("roster.birth_no_such_day", text=text) from None


def _as_sex(text: str) -> int:
    folded = _norm(text)
    if folded in ("nam", "trai", "m", "male", "1", "x nam"):
        return 1
    if folded in ("nu", "gai", "f", "female", "2", "x nu"):
        return 2
    raise RosterError("roster.sex_not_read", text=text) if text else RosterError("roster.sex_missing")


# --- class names and age groups -------------------------------------------------------------

def group_from_words(text: str) -> str | None:
    """The age group a class name or title names ('MGL A1', 'Lớp Lá 2', 'Mẫu giáo nhỡ B',
    'Nhà trẻ 24-36 tháng'), 'nursery' for a nursery of unstated ages, or None."""
    words = f" {_norm(text)} "
    for phrase, group in _GROUP_PHRASES:
        if f" {phrase} " in words:
            if group == "nursery":
                for months, code in (("3 12", "nursery_3_12"), ("6 12", "nursery_3_12"),
                                     ("13 24", "nursery_13_24"), ("12 24", "nursery_13_24")):
                    if f" {months} " in words:
                        return code
            return group
    return None


def guess_age_group(class_name: str, birth_years: list[int], start_year: int) -> str:
    group = group_from_words(class_name)
    ages = sorted(start_year - y for y in birth_years)
    by_age = _GROUP_BY_AGE.get(ages[len(ages) // 2]) if ages else None
    if group == "nursery":
        return by_age if by_age and by_age.startswith("nursery") else "nursery_25_36"
    return group or by_age or "mixed"


def tidy_class_name(text: str) -> str:
    """'MẪU GIÁO LỚN A1' -> 'Mẫu giáo lớn A1'; a name not in capitals stays as written."""
    text = _cell_text(text).strip(" .:-–")
    if not text or text != text.upper():
        return text
    words = []
    for i, word in enumerate(text.split()):
        if any(c.isdigit() for c in word) or len(word) == 1 or _norm(word) in _ABBREVIATIONS:
            words.append(word)
        else:
            words.append(word.capitalize() if i == 0 else word.lower())
    return " ".join(words)


_YEAR = re.compile(r"nam hoc\s*:?\s*(\d{4})\s*-\s*(\d{2,4})")
_CLASS_IN_TITLE = re.compile(r"(?:^|\s)L[ỚớOo]P\s*[:.]?\s+(.+)$", re.IGNORECASE)
# "DANH SÁCH TRẺ MẪU GIÁO LỚN A1" (no "LỚP"): the rest names the class when it names an age group.
_LIST_OF_GROUP = re.compile(r"^\s*DANH\s+S[ÁáAa]CH\s+(?:TR[ẺẻEe](?:\s+EM)?|H[ỌọOo]C\s+SINH|CH[ÁáAa]U)\s+(.+)$",
                            re.IGNORECASE)
_CLASS_ENDS = re.compile(r"\s*(?:[-–,;(]\s*)?(?:N[ĂăAa]M\s+H[ỌọOo]C|GVCN|GI[ÁáAa]O\s+VI[ÊêEe]N|S[ĨĩIi]\s+S[ỐốOo]|"
                         r"SĨ SỐ)\b.*$", re.IGNORECASE)


def read_title(lines: list[str]) -> TitleInfo:
    """Class, school year and age group from the title block's lines."""
    info = TitleInfo()
    for line in lines:
        folded = _norm(line.replace("–", "-"))
        year = _YEAR.search(fold(line).replace("–", "-"))
        if year and info.school_year is None:
            start, end = int(year.group(1)), int(year.group(2))
            if end % 100 == (start + 1) % 100:
                info.school_year = school_year_name(start)
        if info.class_name is None and "truong" not in folded.split()[:2]:
            match = _CLASS_IN_TITLE.search(line) or _LIST_OF_GROUP.search(line)
            if match and re.search(r"\b(giao vien|gv|co giao|si so)\b", _norm(line[:match.start(1)])):
                match = None  # "Giáo viên lớp: Nguyễn Thị Hoa", "Sĩ số lớp: 30": not the class
            if match:
                name = tidy_class_name(_CLASS_ENDS.sub("", match.group(1)))
                if name and not re.fullmatch(r"[\d\s./-]*", name) and not _norm(name).startswith("khoi") and (
                        match.re is _CLASS_IN_TITLE or group_from_words(name)):  # "KHỐI LÁ": a group, no class
                    info.class_name = name
    if info.class_name:
        group = group_from_words(info.class_name)
        info.age_group = None if group == "nursery" else group
    return info


# --- reading ----------------------------------------------------------------------------------

def _find_header(rows: list[tuple[int, list[Any]]]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (0, {})
    for number, row in rows:
        if number > HEADER_SEARCH_ROWS:
            break
        found: dict[str, int] = {}
        for col, value in enumerate(row, start=1):
            if isinstance(value, str):
                name = recognise_header(value)
                if name and name not in found:
                    found[name] = col
        if "family_name" in found and "given_name" in found and "full_name" not in found:
            found["full_name"] = found["given_name"]
        if "full_name" in found and len(found) > len(best[1]):
            best = (number, found)
    if not best[1] or len(best[1]) < 2:
        raise WorkbookError([RosterError("roster.header_not_found", rows=HEADER_SEARCH_ROWS)])
    return best


def _row_text(row: list[Any]) -> list[str]:
    return [t for t in (_cell_text(v) for v in row) if t]


def _sheets(path: Path) -> Iterator[list[tuple[int, list[Any]]]]:
    """Each worksheet's rows (number, values), read through the shared bounded reader, which also
    explains an old .xls, a password or a file that is no workbook (SpreadsheetError)."""
    from kindergarten_desktop.spreadsheets import SheetReader, SpreadsheetError

    index = 0
    while True:
        try:
            reader = SheetReader(path, sheet=index)
            yield [(row.number, row.values) for row in reader.rows()]
        except SpreadsheetError as exc:
            if exc.code == "spreadsheets.no_sheet" and index:
                return
            raise WorkbookError([exc]) from None
        if reader.kind == "csv":
            return
        index += 1


def read_sheet(path: Path) -> Sheet:
    """Read the first sheet that has a header row (.xlsx, or .csv): title block, header row (with
    "Nam"/"Nữ" sub-columns under the birth date or the sex), and the rows of children up to the
    footer. Raises WorkbookError."""
    path = Path(path)
    # The first sheet with a header row: a workbook may open on a cover or instructions sheet.
    found: tuple[list[tuple[int, list[Any]]], int, dict[str, int]] | None = None
    first_problem: WorkbookError | None = None
    for sheet_rows in _sheets(path):
        try:
            found = (sheet_rows, *_find_header(sheet_rows))
            break
        except WorkbookError as exc:
            first_problem = first_problem or exc
    if found is None:
        raise first_problem or WorkbookError([RosterError("roster.header_not_found", rows=HEADER_SEARCH_ROWS)])
    all_rows, header_row, columns = found
    title = read_title([" ".join(_row_text(r)) for n, r in all_rows if n < header_row])
    below = [(n, r) for n, r in all_rows if n > header_row]
    sub = below[0][1] if below and below[0][0] == header_row + 1 else None
    name_col = columns["full_name"]
    if sub is not None and len(sub) >= name_col and _cell_text(sub[name_col - 1]):
        sub = None  # a child's row, not the second row of a two-row header
    # The "Ngày sinh" (or "Giới tính") header often spans "Nam" and "Nữ" sub-columns on the next row.
    if ("birth_date" in columns or "sex" in columns) and "sex_male" not in columns and sub is not None:
        taken = set(columns.values()) - {columns.get("birth_date"), columns.get("sex")}
        for col, value in enumerate(sub, start=1):
            name = recognise_header(value) if isinstance(value, str) else None
            if name in ("sex_male", "sex_female") and col not in taken:
                columns[name] = col
                if columns.get("sex") == col or (name == "sex_female" and "sex" in columns
                                                 and columns["sex"] == col - 1):
                    columns.pop("sex", None)  # "Giới tính" was the title over "Nam" | "Nữ"
    if sub is not None:
        _second_header_row(columns, sub)
    rows: list[tuple[int, dict[str, object]]] = []
    for number, row in below:
        texts = _row_text(row)
        if any(_FOOTER.search(_norm(t)) and recognise_header(t) is None for t in texts):
            break  # "Tổng số: 12 cháu", "Hà Nội, ngày ...", "GIÁO VIÊN CHỦ NHIỆM": the list is over
        rows.append((number, {name: row[col - 1] if col - 1 < len(row) else None for name, col in columns.items()}))
    return Sheet(path, title, header_row, columns, rows)


def _second_header_row(columns: dict[str, int], sub: list[Any]) -> None:
    """The columns a merged title spans ("Thông tin cha mẹ" over "Họ tên bố" | "Họ tên mẹ" |
    "Số điện thoại") are named on the header's second row: each name found there is that
    column's, in place of the title above it. They were not read at all: the parents' names
    and phones of such a list were left out without a word."""
    for col, value in enumerate(sub, start=1):
        name = recognise_header(value) if isinstance(value, str) else None
        if name is None or name in ("sex_male", "sex_female", "full_name") or name in columns:
            continue  # Nam | Nữ: above; a column already named elsewhere keeps its header
        above = [key for key, at in columns.items() if at == col]
        if any(key in ("full_name", "birth_date", "sex", "stt") for key in above):
            continue
        for key in above:  # the merged title ("parent_name" over the father's column)
            del columns[key]
        columns[name] = col


def _is_data(values: dict[str, object], has_stt: bool) -> bool:
    filled = {k for k, v in values.items() if _cell_text(v)}
    if not filled or filled <= {"stt"}:
        return False
    if all(recognise_header(_cell_text(values[k])) for k in filled):
        return False  # a sub-header row ("Nam" | "Nữ") or the header repeated on a second page
    if all(re.fullmatch(r"\(?\d+\)?", _cell_text(values[k])) for k in filled):
        return False  # the column numbers row under the header: (1) (2) (3) ...
    if has_stt and not _cell_text(values.get("stt")):
        # Lines without STT and without a birth date are notes, not children.
        return bool(_cell_text(values.get("birth_date")) or _cell_text(values.get("sex_male"))
                    or _cell_text(values.get("sex_female")))
    return True


def _parse_row(number: int, values: dict[str, object], default_class: str | None, start: dt.date) -> ImportRow:
    text = {k: _cell_text(v) for k, v in values.items()}
    if "family_name" in values:
        text["full_name"] = " ".join(t for t in (text.get("family_name", ""), text.get("given_name", "")) if t)
    errors: list[RosterError] = []
    data = ChildData(full_name=text.get("full_name", ""), address=text.get("address", ""),
                     father_name=text.get("father_name", ""), mother_name=text.get("mother_name", ""),
                     guardian_name=text.get("guardian_name", ""), parent_name=text.get("parent_name", ""),
                     enrolled_on=start)
    # Birth date and sex, possibly from the "Nam" / "Nữ" sub-columns holding the date.
    male, female = values.get("sex_male"), values.get("sex_female")
    birth_value = values.get("birth_date")
    sex_text = text.get("sex", "")
    sex_columns = sorted({"sex_male", "sex_female"} & set(values))
    if len(sex_columns) == 1 and "sex" not in values and not text.get(sex_columns[0]):
        # One "Nữ" (or "Nam") column ticked for some children: the others are of the other sex.
        sex_text = "nam" if sex_columns == ["sex_female"] else "nu"
    elif text.get("sex_male") or text.get("sex_female"):
        holder = male if text.get("sex_male") else female
        sex_text = "nam" if text.get("sex_male") else "nu"
        if _norm(_cell_text(holder)) not in ("x", "1", "v"):
            birth_value = holder if not text.get("birth_date") else birth_value
    if not _cell_text(birth_value):
        errors.append(RosterError("roster.birth_missing"))
    else:
        try:
            data.birth_date = parse_birth_date(birth_value, start.year)
        except RosterError as exc:
            errors.append(exc)
    try:
        data.sex = _as_sex(sex_text)
    except RosterError as exc:
        errors.append(exc)
    ethnicity = normalize_ethnicity(text.get("ethnicity", ""))
    if ethnicity is None:
        errors.append(RosterError("roster.ethnicity_not_read", text=text.get("ethnicity", "")))
    else:
        data.ethnicity = ethnicity
    if ethnicity and ethnicity != "Kinh":
        data.flags.add("ethnic_minority")
    phone = text.get("phone", "")
    if data.mother_name:
        data.mother_phone = phone
    elif data.father_name:
        data.father_phone = phone
    elif data.parent_name or not data.guardian_name:
        data.parent_phone = phone
    else:
        data.guardian_phone = phone
    class_name = text.get("class") or (default_class or "")
    row = ImportRow(number, data, class_name, errors)
    if not class_name:
        row.errors.append(RosterError("roster.import_no_class"))
    elif problem := class_name_problem(class_name):
        row.errors.append(problem)
    return row


def preview_import(db: Database, source: Path | Sheet, school_year: str | None = None,
                   default_class: str | None = None, *, follow_title: bool = True) -> ImportPreview:
    """Read and check a class list against the database; writes nothing.

    ``school_year`` and ``default_class`` (the class of rows without a class column value) default to
    what the title says; given ones that disagree with the title are refused unless
    ``follow_title`` is False (the GUI asks the user first)."""
    from kindergarten_desktop.school import parse_school_year_name

    sheet = source if isinstance(source, Sheet) else read_sheet(Path(source))
    title = sheet.title
    has_class_column = "class" in sheet.columns
    if follow_title:
        if school_year and title.school_year and school_year_name(parse_school_year_name(school_year)) \
                != title.school_year:
            raise WorkbookError([RosterError("roster.title_year_mismatch", title=title.school_year,
                                             given=school_year)])
        if default_class and title.class_name and not has_class_column \
                and _norm(default_class) != _norm(title.class_name):
            raise WorkbookError([RosterError("roster.title_class_mismatch", title=title.class_name,
                                             given=default_class)])
    school_year = school_year or title.school_year
    if not school_year:
        raise WorkbookError([RosterError("roster.import_no_year")])
    default_class = default_class or (title.class_name if not has_class_column or follow_title else None)
    if default_class:
        default_class = _cell_text(default_class)
    start_year = parse_school_year_name(school_year)
    year = find_school_year(db, school_year_name(start_year))
    year_start = year.start_date if year else dt.date(start_year, 9, 5)
    start = first_open_day(db, year_start, year.end_date if year else dt.date(start_year + 1, 5, 31))
    has_stt = "stt" in sheet.columns
    rows = [_parse_row(n, values, default_class, start) for n, values in sheet.rows if _is_data(values, has_stt)]
    if not rows:
        raise WorkbookError([RosterError("roster.import_no_children", row=sheet.header_row)])
    existing_classes: dict[str, tuple[int, str, str]] = {}
    if year:
        for cid, name, group in db.execute("SELECT id, name, age_group FROM class WHERE school_year_id = ?",
                                           [year.id]):
            existing_classes[_norm(name)] = (cid, group, name)
    # Rows name a class as the file writes it; one already in the database keeps its own spelling.
    for row in rows:
        known = existing_classes.get(_norm(row.class_name))
        if known:
            row.class_name = known[2]
    # Classes not in the database yet are created with an age group from the title, the name or the ages.
    new_classes: dict[str, str] = {}
    for row in rows:
        key = _norm(row.class_name)
        if row.class_name and key not in existing_classes and row.class_name not in new_classes:
            if title.age_group and title.class_name and key == _norm(title.class_name):
                new_classes[row.class_name] = title.age_group
                continue
            births = [r.data.birth_date.year for r in rows if _norm(r.class_name) == key and r.data.birth_date]
            new_classes[row.class_name] = guess_age_group(row.class_name, births, start_year)
    known_children: dict[tuple[str, str], int] = {}
    for cid, name, birth in db.execute("SELECT id, full_name, birth_date FROM child"):
        known_children.setdefault((_norm(name), birth), cid)
    seen: dict[tuple[str, dt.date | None], int] = {}
    for row in rows:
        # Every problem of the row at once (name, phones, age … next to the cells that could not be
        # read), so the user fixes the file in one pass.
        key = _norm(row.class_name)
        group = existing_classes[key][1] if key in existing_classes else new_classes.get(row.class_name)
        check = validate_child(row.data, group, start_year)
        if row.data.birth_date is None:  # the row already says why: missing or not a date
            check.errors = [e for e in check.errors if e.code != "roster.birth_missing"]
        row.errors += check.errors
        row.warnings += check.warnings
        if row.errors:
            continue  # repeats and known children are looked for among importable rows only
        twin = (_norm(row.data.full_name), row.data.birth_date)
        if twin in seen:
            row.repeat_of_row = seen[twin]
            row.warnings.append(RosterError("roster.import_repeat", row=seen[twin]))
            continue
        seen[twin] = row.row_number
        assert row.data.birth_date is not None
        match = known_children.get((_norm(row.data.full_name), row.data.birth_date.isoformat()))
        if match is not None:
            _plan_existing(db, row, match, school_year_name(start_year), existing_classes.get(key))
    new_classes = dict(sorted(new_classes.items(), key=lambda item: class_sort_key(item[1], item[0])))
    return ImportPreview(sheet.path, school_year_name(start_year), sheet.header_row, sheet.columns, rows,
                         new_classes, title, default_class, start, start != year_start)


def first_open_day(db: Database, start: dt.date, end: dt.date) -> dt.date:
    """The day enrolments of an import start: the school year's first day, or the first day of the
    first month whose books are not closed yet (a list imported in March enrols from March)."""
    from kindergarten_desktop.db.guards import closed_through

    through = closed_through(db)
    if not through:
        return start
    year, month = int(through[:4]), int(through[5:7])
    first_open = first_day(*next_month(year, month))
    return first_open if start < first_open <= end else start


def _plan_existing(db: Database, row: ImportRow, child_id: int, year_name: str,
                   target: tuple[int, str, str] | None) -> None:
    """A child already in the database: enrolled in the imported class for that year, unless already in
    a class of that year (then left where it is: a move is a transfer) or of a later year (an old list)."""
    row.existing_id = child_id
    stays = history(db, child_id)
    this_year = [s for s in stays if s.school_year == year_name]
    later = [s for s in stays if s.school_year > year_name]
    if later and not this_year:
        row.already_in_class = later[-1].class_name
        row.warnings.append(RosterError("roster.import_in_later_year", name=later[-1].class_name,
                                        year=later[-1].school_year))
        return
    if this_year:
        stay = this_year[-1]
        row.already_in_class = stay.class_name
        same = target is not None and stay.class_id == target[0]
        row.warnings.append(RosterError("roster.import_already_in_this_class" if same
                                        else "roster.import_already_in_other_class", name=stay.class_name))
        return
    last = stays[-1] if stays else None
    if last is not None and last.end is None:
        row.enrol_reason = "promotion"
        row.warnings.append(RosterError("roster.import_moves_up", name=last.class_name, year=last.school_year))
    else:
        row.enrol_reason = "return" if last is not None else "new"
        row.warnings.append(RosterError("roster.import_known_child"))


SKIP_CODES = ("roster.import_repeat", "roster.import_already_in_this_class", "roster.import_already_in_other_class",
              "roster.import_in_later_year")


def skip_reasons(row: ImportRow) -> list[RosterError]:
    """Why a row is left out: its errors, or what makes it a repeat or an already placed child."""
    return row.errors or [w for w in row.warnings if w.code in SKIP_CODES]


@dataclass
class ImportResult:
    added: int
    enrolled: int
    skipped_invalid: int
    skipped_duplicates: int
    classes_created: list[str]
    skipped: list[ImportRow] = field(default_factory=list)  # every row left out, with why


def apply_import(db: Database, preview: ImportPreview, skip_invalid: bool = False) -> ImportResult:
    """Write the preview in one transaction: new children with their enrolment, children already
    in the database enrolled in the imported class. Refused (nothing written) while invalid rows
    remain, unless ``skip_invalid``."""
    if preview.invalid and not skip_invalid:
        raise WorkbookError(preview.problems())
    created = []
    with db.atomic():
        year = ensure_school_year(db, int(preview.school_year[:4]))
        classes = {_norm(name): cid for cid, name in
                   db.execute("SELECT id, name FROM class WHERE school_year_id = ?", [year.id])}

        def class_id(name: str) -> int:
            key = _norm(name)
            if key not in classes:
                classes[key] = db.insert("INSERT INTO class (school_year_id, name, age_group) VALUES (?, ?, ?)",
                                         [year.id, name, preview.new_classes.get(name, "mixed")])
                created.append(name)
            return classes[key]

        create_children(db, [(row.data, class_id(row.class_name), row.data.enrolled_on or year.start_date)
                             for row in preview.to_add])
        for row in preview.to_enrol:
            assert row.existing_id is not None
            target = class_id(row.class_name)
            stays = history(db, row.existing_id)
            if stays and stays[-1].end is None:  # still in last year's class: it ends with that year
                end = db.execute("SELECT y.end_date FROM class c JOIN school_year y ON y.id = c.school_year_id "
                                 "WHERE c.id = ?", [stays[-1].class_id]).fetchone()[0]
                db.execute("UPDATE enrollment SET end_date = ?, end_reason = 'promotion' WHERE id = ?",
                           [end, stays[-1].id])
            enrol(db, row.existing_id, target, preview.starts_on or year.start_date, row.enrol_reason or "new")
    skipped = [r for r in preview.rows if not r.valid or r.skipped]
    return ImportResult(len(preview.to_add), len(preview.to_enrol), len(preview.invalid),
                        sum(1 for r in preview.rows if r.skipped), created, skipped)
