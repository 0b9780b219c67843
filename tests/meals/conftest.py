"""A tiny school for the meals tests: one kindergarten and one nursery class in 2025-2026."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from kindergarten_desktop.school import ensure_school_year


@dataclass
class TinySchool:
    db: object
    year_id: int
    kg_class: int
    nursery_class: int
    children: list[int]  # first three in the kindergarten class, last two in the nursery class

    def mark(self, child_id: int, day: dt.date, status: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO attendance (child_id, day, status) VALUES (?,?,?)",
                        [child_id, day.isoformat(), status])

    def price(self) -> None:
        """Daily rates for both age groups from the first school day (a month cannot close without)."""
        from kindergarten_desktop.meals.rates import add_rate

        add_rate(self.db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
        add_rate(self.db, "nursery", dt.date(2025, 9, 5), 20000, 2000)


def build_school(db) -> TinySchool:
    year = ensure_school_year(db, 2025)
    kg = db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (?, 'Chồi 1', 'age_4_5')",
                    [year.id]).lastrowid
    nursery = db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (?, 'Nhà trẻ 1', "
                         "'nursery_25_36')", [year.id]).lastrowid
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Gia Huy", "Hoàng Ngọc Lan"]
    children = []
    for i, name in enumerate(names):
        cid = db.execute("INSERT INTO child (full_name, sex, birth_date) VALUES (?, ?, '2021-05-01')",
                         [name, 1 + i % 2]).lastrowid
        db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (?, ?, '2025-09-05')",
                   [cid, kg if i < 3 else nursery])
        children.append(cid)
    return TinySchool(db, year.id, kg, nursery, children)


@pytest.fixture
def school(db) -> TinySchool:
    return build_school(db)
