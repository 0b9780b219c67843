"""What documents print about the school, with visible placeholders for empty settings."""

from __future__ import annotations

from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolSettings, load_settings

# Settings a document needs -> (Vietnamese label for "please fill in", placeholder printed instead).
NEEDED = {
    "governing_body": ("Cơ quan chủ quản", "[Cơ quan chủ quản]"),
    "name": ("Tên trường", "[Tên trường]"),
    "place": ("Địa danh", "[Địa danh]"),
    "principal_name": ("Họ tên hiệu trưởng", "[Họ tên hiệu trưởng]"),
}


@dataclass(frozen=True)
class Letterhead:
    governing_body: str
    school_name: str
    place: str
    principal_name: str
    address: str
    phone: str
    missing: tuple[str, ...]  # setting field names that were empty


def letterhead(source: Database | SchoolSettings) -> Letterhead:
    settings = source if isinstance(source, SchoolSettings) else load_settings(source)
    missing = tuple(settings.missing())

    def value(field: str) -> str:
        text = getattr(settings, field).strip()
        return text or NEEDED[field][1]

    return Letterhead(value("governing_body"), value("name"), value("place"), value("principal_name"),
                      settings.address.strip(), settings.phone.strip(), missing)


def missing_setting_labels(db: Database) -> list[str]:
    """['Tên trường', 'Họ tên hiệu trưởng'] for the settings still empty."""
    return [NEEDED[field][0] for field in load_settings(db).missing() if field in NEEDED]
