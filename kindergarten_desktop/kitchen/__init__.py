"""The kitchen (bếp ăn bán trú): food catalogue, dishes and menus per age group, the day's
portion against the nutrition norms, the market list and the three-step food inspection.

Age groups are the two of the norms and meal rates: ``nursery`` (nhà trẻ) and ``kindergarten``
(mẫu giáo); a class's age group maps to one with ``meals.rates.category_of``."""

from __future__ import annotations

GROUPS = ("nursery", "kindergarten")
GROUP_LABELS = {"nursery": ("Nhà trẻ", "Nursery"), "kindergarten": ("Mẫu giáo", "Kindergarten")}
MEALS = ("breakfast", "lunch", "afternoon", "snack")
MEASURES = ("energy", "protein", "fat", "carbohydrate")  # what the nutrition norms measure (norms.py)
MEAL_LABELS = {
    "breakfast": ("Bữa sáng", "Breakfast"),
    "lunch": ("Bữa trưa", "Lunch"),
    "afternoon": ("Bữa chiều", "Afternoon meal"),
    "snack": ("Bữa phụ", "Snack"),
}
WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def group_label(group: str, lang: str = "vi") -> str:
    vi, en = GROUP_LABELS[group]
    return en if lang == "en" else vi


def meal_label(meal: str, lang: str = "vi") -> str:
    vi, en = MEAL_LABELS[meal]
    return en if lang == "en" else vi
