"""The school's staff: who can lead a class, sign documents, be responsible for agenda items."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.errors import RosterError, StaffError
from kindergarten_desktop.roster.phones import normalize_phone

ROLES: dict[str, tuple[str, str]] = {
    "principal": ("Hiệu trưởng", "Principal"),
    "vice_principal": ("Phó hiệu trưởng", "Vice-principal"),
    "teacher": ("Giáo viên", "Teacher"),
    "nurse": ("Nhân viên y tế", "School nurse"),
    "accountant": ("Kế toán", "Accountant"),
    "cook": ("Cấp dưỡng", "Cook"),
    "other": ("Nhân viên khác", "Other staff"),
}


@dataclass
class StaffMember:
    id: int | None
    full_name: str
    role: str = "teacher"
    phone: str = ""
    active: bool = True


def list_staff(db: Database, include_inactive: bool = True) -> list[StaffMember]:
    rows = db.execute("SELECT id, full_name, role, phone, active FROM staff"
                      + ("" if include_inactive else " WHERE active = 1"))
    staff = [StaffMember(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]
    order = list(ROLES)
    return sorted(staff, key=lambda s: (not s.active, order.index(s.role) if s.role in order else 99,
                                        name_sort_key(s.full_name)))


def save_staff(db: Database, member: StaffMember) -> int:
    """Insert or update one staff member; returns its id. Raises StaffError (a code, and the field at fault)."""
    name = " ".join(unicodedata.normalize("NFC", member.full_name).split())
    if not name:
        raise StaffError("full_name", "roster.staff_name_empty")
    if len(name) > 100:
        raise StaffError("full_name", "roster.staff_name_too_long", limit=100)
    if member.role not in ROLES:
        raise StaffError("role", "roster.staff_role_unknown", role=member.role)
    try:
        phone = normalize_phone(member.phone)
    except RosterError:
        raise StaffError("phone", "roster.staff_phone_invalid", phone=member.phone.strip()) from None
    with db.atomic():
        if member.id is None:
            return db.insert("INSERT INTO staff (full_name, role, phone, active) VALUES (?, ?, ?, ?)",
                             [name, member.role, phone, int(member.active)])
        db.execute("UPDATE staff SET full_name = ?, role = ?, phone = ?, active = ? WHERE id = ?",
                   [name, member.role, phone, int(member.active), member.id])
        return member.id
