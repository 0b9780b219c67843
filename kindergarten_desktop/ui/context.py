"""What every tab gets: the open database and the school year being viewed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear, current_school_year, get_school_year


class AppContext(QObject):
    """Shared state of one open database. Tabs listen to its signals to refresh."""

    schoolYearChanged = Signal(object)  # SchoolYear | None
    dataChanged = Signal(str)  # which area changed: "roster", "settings", ...

    def __init__(self, db: Database, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.db_path = Path(db_path)
        self.school_year: SchoolYear | None = current_school_year(db)

    def set_school_year(self, year_id: int) -> None:
        year = get_school_year(self.db, year_id)
        if year and year != self.school_year:
            self.school_year = year
            self.schoolYearChanged.emit(year)
