"""WHO growth charts of one child drawn with matplotlib (no Qt), for the screen and the cards.

matplotlib is imported by the caller's first use only: these functions take a ready Figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.growth.assessment import DAYS_PER_MONTH
from kindergarten_desktop.growth.measurements import Measurement

LAST_WFH_DAYS = 1826
# The seven WHO lines: median green, ±1 orange dotted, ±2 red dashed, ±3 dark red.
SD_STYLE = {3: ("#8b0000", "-"), 2: ("#d62728", "--"), 1: ("#e08a00", ":"), 0: ("#2ca02c", "-"),
            -1: ("#e08a00", ":"), -2: ("#d62728", "--"), -3: ("#8b0000", "-")}
# Which z-score each chart shows (for the point information).
Z_OF_CHART = {"wfa": "waz", "hfa": "haz", "wfl": "whz", "wfh": "whz", "bfa": "baz"}
WFL_RANGE = (45.0, 110.0)
WFH_RANGE = (65.0, 120.0)


@dataclass(frozen=True)
class ChartChild:
    full_name: str
    sex: int
    birth_date: dt.date


def chart_child(db: Database, child_id: int) -> ChartChild:
    """The name, sex and birth date a chart of ``child_id`` needs."""
    row = db.execute("SELECT full_name, sex, birth_date FROM child WHERE id = ?", [child_id]).fetchone()
    if row is None:
        raise AppError("growth.missing_child", child_id=child_id)
    return ChartChild(row[0], row[1], dt.date.fromisoformat(row[2]))


def weight_for_height_indicator(child: ChartChild, on: dt.date) -> str:
    """'wfh' (weight-for-length/height) under 5 years, 'bfa' (BMI-for-age) from 5."""
    return "wfh" if (on - child.birth_date).days <= LAST_WFH_DAYS else "bfa"


def screen_charts(child: ChartChild, history: Sequence[Measurement], on: dt.date) -> list[str]:
    """The charts WHO Anthro offers for the child: weight-for-age, length/height-for-age,
    weight-for-length (when measured or now under 2 years), weight-for-height (2 to 5 years) and
    BMI-for-age at every age."""
    days = [(m.visit_date - child.birth_date).days for m in history] + [(on - child.birth_date).days]
    found = ["wfa", "hfa"]
    if any(d < 731 for d in days):
        found.append("wfl")
    if any(731 <= d <= LAST_WFH_DAYS for d in days):
        found.append("wfh")
    return [*found, "bfa"]


@dataclass
class ChartPoints:
    x: np.ndarray
    y: np.ndarray
    x_unit: str  # "months" or "cm"
    index: list[int] = field(default_factory=list)  # the measurement of each point in ``history``


def _standing(m: Measurement, days: int) -> float | None:
    """The height as WHO compares it: length under 2 years, standing height from 2."""
    if m.height_cm is None:
        return None
    measure = m.measure or ("l" if days < 731 else "h")
    if days < 731 and measure == "h":
        return m.height_cm + 0.7
    if days >= 731 and measure == "l":
        return m.height_cm - 0.7
    return m.height_cm


def points(indicator: str, child: ChartChild, history: Sequence[Measurement]) -> ChartPoints:
    """The child's points on a chart: 'wfl' takes the measurements under 2 years (length),
    'wfh' those from 2 to 5 years (height), as WHO separates them."""
    xs, ys, index = [], [], []
    for i, m in enumerate(history):
        days = (m.visit_date - child.birth_date).days
        height = _standing(m, days)
        months = days / DAYS_PER_MONTH
        weight = m.weight_kg
        point: tuple[float, float]
        if indicator == "wfa" and weight is not None:
            point = (months, weight)
        elif indicator == "hfa" and height is not None:
            point = (months, height)
        elif height is None or weight is None:
            continue
        elif indicator == "wfl" and days < 731:
            point = (height, weight)
        elif indicator == "wfh" and 731 <= days <= LAST_WFH_DAYS:
            point = (height, weight)
        elif indicator == "bfa":
            point = (months, weight / (height / 100) ** 2)
        else:
            continue
        xs.append(point[0])
        ys.append(point[1])
        index.append(i)
    return ChartPoints(np.array(xs, dtype=float), np.array(ys, dtype=float),
                       "cm" if indicator in ("wfl", "wfh") else "months", index)


def age_window(child: ChartChild, history: Sequence[Measurement], on: dt.date) -> tuple[float, float]:
    """Months shown (screen and printed cards): from a little before the first measurement to a
    little after ``on``, in whole half-years, at least a year wide."""
    first = min([m.visit_date for m in history] + [on])
    start = max(0.0, (first - child.birth_date).days / DAYS_PER_MONTH - 3)
    end = (on - child.birth_date).days / DAYS_PER_MONTH + 3
    start = 6 * np.floor(start / 6)
    end = max(6 * np.ceil(end / 6), start + 12)
    return float(start), float(end)


def draw_chart(ax: Any, indicator: str, child: ChartChild, history: Sequence[Measurement], on: dt.date,
               labels: dict[str, str]) -> None:
    """One chart: the −3…+3 SD curves for the child's sex and the child's points joined up.

    ``labels``: title, x and y axis texts for the indicator (the caller's language).
    """
    from kindergarten_desktop.growth.who import sd_curves

    if indicator == "wfh" and (on - child.birth_date).days < 731 and not points("wfh", child, history).x.size:
        indicator = "wfl"  # a child under 2 years: weight-for-length
    pts = points(indicator, child, history)
    if indicator in ("wfl", "wfh"):
        low, high = WFL_RANGE if indicator == "wfl" else WFH_RANGE
        if len(pts.x):
            low, high = max(low, 5 * np.floor(pts.x.min() / 5) - 5), min(high, 5 * np.ceil(pts.x.max() / 5) + 5)
        grid = np.round(np.arange(low, high + 0.01, 0.5), 1)
        curves = sd_curves(indicator, child.sex, grid)
        xs = grid
    else:
        start, end = age_window(child, history, on)
        if indicator == "wfa":
            end = min(end, 120.0)
        xs = np.linspace(start, end, 200)
        curves = sd_curves(indicator, child.sex, np.round(xs * DAYS_PER_MONTH))
    for k, (colour, style) in SD_STYLE.items():
        y = np.asarray(curves[k], dtype=float)
        ax.plot(xs, y, color=colour, linestyle=style, linewidth=1.0 if k else 1.4, gid=f"sd{k}")
        last = np.flatnonzero(~np.isnan(y))
        if len(last):
            ax.annotate(f"{k:+d} SD" if k else "0 SD", (xs[last[-1]], y[last[-1]]), fontsize=7, color=colour,
                        xytext=(2, 0), textcoords="offset points", va="center")
    if len(pts.x):
        ax.plot(pts.x, pts.y, color="#1f4e9c", marker="o", markersize=4, linewidth=1.6, zorder=5, picker=True,
                pickradius=6, gid="child")
    ax.set_xlim(xs[0], xs[-1] + (xs[-1] - xs[0]) * 0.08)  # room for the line labels
    ax.set_title(labels["title"], fontsize=10)
    ax.set_xlabel(labels["x"], fontsize=8)
    ax.set_ylabel(labels["y"], fontsize=8)
    ax.tick_params(labelsize=7)
    ax.grid(True, color="#dddddd", linewidth=0.5)
