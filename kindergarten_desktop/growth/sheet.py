"""The class sheet of a round: the children enrolled on the round's date with this round's
measurement and the one before it, all read in a few queries. A monthly check also says why
each child is on the follow-up list, and can be narrowed to those children."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.follow_up import follow_up_list
from kindergarten_desktop.growth.measurements import MEASUREMENT_COLUMNS, Measurement, measurement_from_row
from kindergarten_desktop.growth.rounds import Round
from kindergarten_desktop.roster.queries import ChildRow, class_children


@dataclass
class SheetRow:
    child: ChildRow
    current: Measurement | None  # this round's row, if any
    previous: Measurement | None  # the last measurement with values before the round
    # Why a monthly check re-measures the child (follow_up reasons); empty in a regular round.
    reasons: tuple[str, ...] = field(default=())


def previous_measurements(db: Database, child_ids: list[int], before: dt.date, other_than_round: int = 0
                          ) -> dict[int, Measurement]:
    """Each child's last measurement with values taken before ``before`` (in another round)."""
    if not child_ids:
        return {}
    marks = ",".join("?" * len(child_ids))
    rows = db.execute(
        f"""SELECT {MEASUREMENT_COLUMNS} FROM (
                SELECT *, row_number() OVER (PARTITION BY child_id ORDER BY visit_date DESC) AS rank
                FROM measurement
                WHERE child_id IN ({marks}) AND visit_date < ? AND round_id <> ? AND absent = 0
                  AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL)) AS ranked
            WHERE rank = 1""",
        [*child_ids, before.isoformat(), other_than_round],
    ).fetchall()
    return {r[0]: measurement_from_row(r) for r in rows}


def round_measurements(db: Database, round_id: int, child_ids: list[int]) -> dict[int, Measurement]:
    if not child_ids:
        return {}
    marks = ",".join("?" * len(child_ids))
    rows = db.execute(f"SELECT {MEASUREMENT_COLUMNS} FROM measurement WHERE round_id = ? AND child_id IN ({marks})",
                      [round_id, *child_ids]).fetchall()
    return {r[0]: measurement_from_row(r) for r in rows}


def class_sheet(db: Database, round_: Round, class_id: int) -> list[SheetRow]:
    """The children of the class on the round's date, in Vietnamese order; in a monthly check each
    row carries its follow-up reasons, judged on the measurements before this check."""
    children = class_children(db, class_id, on=round_.day)
    ids = [c.id for c in children]
    current = round_measurements(db, round_.id, ids)
    previous = previous_measurements(db, ids, round_.day, round_.id)
    reasons: dict[int, tuple[str, ...]] = {}
    if round_.kind == "monthly":
        reasons = {f.child_id: f.reasons for f in follow_up_list(
            db, round_.school_year_id, round_.day, class_id=class_id, other_than_round=round_.id)}
    return [SheetRow(c, current.get(c.id), previous.get(c.id), reasons.get(c.id, ())) for c in children]


def follow_up_rows(rows: list[SheetRow]) -> list[SheetRow]:
    """The rows a monthly check shows by default: the follow-up children, and anyone already
    measured in this check (so a value typed with the whole class shown does not vanish)."""
    return [r for r in rows if r.reasons or r.current is not None]
