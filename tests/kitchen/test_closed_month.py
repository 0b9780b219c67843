"""A closed month is closed for the kitchen's books too, in the one message every closed-month
refusal gives (the month, who reopens it and where): deleting a food inspection or a kept sample
of a closed day said "mở lại tháng đó trước khi sửa thực đơn ngày …" (reopen it before changing
the menu)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kindergarten_desktop.db import open_database
from kindergarten_desktop.db.guards import MonthClosed
from kindergarten_desktop.kitchen.inspection import (
    Inspection,
    Sample,
    delete_inspection,
    delete_sample,
    list_inspections,
    list_samples,
    save_inspection,
    save_sample,
)
from kindergarten_desktop.kitchen.menus import MenuLine, day_menu, set_day_menu
from kindergarten_desktop.meals.closing import close_month
from tests.kitchen.conftest import food_id
from tests.meals.conftest import build_school

DAY = dt.date(2025, 10, 6)
CLOSED = ("Sổ đã khóa đến tháng 10/2025: không thể thêm, sửa hay xóa dữ liệu của tháng đã khóa")


@pytest.fixture
def closed_october(tmp_path):
    db = open_database(tmp_path / "school.sqlite3")
    school = build_school(db)
    school.price()
    set_day_menu(db, DAY, "kindergarten", [MenuLine("lunch", "Cơm tẻ", food_id(db, "1004"), 80)])
    record = save_inspection(db, Inspection(None, DAY, 1, "06:30", "Thịt lợn nạc", "Cô Lan", "2,5 kg", "Hoá đơn",
                                            True, "", "Vũ Thị Hạnh"))
    sample = save_sample(db, Sample(None, DAY, "lunch", "Cơm tẻ", 100, "g", dt.datetime(2025, 10, 6, 10, 30),
                                    None, "Vũ Thị Hạnh"))
    close_month(db, 2025, 9, "Kế toán", now=dt.datetime(2025, 11, 3))
    close_month(db, 2025, 10, "Kế toán", now=dt.datetime(2025, 11, 3))
    yield db, record, sample
    db.close()


def test_the_kitchen_books_of_a_closed_month_are_refused_in_the_one_message(closed_october):
    db, record, sample = closed_october
    for write in (lambda: delete_inspection(db, record),
                  lambda: delete_sample(db, sample),
                  lambda: set_day_menu(db, DAY, "kindergarten", []),
                  lambda: save_inspection(db, Inspection(None, DAY, 2, "09:00", "Cơm tẻ", "", "", "", True, "",
                                                         "Vũ Thị Hạnh"))):
        with pytest.raises(MonthClosed) as err:
            write()
        text = err.value.text("vi")
        assert text.startswith(CLOSED) and "hiệu trưởng mở lại sổ tháng 10/2025" in text
        assert "thực đơn ngày" not in text
    assert [r.id for r in list_inspections(db, DAY, DAY)] == [record]
    assert [s.id for s in list_samples(db, DAY, DAY)] == [sample]
    assert day_menu(db, DAY, "kindergarten")


def test_a_sample_kept_into_the_next_month_is_discarded_after_its_month_closed(tmp_path):
    """A sample of October's last school day is kept into November (at least 24 hours): the cook
    records its discard after the accountant closed October; what was sampled stays refused."""
    db = open_database(tmp_path / "school.sqlite3")
    try:
        school = build_school(db)
        school.price()
        last_day = dt.date(2025, 10, 31)
        taken = dt.datetime(2025, 10, 31, 10, 30)
        sample_id = save_sample(db, Sample(None, last_day, "lunch", "Canh bí xanh", 150, "ml", taken, None,
                                           "Vũ Thị Hạnh"))
        close_month(db, 2025, 9, "Kế toán", now=dt.datetime(2025, 11, 3))
        close_month(db, 2025, 10, "Kế toán", now=dt.datetime(2025, 11, 3))
        kept = list_samples(db, last_day, last_day)[0]
        save_sample(db, replace(kept, discarded_at=dt.datetime(2025, 11, 3, 10, 30), discarded_by="Vũ Thị Hạnh"))
        assert list_samples(db, last_day, last_day)[0].discarded_at == dt.datetime(2025, 11, 3, 10, 30)
        for changed in (replace(kept, dish="Canh bí"), replace(kept, quantity=200),
                        replace(kept, taken_at=taken + dt.timedelta(minutes=30))):
            with pytest.raises(MonthClosed):
                save_sample(db, replace(changed, discarded_at=dt.datetime(2025, 11, 3, 11)))
        with pytest.raises(MonthClosed):
            delete_sample(db, sample_id)
        assert list_samples(db, last_day, last_day)[0] == replace(
            kept, discarded_at=dt.datetime(2025, 11, 3, 10, 30), discarded_by="Vũ Thị Hạnh")
    finally:
        db.close()


def test_plain_writes_to_a_closed_months_kitchen_books_are_refused_below_the_domain(closed_october):
    """The kitchen's books are guarded by the storage's triggers (db/guards.py), not only by the
    kitchen's functions: any writer gets the one closed-month refusal."""
    db, record, sample = closed_october
    for sql in ("DELETE FROM inspection", "DELETE FROM food_sample", "DELETE FROM menu_line",
                "INSERT INTO kitchen_order (day, at, amount) VALUES ('2025-10-06', '2025-10-06T06:00', 0)"):
        with pytest.raises(MonthClosed) as err:
            db.execute(sql)
        assert err.value.text("vi").startswith(CLOSED)
    assert [r.id for r in list_inspections(db, DAY, DAY)] == [record]
