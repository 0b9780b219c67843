"""Children's records: validation, create (with the first enrolment), edit, and deletion of a
wrongly entered child when nothing references it."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, fields

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.names import fold
from kindergarten_desktop.roster.age_groups import age_group
from kindergarten_desktop.roster.circumstances import CIRCUMSTANCES
from kindergarten_desktop.roster.errors import ChildError, RosterError
from kindergarten_desktop.roster.ethnicities import ETHNICITIES
from kindergarten_desktop.roster.flag_periods import latest, periods, save_flags
from kindergarten_desktop.roster.movements import BULK_ROWS, enrol_new_children
from kindergarten_desktop.roster.phones import normalize_phone

MIN_MONTHS, MAX_MONTHS = 6, 84  # a kindergarten takes children from 6 months to 7 years
BORDER_MONTHS = 2  # this close to a limit the user confirms instead of being refused

_TEXT_FIELDS = ("full_name", "ethnicity", "address", "father_name", "father_phone", "mother_name",
                "mother_phone", "guardian_name", "guardian_phone", "parent_name", "parent_phone", "health_notes",
                "allergies")
_PHONES = ("father_phone", "mother_phone", "guardian_phone", "parent_phone")


@dataclass
class ChildData:
    full_name: str = ""
    sex: int = 1
    birth_date: dt.date | None = None
    ethnicity: str = "Kinh"
    address: str = ""
    father_name: str = ""
    father_phone: str = ""
    mother_name: str = ""
    mother_phone: str = ""
    guardian_name: str = ""
    guardian_phone: str = ""
    # A parent named in a combined "Họ tên cha/mẹ" column: father or mother is not known.
    parent_name: str = ""
    parent_phone: str = ""
    health_notes: str = ""
    allergies: str = ""
    enrolled_on: dt.date | None = None
    flags: set[str] = field(default_factory=set)
    # From and to (the last day; None: still holds) of each flag's latest period (roster.flag_periods);
    # a flag without dates here keeps its period, or holds from the enrolment (or today) when new.
    flag_dates: dict[str, tuple[dt.date, dt.date | None]] = field(default_factory=dict)


@dataclass
class Check:
    """Result of validation: errors refuse the save, warnings need the user's confirmation."""

    errors: list[RosterError] = field(default_factory=list)
    warnings: list[RosterError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def months_between(birth: dt.date, day: dt.date) -> int:
    """Completed months of age on ``day``."""
    months = (day.year - birth.year) * 12 + day.month - birth.month
    return months - (day.day < birth.day)


def check_age(birth: dt.date, on: dt.date, group: str | None = None, start_year: int | None = None) -> Check:
    """Age rules on the enrolment day ``on``: refused in the future, below 6 months or above
    7 years; near those limits or outside the class's usual birth year: a warning."""
    check = Check()
    if birth > dt.date.today():
        check.errors.append(RosterError("roster.birth_in_future", birth=birth))
        return check
    months = months_between(birth, on)
    if months < MIN_MONTHS - BORDER_MONTHS or months >= MAX_MONTHS + BORDER_MONTHS:
        check.errors.append(RosterError("roster.age_out_of_range", on=on, years=months // 12, months=months % 12))
    elif months < MIN_MONTHS or months >= MAX_MONTHS:
        check.warnings.append(RosterError("roster.age_at_limit", on=on, years=months // 12, months=months % 12))
    if group and group != "mixed" and start_year is not None:
        expected = start_year - age_group(group).min_months // 12
        if birth.year != expected:
            check.warnings.append(RosterError("roster.birth_year_unusual", year=birth.year, expected=expected))
    return check


# A child's full name fits one line of the printed documents (class list, card, receipt).
MAX_NAME_LENGTH = 100


def validate_child(data: ChildData, group: str | None = None, start_year: int | None = None) -> Check:
    """Check a record before saving; phones are normalised in place ('0912 345 678' -> '0912345678')."""
    check = Check()
    for name in _TEXT_FIELDS:
        # NFC: text pasted from Word or typed with a "tổ hợp" keyboard comes with combining
        # accents, which PDFs draw detached and which compare unequal to the same name typed normally.
        setattr(data, name, unicodedata.normalize("NFC", " ".join(str(getattr(data, name) or "").split())))
    if not data.full_name:
        check.errors.append(RosterError("roster.name_empty"))
    elif len(data.full_name) > MAX_NAME_LENGTH:  # the printed lists, cards and receipts have one line for it
        check.errors.append(RosterError("roster.name_too_long", length=len(data.full_name), limit=MAX_NAME_LENGTH))
    elif len(data.full_name.split()) < 2:
        check.warnings.append(RosterError("roster.no_family_name", name=data.full_name))
    if data.sex not in (1, 2):
        check.errors.append(RosterError("roster.sex_invalid"))
    if data.ethnicity not in ETHNICITIES:
        check.errors.append(RosterError("roster.ethnicity_unknown", ethnicity=data.ethnicity))
    unknown = data.flags - set(CIRCUMSTANCES)
    if unknown:
        check.errors.append(RosterError("roster.flags_unknown", flags=", ".join(sorted(unknown))))
    for name in _PHONES:
        try:
            setattr(data, name, normalize_phone(getattr(data, name)))
        except RosterError:
            check.errors.append(RosterError(f"roster.{name}_invalid", phone=getattr(data, name)))
    if data.birth_date is None:
        check.errors.append(RosterError("roster.birth_missing"))
    else:
        on = data.enrolled_on or dt.date.today()
        if on >= data.birth_date or data.birth_date > dt.date.today():  # no negative age: said below
            age = check_age(data.birth_date, on, group, start_year)
            check.errors += age.errors
            check.warnings += age.warnings
    if data.enrolled_on and data.birth_date and data.enrolled_on < data.birth_date <= dt.date.today():
        check.errors.append(RosterError("roster.enrolled_before_birth"))
    return check


def likely_duplicates(db: Database, data: ChildData, exclude_id: int | None = None) -> list[int]:
    """Other children with the same name (accents, case and spacing aside) and birth date."""
    if data.birth_date is None:
        return []
    key = fold(" ".join(data.full_name.split()))
    rows = db.execute("SELECT id, full_name FROM child WHERE birth_date = ? AND id IS DISTINCT FROM ?",
                      [data.birth_date.isoformat(), exclude_id])
    return [child_id for child_id, name in rows if fold(" ".join(name.split())) == key]


def _columns(data: ChildData) -> dict[str, object]:
    values = {f.name: getattr(data, f.name) for f in fields(ChildData) if f.name not in ("flags", "flag_dates")}
    values["birth_date"] = data.birth_date.isoformat() if data.birth_date else None
    values["enrolled_on"] = data.enrolled_on.isoformat() if data.enrolled_on else None
    return values


def _save_flags(db: Database, child_id: int, data: ChildData, default_start: dt.date) -> None:
    save_flags(db, child_id, data.flags, data.flag_dates, default_start)


def create_child(db: Database, data: ChildData, class_id: int | None = None,
                 start: dt.date | None = None) -> int:
    """Insert a validated child and, with ``class_id``, its first enrolment (from ``start``,
    default the enrolment date) in one transaction."""
    return create_children(db, [(data, class_id, start)])[0]


def create_children(db: Database, entries: list[tuple[ChildData, int | None, dt.date | None]]) -> list[int]:
    """:func:`create_child` for many children (a class list imported) in one transaction: all
    validated first, nothing written when one is refused; then written a hundred rows per
    statement. Returns the new ids in the order given."""
    for data, _class_id, _start in entries:
        check = validate_child(data)
        if not check.ok:
            raise ChildError(check.errors)
    if not entries:
        return []
    rows = [_columns(data) for data, _class_id, _start in entries]
    names = ["id", *rows[0]]
    with db.atomic():
        # New ids chosen here, as SQLite would (the highest + 1), so the rows of one statement
        # are known without relying on the order RETURNING gives them back in.
        first = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM child").fetchone()[0])
        ids = list(range(first, first + len(entries)))
        for k in range(0, len(rows), BULK_ROWS):
            chunk = rows[k:k + BULK_ROWS]
            one = "(" + ", ".join("?" * len(names)) + ")"
            params = [v for child_id, values in zip(ids[k:k + len(chunk)], chunk, strict=True)
                      for v in (child_id, *values.values())]
            db.execute(f"INSERT INTO child ({', '.join(names)}) VALUES {', '.join([one] * len(chunk))}", params)
        firsts = []
        for child_id, (data, class_id, start) in zip(ids, entries, strict=True):
            day = start or data.enrolled_on or dt.date.today()
            if data.flags:
                _save_flags(db, child_id, data, day)
            if class_id is not None:
                firsts.append((child_id, class_id, day))
        enrol_new_children(db, firsts)
    return ids


def update_child(db: Database, child_id: int, data: ChildData) -> None:
    check = validate_child(data)
    if not check.ok:
        raise ChildError(check.errors)
    values = _columns(data)
    with db.atomic():
        db.execute(f"UPDATE child SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                   [*values.values(), child_id])
        _save_flags(db, child_id, data, dt.date.today())


def load_child(db: Database, child_id: int) -> ChildData:
    names = [f.name for f in fields(ChildData) if f.name not in ("flags", "flag_dates")]
    row = db.execute(f"SELECT {', '.join(names)} FROM child WHERE id = ?", [child_id]).fetchone()
    if row is None:
        raise ChildError([RosterError("roster.child_not_found", id=child_id)])
    data = ChildData(**dict(zip(names, row, strict=True)))
    data.birth_date = dt.date.fromisoformat(row[names.index("birth_date")])
    enrolled = row[names.index("enrolled_on")]
    data.enrolled_on = dt.date.fromisoformat(enrolled) if enrolled else None
    current = latest(periods(db, child_id))
    data.flags = set(current)
    data.flag_dates = {flag: (p.start, p.end) for flag, p in current.items()}
    return data


# Rows that belong to the child record itself and go with it.
_OWNED = {"enrollment", "child_circumstance", "enrollment_correction"}


def references(db: Database, child_id: int) -> dict[str, int]:
    """Rows in other tables (attendance, measurements, fees ...) that refer to the child;
    found through the schema's foreign keys so every feature's tables count."""
    found: dict[str, int] = {}
    for table, column in db.references_to("child"):
        if table in _OWNED:
            continue
        n = db.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" = ?', [child_id]).fetchone()[0]
        if n:
            found[table] = found.get(table, 0) + n
    return found


def delete_child(db: Database, child_id: int) -> None:
    """Delete a wrongly entered child with its enrolments and flags; refused when anything
    else (attendance, measurements, payments ...) refers to it."""
    refs = references(db, child_id)
    if refs:
        raise ChildError([RosterError("roster.child_has_records", records=", ".join(
            f"{table}: {n}" for table, n in sorted(refs.items())))])
    with db.atomic():
        db.execute("DELETE FROM child_circumstance WHERE child_id = ?", [child_id])
        db.execute("DELETE FROM enrollment WHERE child_id = ?", [child_id])
        db.execute("DELETE FROM child WHERE id = ?", [child_id])
