import datetime as dt

import numpy as np

from kindergarten_desktop.growth import assessment as a
from kindergarten_desktop.growth.who import compute


def test_age_helpers():
    assert a.age_days(dt.date(2024, 2, 29), dt.date(2025, 3, 1)) == 366
    assert [a.completed_months(d) for d in (0, 30, 31, 60, 61, 1826)] == [0, 0, 1, 1, 2, 59]
    assert (a.default_measure(730), a.default_measure(731)) == ("l", "h")


def test_assess_agrees_with_the_engine_called_directly():
    birth = [dt.date(2022, 3, 4), dt.date(2020, 1, 10), dt.date(2024, 1, 10)]
    visit = [dt.date(2025, 9, 20)] * 3
    result = a.assess([1, 2, 2], birth, visit, [15.0, 17.2, None], [98.0, None, 80.5], [None, None, "h"])
    days = np.array([(v - b).days for b, v in zip(birth, visit, strict=True)])
    direct = compute(np.array([1, 2, 2]), days, np.array([15.0, 17.2, np.nan]), np.array([98.0, np.nan, 80.5]),
                     ["h", "h", "h"])
    for k in a.INDICATORS:
        np.testing.assert_array_equal(result.z[k], direct[k])
    assert np.isnan(result.z["haz"][1]) and not np.isnan(result.z["waz"][1])
    assert result.weight_for_height(0) == result.z["whz"][0]
    assert result.weight_for_height(1) != result.weight_for_height(1)  # NaN: no height
    assert set(result.categories) == {"wa", "ha", "wh"}


def test_assess_empty():
    result = a.assess([], [], [], [], [], [])
    assert len(result) == 0 and len(result.categories["wa"]) == 0
