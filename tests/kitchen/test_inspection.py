import datetime as dt
from dataclasses import replace

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen.inspection import (
    Inspection,
    Sample,
    list_inspections,
    list_samples,
    prefill_inspections,
    prefill_samples,
    save_inspection,
    save_prefilled,
    save_sample,
)
from kindergarten_desktop.kitchen.menus import MenuLine, set_day_menu
from kindergarten_desktop.meals import market
from tests.kitchen.conftest import food_id

DAY = dt.date(2025, 10, 6)


def _day(db):
    set_day_menu(db, DAY, "kindergarten", [MenuLine("lunch", "Cơm tẻ", food_id(db, "1004"), 80),
                                           MenuLine("lunch", "Canh rau muống", food_id(db, "4083"), 30)])
    set_day_menu(db, DAY, "nursery", [MenuLine("lunch", "Cơm tẻ", food_id(db, "1004"), 60),
                                      MenuLine("afternoon", "Cháo thịt", food_id(db, "7017"), 15)])
    market.add_purchase(db, DAY, "Thịt lợn nạc", 2.5, 130000, unit="kg", supplier="Cô Lan")


def test_prefill_from_purchases_and_menu(db):
    _day(db)
    records = prefill_inspections(db, DAY, "Vũ Thị Hạnh")
    assert [(r.step, r.item) for r in records if r.step == 1] == [(1, "Thịt lợn nạc")]
    assert records[0].supplier == "Cô Lan" and records[0].quantity == "2,50 kg"
    dishes = [(r.step, r.item) for r in records if r.step > 1]
    assert dishes == [(2, "Cơm tẻ"), (3, "Cơm tẻ"), (2, "Canh rau muống"), (3, "Canh rau muống"),
                      (2, "Cháo thịt"), (3, "Cháo thịt")]
    samples = prefill_samples(db, DAY, "Vũ Thị Hạnh")
    assert [(s.dish, s.quantity, s.unit) for s in samples] == [("Cơm tẻ", 100, "g"), ("Canh rau muống", 150, "ml"),
                                                               ("Cháo thịt", 150, "ml")]
    assert all(s.discarded_at - s.taken_at == dt.timedelta(hours=24) for s in samples)
    assert save_prefilled(db, DAY, "Vũ Thị Hạnh") == (7, 3)
    assert save_prefilled(db, DAY, "Vũ Thị Hạnh") == (0, 0)  # a day already recorded is left as it is
    assert len(list_inspections(db, DAY, DAY)) == 7 and len(list_samples(db, DAY, DAY)) == 3


def test_bad_records_are_refused(db):
    good = Inspection(None, DAY, 1, "6h30", "Thịt lợn", "Cô Lan", "2 kg")
    save_inspection(db, good)
    assert list_inspections(db, DAY, DAY)[0].at == "06:30"
    for bad in (replace(good, step=4), replace(good, item=" "), replace(good, at="25:00")):
        with pytest.raises(AppError):
            save_inspection(db, bad)
    taken = dt.datetime(2025, 10, 6, 10, 30)
    sample = Sample(None, DAY, "lunch", "Canh cua", 150, "ml", taken, taken + dt.timedelta(hours=24))
    save_sample(db, sample)
    with pytest.raises(AppError) as caught:
        save_sample(db, replace(sample, quantity=120))
    assert caught.value.code == "kitchen.sample_too_small"
    with pytest.raises(AppError) as caught:
        save_sample(db, replace(sample, discarded_at=taken + dt.timedelta(hours=20)))
    assert caught.value.code == "kitchen.sample_kept_short"
    with pytest.raises(AppError):
        save_sample(db, replace(sample, unit="g", quantity=90))
    assert len(list_samples(db, DAY, DAY)) == 1 and len(list_inspections(db, DAY, DAY)) == 1
