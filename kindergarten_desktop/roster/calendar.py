"""School days: Monday to Friday, minus Vietnamese public holidays (the ``holidays``
package: Tết, Hùng Kings' day, 30/4, 1/5, 2/9 and their substitute days) and the
closures the school records; plus make-up days the school records as open."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import logging
import os
from functools import cache
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.months import month_bounds as month_bounds  # re-exported

_LANGUAGES = ("vi", "en_US")
log = logging.getLogger(__name__)


@cache
def _vn_holidays(year: int, language: str = "vi") -> dict[dt.date, str]:
    """A year's public holidays, computed once and kept in the per-user cache folder: importing
    and running the ``holidays`` package costs about half a second, which every tab that shows a
    calendar or a meal count would otherwise pay at start-up."""
    path = _cache_file()
    cached = _read_cache(path)
    key = str(year)
    if key not in cached:
        cached[key] = _compute(year)
        _write_cache(path, cached)
    return {dt.date.fromisoformat(day): names[_LANGUAGES.index(language)] for day, names in cached[key].items()}


def _compute(year: int) -> dict[str, list[str]]:
    import holidays  # heavy: only on a cache miss (a new year, or a new version of the package)

    found: dict[str, list[str]] = {}
    for index, language in enumerate(_LANGUAGES):
        for day, name in holidays.country_holidays("VN", years=[year], language=language).items():
            found.setdefault(day.isoformat(), ["", ""])[index] = name
    return found


def _cache_file() -> Path:
    from kindergarten_desktop.paths import cache_dir

    # Keyed by the installed package's file time, so an upgrade of `holidays` recomputes;
    # importlib.metadata would cost more than the cache saves (it imports the email parser).
    spec = importlib.util.find_spec("holidays")
    try:
        version = str(int(os.stat(spec.origin).st_mtime)) if spec and spec.origin else "none"
    except OSError:
        version = "none"
    return cache_dir() / f"public-holidays-vn-{version}.json"


def _read_cache(path: Path) -> dict[str, dict[str, list[str]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_cache(path: Path, data: dict[str, dict[str, list[str]]]) -> None:
    """Best effort: a cache that cannot be written only costs time on the next start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.info("public holiday cache not written: %s", exc)


def public_holiday(day: dt.date, language: str = "vi") -> str | None:
    """The name of the public holiday on ``day`` (Vietnamese, or English with ``language="en"``), or None."""
    return _vn_holidays(day.year, "en_US" if language == "en" else "vi").get(day)


def calendar_exceptions(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, tuple[str, str]]:
    rows = db.execute(
        "SELECT day, kind, reason FROM school_calendar_exception WHERE day BETWEEN ? AND ?",
        [start.isoformat(), end.isoformat()],
    )
    return {dt.date.fromisoformat(d): (kind, reason) for d, kind, reason in rows}


def school_days(db: Database, start: dt.date, end: dt.date) -> list[dt.date]:
    """Every school day from ``start`` to ``end`` inclusive."""
    exceptions = calendar_exceptions(db, start, end)
    days = []
    day = start
    while day <= end:
        exception = exceptions.get(day)
        if exception is not None:
            if exception[0] == "open":
                days.append(day)
        elif day.weekday() < 5 and public_holiday(day) is None:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def is_school_day(db: Database, day: dt.date) -> bool:
    return bool(school_days(db, day, day))


