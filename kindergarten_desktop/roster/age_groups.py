"""Age groups of Vietnamese kindergartens and their legal class sizes.

Maximum children per group: Điều lệ trường mầm non (Thông tư 52/2020/TT-BGDĐT, art. 15).
"""

from __future__ import annotations

from dataclasses import dataclass

from kindergarten_desktop.roster.errors import RosterError


@dataclass(frozen=True)
class AgeGroup:
    code: str
    label_vi: str
    label_en: str
    min_months: int
    max_months: int
    legal_max: int
    is_nursery: bool


AGE_GROUPS: tuple[AgeGroup, ...] = (
    AgeGroup("nursery_3_12", "Nhà trẻ 3–12 tháng", "Nursery 3–12 months", 3, 12, 15, True),
    AgeGroup("nursery_13_24", "Nhà trẻ 13–24 tháng", "Nursery 13–24 months", 13, 24, 20, True),
    AgeGroup("nursery_25_36", "Nhà trẻ 25–36 tháng", "Nursery 25–36 months", 25, 36, 25, True),
    AgeGroup("age_3_4", "Mẫu giáo 3–4 tuổi (bé)", "Kindergarten 3–4 years", 36, 48, 25, False),
    AgeGroup("age_4_5", "Mẫu giáo 4–5 tuổi (nhỡ)", "Kindergarten 4–5 years", 48, 60, 30, False),
    AgeGroup("age_5_6", "Mẫu giáo 5–6 tuổi (lớn)", "Kindergarten 5–6 years", 60, 72, 35, False),
    AgeGroup("mixed", "Lớp ghép", "Mixed-age", 24, 72, 25, False),
)

BY_CODE = {g.code: g for g in AGE_GROUPS}

# The order in which children move up at the end of a school year.
PROMOTION = {
    "nursery_3_12": "nursery_13_24",
    "nursery_13_24": "nursery_25_36",
    "nursery_25_36": "age_3_4",
    "age_3_4": "age_4_5",
    "age_4_5": "age_5_6",
    "age_5_6": None,  # graduates
}


def age_group(code: str) -> AgeGroup:
    try:
        return BY_CODE[code]
    except KeyError:
        raise RosterError("roster.age_group_unknown", code=code) from None


def over_capacity(code: str, children: int) -> bool:
    """True when a class holds more children than the law allows for its age group."""
    return children > age_group(code).legal_max


_GROUP_ORDER = {g.code: i for i, g in enumerate(AGE_GROUPS)}


def class_sort_key(age_group_code: str | None, name: str) -> tuple[int, object]:
    """The one order of classes everywhere (lists, grids, reports): youngest age group first,
    then the name in Vietnamese order with numbers compared as numbers ("Lá 2" before "Lá 10")."""
    from kindergarten_desktop.names import text_sort_key  # QtCore, kept off this module's import

    return (_GROUP_ORDER.get(age_group_code or "", len(_GROUP_ORDER)), text_sort_key(name))
