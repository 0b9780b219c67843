"""One measurement per child and round: validation, unusual-value checks and saving.

Problems carry a ``code`` of growth/messages.py and values; ``Problem.text()`` says them in the
user's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError, message
from kindergarten_desktop.growth.assessment import assess
from kindergarten_desktop.growth.problems import Problem, problems_text
from kindergarten_desktop.growth.rounds import RoundError, get_round
from kindergarten_desktop.growth.velocity import LYING_OFFSET_CM, WEIGHT_DROP, Reading, check_changes

WEIGHT_RANGE = (2.0, 50.0)
HEIGHT_RANGE = (45.0, 150.0)
# The growth-speed limits (weight loss, fast gains, height loss) are in growth/velocity.py.
WEIGHT_DROP = WEIGHT_DROP
LYING_OFFSET_CM = LYING_OFFSET_CM


class MeasurementRefused(AppError):
    """Impossible values: nothing was saved. ``problems`` say which field and why."""

    def __init__(self, problems: list[Problem], name: str = "") -> None:
        super().__init__("growth.measurement_refused", name=f"{name}: " if name else "", problems="")
        self.problems = problems

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, name=self.params["name"], problems=problems_text(self.problems, lang))

    def __str__(self) -> str:
        return self.text("en")


class NeedsConfirmation(AppError):
    """The values are possible but unusual: save again with ``confirmed=True``."""

    def __init__(self, warnings: list[Problem], name: str = "") -> None:
        super().__init__("growth.needs_confirmation", name=f"{name}: " if name else "", problems="")
        self.warnings = warnings

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, name=self.params["name"], problems=problems_text(self.warnings, lang))

    def __str__(self) -> str:
        return self.text("en")


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
    # The questions already answered "keep" for these values (Problem.key), separated by "|".
    confirmed_checks: str = ""

    @property
    def measured(self) -> bool:
        return not self.absent and (self.weight_kg is not None or self.height_cm is not None)


@dataclass(frozen=True)
class ChildFacts:
    """What the checks need to know about the child."""

    id: int
    sex: int
    birth_date: dt.date


MEASUREMENT_COLUMNS = ("child_id, round_id, visit_date, weight_kg, height_cm, measure, absent, note, confirmed, id, "
                       "confirmed_checks")


def measurement_from_row(row: tuple) -> Measurement:
    return Measurement(row[0], row[1], dt.date.fromisoformat(row[2]), row[3], row[4], row[5],
                       bool(row[6]), row[7], bool(row[8]), row[9], row[10] or "")


def reading(m: Measurement) -> Reading:
    return Reading(m.visit_date, m.weight_kg, m.height_cm, m.measure)


def problem_key(problem: Problem, entry: Measurement) -> str:
    value = entry.weight_kg if problem.field == "weight" else entry.height_cm
    return problem.key(None if value is None else round(value, 1), entry.measure)


def validate(entry: Measurement, birth_date: dt.date, today: dt.date | None = None) -> list[Problem]:
    """Values that are refused outright, each with the field and the reason."""
    today = today or dt.date.today()
    problems = []
    if entry.weight_kg is not None and not WEIGHT_RANGE[0] <= entry.weight_kg <= WEIGHT_RANGE[1]:
        problems.append(Problem("weight", "weight_range", {"value": entry.weight_kg, "low": f"{WEIGHT_RANGE[0]:g}",
                                                           "high": f"{WEIGHT_RANGE[1]:g}"}))
    if entry.height_cm is not None and not HEIGHT_RANGE[0] <= entry.height_cm <= HEIGHT_RANGE[1]:
        problems.append(Problem("height", "height_range", {"value": entry.height_cm, "low": f"{HEIGHT_RANGE[0]:g}",
                                                           "high": f"{HEIGHT_RANGE[1]:g}"}))
    if entry.measure not in (None, "l", "h"):
        problems.append(Problem("measure", "bad_measure"))
    if entry.visit_date < birth_date:
        problems.append(Problem("visit_date", "before_birth", {"day": entry.visit_date,
                                                               "birth": birth_date}))
    if entry.visit_date > today:
        problems.append(Problem("visit_date", "future", {"day": entry.visit_date}))
    return problems


def unusual(entry: Measurement, child: ChildFacts, previous: Measurement | None) -> list[Problem]:
    """Possible but suspicious values: an implausible change since the previous measurement
    (growth/velocity.py) or a WHO flag."""
    if not entry.measured:
        return []
    warnings = []
    if previous is not None and previous.measured:
        warnings += check_changes([child.sex], [child.birth_date], [reading(previous)], [reading(entry)])[0]
    result = assess([child.sex], [child.birth_date], [entry.visit_date], [entry.weight_kg], [entry.height_cm],
                    [entry.measure])
    for indicator in result.flagged(0):
        z = float(result.z[indicator][0])
        warnings.append(Problem("height" if indicator == "haz" else "weight", "who_flag",
                                {"indicator": indicator.upper(), "z": z}))
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
        raise AppError("growth.missing_child", child_id=child_id)
    return ChildFacts(row[0], row[1], dt.date.fromisoformat(row[2]))


def save_measurement(
    db: Database,
    entry: Measurement,
    *,
    confirmed: bool = False,
    today: dt.date | None = None,
) -> Measurement | None:
    """Save (insert or update) the child's measurement for the round; return what the round keeps
    for the child now.

    Raises MeasurementRefused for impossible values and NeedsConfirmation for unusual
    ones not yet confirmed. A warning confirmed before for the same value (``confirmed_checks``
    of the stored row) is not asked again. An absent child is saved without values.

    An entry with nothing in it (no weight, no height, not absent, no note) saves nothing: no
    empty row, no audit entry, a measurement already kept unchanged (returned as it is, None when
    there is none). Clearing a kept measurement is :func:`delete_measurement`, asked for as such.
    """
    round_ = get_round(db, entry.round_id)
    if round_ is None:
        raise RoundError("growth.missing_round")
    child = child_facts(db, entry.child_id)
    if entry.absent:
        entry = replace(entry, weight_kg=None, height_cm=None)
    if not entry.absent and entry.weight_kg is None and entry.height_cm is None and not entry.note.strip():
        return get_measurement(db, entry.child_id, entry.round_id)
    problems = validate(entry, child.birth_date, today)
    if not enrolled_on(db, child.id, round_.day):
        problems.append(Problem("child", "not_enrolled", {"day": round_.day}))
    if problems:
        raise MeasurementRefused(problems)
    warnings = unusual(entry, child, previous_measurement(db, child.id, entry.visit_date, entry.round_id))
    stored = get_measurement(db, entry.child_id, entry.round_id)
    answered = set(stored.confirmed_checks.split("|")) if stored and stored.confirmed_checks else set()
    keys = [problem_key(w, entry) for w in warnings]
    if not confirmed and any(k not in answered for k in keys):
        raise NeedsConfirmation([w for w, k in zip(warnings, keys, strict=True) if k not in answered])
    entry = replace(entry, confirmed=bool(warnings), confirmed_checks="|".join(sorted(set(keys))),
                    note=entry.note.strip(),
                    weight_kg=None if entry.weight_kg is None else round(entry.weight_kg, 1),
                    height_cm=None if entry.height_cm is None else round(entry.height_cm, 1))
    with db.atomic():
        db.execute(
            "INSERT INTO measurement (child_id, round_id, visit_date, weight_kg, height_cm, measure, absent, note, "
            "confirmed, confirmed_checks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (child_id, round_id) "
            "DO UPDATE SET visit_date = excluded.visit_date, weight_kg = excluded.weight_kg, "
            "height_cm = excluded.height_cm, measure = excluded.measure, absent = excluded.absent, "
            "note = excluded.note, confirmed = excluded.confirmed, confirmed_checks = excluded.confirmed_checks",
            [entry.child_id, entry.round_id, entry.visit_date.isoformat(), entry.weight_kg, entry.height_cm,
             entry.measure, int(entry.absent), entry.note, int(entry.confirmed), entry.confirmed_checks],
        )
    saved = get_measurement(db, entry.child_id, entry.round_id)
    assert saved is not None
    return saved


def delete_measurement(db: Database, child_id: int, round_id: int) -> None:
    """Clear a child's row in a round (the nurse emptied it)."""
    with db.atomic():
        db.execute("DELETE FROM measurement WHERE child_id = ? AND round_id = ?", [child_id, round_id])

