"""The day's menu: free text per meal, shown on the daily public posting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database


@dataclass(frozen=True)
class Menu:
    day: dt.date
    breakfast: str = ""
    lunch: str = ""
    snack: str = ""

    @property
    def empty(self) -> bool:
        return not (self.breakfast or self.lunch or self.snack)


def get_menu(db: Database, day: dt.date) -> Menu:
    row = db.execute("SELECT breakfast, lunch, snack FROM daily_menu WHERE day = ?", [day.isoformat()]).fetchone()
    return Menu(day, *row) if row else Menu(day)


def save_menu(db: Database, menu: Menu) -> None:
    with db.atomic():
        if menu.empty:
            db.execute("DELETE FROM daily_menu WHERE day = ?", [menu.day.isoformat()])
        else:
            db.execute(
                "INSERT INTO daily_menu (day, breakfast, lunch, snack) VALUES (?,?,?,?) ON CONFLICT(day) "
                "DO UPDATE SET breakfast = excluded.breakfast, lunch = excluded.lunch, snack = excluded.snack",
                [menu.day.isoformat(), menu.breakfast.strip(), menu.lunch.strip(), menu.snack.strip()])
