"""State lunch support (Decree 105/2020/NĐ-CP, art. 7): who receives it and how much.

Only children of kindergarten age (mẫu giáo: a class whose age group is not nursery) with one
of the art. 7 circumstances (roster.circumstances.LUNCH_SUPPORT_FLAGS) receive it, for each
month they ate at school, up to a number of months per school year. The amount and that
number change by decree, so they are effective-dated rules: the rule in force on the first
day of a month applies to the whole month."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.meals.errors import MealsError, parse_money
from kindergarten_desktop.roster.circumstances import CIRCUMSTANCES, LUNCH_SUPPORT_FLAGS


@dataclass(frozen=True)
class SupportRule:
    id: int
    effective_from: dt.date
    amount: int  # per month attended
    max_months: int  # per school year
    note: str = ""


class SupportRules:
    """The rules by date, answering "which rule in this month"."""

    def __init__(self, rules: list[SupportRule]) -> None:
        self.rules = sorted(rules, key=lambda r: r.effective_from)
        self._starts = [r.effective_from for r in self.rules]

    def on(self, day: dt.date) -> SupportRule | None:
        i = bisect.bisect_right(self._starts, day)
        return self.rules[i - 1] if i else None


def list_rules(db: Database) -> list[SupportRule]:
    rows = db.execute("SELECT id, effective_from, amount, max_months, note FROM lunch_support_rule "
                      "ORDER BY effective_from").fetchall()
    return [SupportRule(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4]) for r in rows]


def support_rules(db: Database) -> SupportRules:
    return SupportRules(list_rules(db))


def save_rule(db: Database, effective_from: dt.date, amount: object, max_months: object, note: str = "") -> int:
    """Add the rule of a new decree from its date (or correct the rule of that date). Refused
    (by the closed-month guard) when the date falls in a closed month."""
    if not isinstance(effective_from, dt.date):
        raise MealsError("meals.date_required", "effective_from")
    value = parse_money(amount, "support_amount")
    months = max_months
    if isinstance(months, str):
        months = months.strip()
        months = int(months) if months.isdigit() else -1
    if not isinstance(months, int) or isinstance(months, bool) or not 0 <= months <= 12:
        raise MealsError("meals.support_months_range", "max_months")
    with db.atomic():
        return int(db.execute(
            "INSERT INTO lunch_support_rule (effective_from, amount, max_months, note) VALUES (?,?,?,?) "
            "ON CONFLICT(effective_from) DO UPDATE SET amount = excluded.amount, max_months = excluded.max_months, "
            "note = excluded.note RETURNING id",
            [effective_from.isoformat(), value, months, note.strip()]).fetchone()[0])


def delete_rule(db: Database, rule_id: int) -> None:
    with db.atomic():
        if db.execute("SELECT count(*) FROM lunch_support_rule").fetchone()[0] <= 1:
            raise MealsError("meals.support_rule_last")
        db.execute("DELETE FROM lunch_support_rule WHERE id = ?", [rule_id])


FlagPeriods = dict[int, tuple[tuple[str, str, str], ...]]  # child -> (flag, from, to: ISO days)


def eligible_periods(db: Database) -> FlagPeriods:
    """Children with an art. 7 circumstance -> when each holds (flag, from, to: ISO days, to
    '9999-12-31' while it still holds), in flag then date order."""
    flags = sorted(LUNCH_SUPPORT_FLAGS)
    marks = ",".join("?" * len(flags))
    found: dict[int, list[tuple[str, str, str]]] = {}
    for cid, flag, start, end in db.execute(
            f"SELECT child_id, flag, valid_from, coalesce(valid_to, '9999-12-31') FROM child_circumstance "
            f"WHERE flag IN ({marks})", flags):
        found.setdefault(cid, []).append((flag, start, end))
    return {cid: tuple(sorted(own)) for cid, own in found.items()}


def flags_in_month(periods: tuple[tuple[str, str, str], ...], first: dt.date, last: dt.date) -> tuple[str, ...]:
    """The flags (sorted) that hold on at least one day from ``first`` to ``last``."""
    a, b = first.isoformat(), last.isoformat()
    return tuple(sorted({flag for flag, start, end in periods if start <= b and end >= a}))


def eligible_flags(db: Database, first: dt.date, last: dt.date) -> dict[int, tuple[str, ...]]:
    """Children with an art. 7 circumstance holding on a day from ``first`` to ``last`` -> those
    circumstances (flag codes, sorted)."""
    found = {cid: flags_in_month(own, first, last) for cid, own in eligible_periods(db).items()}
    return {cid: flags for cid, flags in found.items() if flags}


def reason_text(flags: tuple[str, ...] | list[str], lang: str = "vi") -> str:
    """Why a child is supported: 'Hộ nghèo; Khuyết tật học hòa nhập'."""
    index = 1 if lang == "en" else 0
    return "; ".join(CIRCUMSTANCES[f][index] for f in flags if f in CIRCUMSTANCES)
