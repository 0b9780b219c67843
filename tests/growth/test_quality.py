"""The round's data-quality summary: z-score statistics by sex and age band, flags, missing values,
implausible changes and the children who did not gain weight."""

import math

import numpy as np
import pytest

from kindergarten_desktop.growth.measurements import Measurement, save_measurement
from kindergarten_desktop.growth.quality import band_of, round_quality
from kindergarten_desktop.growth.rounds import ensure_default_rounds
from kindergarten_desktop.growth.summary import assess_round
from tests.growth.conftest import TODAY


@pytest.fixture
def rounds(db, school):
    return ensure_default_rounds(db, school)


def test_statistics_flags_missing_and_changes(db, rounds):
    first, second, _ = rounds
    save_measurement(db, Measurement(1, first.id, first.day, 15.0, 98.0), today=TODAY)
    save_measurement(db, Measurement(2, first.id, first.day, 14.0, 96.0), today=TODAY)
    save_measurement(db, Measurement(3, first.id, first.day, 9.0, 75.0, "l"), today=TODAY)
    save_measurement(db, Measurement(1, second.id, second.day, 14.6, 99.0), today=TODAY)  # lost 0.4 kg
    save_measurement(db, Measurement(2, second.id, second.day, 14.0, 97.0), today=TODAY)  # no gain
    save_measurement(db, Measurement(3, second.id, second.day, 18.0, 76.0, "l"), confirmed=True, today=TODAY)
    quality = round_quality(db, second.id)
    school = quality.group()
    assert (school.enrolled, school.measured) == (4, 3)  # child 4 joined in October, not measured
    assert school.missing_percent() == 25.0
    # The mean and SD are those of the engine's z-scores, flagged values left out.
    children = assess_round(db, second)
    waz = [c.z["waz"] for c in children]
    flagged = school.z["waz"].flagged
    assert school.z["haz"].n == 3 and math.isclose(school.z["haz"].mean, np.mean([c.z["haz"] for c in children]))
    assert math.isclose(school.z["haz"].sd, np.std([c.z["haz"] for c in children], ddof=1))
    assert school.z["waz"].n + flagged == len(waz)
    boys = quality.group(sex=1)
    assert (boys.enrolled, boys.measured) == (2, 1)
    assert sum(quality.group(band=b).measured for b in ("12-23", "24-35", "36-47", "48-59", "60+")) == 3
    assert [c.full_name for c in quality.weight_loss()] == ["Nguyễn Văn An"]
    assert quality.weight_loss()[0].weight_change == -0.4
    assert [c.full_name for c in quality.no_gain()] == ["Trần Thị Bình"]
    assert [c.full_name for c in quality.implausible()] == ["Lê Minh Châu"]
    assert quality.implausible()[0].problems[0].code == "weight_gain_fast"
    assert round_quality(db, first.id).changes == []


def test_age_bands():
    assert [band_of(m) for m in (0, 11, 12, 23, 24, 59, 60, 75)] == \
        ["0-11", "0-11", "12-23", "12-23", "24-35", "48-59", "60+", "60+"]
