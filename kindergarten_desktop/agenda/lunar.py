"""Vietnamese lunar dates through ``vnlunar`` (Hồ Ngọc Đức's algorithm at UTC+7): the
Vietnamese calendar differs from the Chinese one in some years (Tết 2007, 2030, ...), so a
Chinese-calendar library would put Tết or Trung thu on the wrong day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import vnlunar

VN_TIME_ZONE = 7.0


@dataclass(frozen=True)
class LunarDay:
    day: int
    month: int
    year: int
    leap: bool

    def short(self) -> str:
        """'15/8', with 'n' after a leap month ('1/6n')."""
        return f"{self.day}/{self.month}{'n' if self.leap else ''}"


@lru_cache(maxsize=4096)
def to_lunar(day: dt.date) -> LunarDay:
    found = vnlunar.convert_solar_to_lunar(day.day, day.month, day.year, VN_TIME_ZONE)
    return LunarDay(found["day"], found["month"], found["year"], bool(found["leap"]))


@lru_cache(maxsize=1024)
def to_solar(day: int, month: int, lunar_year: int) -> dt.date:
    """The solar date of a lunar date (not in a leap month); day 30 of a 29-day month gives
    the month's last day."""
    for candidate in range(day, 0, -1):
        found = vnlunar.convert_lunar_to_solar(candidate, month, lunar_year, 0, VN_TIME_ZONE)
        if found and found[2] > 0:
            solar = dt.date(found[2], found[1], found[0])
            if to_lunar(solar) == LunarDay(candidate, month, lunar_year, False):
                return solar
    raise ValueError(f"no lunar date {day}/{month}/{lunar_year}")


def tet(lunar_year: int) -> dt.date:
    return to_solar(1, 1, lunar_year)


def mid_autumn(lunar_year: int) -> dt.date:
    return to_solar(15, 8, lunar_year)


def hung_kings(lunar_year: int) -> dt.date:
    return to_solar(10, 3, lunar_year)
