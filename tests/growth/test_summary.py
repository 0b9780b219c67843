from collections import Counter

import numpy as np
import pytest

from kindergarten_desktop.db.settings import set_setting
from kindergarten_desktop.growth import summary as s
from kindergarten_desktop.growth.classify import classify
from kindergarten_desktop.growth.measurements import Measurement, save_measurement
from kindergarten_desktop.growth.rounds import ensure_default_rounds, find_round, list_rounds
from kindergarten_desktop.growth.who import compute
from kindergarten_desktop.school import current_school_year
from tests.growth.conftest import TODAY


def test_small_class_counts_percentages_by_sex_and_change(db, school):
    first, second, _ = ensure_default_rounds(db, school)
    # An (boy, 3y6m) normal; Bình (girl, 3y10m) stunted and underweight at the first round.
    save_measurement(db, Measurement(1, first.id, first.day, 15.0, 98.0), today=TODAY)
    save_measurement(db, Measurement(2, first.id, first.day, 11.0, 90.0), today=TODAY)
    save_measurement(db, Measurement(3, first.id, first.day, absent=True), today=TODAY)
    summary = s.summarize_round(db, first.id)
    school_group = summary.school
    assert school_group.enrolled.tolist() == [3, 1, 2]
    assert school_group.measured.tolist() == [2, 1, 1]
    assert school_group.count("ha", "stunting") == 1 and school_group.count("ha", "stunting", 2) == 1
    assert school_group.percent("ha", "stunting") == 50.0
    assert school_group.percent("ha", "stunting", 1) == 0.0
    assert summary.target_status(school_group)["malnutrition"] == (50.0, 2.0, False)
    assert summary.baseline is None and summary.change(school_group, "ha", "stunting") is None
    assert [c.full_name for c in summary.follow_up("ha", "stunting")] == ["Trần Thị Bình"]
    assert [g.key for g in summary.age_groups] == ["age_3_4"]
    # December: Bình has caught up in height.
    save_measurement(db, Measurement(1, second.id, second.day, 15.4, 99.5), today=TODAY)
    save_measurement(db, Measurement(2, second.id, second.day, 12.5, 94.0), today=TODAY)
    later = s.summarize_round(db, second.id)
    assert later.baseline is not None
    assert later.change(later.school, "ha", "stunting") == later.school.percent("ha", "stunting") - 50.0


def test_targets_come_from_the_settings(db, school):
    assert s.load_targets(db) == {"malnutrition": 2.0, "overweight_obesity": 5.0}
    set_setting(db, s.TARGETS_KEY, {"stunting": 3.0, "overweight_obesity": 4.5})
    first = ensure_default_rounds(db, school)[0]
    assert s.summarize_round(db, first.id).targets == {"stunting": 3.0, "overweight_obesity": 4.5}


def test_report_category_folds_bmi_codes():
    assert s.report_category("wh", "thinness") == "wasting"
    assert s.report_category("wh", "severe_thinness") == "severe_wasting"
    assert s.report_category("wa", "") == ""


def test_demo_school_summary_agrees_with_the_engine(demo_db):
    year = current_school_year(demo_db)
    round_ = find_round(demo_db, year.id, 2)
    summary = s.summarize_round(demo_db, round_.id)
    rows = demo_db.execute(
        """SELECT ch.sex, julianday(m.visit_date) - julianday(ch.birth_date), m.weight_kg, m.height_cm, m.measure
           FROM measurement m JOIN child ch ON ch.id = m.child_id
           WHERE m.round_id = ? AND m.absent = 0""", [round_.id]).fetchall()
    res = compute(np.array([r[0] for r in rows]), np.array([int(r[1]) for r in rows]),
                  np.array([r[2] for r in rows], dtype=float), np.array([r[3] for r in rows], dtype=float),
                  [r[4] for r in rows])
    expected = {k: Counter(s.report_category(k, str(c)) for c in v) for k, v in classify(res).items()}
    assert summary.school.measured[0] == len(rows) > 400
    for indicator, counter in expected.items():
        for category, n in counter.items():
            if category:  # "" = not computed (e.g. a height beyond the W/H table)
                assert summary.school.count(indicator, category) == n
    class_total = sum(g.measured[0] for g in summary.classes)
    assert class_total == sum(g.measured[0] for g in summary.age_groups) == len(rows)
    assert summary.baseline is not None and summary.baseline.round.number == 1
    # The demo school has a few children in each category.
    for indicator, category in [("wa", "underweight"), ("ha", "stunting"), ("wh", "wasting"),
                                ("wh", "overweight"), ("wh", "obese")]:
        assert 0 < summary.school.percent(indicator, category) < 10, (indicator, category)


@pytest.mark.parametrize("number", [1, 2, 3])
def test_every_demo_round_is_summarised(demo_db, number):
    year = current_school_year(demo_db)
    assert len(list_rounds(demo_db, year.id)) == 3
    summary = s.summarize_round(demo_db, find_round(demo_db, year.id, number).id)
    assert summary.school.measured[0] > 400
    assert all(c.age_months >= 20 for c in summary.children)
