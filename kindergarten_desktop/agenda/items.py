"""Focus items of a month: validation, storage, ordering.

Display order inside a month: whole-month items first (week NULL), then week 1 to 5, each
group in the principal's order (``position``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.weeks import MAX_WEEKS, month_key, parse_month, plan_bounds, week_of_month
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear

STATUSES = ("planned", "done", "postponed", "cancelled")
ANCHORS = ("weekday", "fixed", "lunar")
COLUMNS = ("id", "school_year_id", "month", "week", "title", "start_date", "end_date", "deadline",
           "responsible", "status", "notes", "position", "to_review", "anchor")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM agenda_item"
_ORDER = "ORDER BY month, COALESCE(week, 0), position, id"


@dataclass(frozen=True)
class AgendaItem:
    school_year_id: int
    month: str  # 'YYYY-MM'
    title: str
    week: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    deadline: dt.date | None = None
    responsible: str = ""
    status: str = "planned"
    notes: str = ""
    position: int = 0
    to_review: bool = False
    anchor: str = "weekday"
    id: int | None = None

    @property
    def week_key(self) -> int:
        """0 for whole-month items, else the week; the first key of the display order."""
        return self.week or 0

    def replace(self, **changes: object) -> AgendaItem:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def stored_id(self) -> int:
        """The id of an item read from or written to the database (new items have none yet)."""
        if self.id is None:
            raise ValueError("the item has not been stored")
        return self.id


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _from_row(row: tuple) -> AgendaItem:
    values = dict(zip(COLUMNS, row, strict=True))
    for key in ("start_date", "end_date", "deadline"):
        values[key] = _date(values[key])
    values["to_review"] = bool(values["to_review"])
    return AgendaItem(**values)


def _to_row(item: AgendaItem) -> dict:
    row = dataclasses.asdict(item)
    for key in ("start_date", "end_date", "deadline"):
        row[key] = _iso(row[key])
    row["to_review"] = int(item.to_review)
    return row


def validate(year: SchoolYear, item: AgendaItem) -> AgendaItem:
    """The item as it will be stored (title trimmed, month and week taken from the start
    date), or AgendaError naming the field and the reason."""
    title = " ".join(item.title.split())
    if not title:
        raise AgendaError("agenda.title_empty", field="title")
    if item.status not in STATUSES:
        raise AgendaError("agenda.bad_status", field="status", status=item.status)
    if item.anchor not in ANCHORS:
        raise AgendaError("agenda.bad_anchor", field="anchor", anchor=item.anchor)
    first, last = plan_bounds(year)
    for field in ("start_date", "end_date", "deadline"):
        value = getattr(item, field)
        if value is not None and not first <= value <= last:
            raise AgendaError("agenda.date_outside_year", field=field, day=value, year=year.name,
                              first=first, last=last)
    if item.end_date is not None and item.start_date is None:
        raise AgendaError("agenda.end_without_start", field="end_date")
    if item.end_date is not None and item.start_date is not None and item.end_date < item.start_date:
        raise AgendaError("agenda.end_before_start", field="end_date", end=item.end_date, start=item.start_date)
    if item.deadline is not None and item.start_date is not None and item.deadline < item.start_date:
        raise AgendaError("agenda.deadline_before_start", field="deadline", deadline=item.deadline,
                          start=item.start_date)
    week: int | None
    if item.start_date is not None:
        month, week = month_key(item.start_date.year, item.start_date.month), week_of_month(item.start_date)
    else:
        try:
            y, m = parse_month(item.month)
        except ValueError as exc:
            raise AgendaError("agenda.bad_month", field="month", month=item.month) from exc
        if not first <= dt.date(y, m, 1) <= last:
            raise AgendaError("agenda.month_outside_year", field="month", month=item.month, year=year.name)
        month, week = month_key(y, m), item.week
        if week is not None and not 1 <= week <= MAX_WEEKS:
            raise AgendaError("agenda.bad_week", field="week", week=week, most=MAX_WEEKS)
    return item.replace(title=title, month=month, week=week, school_year_id=year.id,
                        notes=item.notes.strip(), responsible=item.responsible.strip())


def list_items(db: Database, school_year_id: int, month: str | None = None) -> list[AgendaItem]:
    """The items of one month (or of the whole year) in display order."""
    if month is None:
        rows = db.execute(f"{_SELECT} WHERE school_year_id = ? {_ORDER}", [school_year_id])
    else:
        rows = db.execute(f"{_SELECT} WHERE school_year_id = ? AND month = ? {_ORDER}", [school_year_id, month])
    return [_from_row(r) for r in rows]


def items_between(db: Database, start: dt.date, end: dt.date) -> list[AgendaItem]:
    """Items whose dates (start to end, or deadline) touch the period."""
    rows = db.execute(
        f"{_SELECT} WHERE (start_date <= :end AND COALESCE(end_date, start_date) >= :start) "
        f"OR deadline BETWEEN :start AND :end {_ORDER}",
        {"start": start.isoformat(), "end": end.isoformat()},
    )
    return [_from_row(r) for r in rows]


def get_item(db: Database, item_id: int) -> AgendaItem | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [item_id]).fetchone()
    return _from_row(row) if row else None


def _next_position(db: Database, school_year_id: int, month: str) -> int:
    row = db.execute("SELECT MAX(position) FROM agenda_item WHERE school_year_id = ? AND month = ?",
                     [school_year_id, month]).fetchone()
    return 0 if row[0] is None else row[0] + 1


def add_item(db: Database, year: SchoolYear, item: AgendaItem) -> AgendaItem:
    """Store a new item at the end of its month; returns it with its id."""
    item = validate(year, item)
    with db.atomic():
        item = item.replace(position=_next_position(db, year.id, item.month))
        row = _to_row(item)
        row.pop("id")
        new_id = db.insert(
            f"INSERT INTO agenda_item ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
    return item.replace(id=new_id)


def update_item(db: Database, year: SchoolYear, item: AgendaItem) -> AgendaItem:
    if item.id is None or get_item(db, item.id) is None:
        raise AgendaError("agenda.missing", field="id")
    old = get_item(db, item.id)
    item = validate(year, item)
    with db.atomic():
        if old is not None and old.month != item.month:
            item = item.replace(position=_next_position(db, year.id, item.month))
        row = _to_row(item)
        db.execute(f"UPDATE agenda_item SET {', '.join(f'{k} = :{k}' for k in row if k != 'id')} WHERE id = :id",
                   row)
    return item


def delete_item(db: Database, item_id: int) -> AgendaItem:
    """Remove an item; returns it as it was so it can be restored (undo)."""
    item = get_item(db, item_id)
    if item is None:
        raise AgendaError("agenda.missing", field="id")
    with db.atomic():
        db.execute("DELETE FROM agenda_item WHERE id = ?", [item_id])
    return item


def restore_item(db: Database, item: AgendaItem) -> None:
    """Put back a deleted item exactly as it was (same id and position)."""
    row = _to_row(item)
    with db.atomic():
        db.execute(f"INSERT INTO agenda_item ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)


def set_status(db: Database, item_id: int, status: str) -> None:
    if status not in STATUSES:
        raise AgendaError("agenda.bad_status", field="status", status=status)
    with db.atomic():
        db.execute("UPDATE agenda_item SET status = ? WHERE id = ?", [status, item_id])


def _renumber(db: Database, ordered: list[AgendaItem]) -> None:
    db.conn.executemany("UPDATE agenda_item SET position = ?, week = ? WHERE id = ?",
                   [(i, item.week, item.id) for i, item in enumerate(ordered)])


def _store_order(db: Database, ordered: list[AgendaItem]) -> None:
    # sorted() is stable: the order inside a week is kept.
    with db.atomic():
        _renumber(db, sorted(ordered, key=lambda it: it.week_key))


def move_item(db: Database, item_id: int, step: int) -> bool:
    """Move an item one place up (step -1) or down (+1) in its month's list.

    At the edge of its week an undated item moves into the previous/next week; a dated
    item stays in the week of its date. Returns False when nothing moved."""
    item = get_item(db, item_id)
    if item is None:
        raise AgendaError("agenda.missing", field="id")
    ordered = list_items(db, item.school_year_id, item.month)
    index = next(i for i, it in enumerate(ordered) if it.id == item_id)
    neighbour_index = index + step
    if 0 <= neighbour_index < len(ordered) and ordered[neighbour_index].week_key == item.week_key:
        ordered[index], ordered[neighbour_index] = ordered[neighbour_index], ordered[index]
    else:
        new_key = item.week_key + step
        if not 0 <= new_key <= MAX_WEEKS:
            return False
        if item.start_date is not None:
            raise AgendaError("agenda.dated_week", field="week", day=item.start_date)
        moved = item.replace(week=new_key or None)
        del ordered[index]
        # Entering a week from above puts the item first in it; from below, last.
        same = [i for i, it in enumerate(ordered) if it.week_key == new_key]
        at = (same[0] if same else _insert_point(ordered, new_key)) if step > 0 else \
            (same[-1] + 1 if same else _insert_point(ordered, new_key))
        ordered.insert(at, moved)
    _store_order(db, ordered)
    return True


def _insert_point(ordered: list[AgendaItem], week_key: int) -> int:
    return next((i for i, it in enumerate(ordered) if it.week_key > week_key), len(ordered))


def place_item(db: Database, item_id: int, before_id: int | None) -> None:
    """Drag and drop: put the item just before ``before_id`` (None: at the end), taking
    that item's week. A dated item may only be reordered inside its own week."""
    item = get_item(db, item_id)
    if item is None:
        raise AgendaError("agenda.missing", field="id")
    ordered = [it for it in list_items(db, item.school_year_id, item.month) if it.id != item_id]
    if before_id is None:
        at = len(ordered)
        target_key = ordered[-1].week_key if ordered else item.week_key
    else:
        at = next((i for i, it in enumerate(ordered) if it.id == before_id), len(ordered))
        target_key = ordered[at].week_key if at < len(ordered) else item.week_key
    if target_key != item.week_key:
        if item.start_date is not None:
            raise AgendaError("agenda.dated_week", field="week", day=item.start_date)
        item = item.replace(week=target_key or None)
    ordered.insert(at, item)
    _store_order(db, ordered)
