"""Who carries out an item: school groups, a class, or a name typed by the principal.

Stored as ';'-separated tokens: a group code ('nurse'), 'class:<id>', or free text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# code -> (Vietnamese, English); Vietnamese is what printed documents show.
GROUPS: dict[str, tuple[str, str]] = {
    "principal": ("Hiệu trưởng", "Principal"),
    "vice_principal": ("Phó hiệu trưởng", "Vice-principal"),
    "management": ("Ban giám hiệu", "School management"),
    "teachers": ("Giáo viên các lớp", "Class teachers"),
    "professional_team": ("Tổ chuyên môn", "Professional team"),
    "nurse": ("Nhân viên y tế", "Nurse"),
    "accountant": ("Kế toán", "Accountant"),
    "kitchen": ("Tổ nuôi dưỡng", "Kitchen team"),
    "union": ("Công đoàn", "Trade union"),
    "youth_union": ("Chi đoàn thanh niên", "Youth union"),
    "parents": ("Ban đại diện cha mẹ trẻ", "Parents' board"),
    "all_staff": ("Toàn thể CB-GV-NV", "All staff"),
}

SEPARATOR = ";"
CLASS_PREFIX = "class:"


def split(value: str) -> list[str]:
    return [token.strip() for token in value.split(SEPARATOR) if token.strip()]


def join(tokens: Iterable[str]) -> str:
    """Tokens back to the stored form; free text loses any ';' it held."""
    seen: list[str] = []
    for token in tokens:
        token = token.replace(SEPARATOR, ",").strip()
        if token and token not in seen:
            seen.append(token)
    return SEPARATOR.join(seen)


def class_token(class_id: int) -> str:
    return f"{CLASS_PREFIX}{class_id}"


def class_id_of(token: str) -> int | None:
    if token.startswith(CLASS_PREFIX) and token[len(CLASS_PREFIX):].isdigit():
        return int(token[len(CLASS_PREFIX):])
    return None


def label(value: str, class_names: Mapping[int, str], lang: str = "vi") -> str:
    """'nurse;class:3;Hội phụ nữ' -> 'Nhân viên y tế, Lớp Mầm 1, Hội phụ nữ'."""
    parts = []
    for token in split(value):
        if token in GROUPS:
            parts.append(GROUPS[token][0 if lang == "vi" else 1])
        elif (class_id := class_id_of(token)) is not None:
            name = class_names.get(class_id, "?")
            parts.append(f"Lớp {name}" if lang == "vi" else f"Class {name}")
        else:
            parts.append(token)
    return ", ".join(parts)


def class_names(db, school_year_id: int) -> dict[int, str]:
    """Class id -> name for the classes of a school year (to label 'class:<id>' tokens)."""
    rows = db.execute("SELECT id, name FROM class WHERE school_year_id = ?", [school_year_id])
    return {class_id: name for class_id, name in rows}
