"""The demo school: a deterministic, realistic Vietnamese kindergarten.

Every module of this package that defines ``ORDER`` and ``run(ctx)`` is a step;
steps run in ``ORDER`` inside one transaction. Features add their own step module
(attendance, measurements, meals, agenda) so ``--demo`` shows every tab populated.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear, school_year_start_for

Progress = Callable[[str], None]


@dataclass
class DemoContext:
    db: Database
    rng: random.Random
    years: list[SchoolYear] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    seed: int = 1
    first_year: int = 0  # September of this year starts the first school year
    n_years: int = 1

    def year_end(self, year: SchoolYear) -> dt.date:
        """Last day with data in a year: the year's end, or today for the running year."""
        return min(year.end_date, self.today)


def steps() -> list[ModuleType]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "ORDER") and hasattr(module, "run"):
            found.append(module)
    return sorted(found, key=lambda m: m.ORDER)


def generate(
    db: Database,
    *,
    years: int = 1,
    first_year: int | None = None,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoContext:
    """Fill an empty, migrated database with ``years`` school years of a demo school."""
    if years < 1 or years > 30:
        raise ValueError("years must be between 1 and 30")
    if db.execute("SELECT count(*) FROM child").fetchone()[0]:
        raise ValueError("the database already holds children; demo data goes into a new database")
    today = today or dt.date.today()
    if first_year is None:
        first_year = school_year_start_for(today) - years + 1
    ctx = DemoContext(db=db, rng=random.Random(seed), today=today, seed=seed, first_year=first_year,
                      n_years=years)
    from kindergarten_desktop.db import session

    with session.system(db), db.atomic():  # generated, not anybody's work: not audited
        for step in steps():
            if progress:
                progress(step.__name__.rsplit(".", 1)[-1])
            step.run(ctx)
    return ctx


def generate_file(path: Path, **kwargs) -> DemoContext:
    """Create a new database file at ``path`` with the demo school."""
    from kindergarten_desktop.db import open_database

    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} already exists; demo data is written to a new file")
    db = open_database(path)
    try:
        return generate(db, **kwargs)
    finally:
        db.close()
