"""Month grid for the agenda calendar: each day with its lunar date, public holiday,
school observances, the plan's items and deadlines, and events from the other tabs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kindergarten_desktop.agenda.external import external_events
from kindergarten_desktop.agenda.items import items_between
from kindergarten_desktop.agenda.lunar import LunarDay, to_lunar
from kindergarten_desktop.agenda.weeks import week_of_month
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.calendar import calendar_exceptions, month_bounds, public_holiday

# Days schools mark without closing (public holidays come from the holidays package).
SOLAR_OBSERVANCES = {
    (5, 9): "Khai giảng năm học",
    (20, 10): "Ngày Phụ nữ Việt Nam",
    (20, 11): "Ngày Nhà giáo Việt Nam",
    (22, 12): "Ngày thành lập QĐND Việt Nam",
    (3, 2): "Ngày thành lập Đảng",
    (8, 3): "Ngày Quốc tế Phụ nữ",
    (26, 3): "Ngày thành lập Đoàn",
    (1, 6): "Ngày Quốc tế Thiếu nhi",
    (27, 7): "Ngày Thương binh - Liệt sĩ",
}
LUNAR_OBSERVANCES = {
    (15, 1): "Rằm tháng Giêng",
    (15, 8): "Tết Trung thu",
    (23, 12): "Ông Công Ông Táo",
}
# What the English interface shows for them (documents keep the Vietnamese).
OBSERVANCES_EN = {
    "Khai giảng năm học": "School year opening",
    "Ngày Phụ nữ Việt Nam": "Vietnamese Women's Day",
    "Ngày Nhà giáo Việt Nam": "Vietnamese Teachers' Day",
    "Ngày thành lập QĐND Việt Nam": "Vietnam People's Army Day",
    "Ngày thành lập Đảng": "Communist Party of Vietnam founding day",
    "Ngày Quốc tế Phụ nữ": "International Women's Day",
    "Ngày thành lập Đoàn": "Youth Union founding day",
    "Ngày Quốc tế Thiếu nhi": "International Children's Day",
    "Ngày Thương binh - Liệt sĩ": "War Invalids and Martyrs' Day",
    "Rằm tháng Giêng": "Lantern Festival (15th day of the 1st lunar month)",
    "Tết Trung thu": "Mid-Autumn Festival",
    "Ông Công Ông Táo": "Kitchen Gods' Day",
}


def observance_label(name: str, language: str) -> str:
    """An observance's name in the interface language."""
    return OBSERVANCES_EN.get(name, name) if language == "en" else name


@dataclass(frozen=True)
class CalendarEntry:
    kind: str  # 'item' | 'deadline' | 'growth' | 'meals'
    title: str
    item_id: int | None = None
    status: str = ""
    title_en: str = ""  # the English interface's title of another tab's event ('' = same as title)

    def label(self, language: str) -> str:
        return self.title_en or self.title if language == "en" else self.title


@dataclass(frozen=True)
class DayCell:
    day: dt.date
    in_month: bool
    lunar: LunarDay
    holiday: str | None = None  # public holiday: school closed
    observance: str | None = None
    closed: str | None = None  # a closure the school recorded (typhoon, ...)
    entries: tuple[CalendarEntry, ...] = ()

    @property
    def lunar_text(self) -> str:
        """Lunar day as Vietnamese wall calendars print it: the month on its first day."""
        return self.lunar.short() if self.lunar.day == 1 else str(self.lunar.day)

    @property
    def weekend(self) -> bool:
        return self.day.weekday() >= 5


@dataclass(frozen=True)
class MonthGrid:
    year: int
    month: int
    weeks: list[list[DayCell]] = field(default_factory=list)  # Monday to Sunday rows

    def week_label(self, row: int) -> int:
        """The plan's week number (1-5) of a grid row."""
        days = [c.day for c in self.weeks[row] if c.in_month]
        return week_of_month(days[0]) if days else 0

    def cell(self, day: dt.date) -> DayCell:
        return next(c for week in self.weeks for c in week if c.day == day)


def observance(day: dt.date, lunar: LunarDay) -> str | None:
    if not lunar.leap and (lunar.day, lunar.month) in LUNAR_OBSERVANCES:
        return LUNAR_OBSERVANCES[(lunar.day, lunar.month)]
    return SOLAR_OBSERVANCES.get((day.day, day.month))


def month_grid(db: Database, year: int, month: int) -> MonthGrid:
    first, last = month_bounds(year, month)
    start = first - dt.timedelta(days=first.weekday())
    end = last + dt.timedelta(days=6 - last.weekday())
    entries: dict[dt.date, list[CalendarEntry]] = {}
    for item in items_between(db, start, end):
        if item.start_date is not None:
            day = max(item.start_date, start)
            while day <= min(item.end_date or item.start_date, end):
                entries.setdefault(day, []).append(CalendarEntry("item", item.title, item.id, item.status))
                day += dt.timedelta(days=1)
        if item.deadline is not None and start <= item.deadline <= end:
            entries.setdefault(item.deadline, []).append(
                CalendarEntry("deadline", item.title, item.id, item.status))
    for event in external_events(db, start, end):
        entries.setdefault(event.day, []).append(
            CalendarEntry(event.kind, event.text("vi"), title_en=event.text("en")))
    closures = {d: reason or "Nghỉ" for d, (kind, reason) in calendar_exceptions(db, start, end).items()
                if kind == "closed"}
    weeks: list[list[DayCell]] = []
    day = start
    while day <= end:
        if day.weekday() == 0:
            weeks.append([])
        lunar = to_lunar(day)
        weeks[-1].append(DayCell(day, day.month == month, lunar, public_holiday(day), observance(day, lunar),
                                 closures.get(day), tuple(entries.get(day, ()))))
        day += dt.timedelta(days=1)
    return MonthGrid(year, month, weeks)
