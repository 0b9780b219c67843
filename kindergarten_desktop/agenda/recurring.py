"""Recurring items: defined once per school year, shown in every month except the months
the principal leaves them out of."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.weeks import month_key, plan_months
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear


@dataclass(frozen=True)
class RecurringItem:
    school_year_id: int
    title: str
    responsible: str = ""
    notes: str = ""
    position: int = 0
    skipped: frozenset[str] = field(default_factory=frozenset)  # 'YYYY-MM' months left out
    id: int | None = None

    def shown_in(self, month: str) -> bool:
        return month not in self.skipped

    def replace(self, **changes: object) -> RecurringItem:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def stored_id(self) -> int:
        """The id of an item read from or written to the database (new items have none yet)."""
        if self.id is None:
            raise ValueError("the item has not been stored")
        return self.id


def list_recurring(db: Database, school_year_id: int) -> list[RecurringItem]:
    skipped: dict[int, set[str]] = {}
    for rec_id, month in db.execute(
            "SELECT s.recurring_id, s.month FROM agenda_recurring_skip s "
            "JOIN agenda_recurring r ON r.id = s.recurring_id WHERE r.school_year_id = ?", [school_year_id]):
        skipped.setdefault(rec_id, set()).add(month)
    rows = db.execute("SELECT id, school_year_id, title, responsible, notes, position FROM agenda_recurring "
                      "WHERE school_year_id = ? ORDER BY position, id", [school_year_id])
    return [RecurringItem(school_year_id=y, title=t, responsible=r, notes=n, position=p,
                          skipped=frozenset(skipped.get(i, ())), id=i) for i, y, t, r, n, p in rows]


def recurring_for_month(db: Database, school_year_id: int, month: str) -> list[RecurringItem]:
    return [r for r in list_recurring(db, school_year_id) if r.shown_in(month)]


def _validate(year: SchoolYear, item: RecurringItem) -> RecurringItem:
    title = " ".join(item.title.split())
    if not title:
        raise AgendaError("agenda.title_empty", field="title")
    months = {month_key(y, m) for y, m in plan_months(year)}
    unknown = sorted(item.skipped - months)
    if unknown:
        raise AgendaError("agenda.months_outside_year", field="skipped", months=", ".join(unknown), year=year.name)
    return item.replace(title=title, responsible=item.responsible.strip(), notes=item.notes.strip(),
                        school_year_id=year.id)


def _write_skips(db: Database, item: RecurringItem) -> None:
    db.execute("DELETE FROM agenda_recurring_skip WHERE recurring_id = ?", [item.id])
    db.conn.executemany("INSERT INTO agenda_recurring_skip (recurring_id, month) VALUES (?, ?)",
                   [(item.id, month) for month in sorted(item.skipped)])


def add_recurring(db: Database, year: SchoolYear, item: RecurringItem) -> RecurringItem:
    item = _validate(year, item)
    with db.atomic():
        position = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM agenda_recurring "
                              "WHERE school_year_id = ?", [year.id]).fetchone()[0]
        new_id = db.insert("INSERT INTO agenda_recurring (school_year_id, title, responsible, notes, position) "
                           "VALUES (?, ?, ?, ?, ?)", [year.id, item.title, item.responsible, item.notes, position])
        item = item.replace(id=new_id, position=position)
        _write_skips(db, item)
    return item


def update_recurring(db: Database, year: SchoolYear, item: RecurringItem) -> RecurringItem:
    item = _validate(year, item)
    with db.atomic():
        cursor = db.execute("UPDATE agenda_recurring SET title = ?, responsible = ?, notes = ?, position = ? "
                            "WHERE id = ?", [item.title, item.responsible, item.notes, item.position, item.id])
        if cursor.rowcount != 1:
            raise AgendaError("agenda.missing", field="id")
        _write_skips(db, item)
    return item


def delete_recurring(db: Database, recurring_id: int) -> RecurringItem:
    """Remove a recurring item; returns it (with its skipped months) for undo."""
    found = get_recurring(db, recurring_id)
    if found is None:
        raise AgendaError("agenda.missing", field="id")
    with db.atomic():
        db.execute("DELETE FROM agenda_recurring WHERE id = ?", [recurring_id])
    return found


def restore_recurring(db: Database, item: RecurringItem) -> None:
    with db.atomic():
        db.execute("INSERT INTO agenda_recurring (id, school_year_id, title, responsible, notes, position) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [item.id, item.school_year_id, item.title, item.responsible, item.notes, item.position])
        _write_skips(db, item)


def get_recurring(db: Database, recurring_id: int) -> RecurringItem | None:
    row = db.execute("SELECT school_year_id FROM agenda_recurring WHERE id = ?", [recurring_id]).fetchone()
    if row is None:
        return None
    return next(r for r in list_recurring(db, row[0]) if r.id == recurring_id)
