"""Nutritional status from WHO z-scores, by WHO's cut-offs (vectorised).

A flagged (implausible) z-score gives "recheck": the measurement is probably wrong and must be
taken again, so it is never counted in a category. "" means no value (the z-score is not defined).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

# code -> (Vietnamese, English)
LABELS: dict[str, tuple[str, str]] = {
    "normal": ("Bình thường", "Normal"),
    "severe_underweight": ("Suy dinh dưỡng thể nhẹ cân mức độ nặng", "Severe underweight"),
    "underweight": ("Suy dinh dưỡng thể nhẹ cân", "Underweight"),
    "above_normal": ("Cân nặng cao hơn so với tuổi", "Weight above the normal range"),
    "severe_stunting": ("Thấp còi mức độ nặng", "Severe stunting"),
    "stunting": ("Thấp còi", "Stunting"),
    "severe_wasting": ("Gầy còm mức độ nặng", "Severe wasting"),
    "wasting": ("Gầy còm", "Wasting"),
    "severe_thinness": ("Gầy còm mức độ nặng", "Severe thinness"),
    "thinness": ("Gầy còm", "Thinness"),
    "overweight": ("Thừa cân", "Overweight"),
    "obese": ("Béo phì", "Obesity"),
    "recheck": ("Cần kiểm tra lại", "To re-check"),
    "": ("", ""),
}

# Which classification each column holds, in report order.
COLUMNS = ("wa", "ha", "wh")


# Each z-score lands on a level: 0 below -3, 1 below -2, 2 in between, 3 above the first upper cut-off,
# 4 above the second. Per family: the code of each level and the two upper cut-offs.
_FAMILIES: dict[str, tuple[tuple[str, str, str, str, str], tuple[float, float]]] = {
    "wa": (("severe_underweight", "underweight", "normal", "above_normal", "above_normal"), (2.0, 3.0)),
    "ha": (("severe_stunting", "stunting", "normal", "normal", "normal"), (2.0, 3.0)),
    "whz": (("severe_wasting", "wasting", "normal", "overweight", "obese"), (2.0, 3.0)),
    "baz": (("severe_thinness", "thinness", "normal", "overweight", "obese"), (1.0, 2.0)),
}
# Row key = level + 5 * flagged + 10 * (z is NaN): NaN wins over a flag, a flag over a category.
_KEYS_PER_FAMILY = 20
_LOOKUP = {family: np.array(codes + ("recheck",) * 5 + ("",) * 10, dtype=object)
           for family, (codes, _) in _FAMILIES.items()}
_WH_LOOKUP = np.concatenate([_LOOKUP["whz"], _LOOKUP["baz"]])  # under 5 years, then from 5 years


def _keys(z: np.ndarray, flag: np.ndarray, family: str) -> np.ndarray:
    """int8 lookup keys (see _KEYS_PER_FAMILY): small-integer arithmetic on comparison results is far
    cheaper than assigning codes through boolean masks or comparing strings."""
    upper1, upper2 = _FAMILIES[family][1]
    with np.errstate(invalid="ignore"):
        key = (z > upper1).view(np.int8) + (z > upper2).view(np.int8)  # NaN compares False: level 2
        key -= (z < -2).view(np.int8)
        key -= (z < -3).view(np.int8)
    key += 2
    key += 5 * np.asarray(flag, dtype=bool).view(np.int8)
    key += 10 * np.isnan(z).view(np.int8)
    return key


def classify(res: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Category codes per row from :func:`kindergarten_desktop.growth.who.compute`'s result.

    "wa" weight-for-age, "ha" height-for-age, "wh": under 5 years weight-for-length/height
    (wasting / overweight / obese at ±2 / +3), from 5 years BMI-for-age (thinness at -2 / -3,
    overweight > +1, obese > +2). Codes are keys of :data:`LABELS`, in object arrays of str.
    """
    waz, haz, whz, baz = (np.asarray(res[k], dtype=float) for k in ("waz", "haz", "whz", "baz"))
    wh = _keys(whz, res["whz_flag"], "whz")
    from5 = _keys(baz, res["baz_flag"], "baz")
    from5 += _KEYS_PER_FAMILY
    five_or_older = (np.asarray(res["age_months"], dtype=float) >= 60).view(np.int8)
    wh += five_or_older * (from5 - wh)  # arithmetic select: np.where is slow on an irregular mask
    # take with intp indices: converting int8 ones inside take is slower than astype first.
    return {"wa": _LOOKUP["wa"].take(_keys(waz, res["waz_flag"], "wa").astype(np.intp)),
            "ha": _LOOKUP["ha"].take(_keys(haz, res["haz_flag"], "ha").astype(np.intp)),
            "wh": _WH_LOOKUP.take(wh.astype(np.intp))}


def label(code: str, language: str = "vi") -> str:
    """The label of a category code in Vietnamese ('vi') or English ('en')."""
    vi, en = LABELS[code]
    return vi if language == "vi" else en
