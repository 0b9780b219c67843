"""Read-only events from the other tabs shown on the agenda calendar: growth measurement
rounds (growth_round, migration 4) and meal-month closings (meal_month_event, migration 5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import message


@dataclass(frozen=True)
class ExternalEvent:
    day: dt.date
    kind: str  # 'growth' | 'meals'
    code: str  # its text in agenda/messages.py
    params: tuple[tuple[str, str], ...] = ()

    def text(self, language: str) -> str:
        return message(self.code, language, **dict(self.params))

    @property
    def title(self) -> str:
        return self.text("vi")


def growth_rounds(db: Database, start: dt.date, end: dt.date) -> list[ExternalEvent]:
    rows = db.execute("SELECT day, name FROM growth_round WHERE day BETWEEN ? AND ? ORDER BY day",
                      [start.isoformat(), end.isoformat()])
    return [ExternalEvent(dt.date.fromisoformat(day[:10]), "growth", "agenda.event_growth_round",
                          (("name", name),)) for day, name in rows]


def meal_closings(db: Database, start: dt.date, end: dt.date) -> list[ExternalEvent]:
    rows = db.execute("SELECT substr(at, 1, 10) AS day, month FROM meal_month_event "
                      "WHERE action = 'close' AND substr(at, 1, 10) BETWEEN ? AND ? ORDER BY at",
                      [start.isoformat(), end.isoformat()])
    events = []
    for day, month in rows:
        try:
            y, m = month.split("-")
            events.append(ExternalEvent(dt.date.fromisoformat(day), "meals", "agenda.event_meals_closed",
                                        (("month", f"{int(m):02d}/{int(y)}"),)))
        except ValueError:  # a row this version does not understand is skipped, not fatal
            continue
    return events


def external_events(db: Database, start: dt.date, end: dt.date) -> list[ExternalEvent]:
    return growth_rounds(db, start, end) + meal_closings(db, start, end)
