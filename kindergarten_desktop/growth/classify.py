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


_CODES = tuple(LABELS)
_CODE_ARRAY = np.array(_CODES, dtype=object)
_INDEX = {code: i for i, code in enumerate(_CODES)}


def _categories(z: np.ndarray, flag: np.ndarray, rules: list[tuple[np.ndarray, str]]) -> np.ndarray:
    """First matching rule wins; NaN -> "", flagged -> "recheck", otherwise "normal"."""
    index = np.full(len(z), _INDEX["normal"], dtype=np.int8)
    for condition, code in reversed(rules):  # later assignments win: apply the first rule last
        index[condition] = _INDEX[code]
    index[np.asarray(flag, dtype=bool)] = _INDEX["recheck"]
    index[np.isnan(z)] = _INDEX[""]
    return _CODE_ARRAY.take(index)


def classify(res: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Category codes per row from :func:`kindergarten_desktop.growth.who.compute`'s result.

    "wa" weight-for-age, "ha" height-for-age, "wh": under 5 years weight-for-length/height
    (wasting / overweight / obese at ±2 / +3), from 5 years BMI-for-age (thinness at -2 / -3,
    overweight > +1, obese > +2). Codes are keys of :data:`LABELS`.
    """
    waz, haz, whz, baz = (np.asarray(res[k], dtype=float) for k in ("waz", "haz", "whz", "baz"))
    with np.errstate(invalid="ignore"):
        wa = _categories(waz, res["waz_flag"], [(waz < -3, "severe_underweight"), (waz < -2, "underweight"),
                                                (waz > 2, "above_normal")])
        ha = _categories(haz, res["haz_flag"], [(haz < -3, "severe_stunting"), (haz < -2, "stunting")])
        under5 = _categories(whz, res["whz_flag"], [(whz < -3, "severe_wasting"), (whz < -2, "wasting"),
                                                    (whz > 3, "obese"), (whz > 2, "overweight")])
        from5 = _categories(baz, res["baz_flag"], [(baz < -3, "severe_thinness"), (baz < -2, "thinness"),
                                                   (baz > 2, "obese"), (baz > 1, "overweight")])
        five_or_older = np.asarray(res["age_months"], dtype=float) >= 60
    return {"wa": wa, "ha": ha, "wh": np.where(five_or_older, from5, under5)}


def label(code: str, language: str = "vi") -> str:
    """The label of a category code in Vietnamese ('vi') or English ('en')."""
    vi, en = LABELS[code]
    return vi if language == "vi" else en
