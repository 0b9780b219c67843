"""One measurement per child and round: validation, unusual-value checks and saving.

Problems carry a ``code`` and values so the UI can explain them in Vietnamese; ``message``
is the English text for the command line and logs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.growth.assessment import assess
from kindergarten_desktop.growth.rounds import get_round

WEIGHT_RANGE = (2.0, 50.0)
HEIGHT_RANGE = (45.0, 150.0)
# A weight more than 10 % below the previous one, or any loss of height, needs a confirmation.
WEIGHT_DROP = 0.10
# Lying length is 0.7 cm more than standing height (WHO); heights are compared standing.
LYING_OFFSET_CM = 0.7

_MESSAGES = {
    "weight_range": "weight {value} kg is outside {low}–{high} kg",
    "height_range": "height {value} cm is outside {low}–{high} cm",
    "before_birth": "the visit date {day} is before the child's birth ({birth})",
    "future": "the visit date {day} is in the future",
    "not_enrolled": "the child is not enrolled on the round's date {day}",
    "bad_measure": "position must be 'l' (lying) or 'h' (standing)",
    "weight_drop": "weight {value} kg is {percent} % below the previous {previous} kg ({day})",
    "height_drop": "height {value} cm is below the previous {previous} cm ({day})",
    "who_flag": "WHO marks the {indicator} z-score {z} as implausible: measure again",
}


@dataclass(frozen=True)
class Problem:
    field: str  # weight, height, visit_date, measure, child
    code: str
    values: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return _MESSAGES[self.code].format(**self.values)


class MeasurementRefused(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class NeedsConfirmation(Exception):
    """The values are possible but unusual: save again with ``confirmed=True``."""

    def __init__(self, warnings: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in warnings))
        self.warnings = warnings


@dataclass(frozen=True)
class Measurement:
    child_id: int
    round_id: int
    visit_date: dt.date
    weight_kg: float | None = None
    height_cm: float | None = None
    measure: str | None = None  # 'l' lying, 'h' standing, None: by age
    absent: bool = False
    note: str = ""
    confirmed: bool = False
    id: int | None = None

    @property
    def measured(self) -> bool:
        return not self.absent and (self.weight_kg is not None or self.height_cm is not None)


@dataclass(frozen=True)
class ChildFacts:
    """What the checks need to know about the child."""

    id: int
    sex: int
    birth_date: dt.date


MEASUREMENT_COLUMNS = "child_id, round_id, visit_date, weight_kg, height_cm, measure, absent, note, confirmed, id"


def measurement_from_row(row: tuple) -> Measurement:
    return Measurement(row[0], row[1], dt.date.fromisoformat(row[2]), row[3], row[4], row[5],
                       bool(row[6]), row[7], bool(row[8]), row[9])


def _standing(height: float, measure: str | None) -> float:
    return height - LYING_OFFSET_CM if measure == "l" else height


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def validate(entry: Measurement, birth_date: dt.date, today: dt.date | None = None) -> list[Problem]:
    """Values that are refused outright, each with the field and the reason."""
    today = today or dt.date.today()
    problems = []
    if entry.weight_kg is not None and not WEIGHT_RANGE[0] <= entry.weight_kg <= WEIGHT_RANGE[1]:
        problems.append(Problem("weight", "weight_range", {"value": entry.weight_kg, "low": WEIGHT_RANGE[0],
                                                           "high": WEIGHT_RANGE[1]}))
    if entry.height_cm is not None and not HEIGHT_RANGE[0] <= entry.height_cm <= HEIGHT_RANGE[1]:
        problems.append(Problem("height", "height_range", {"value": entry.height_cm, "low": HEIGHT_RANGE[0],
                                                           "high": HEIGHT_RANGE[1]}))
    if entry.measure not in (None, "l", "h"):
        problems.append(Problem("measure", "bad_measure"))
    if entry.visit_date < birth_date:
        problems.append(Problem("visit_date", "before_birth", {"day": _fmt(entry.visit_date),
                                                               "birth": _fmt(birth_date)}))
    if entry.visit_date > today:
        problems.append(Problem("visit_date", "future", {"day": _fmt(entry.visit_date)}))
    return problems


def unusual(entry: Measurement, child: ChildFacts, previous: Measurement | None) -> list[Problem]:
    """Possible but suspicious values: a big weight loss, a loss of height, a WHO flag."""
    if not entry.measured:
        return []
    warnings = []
    if previous is not None and previous.measured:
        if entry.weight_kg is not None and previous.weight_kg:
            drop = (previous.weight_kg - entry.weight_kg) / previous.weight_kg
            if drop > WEIGHT_DROP:
                warnings.append(Problem("weight", "weight_drop", {
                    "value": entry.weight_kg, "previous": previous.weight_kg, "percent": round(drop * 100),
                    "day": _fmt(previous.visit_date)}))
        if entry.height_cm is not None and previous.height_cm is not None:
            if _standing(entry.height_cm, entry.measure) < _standing(previous.height_cm, previous.measure) - 1e-9:
                warnings.append(Problem("height", "height_drop", {
                    "value": entry.height_cm, "previous": previous.height_cm, "day": _fmt(previous.visit_date)}))
    result = assess([child.sex], [child.birth_date], [entry.visit_date], [entry.weight_kg], [entry.height_cm],
                    [entry.measure])
    for indicator in result.flagged(0):
        z = result.z[indicator][0]
        warnings.append(Problem("height" if indicator == "haz" else "weight", "who_flag",
                                {"indicator": indicator.upper(), "z": f"{z:.2f}"}))
    return warnings


def get_measurement(db: Database, child_id: int, round_id: int) -> Measurement | None:
    row = db.execute(f"SELECT {MEASUREMENT_COLUMNS} FROM measurement WHERE child_id = ? AND round_id = ?",
                     [child_id, round_id]).fetchone()
    return measurement_from_row(row) if row else None


def previous_measurement(db: Database, child_id: int, before: dt.date, other_than_round: int = 0
                         ) -> Measurement | None:
    """The child's last measurement with values taken before ``before`` (in another round)."""
    row = db.execute(
        f"SELECT {MEASUREMENT_COLUMNS} FROM measurement WHERE child_id = ? AND visit_date < ? AND absent = 0 "
        "AND round_id <> ? AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL) ORDER BY visit_date DESC LIMIT 1",
        [child_id, before.isoformat(), other_than_round],
    ).fetchone()
    return measurement_from_row(row) if row else None


def child_history(db: Database, child_id: int) -> list[Measurement]:
    """Every measurement of a child with values, oldest first (for the charts and cards)."""
    rows = db.execute(
        f"SELECT {MEASUREMENT_COLUMNS} FROM measurement WHERE child_id = ? AND absent = 0 "
        "AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL) ORDER BY visit_date",
        [child_id],
    ).fetchall()
    return [measurement_from_row(r) for r in rows]


def enrolled_on(db: Database, child_id: int, day: dt.date) -> bool:
    return db.execute(
        "SELECT 1 FROM enrollment WHERE child_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
        [child_id, day.isoformat(), day.isoformat()],
    ).fetchone() is not None


def child_facts(db: Database, child_id: int) -> ChildFacts:
    row = db.execute("SELECT id, sex, birth_date FROM child WHERE id = ?", [child_id]).fetchone()
    if row is None:
        raise LookupError(f"no child with id {child_id}")
    return ChildFacts(row[0], row[1], dt.date.fromisoformat(row[2]))


def save_measurement(
    db: Database,
    entry: Measurement,
    *,
    confirmed: bool = False,
    today: dt.date | None = None,
) -> Measurement:
    """Save (insert or update) the child's measurement for the round.

    Raises MeasurementRefused for impossible values and NeedsConfirmation for unusual
    ones not yet confirmed. An absent child is saved without values.
    """
    round_ = get_round(db, entry.round_id)
    if round_ is None:
        raise LookupError(f"no round with id {entry.round_id}")
    child = child_facts(db, entry.child_id)
    if entry.absent:
        entry = replace(entry, weight_kg=None, height_cm=None)
    problems = validate(entry, child.birth_date, today)
    if not enrolled_on(db, child.id, round_.day):
        problems.append(Problem("child", "not_enrolled", {"day": _fmt(round_.day)}))
    if problems:
        raise MeasurementRefused(problems)
    warnings = unusual(entry, child, previous_measurement(db, child.id, entry.visit_date, entry.round_id))
    if warnings and not confirmed:
        raise NeedsConfirmation(warnings)
    entry = replace(entry, confirmed=bool(warnings), note=entry.note.strip(),
                    weight_kg=None if entry.weight_kg is None else round(entry.weight_kg, 1),
                    height_cm=None if entry.height_cm is None else round(entry.height_cm, 1))
    with db.atomic():
        db.execute(
            "INSERT INTO measurement (child_id, round_id, visit_date, weight_kg, height_cm, measure, absent, note, "
            "confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (child_id, round_id) DO UPDATE SET "
            "visit_date = excluded.visit_date, weight_kg = excluded.weight_kg, height_cm = excluded.height_cm, "
            "measure = excluded.measure, absent = excluded.absent, note = excluded.note, "
            "confirmed = excluded.confirmed",
            [entry.child_id, entry.round_id, entry.visit_date.isoformat(), entry.weight_kg, entry.height_cm,
             entry.measure, int(entry.absent), entry.note, int(entry.confirmed)],
        )
    saved = get_measurement(db, entry.child_id, entry.round_id)
    assert saved is not None
    return saved


def delete_measurement(db: Database, child_id: int, round_id: int) -> None:
    """Clear a child's row in a round (the nurse emptied it)."""
    with db.atomic():
        db.execute("DELETE FROM measurement WHERE child_id = ? AND round_id = ?", [child_id, round_id])

