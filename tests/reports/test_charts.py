import datetime as dt

import numpy as np
from reportlab.graphics.shapes import Circle, PolyLine, Rect

from kindergarten_desktop.growth import charts as screen
from kindergarten_desktop.growth.charts import ChartChild
from kindergarten_desktop.growth.measurements import Measurement
from kindergarten_desktop.growth.who import sd_curves
from kindergarten_desktop.reports.charts import ChartLabels, age_window, chart, curve_table

CHILD = ChartChild("Nguyễn Thị Minh Anh", 2, dt.date(2021, 3, 4))
HISTORY = [Measurement(1, 1, dt.date(2024, 9, 20), 14.2, 96.1, "h"),
           Measurement(1, 2, dt.date(2024, 12, 15), 14.9, 98.0, "h"),
           Measurement(1, 3, dt.date(2025, 3, 10), 15.1, 99.6, "h")]
LABELS = ChartLabels("Cân nặng theo tuổi", "Tuổi (tháng)", "Cân nặng (kg)")


def test_curve_tables_are_the_engines_curves():
    table = curve_table("hfa", 1)
    days = np.array([0, 400, 1826, 1827, 2500])
    expected = sd_curves("hfa", 1, days)
    for k in (-3, -2, 0, 2, 3):
        assert np.allclose(table.y[k][days], expected[k])
    cm = curve_table("wfh", 2)
    assert cm.x[0] == 65.0 and cm.x[-1] == 120.0
    assert np.allclose(cm.y[0][cm.x == 100.0], sd_curves("wfh", 2, [100.0])[0])
    assert curve_table("wfa", 1) is curve_table("wfa", 1)  # computed once


def test_age_window_is_the_screen_charts():
    on = dt.date(2025, 3, 16)
    for history in (HISTORY, HISTORY[2:], []):
        assert age_window(CHILD, history, on) == screen.age_window(CHILD, history, on)


def _plot_area(drawing):
    return next(s for s in drawing.contents if isinstance(s, Rect))


def test_points_sit_on_their_values_and_curves_keep_their_order():
    drawing = chart("wfa", CHILD, HISTORY, dt.date(2025, 3, 16), LABELS, 240, 200)
    area = _plot_area(drawing)
    dots = [s for s in drawing.contents if isinstance(s, Circle)]
    assert len(dots) == len(HISTORY)
    for dot in dots:
        assert area.x <= dot.cx <= area.x + area.width and area.y <= dot.cy <= area.y + area.height
    heavier = sorted(dots, key=lambda d: d.cx)
    assert heavier[0].cy < heavier[1].cy < heavier[2].cy  # 14.2 < 14.9 < 15.1 kg, left to right
    curves = [s for s in drawing.contents if isinstance(s, PolyLine)]
    # five SD curves (−3 … +3, from the lowest) then the child's line
    assert len(curves) == 8  # seven SD lines and the child
    firsts = [c.points[1] for c in curves[:5]]
    assert firsts == sorted(firsts, reverse=True)  # +3 drawn first, highest


def test_a_child_without_measurement_gets_the_curves_only():
    drawing = chart("bfa", CHILD, [], dt.date(2026, 5, 1), LABELS, 240, 200)
    assert not [s for s in drawing.contents if isinstance(s, Circle)]
    assert len([s for s in drawing.contents if isinstance(s, PolyLine)]) == 7  # the seven SD lines


def test_tick_labels_are_the_gridline_values():
    from kindergarten_desktop.reports.charts import step_digits, ticks

    assert ticks(6.3, 19.0, 2.5) == [7.5, 10.0, 12.5, 15.0, 17.5]
    assert [step_digits(s) for s in (5, 2, 2.5, 0.5, 0.25)] == [0, 0, 1, 1, 2]


def test_every_drawn_y_label_matches_its_gridline():
    """Gridlines at 7.5/12.5/17.5 kg are labelled 7,5/12,5/17,5 (they were rounded to 8/13/18)."""
    from reportlab.graphics.shapes import Line, String

    for indicator, child in (("wfa", CHILD), ("hfa", CHILD), ("wfh", CHILD), ("bfa", CHILD)):
        drawing = chart(indicator, child, HISTORY, dt.date(2025, 3, 16), LABELS, 240, 200)
        area = _plot_area(drawing)
        y_of = {round(s.y1, 3) for s in drawing.contents if isinstance(s, Line) and s.y1 == s.y2
                and s.x1 == area.x}
        labels = [s for s in drawing.contents if isinstance(s, String) and s.textAnchor == "end"]
        assert len(labels) == len(y_of) >= 3
        values = [float(s.text.replace(",", ".")) for s in labels]
        # Equal steps between labels, and the labels sit at the gridlines in the same order.
        steps = {round(b - a, 6) for a, b in zip(values, values[1:], strict=False)}
        assert len(steps) == 1, values
        assert sorted(round(s.y + 2.2, 3) for s in labels) == sorted(y_of)
