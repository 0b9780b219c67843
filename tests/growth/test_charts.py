"""Which charts a child gets and which points go on each (WHO separates length and height)."""

import datetime as dt

from kindergarten_desktop.growth.charts import ChartChild, points, screen_charts
from kindergarten_desktop.growth.measurements import Measurement

CHILD = ChartChild("Lê Minh Châu", 2, dt.date(2023, 3, 1))


def m(day, w, h, measure=None):
    return Measurement(3, 1, day, w, h, measure)


def test_weight_for_length_and_for_height_are_separate_and_bmi_is_always_there():
    history = [m(dt.date(2024, 9, 20), 9.5, 78.0, "l"), m(dt.date(2025, 2, 10), 10.6, 84.0, "l"),
               m(dt.date(2025, 9, 20), 11.8, 89.0, "h")]
    assert screen_charts(CHILD, history, dt.date(2025, 9, 20)) == ["wfa", "hfa", "wfl", "wfh", "bfa"]
    assert points("wfl", CHILD, history).index == [0, 1]
    assert points("wfh", CHILD, history).index == [2]
    assert list(points("wfh", CHILD, history).x) == [89.0]
    assert points("bfa", CHILD, history).index == [0, 1, 2]
    older = ChartChild("An", 1, dt.date(2019, 1, 1))
    assert screen_charts(older, [m(dt.date(2025, 9, 20), 20.0, 112.0)], dt.date(2025, 9, 20)) == \
        ["wfa", "hfa", "bfa"]


def test_chart_child_reads_name_sex_and_birth_date(school, db):
    import pytest

    from kindergarten_desktop.errors import AppError
    from kindergarten_desktop.growth.charts import chart_child

    assert chart_child(db, 3) == ChartChild("Lê Minh Châu", 2, dt.date(2024, 1, 10))
    with pytest.raises(AppError) as refused:
        chart_child(db, 99)
    assert refused.value.code == "growth.missing_child"
