"""A new school year from last year's plan: each date moved by its anchor (same weekday of
the matching week, same day and month, or same lunar date), every item to be reviewed."""

from __future__ import annotations

import datetime as dt

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda import responsible as people
from kindergarten_desktop.agenda.items import AgendaItem, add_item, list_items
from kindergarten_desktop.agenda.lunar import to_lunar, to_solar
from kindergarten_desktop.agenda.recurring import RecurringItem, add_recurring, list_recurring
from kindergarten_desktop.agenda.template import clear_plan, has_plan
from kindergarten_desktop.agenda.weeks import day_in_week, month_key, parse_month, plan_bounds, week_of_month
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import SchoolYear


def shift_date(day: dt.date, anchor: str, years: int) -> dt.date:
    """``day`` moved ``years`` school years on, following ``anchor``."""
    if anchor == "fixed":
        try:
            return day.replace(year=day.year + years)
        except ValueError:  # 29 February
            return day.replace(year=day.year + years, day=28)
    if anchor == "lunar":
        lunar = to_lunar(day)
        return to_solar(lunar.day, lunar.month, lunar.year + years)
    return day_in_week(day.year + years, day.month, week_of_month(day), day.weekday())


def _shift_month(month: str, years: int) -> str:
    y, m = parse_month(month)
    return month_key(y + years, m)


def shifted_item(item: AgendaItem, years: int, target: SchoolYear) -> AgendaItem:
    """The item of the target year: same title, people and notes; planned, to review."""
    first, last = plan_bounds(target)
    start = end = deadline = None
    if item.start_date is not None:
        start = min(max(shift_date(item.start_date, item.anchor, years), first), last)
        if item.end_date is not None:
            end = min(start + (item.end_date - item.start_date), last)
    if item.deadline is not None:
        # Deadlines set by the authorities keep their day ("by the 20th"); a lunar item's
        # deadline keeps its distance from the festival.
        if item.anchor == "lunar" and start is not None and item.start_date is not None:
            deadline = start + (item.deadline - item.start_date)
        else:
            deadline = shift_date(item.deadline, "fixed", years)
        if start is not None and deadline < start:
            deadline = start
        deadline = min(max(deadline, first), last)
    return AgendaItem(target.id, _shift_month(item.month, years), item.title, week=item.week, start_date=start,
                      end_date=end, deadline=deadline, responsible=item.responsible, notes=item.notes,
                      anchor=item.anchor, status="planned", to_review=True)


def copy_plan(db: Database, source: SchoolYear, target: SchoolYear, *, replace: bool = False) -> int:
    """Copy ``source``'s plan into ``target``; returns the number of items copied.
    A class named in "responsible" becomes the target year's class of the same name."""
    if source.id == target.id:
        raise AgendaError("agenda.same_year", field="year")
    items = list_items(db, source.id)
    recurring = list_recurring(db, source.id)
    if not items and not recurring:
        raise AgendaError("agenda.source_empty", field="year", year=source.name)
    years = target.start_year - source.start_year
    with db.atomic():
        if has_plan(db, target.id):
            if not replace:
                raise AgendaError("agenda.plan_not_empty", field="year", year=target.name)
            clear_plan(db, target.id)
        classes = _class_map(db, source, target)
        for item in items:
            item = shifted_item(item, years, target)
            add_item(db, target, item.replace(responsible=_map_classes(item.responsible, classes)))
        for rec in recurring:
            add_recurring(db, target, RecurringItem(target.id, rec.title, _map_classes(rec.responsible, classes),
                                                    rec.notes,
                                                    skipped=frozenset(_shift_month(m, years) for m in rec.skipped)))
    return len(items)


def _class_map(db: Database, source: SchoolYear, target: SchoolYear) -> dict[int, str]:
    """Source class id -> token for the target year (its class of the same name, else the name)."""
    new_ids = {name: class_id for class_id, name in people.class_names(db, target.id).items()}
    return {class_id: people.class_token(new_ids[name]) if name in new_ids else f"Lớp {name}"
            for class_id, name in people.class_names(db, source.id).items()}


def _map_classes(value: str, classes: dict[int, str]) -> str:
    tokens = []
    for token in people.split(value):
        class_id = people.class_id_of(token)
        tokens.append(token if class_id is None else classes.get(class_id, token))
    return people.join(tokens)
