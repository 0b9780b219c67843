"""Translated names of the WHO categories, indicators and problems shown in the Growth tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kindergarten_desktop.ui.numbers import ui_number

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def category_label(indicator: str, code: str) -> str:
    labels = {
        ("wa", "normal"): translate("GrowthLabels", "Normal weight"),
        ("wa", "underweight"): translate("GrowthLabels", "Underweight"),
        ("wa", "severe_underweight"): translate("GrowthLabels", "Severely underweight"),
        ("wa", "above_normal"): translate("GrowthLabels", "Weight above normal"),
        ("ha", "normal"): translate("GrowthLabels", "Normal height"),
        ("ha", "stunting"): translate("GrowthLabels", "Stunted"),
        ("ha", "severe_stunting"): translate("GrowthLabels", "Severely stunted"),
        ("wh", "normal"): translate("GrowthLabels", "Normal weight-for-height"),
        ("wh", "wasting"): translate("GrowthLabels", "Wasted"),
        ("wh", "severe_wasting"): translate("GrowthLabels", "Severely wasted"),
        ("wh", "overweight"): translate("GrowthLabels", "Overweight"),
        ("wh", "obese"): translate("GrowthLabels", "Obese"),
    }
    if code == "recheck":
        return translate("GrowthLabels", "Measure again")
    return labels.get((indicator, code), code)


def short_category(indicator: str, code: str) -> str:
    """Column headings of the summary table."""
    labels = {
        "normal": translate("GrowthLabels", "Normal"),
        "underweight": translate("GrowthLabels", "Underweight"),
        "severe_underweight": translate("GrowthLabels", "Severe"),
        "above_normal": translate("GrowthLabels", "Above +2"),
        "stunting": translate("GrowthLabels", "Stunted"),
        "severe_stunting": translate("GrowthLabels", "Severe"),
        "wasting": translate("GrowthLabels", "Wasted"),
        "severe_wasting": translate("GrowthLabels", "Severe"),
        "overweight": translate("GrowthLabels", "Overweight"),
        "obese": translate("GrowthLabels", "Obese"),
        "recheck": translate("GrowthLabels", "Re-check"),
    }
    return labels.get(code, code)


def indicator_label(indicator: str) -> str:
    return {
        "wa": translate("GrowthLabels", "Weight-for-age"),
        "ha": translate("GrowthLabels", "Height-for-age"),
        "wh": translate("GrowthLabels", "Weight-for-height / BMI-for-age"),
    }[indicator]


def metric_label(metric: str) -> str:
    return {
        "malnutrition": translate("GrowthLabels", "Malnutrition"),
        "underweight": translate("GrowthLabels", "Underweight"),
        "stunting": translate("GrowthLabels", "Stunting"),
        "wasting": translate("GrowthLabels", "Wasting"),
        "overweight_obesity": translate("GrowthLabels", "Overweight and obesity"),
    }.get(metric, metric)


def reason_label(reason: str) -> str:
    if reason == "under_24_months":
        return translate("GrowthLabels", "Under 24 months")
    for indicator in ("wa", "ha", "wh"):
        text = category_label(indicator, reason)
        if text != reason:
            return text
    return reason


def follow_up_reason(reason: str) -> str:
    """Why a monthly check re-measures a child: "Under 24 months" or "Stunted last time"."""
    if reason == "under_24_months":
        return reason_label(reason)
    return translate("GrowthLabels", "%1 last time").replace("%1", reason_label(reason))


def problem_text(problem) -> str:
    """A measurement problem (growth.measurements.Problem) in the user's language."""
    v = problem.values
    texts = {
        "weight_range": translate("GrowthLabels", "Weight %1 kg is outside 2–50 kg"),
        "height_range": translate("GrowthLabels", "Height %1 cm is outside 45–150 cm"),
        "before_birth": translate("GrowthLabels", "The visit date %1 is before the child's birth (%2)"),
        "future": translate("GrowthLabels", "The visit date %1 is in the future"),
        "not_enrolled": translate("GrowthLabels", "The child is not enrolled in this class on %1"),
        "bad_measure": translate("GrowthLabels", "The position must be lying or standing"),
        "weight_drop": translate("GrowthLabels", "Weight %1 kg is %2 % less than last time (%3 kg on %4)"),
        "height_drop": translate("GrowthLabels", "Height %1 cm is less than last time (%2 cm on %3)"),
        "who_flag": translate("GrowthLabels", "WHO marks this %1 z-score (%2) as implausible: measure again"),
    }
    text = texts.get(problem.code, problem.message)
    args = {
        "weight_range": [_num(v.get("value"))],
        "height_range": [_num(v.get("value"))],
        "before_birth": [v.get("day"), v.get("birth")],
        "future": [v.get("day")],
        "not_enrolled": [v.get("day")],
        "weight_drop": [_num(v.get("value")), str(v.get("percent")), _num(v.get("previous")), v.get("day")],
        "height_drop": [_num(v.get("value")), _num(v.get("previous")), v.get("day")],
        "who_flag": [v.get("indicator"), v.get("z", "").replace(".", ",")],
    }.get(problem.code, [])
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text


def _num(value) -> str:
    return "" if value is None else ui_number(float(value), 1)


SEVERE = {"severe_underweight", "severe_stunting", "severe_wasting"}
MODERATE = {"underweight", "stunting", "wasting"}
HIGH = {"overweight", "obese", "above_normal"}


def category_colour(code: str) -> QColor | None:
    """Background of a classified cell: red severe, orange moderate, violet overweight, yellow re-check."""
    if code in SEVERE:
        return QColor("#f4b6b6")
    if code in MODERATE:
        return QColor("#fbd9a8")
    if code in HIGH:
        return QColor("#dccbf0")
    if code == "recheck":
        return QColor("#fff29a")
    return None
