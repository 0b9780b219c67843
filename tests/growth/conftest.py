"""A small school for growth tests: one year, one class, three children."""

from __future__ import annotations

import datetime as dt

import pytest

from kindergarten_desktop.school import ensure_school_year


@pytest.fixture
def school(db):
    year = ensure_school_year(db, 2025)
    db.execute("INSERT INTO class (id, school_year_id, name, age_group) VALUES (1, ?, 'Mầm 1', 'age_3_4')",
               [year.id])
    children = [
        (1, "Nguyễn Văn An", 1, "2022-03-04"),
        (2, "Trần Thị Bình", 2, "2021-11-20"),
        (3, "Lê Minh Châu", 2, "2024-01-10"),  # under 2 at the September round
    ]
    for cid, name, sex, birth in children:
        db.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (?, ?, ?, ?)", [cid, name, sex, birth])
        db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (?, 1, '2025-09-05')", [cid])
    # A child who joins after the first round.
    db.execute("INSERT INTO child (id, full_name, sex, birth_date) VALUES (4, 'Phạm Gia Huy', 1, '2022-06-01')")
    db.execute("INSERT INTO enrollment (child_id, class_id, start_date) VALUES (4, 1, '2025-10-15')")
    return year


TODAY = dt.date(2026, 3, 16)
