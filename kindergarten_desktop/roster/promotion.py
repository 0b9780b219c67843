"""End of year promotion (lên lớp) in one step: each class's children move to a class of the
next age group in the new school year; 5–6-year-olds graduate. ``plan_promotion`` builds a
preview the principal can adjust; ``apply_promotion`` writes it in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.roster.age_groups import PROMOTION, age_group, class_sort_key
from kindergarten_desktop.roster.errors import PromotionError
from kindergarten_desktop.school import SchoolYear, ensure_school_year, find_school_year, school_year_name

GRADUATE = None  # target of a child who leaves the school (graduation)


@dataclass
class TargetClass:
    name: str
    age_group: str
    id: int | None = None  # None: created when the promotion is applied
    room: str = ""
    capacity: int | None = None


@dataclass
class Move:
    child_id: int
    full_name: str
    enrollment_id: int
    from_class: str
    from_group: str
    target: str | None  # a TargetClass name, or GRADUATE


@dataclass
class PromotionPlan:
    from_year: SchoolYear
    to_year_name: str
    targets: dict[str, TargetClass] = field(default_factory=dict)
    moves: list[Move] = field(default_factory=list)

    def counts(self) -> dict[str | None, int]:
        result: dict[str | None, int] = {}
        for move in self.moves:
            result[move.target] = result.get(move.target, 0) + 1
        return result

    def moving_up(self) -> int:
        return sum(1 for m in self.moves if m.target is not GRADUATE)

    def graduating(self) -> int:
        return sum(1 for m in self.moves if m.target is GRADUATE)

    def over_capacity(self) -> list[tuple[str, int, int]]:
        """(class, children, legal maximum) for target classes above the legal maximum."""
        found = []
        for name, n in self.counts().items():
            if name is not None:
                legal = age_group(self.targets[name].age_group).legal_max
                if n > legal:
                    found.append((name, n, legal))
        return found


def _classes(db: Database, year_id: int) -> list[tuple[int, str, str, str, int | None]]:
    rows = db.execute("SELECT id, name, age_group, room, capacity FROM class WHERE school_year_id = ?",
                      [year_id]).fetchall()
    return sorted(rows, key=lambda r: class_sort_key(r[2], r[1]))


def plan_promotion(db: Database, from_year: SchoolYear) -> PromotionPlan:
    """Default plan: the n-th class of an age group goes to the n-th class of the next group in
    the new year (its existing classes, else classes named like this year's of that group)."""
    to_name = school_year_name(from_year.start_year + 1)
    plan = PromotionPlan(from_year, to_name)
    to_year = find_school_year(db, to_name)
    current = _classes(db, from_year.id)
    existing = _classes(db, to_year.id) if to_year else []
    if to_year and db.execute(
            "SELECT count(*) FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.school_year_id = ? "
            "AND e.start_reason = 'promotion'", [to_year.id]).fetchone()[0]:
        raise PromotionError("roster.already_promoted", year=to_name)
    by_group: dict[str, list[TargetClass]] = {}
    for cid, name, group, room, capacity in existing:
        target = TargetClass(name, group, cid, room, capacity)
        plan.targets[name] = target
        by_group.setdefault(group, []).append(target)
    for _cid, name, group, room, capacity in current:
        if group not in by_group or all(t.id is None for t in by_group[group]):
            if name not in plan.targets:
                target = TargetClass(name, group, None, room, capacity)
                plan.targets[name] = target
                by_group.setdefault(group, []).append(target)
    index_in_group: dict[str, int] = {}
    for cid, name, group, _room, _capacity in current:
        next_group = PROMOTION.get(group, group)  # mixed-age classes keep their group
        i = index_in_group.get(group, 0)
        index_in_group[group] = i + 1
        choices = by_group.get(next_group, []) if next_group else []
        rows = db.execute(
            """SELECT e.id, ch.id, ch.full_name FROM enrollment e JOIN child ch ON ch.id = e.child_id
               WHERE e.class_id = ? AND (e.end_date IS NULL OR e.end_date >= ?)""",
            [cid, from_year.end_date.isoformat()]).fetchall()
        for enrollment_id, child_id, full_name in sorted(rows, key=lambda r: name_sort_key(r[2])):
            goes_to: str | None
            if not choices:
                goes_to = GRADUATE
            elif i < len(choices):
                goes_to = choices[i].name  # the class moves up together
            else:  # more classes than next year's: spread the children over the least full
                counts = plan.counts()
                goes_to = min(choices, key=lambda t: counts.get(t.name, 0)).name
            plan.moves.append(Move(child_id, full_name, enrollment_id, name, group, goes_to))
    return plan


def apply_promotion(db: Database, plan: PromotionPlan) -> dict[str, int]:
    """Close this year's stays at its last day and open next year's, creating missing classes;
    all in one transaction. Returns counts: promoted, graduated, classes_created."""
    unknown = {m.target for m in plan.moves if m.target is not None and m.target not in plan.targets}
    if unknown:
        raise PromotionError("roster.promotion_unknown_targets", names=", ".join(sorted(unknown)))
    end = plan.from_year.end_date
    counts = {"promoted": 0, "graduated": 0, "classes_created": 0}
    with db.atomic():
        to_year = ensure_school_year(db, plan.from_year.start_year + 1)
        ids: dict[str, int] = {}
        used = {m.target for m in plan.moves if m.target is not None}
        for name, target in plan.targets.items():
            if target.id is not None:
                ids[name] = target.id
            elif name in used:
                ids[name] = db.insert("INSERT INTO class (school_year_id, name, age_group, room, capacity) "
                                      "VALUES (?, ?, ?, ?, ?)", [to_year.id, name, target.age_group, target.room,
                                                                 target.capacity])
                counts["classes_created"] += 1
        for move in plan.moves:
            reason = "graduation" if move.target is None else "promotion"
            db.execute("UPDATE enrollment SET end_date = ?, end_reason = ? WHERE id = ?",
                       [end.isoformat(), reason, move.enrollment_id])
            if move.target is None:
                counts["graduated"] += 1
                continue
            db.execute("INSERT INTO enrollment (child_id, class_id, start_date, start_reason) "
                       "VALUES (?, ?, ?, 'promotion')",
                       [move.child_id, ids[move.target], to_year.start_date.isoformat()])
            counts["promoted"] += 1
    return counts
