import pytest

from kindergarten_desktop.roster import promotion as pr
from kindergarten_desktop.school import find_school_year


def test_plan_and_apply_promotion_of_the_demo_year(demo_db):
    db = demo_db
    year = find_school_year(db, "2025-2026")
    plan = pr.plan_promotion(db, year)
    assert plan.to_year_name == "2026-2027"
    open_stays = db.execute("SELECT count(*) FROM enrollment WHERE end_date IS NULL").fetchone()[0]
    assert len(plan.moves) == open_stays
    by_from = {}
    for move in plan.moves:
        by_from.setdefault(move.from_group, set()).add(move.target)
    assert by_from["age_5_6"] == {None}  # Lá graduates
    assert by_from["age_4_5"] == {"Lá 1", "Lá 2", "Lá 3", "Lá 4"}  # 4 Chồi classes into Lá 1-4
    assert by_from["nursery_25_36"] == {"Mầm 1", "Mầm 2"}
    assert {plan.targets[t].age_group for t in by_from["age_3_4"]} == {"age_4_5"}
    # Five Mầm classes into four Chồi: four move up whole, the fifth is spread over them.
    counts = plan.counts()
    assert by_from["age_3_4"] == {"Chồi 1", "Chồi 2", "Chồi 3", "Chồi 4"}
    assert max(counts[f"Chồi {n}"] for n in range(1, 5)) - min(counts[f"Chồi {n}"] for n in range(1, 5)) <= 8
    # The principal moves one child elsewhere.
    next(m for m in plan.moves if m.from_group == "age_4_5").target = "Lá 5"
    assert plan.moving_up() + plan.graduating() == len(plan.moves) and plan.graduating() == sum(
        1 for m in plan.moves if m.from_group == "age_5_6")
    counts = pr.apply_promotion(db, plan)
    graduated = sum(1 for m in plan.moves if m.target is None)
    assert counts["graduated"] == graduated and counts["promoted"] == len(plan.moves) - graduated
    new_year = find_school_year(db, "2026-2027")
    assert counts["classes_created"] == db.execute("SELECT count(*) FROM class WHERE school_year_id = ?",
                                                   [new_year.id]).fetchone()[0] == 11
    assert db.execute("SELECT count(*) FROM enrollment WHERE end_date IS NULL").fetchone()[0] == counts["promoted"]
    assert db.execute("SELECT count(*) FROM enrollment WHERE end_reason = 'graduation'").fetchone()[0] == graduated
    with pytest.raises(pr.PromotionError, match="already been promoted"):
        pr.plan_promotion(db, year)


def test_over_capacity_and_unknown_target(demo_db):
    plan = pr.plan_promotion(demo_db, find_school_year(demo_db, "2025-2026"))
    for move in plan.moves:
        if move.from_group == "age_4_5":
            move.target = "Lá 1"
    over = {name: legal for name, _n, legal in plan.over_capacity()}
    assert over["Lá 1"] == 35
    plan.moves[0].target = "Lớp ma"
    before = demo_db.execute("SELECT count(*) FROM enrollment").fetchone()[0]
    with pytest.raises(pr.PromotionError):
        pr.apply_promotion(demo_db, plan)
    assert demo_db.execute("SELECT count(*) FROM enrollment").fetchone()[0] == before
