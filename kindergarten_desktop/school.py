"""The school's identity (used on every printed document) and its school years."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields

from kindergarten_desktop.db.database import Database


@dataclass
class SchoolSettings:
    name: str = ""
    governing_body: str = ""
    place: str = ""
    address: str = ""
    phone: str = ""
    principal_name: str = ""
    current_school_year_id: int | None = None
    # The province's Department of Education ("Sở GD&ĐT tỉnh Bắc Ninh"): a default recipient of reports.
    department: str = ""
    # The school's short symbol in document numbers ("15/KH-MNHM"); empty: "MN".
    symbol: str = ""

    def missing(self) -> list[str]:
        """Fields a printed document needs that are still empty."""
        needed = ("name", "governing_body", "place", "principal_name")
        return [f for f in needed if not getattr(self, f).strip()]


def load_settings(db: Database) -> SchoolSettings:
    row = db.execute(
        "SELECT name, governing_body, place, address, phone, principal_name, current_school_year_id, "
        "department, symbol FROM school WHERE id = 1"
    ).fetchone()
    return SchoolSettings(*row) if row else SchoolSettings()


def save_settings(db: Database, settings: SchoolSettings) -> None:
    values = asdict(settings)
    for f in fields(SchoolSettings):
        if f.name != "current_school_year_id":
            values[f.name] = str(values[f.name]).strip()
    with db.atomic():
        db.execute(
            "UPDATE school SET name=:name, governing_body=:governing_body, place=:place, "
            "address=:address, phone=:phone, principal_name=:principal_name, "
            "current_school_year_id=:current_school_year_id, department=:department, symbol=:symbol WHERE id = 1",
            values,
        )


@dataclass(frozen=True)
class SchoolYear:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date

    @property
    def start_year(self) -> int:
        return self.start_date.year

    def contains(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date


def school_year_name(start_year: int) -> str:
    return f"{start_year}-{start_year + 1}"


def parse_school_year_name(text: str) -> int:
    """'2025-2026' -> 2025. Raises ValueError for anything else."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 4 for p in parts):
        raise ValueError(f"a school year is written YYYY-YYYY, e.g. 2025-2026 (got {text!r})")
    start, end = int(parts[0]), int(parts[1])
    if end != start + 1:
        raise ValueError(f"a school year spans two consecutive years (got {text!r})")
    return start


def school_year_start_for(day: dt.date) -> int:
    """The school year a date belongs to: September to August."""
    return day.year if day.month >= 9 else day.year - 1


def _row_to_year(row: tuple) -> SchoolYear:
    return SchoolYear(row[0], row[1], dt.date.fromisoformat(row[2]), dt.date.fromisoformat(row[3]))


def list_school_years(db: Database) -> list[SchoolYear]:
    rows = db.execute("SELECT id, name, start_date, end_date FROM school_year ORDER BY start_date")
    return [_row_to_year(r) for r in rows]


def get_school_year(db: Database, year_id: int) -> SchoolYear | None:
    row = db.execute(
        "SELECT id, name, start_date, end_date FROM school_year WHERE id = ?", [year_id]
    ).fetchone()
    return _row_to_year(row) if row else None


def find_school_year(db: Database, name: str) -> SchoolYear | None:
    row = db.execute(
        "SELECT id, name, start_date, end_date FROM school_year WHERE name = ?", [name]
    ).fetchone()
    return _row_to_year(row) if row else None


def ensure_school_year(db: Database, start_year: int) -> SchoolYear:
    """The school year starting in September of ``start_year``, created if missing
    (5 September to 31 August, summer care included)."""
    name = school_year_name(start_year)
    existing = find_school_year(db, name)
    if existing:
        return existing
    with db.atomic():
        db.execute(
            "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
            [name, dt.date(start_year, 9, 5).isoformat(), dt.date(start_year + 1, 8, 31).isoformat()],
        )
    found = find_school_year(db, name)
    assert found is not None
    return found


def current_school_year(db: Database) -> SchoolYear | None:
    """The year chosen in the settings, else the latest one."""
    settings = load_settings(db)
    if settings.current_school_year_id is not None:
        year = get_school_year(db, settings.current_school_year_id)
        if year:
            return year
    years = list_school_years(db)
    return years[-1] if years else None
