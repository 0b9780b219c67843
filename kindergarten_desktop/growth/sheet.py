"""The class sheet of a round: the children enrolled on the round's date with this round's
measurement and the one before it, all read in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.measurements import MEASUREMENT_COLUMNS, Measurement, measurement_from_row
from kindergarten_desktop.growth.rounds import Round
from kindergarten_desktop.roster.queries import ChildRow, class_children


@dataclass
class SheetRow:
    child: ChildRow
    current: Measurement | None  # this round's row, if any
    previous: Measurement | None  # the last measurement with values before the round


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
                  AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL))
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
    """The children of the class on the round's date, in Vietnamese order."""
    children = class_children(db, class_id, on=round_.day)
    ids = [c.id for c in children]
    current = round_measurements(db, round_.id, ids)
    previous = previous_measurements(db, ids, round_.day, round_.id)
    return [SheetRow(c, current.get(c.id), previous.get(c.id)) for c in children]
