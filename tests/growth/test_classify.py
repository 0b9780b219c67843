import numpy as np
import pytest

from kindergarten_desktop.growth.classify import COLUMNS, LABELS, classify, label
from kindergarten_desktop.growth.who import compute

NAN = np.nan


def result(waz=(), haz=(), whz=(), baz=(), age_months=None, flags=None):
    n = max(len(waz), len(haz), len(whz), len(baz))

    def col(values):
        values = list(values) or [NAN] * n
        return np.array(values, dtype=float)

    res = {"waz": col(waz), "haz": col(haz), "whz": col(whz), "baz": col(baz)}
    for key in ("waz", "haz", "whz", "baz"):
        res[f"{key}_flag"] = np.zeros(n, dtype=np.int8)
    res.update(flags or {})
    res["age_months"] = np.full(n, 30.0) if age_months is None else np.array(age_months, dtype=float)
    return res


def test_weight_for_age_cut_offs():
    cats = classify(result(waz=[-3.01, -3.0, -2.01, -2.0, 0, 2.0, 2.01, NAN]))
    assert list(cats["wa"]) == ["severe_underweight", "underweight", "underweight", "normal", "normal", "normal",
                                "above_normal", ""]


def test_height_for_age_cut_offs_have_no_tall_category():
    cats = classify(result(haz=[-3.5, -2.5, -2.0, 3.5, NAN]))
    assert list(cats["ha"]) == ["severe_stunting", "stunting", "normal", "normal", ""]


def test_under_five_uses_weight_for_height():
    cats = classify(result(whz=[-3.01, -2.01, -2.0, 2.0, 2.01, 3.0, 3.01, NAN], baz=[5.0] * 8))
    assert list(cats["wh"]) == ["severe_wasting", "wasting", "normal", "normal", "overweight", "overweight",
                                "obese", ""]


def test_from_five_years_uses_bmi_for_age_with_lower_cut_offs():
    cats = classify(result(baz=[-3.01, -2.01, -2.0, 1.0, 1.01, 2.0, 2.01, NAN], age_months=[60.03] * 8))
    assert list(cats["wh"]) == ["severe_thinness", "thinness", "normal", "normal", "overweight", "overweight",
                                "obese", ""]


def test_flagged_values_are_to_recheck_never_a_category():
    flags = {"waz_flag": np.array([1], dtype=np.int8), "haz_flag": np.array([1], dtype=np.int8),
             "whz_flag": np.array([1], dtype=np.int8)}
    cats = classify(result(waz=[-6.5], haz=[-6.5], whz=[-5.5], flags=flags))
    assert [cats[c][0] for c in COLUMNS] == ["recheck", "recheck", "recheck"]


def test_classify_on_computed_scores_across_the_five_year_switch():
    # Boy 1826 days 14 kg 110 cm vs 1827 days: wh comes from whz, then from baz.
    res = compute([1, 1], [1826, 1827], [14.0, 14.0], [110.0, 110.0], "h")
    cats = classify(res)
    assert np.isnan(res["whz"][1])
    assert cats["wh"][0] in ("wasting", "severe_wasting") and cats["wh"][1] in ("thinness", "severe_thinness")
    assert cats["wa"].dtype == object and len(cats["ha"]) == 2


def test_labels_cover_every_code_in_both_languages():
    codes = {"normal", "severe_underweight", "underweight", "above_normal", "severe_stunting", "stunting",
             "severe_wasting", "wasting", "severe_thinness", "thinness", "overweight", "obese", "recheck", ""}
    assert set(LABELS) == codes
    assert LABELS["stunting"] == ("Thấp còi", "Stunting")
    assert LABELS["underweight"] == ("Suy dinh dưỡng thể nhẹ cân", "Underweight")
    assert label("severe_wasting") == "Gầy còm mức độ nặng"
    assert label("recheck") == "Cần kiểm tra lại" and label("recheck", "en") == "To re-check"
    assert label("obese") == "Béo phì" and label("overweight") == "Thừa cân"
    with pytest.raises(KeyError):
        label("tall")


def _one_row(z, flagged, rules):
    """The cut-offs read row by row, as the nurse would apply them: the reference for the vectorised keys."""
    if np.isnan(z):
        return ""
    if flagged:
        return "recheck"
    return next((code for test, code in rules if test(z)), "normal")


def test_vectorised_keys_agree_with_cut_offs_applied_row_by_row():
    rng = np.random.default_rng(1)
    n = 4000
    # z on and around every cut-off (two decimals, as compute gives them), NaN, and flags anywhere.
    z = {k: np.where(rng.random(n) < 0.1, NAN, np.round(rng.uniform(-7, 7, n), 2))
         for k in ("waz", "haz", "whz", "baz")}
    for values in z.values():
        values[:40] = [-3.01, -3.0, -2.99, -2.01, -2.0, -1.99, 0.99, 1.0, 1.01, 1.99, 2.0, 2.01, 2.99, 3.0, 3.01,
                       NAN, 0.0, -0.0, 6.01, -6.01] * 2
    flags = {f"{k}_flag": (rng.random(n) < 0.1).astype(np.int8) for k in z}
    months = np.where(rng.random(n) < 0.05, NAN, rng.uniform(0, 120, n))
    months[:4] = [59.99, 60.0, 60.03, NAN]
    cats = classify({**z, **flags, "age_months": months})

    wa = [(lambda v: v < -3, "severe_underweight"), (lambda v: v < -2, "underweight"),
          (lambda v: v > 2, "above_normal")]
    ha = [(lambda v: v < -3, "severe_stunting"), (lambda v: v < -2, "stunting")]
    under5 = [(lambda v: v < -3, "severe_wasting"), (lambda v: v < -2, "wasting"), (lambda v: v > 3, "obese"),
              (lambda v: v > 2, "overweight")]
    from5 = [(lambda v: v < -3, "severe_thinness"), (lambda v: v < -2, "thinness"), (lambda v: v > 2, "obese"),
             (lambda v: v > 1, "overweight")]
    for i in range(n):
        assert cats["wa"][i] == _one_row(z["waz"][i], flags["waz_flag"][i], wa)
        assert cats["ha"][i] == _one_row(z["haz"][i], flags["haz_flag"][i], ha)
        expected_wh = (_one_row(z["baz"][i], flags["baz_flag"][i], from5) if months[i] >= 60
                       else _one_row(z["whz"][i], flags["whz_flag"][i], under5))
        assert cats["wh"][i] == expected_wh
    assert all(cats[c].dtype == object and isinstance(cats[c][0], str) for c in COLUMNS)
