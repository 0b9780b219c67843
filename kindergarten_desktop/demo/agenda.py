"""Demo step 50: the principal's plan for every school year — the first year from the
starter template, each later year copied from the year before — with past work ticked off."""

from __future__ import annotations

import datetime as dt

from kindergarten_desktop.agenda import responsible
from kindergarten_desktop.agenda.copy_year import copy_plan
from kindergarten_desktop.agenda.items import AgendaItem, add_item, list_items
from kindergarten_desktop.agenda.template import apply_template
from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.roster.calendar import month_bounds
from kindergarten_desktop.school import SchoolYear

ORDER = 50
POSTPONE_NOTES = ["Lùi lịch do thời tiết xấu", "Chờ hướng dẫn của cấp trên", "Trùng lịch kiểm tra"]


def _class_contest(ctx: DemoContext, year: SchoolYear) -> None:
    classes = responsible.class_names(ctx.db, year.id)
    big = sorted(cid for cid, name in classes.items() if name.startswith("Lá"))
    if big:
        chosen = ctx.rng.choice(big)
        add_item(ctx.db, year, AgendaItem(
            year.id, f"{year.start_year + 1}-03", f"Lớp {classes[chosen]} tham gia hội thi “Bé với an toàn giao thông”",
            week=4, responsible=responsible.join([responsible.class_token(chosen), "vice_principal"])))


def _tick_off_the_past(ctx: DemoContext, year: SchoolYear) -> None:
    updates = []
    for item in list_items(ctx.db, year.id):
        y, m = map(int, item.month.split("-"))
        finished = item.start_date or month_bounds(y, m)[1]
        reviewed = int(dt.date(y, m, 1) > ctx.today and item.to_review)
        if finished >= ctx.today:
            updates.append(("planned", "", reviewed, item.id))
            continue
        roll = ctx.rng.random()
        if roll < 0.88:
            updates.append(("done", item.notes, 0, item.id))
        elif roll < 0.97:
            updates.append(("postponed", ctx.rng.choice(POSTPONE_NOTES), 0, item.id))
        else:
            updates.append(("cancelled", item.notes, 0, item.id))
    ctx.db.conn.executemany("UPDATE agenda_item SET status = ?, notes = ?, to_review = ? WHERE id = ?", updates)


def run(ctx: DemoContext) -> None:
    previous: SchoolYear | None = None
    for year in ctx.years:
        if previous is None:
            apply_template(ctx.db, year)
            _class_contest(ctx, year)  # copied on to the class of the same name in later years
        else:
            copy_plan(ctx.db, previous, year)
        _tick_off_the_past(ctx, year)
        previous = year
