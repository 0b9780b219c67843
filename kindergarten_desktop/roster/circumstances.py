"""Circumstance flags that matter for fee exemptions and the state lunch support
(Decree 105/2020/NĐ-CP)."""

from __future__ import annotations

from kindergarten_desktop.errors import Localized

CIRCUMSTANCES: dict[str, tuple[str, str]] = {
    "poor_household": ("Hộ nghèo", "Poor household"),
    "near_poor_household": ("Hộ cận nghèo", "Near-poor household"),
    "disadvantaged_area": ("Vùng đặc biệt khó khăn", "Particularly disadvantaged commune/village"),
    "ethnic_minority": ("Dân tộc thiểu số", "Ethnic minority"),
    "no_carer": ("Không nơi nương tựa / mồ côi", "Orphan or without carer"),
    "martyr_invalid_family": ("Con liệt sĩ, thương binh", "Child of a martyr or war invalid"),
    "disability": ("Khuyết tật học hòa nhập", "Disability, inclusive class"),
}

# Decree 105/2020 art. 7: who receives the lunch support.
LUNCH_SUPPORT_FLAGS = frozenset(
    {"poor_household", "near_poor_household", "disadvantaged_area", "no_carer",
     "martyr_invalid_family", "disability"}
)


def flag_label(flag: str) -> Localized:
    """The flag's name in the language a message is shown in (its code when unknown)."""
    vi, en = CIRCUMSTANCES.get(flag, (flag, flag))
    return Localized(vi, en)
