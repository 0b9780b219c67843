"""WHO growth charts drawn with reportlab graphics, fast enough for hundreds of cards.

The Growth tab draws the same charts with matplotlib (growth/charts.py); these follow its rules
(axis window, curve tables, points) so a printed card matches the screen, but cost a few
milliseconds each: the SD curves of each indicator and sex are computed once for the whole
range and only sliced per child.

Imports reportlab at module level: import this module inside a report's ``build``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors

from kindergarten_desktop.formatting import format_number
from kindergarten_desktop.growth.assessment import DAYS_PER_MONTH
from kindergarten_desktop.growth.charts import WFH_RANGE, WFL_RANGE, ChartChild, age_window, points
from kindergarten_desktop.growth.measurements import Measurement
from kindergarten_desktop.reports.pdf import SANS, register_fonts

# Same colours as the screen chart: median green, ±1 orange dotted, ±2 red dashed, ±3 dark red.
SD_STYLE = {3: ("#8b0000", None), 2: ("#d62728", (3, 2)), 1: ("#e08a00", (1, 2)), 0: ("#2ca02c", None),
            -1: ("#e08a00", (1, 2)), -2: ("#d62728", (3, 2)), -3: ("#8b0000", None)}
POINT_COLOUR = colors.HexColor("#1f4e9c")
GRID_COLOUR = colors.HexColor("#dddddd")
# Curve tables span every age a kindergarten child can have (2007 reference to 19 years).
AGE_TABLE_MONTHS = {"wfa": 120.0, "hfa": 228.0, "bfa": 228.0}
CURVE_POINTS = 60  # per curve per chart: smooth at card size (the curves bend gently)


@dataclass(frozen=True)
class Curves:
    x: np.ndarray  # months (age charts) or cm
    y: dict[int, np.ndarray]  # SD line -> values (NaN outside the WHO table)


@cache
def curve_table(indicator: str, sex: int) -> Curves:
    """The −3…+3 SD curves of ``indicator`` ('wfa', 'hfa', 'bfa' by day of age; 'wfl', 'wfh' by
    0.1 cm) for one sex over the whole range, computed once per process."""
    from kindergarten_desktop.growth.who import sd_curves

    if indicator in ("wfl", "wfh"):
        low, high = WFL_RANGE if indicator == "wfl" else WFH_RANGE
        x = np.round(np.arange(low, high + 0.01, 0.1), 1)
        return Curves(x, sd_curves(indicator, sex, x))
    days = np.arange(0, int(AGE_TABLE_MONTHS[indicator] * DAYS_PER_MONTH) + 1, dtype=float)
    return Curves(days / DAYS_PER_MONTH, sd_curves(indicator, sex, days))


def _slice(curves: Curves, low: float, high: float) -> Curves:
    """The part of the curves between ``low`` and ``high``, thinned to about CURVE_POINTS points."""
    first = int(np.searchsorted(curves.x, low - 1e-9))
    last = int(np.searchsorted(curves.x, high + 1e-9))
    step = max(1, (last - first) // CURVE_POINTS)
    index = np.arange(first, last, step)
    if len(index) and index[-1] != last - 1:
        index = np.append(index, last - 1)
    return Curves(curves.x[index], {k: v[index] for k, v in curves.y.items()})


def _nice_step(span: float, ticks: int = 6) -> float:
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def step_digits(step: float) -> int:
    """Decimals that show every tick of ``step`` exactly: 5 -> 0, 2.5 -> 1, 0.25 -> 2 (a
    gridline at 7.5 kg is labelled 7,5, never rounded to 8)."""
    for digits in range(4):
        if abs(round(step, digits) - step) < 1e-9:
            return digits
    return 3


def ticks(low: float, high: float, step: float) -> list[float]:
    """The multiples of ``step`` between ``low`` and ``high``, computed from an index (no
    drift from adding a float step again and again)."""
    first = math.ceil(low / step - 1e-9)
    return [round((first + i) * step, 9) for i in range(int(math.floor(high / step + 1e-9)) - first + 1)]


@dataclass(frozen=True)
class ChartLabels:
    title: str
    x: str
    y: str


def chart(indicator: str, child: ChartChild, history: Sequence[Measurement], on: dt.date, labels: ChartLabels,
          width: float, height: float) -> Drawing:
    """One chart (``width`` × ``height`` points): the SD curves of the child's sex and the child's
    measurements up to ``on`` joined up. ``indicator``: 'wfa', 'hfa', 'wfh' (length under 2 years,
    height after) or 'bfa'."""
    register_fonts()
    young = indicator == "wfh" and (on - child.birth_date).days < 731
    pts = points("wfl" if young else indicator, child, history)  # WHO: length under 2 years, height after
    if indicator == "wfh":
        table = "wfl" if young else "wfh"
        low, high = WFL_RANGE if table == "wfl" else WFH_RANGE
        if len(pts.x):
            low = max(low, 5 * math.floor(pts.x.min() / 5) - 5)
            high = min(high, 5 * math.ceil(pts.x.max() / 5) + 5)
        curves = _slice(curve_table(table, child.sex), low, high)
    else:
        low, high = age_window(child, history, on)
        if indicator == "wfa":
            high = min(high, AGE_TABLE_MONTHS["wfa"])
        curves = _slice(curve_table(indicator, child.sex), low, high)
    return _draw(curves, pts.x, pts.y, (low, high), indicator == "wfh", labels, width, height)


def _draw(curves: Curves, px: np.ndarray, py: np.ndarray, x_range: tuple[float, float], cm_axis: bool,
          labels: ChartLabels, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS  # else the renderer starts every chart in a non-embedded Helvetica
    left, right, bottom, top = 30.0, 14.0, 22.0, 16.0
    plot_w, plot_h = width - left - right, height - bottom - top
    values = [v[np.isfinite(v)] for v in curves.y.values()] + [py]
    ys = np.concatenate(values) if values else np.array([])
    y_low, y_high = (float(ys.min()), float(ys.max())) if len(ys) else (0.0, 1.0)
    pad = (y_high - y_low) * 0.04 or 1.0
    y_low, y_high = y_low - pad, y_high + pad
    x_low, x_high = x_range

    def sx(x: float) -> float:
        return left + (x - x_low) / (x_high - x_low) * plot_w

    def sy(y: float) -> float:
        return bottom + (y - y_low) / (y_high - y_low) * plot_h

    drawing.add(Rect(left, bottom, plot_w, plot_h, strokeColor=colors.black, strokeWidth=0.6, fillColor=None))
    x_step = 5.0 if cm_axis else (6.0 if x_high - x_low <= 48 else 12.0)
    y_step = _nice_step(y_high - y_low)
    tick = dict(fontName=SANS, fontSize=6.5, fillColor=colors.black)
    # Each gridline carries its own value as label, with the decimals its step needs.
    for x in ticks(x_low, x_high, x_step):
        drawing.add(Line(sx(x), bottom, sx(x), bottom + plot_h, strokeColor=GRID_COLOUR, strokeWidth=0.4))
        drawing.add(String(sx(x), bottom - 8, format_number(x, step_digits(x_step)), textAnchor="middle", **tick))
    digits = step_digits(y_step)
    for y in ticks(y_low, y_high, y_step):
        drawing.add(Line(left, sy(y), left + plot_w, sy(y), strokeColor=GRID_COLOUR, strokeWidth=0.4))
        drawing.add(String(left - 3, sy(y) - 2.2, format_number(y, digits), textAnchor="end", **tick))
    for k, (colour, dash) in SD_STYLE.items():
        line = curves.y[k]
        ok = np.isfinite(line)
        if ok.sum() < 2:
            continue
        coords = np.column_stack([left + (curves.x[ok] - x_low) / (x_high - x_low) * plot_w,
                                  bottom + (line[ok] - y_low) / (y_high - y_low) * plot_h]).ravel().tolist()
        drawing.add(PolyLine(coords, strokeColor=colors.HexColor(colour), strokeWidth=1.1 if k == 0 else 0.8,
                             strokeDashArray=dash))
        drawing.add(String(coords[-2] + 2, coords[-1] - 2, f"{k:+d}" if k else "0", fontName=SANS, fontSize=6,
                           fillColor=colors.HexColor(colour)))
    if len(px):
        coords = [v for xv, yv in zip(px, py, strict=True) for v in (sx(float(xv)), sy(float(yv)))]
        if len(px) > 1:
            drawing.add(PolyLine(coords, strokeColor=POINT_COLOUR, strokeWidth=1.3))
        for i in range(0, len(coords), 2):
            drawing.add(Circle(coords[i], coords[i + 1], 1.8, fillColor=POINT_COLOUR, strokeColor=POINT_COLOUR,
                               strokeWidth=0.5))
    drawing.add(String(left + plot_w / 2, height - 11, labels.title, fontName=f"{SANS}-Bold", fontSize=8.5,
                       textAnchor="middle"))
    drawing.add(String(left + plot_w / 2, 3, labels.x, textAnchor="middle", **tick))
    y_title = Group(String(0, 0, labels.y, textAnchor="middle", **tick))
    y_title.rotate(90)
    y_title.translate(bottom + plot_h / 2, -8)
    drawing.add(y_title)
    return drawing
