"""Closed means closed, below the domains: SQLite triggers refuse every write that would
change a closed month, whoever writes.

The accountant closes the books month by month (meals.closing); a month is closed when it is
at or before ``month_lock.closed_through`` ('YYYY-MM'), which a trigger on ``meal_month_event``
keeps up to date. Every table whose rows feed a month's ledger, meal count, market book, stock,
posting or kitchen books (menus, food inspections, kept samples) is listed in :data:`GUARDED` with
how to find the earliest day a row (or a change to it) feeds. :func:`install` (run after every
migration) creates one BEFORE INSERT, UPDATE and DELETE trigger per table from that list,
idempotently; a table added later by a migration is guarded by adding one line to :data:`GUARDED`.

A refused write raises ``sqlite3.IntegrityError("kd:month_closed:<table>")``;
:func:`app_error` turns it into the user's message (code ``meals.month_closed``), and
``Database`` applies it to every error that leaves ``execute`` or ``atomic``.

The same install keeps a book's start honest: money the cash book or the bank book lists
(:data:`BOOK_MOVES`) dated before that book's opening balance is refused
(``'kd:before_opening:<book>'``, :class:`BeforeOpening`, codes ``meals.book_before_opening_*``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from kindergarten_desktop.db.refusals import Refused


class Handle(Protocol):
    """What the guards need of a database handle (db.database.Database, or sqlite-utils' in migrations)."""

    def execute(self, sql: str, parameters: Iterable[Any] | dict[str, Any] | None = ...) -> sqlite3.Cursor: ...

    def atomic(self) -> AbstractContextManager[Any]: ...


PREFIX = "kd:month_closed:"
TRIGGER_PREFIX = "guard_"
LOCK_TABLE = "month_lock"
# The latest month whose latest event is a close: months close in order and only the latest
# closed month reopens, so every month up to it is closed.
_CLOSED_THROUGH = (
    "SELECT max(e.month) FROM meal_month_event e WHERE e.action = 'close' "
    "AND e.id = (SELECT max(id) FROM meal_month_event WHERE month = e.month)")
_FAR = "'9999-12-31'"


@dataclass(frozen=True)
class Guard:
    """How to find the earliest day ('YYYY-MM-DD' or 'YYYY-MM') that a write to ``table`` feeds.

    Each expression is SQL over the trigger's NEW (insert), OLD and NEW (update) or OLD
    (delete) row; NULL means the write feeds no month (e.g. only a note changed)."""

    table: str
    insert: str
    update: str
    delete: str


def dated(table: str, column: str) -> Guard:
    """A row that belongs to the day (or month) in ``column``: attendance, payments, purchases ..."""
    return Guard(table, f"NEW.{column}", f"min(OLD.{column}, NEW.{column})", f"OLD.{column}")


def period(table: str, start: str, end: str, keys: tuple[str, ...]) -> Guard:
    """A row in force from ``start`` to ``end`` (the last day or month, NULL: open-ended).

    Changing ``start`` or any of ``keys`` changes every month of the row; moving ``end`` changes
    the months after the earlier of the two ends only (a child leaving, a standing discount ending)."""
    old_end, new_end = f"coalesce(OLD.{end}, {_FAR})", f"coalesce(NEW.{end}, {_FAR})"
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in (start, *keys))
    whole = f"min(OLD.{start}, NEW.{start})"
    # The day after the earlier end: works for days (date()) and for months ('YYYY-MM' + 1).
    after_end = (f"CASE WHEN length(min({old_end}, {new_end})) = 7 "
                 f"THEN strftime('%Y-%m', min({old_end}, {new_end}) || '-01', '+1 month') "
                 f"ELSE date(min({old_end}, {new_end}), '+1 day') END")
    update = (f"CASE WHEN {changed} THEN {whole} "
              f"WHEN NEW.{end} IS DISTINCT FROM OLD.{end} THEN {after_end} END")
    return Guard(table, f"NEW.{start}", update, f"OLD.{start}")


def only_for(guard: Guard, column: str, values: tuple[str, ...]) -> Guard:
    """``guard`` for the rows whose ``column`` is one of ``values`` (before or after the write)."""
    among = "(" + ", ".join(f"'{v}'" for v in values) + ")"
    return Guard(guard.table, f"CASE WHEN NEW.{column} IN {among} THEN {guard.insert} END",
                 f"CASE WHEN OLD.{column} IN {among} OR NEW.{column} IN {among} THEN {guard.update} END",
                 f"CASE WHEN OLD.{column} IN {among} THEN {guard.delete} END")


def kept_sample(table: str) -> Guard:
    """A kept food sample (lưu mẫu): what was sampled belongs to the day of the meal, its discard to
    the day it was discarded. A sample of a month's last meals is kept into the next month, so its
    discard is recorded after the month may have closed: recording or correcting a discard made in
    an open month changes no closed month (NULL when nothing else changed)."""
    sampled = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}"
                          for c in ("day", "meal", "dish", "quantity", "unit", "taken_at", "taken_by"))
    discard = "min(coalesce(OLD.discarded_at, NEW.discarded_at), coalesce(NEW.discarded_at, OLD.discarded_at))"
    discarded = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in ("discarded_at", "discarded_by"))
    update = f"CASE WHEN {sampled} THEN min(OLD.day, NEW.day) WHEN {discarded} THEN {discard} END"
    return Guard(table, "NEW.day", update, "OLD.day")


# The circumstance flags that change what a month's ledger charges or supports (Decree 105 art. 7:
# roster.circumstances.LUNCH_SUPPORT_FLAGS, checked equal by the tests).
MONEY_FLAGS = ("disability", "disadvantaged_area", "martyr_invalid_family", "near_poor_household", "no_carer",
               "poor_household")

# Every table that feeds a month. A table created by a later migration is guarded by one line
# here; install() skips tables that do not exist (yet).
GUARDED: tuple[Guard, ...] = (
    dated("attendance", "day"),
    period("enrollment", "start_date", "end_date", ("child_id", "class_id")),
    dated("school_calendar_exception", "day"),
    dated("meal_override", "day"),
    dated("staff_meal", "day"),
    dated("meal_rate", "effective_from"),
    dated("monthly_fee", "effective_from"),
    dated("meal_discount", "month"),
    period("meal_standing_discount", "start_month", "end_month", ("child_id", "amount")),
    dated("lunch_support_rule", "effective_from"),
    dated("meal_payment", "paid_on"),  # a receipt, and its cancellation
    dated("meal_payout", "paid_on"),  # a payout (phiếu chi), and its cancellation
    dated("purchase", "day"),
    dated("stock_use", "day"),
    dated("stock_adjustment", "day"),  # a correction or cancellation of a purchase or stock use, on its day
    dated("daily_menu", "day"),
    only_for(period("child_circumstance", "valid_from", "valid_to", ("child_id", "flag")), "flag", MONEY_FLAGS),
    dated("meal_book_opening", "day"),  # the opening balance of the cash or the bank book
    # The kitchen's books, on the day they record: the menu (its market list and portions), the
    # three-step food inspection, kept samples, the day whose market list became purchases.
    dated("menu_line", "day"),
    dated("inspection", "day"),
    kept_sample("food_sample"),
    dated("kitchen_order", "day"),
)


# A book starts on its opening balance's day (meals/cashbook.py): a receipt or a payout that counts
# in a book (the rows its ``_MOVES`` lists: not cancelled, paid by that book's method) and is dated
# before that day would make the book start with money older than its opening. One line per table
# the books list: (table, day column, method column, cancellation column).
BOOK_OPENING_TABLE = "meal_book_opening"
BOOK_ACCOUNTS = ("cash", "transfer")  # meal_book_opening.account (checked equal to cashbook.ACCOUNTS)
BEFORE_OPENING = "kd:before_opening:"
BOOK_MOVES: tuple[tuple[str, str, str, str], ...] = (
    ("meal_payment", "paid_on", "method", "cancelled_at"),  # receipts (phiếu thu)
    ("meal_payout", "paid_on", "method", "cancelled_at"),  # payouts (phiếu chi): refunds, suppliers, others
)


def _opening_triggers(tables: set[str]) -> dict[str, str]:
    """Refuse money dated before its book's opening balance, whoever writes it."""
    found: dict[str, str] = {}
    if BOOK_OPENING_TABLE not in tables:
        return found
    for table, day, method, cancelled in BOOK_MOVES:
        if table not in tables:
            continue
        before = (f"NEW.{cancelled} IS NULL AND NEW.{day} < "
                  f"(SELECT o.day FROM {BOOK_OPENING_TABLE} o WHERE o.account = NEW.{method})")
        # An update matters only when it makes the row count where it did not (its day, its
        # book, an undone cancellation); a note changed on an old row is no new money.
        moved = (f"(OLD.{cancelled} IS NOT NULL OR NEW.{day} IS DISTINCT FROM OLD.{day} "
                 f"OR NEW.{method} IS DISTINCT FROM OLD.{method})")
        raises = " ".join(f"SELECT RAISE(ABORT, '{BEFORE_OPENING}{account}') WHERE NEW.{method} = '{account}';"
                          for account in BOOK_ACCOUNTS)
        for event, when in (("INSERT", before), ("UPDATE", f"{moved} AND {before}")):
            name = f"{TRIGGER_PREFIX}{table}_opening_{event.lower()}"
            found[name] = f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when} BEGIN {raises} END"
    return found


def _trigger_sql(guard: Guard, event: str) -> tuple[str, str]:
    expression = {"INSERT": guard.insert, "UPDATE": guard.update, "DELETE": guard.delete}[event]
    name = f"{TRIGGER_PREFIX}{guard.table}_{event.lower()}"
    sql = (f"CREATE TRIGGER {name} BEFORE {event} ON {guard.table} "
           f"WHEN substr({expression}, 1, 7) <= (SELECT closed_through FROM {LOCK_TABLE} WHERE id = 1) "
           f"BEGIN SELECT RAISE(ABORT, '{PREFIX}{guard.table}'); END")
    return name, sql


def _lock_triggers() -> dict[str, str]:
    """The lock follows the closing history, whatever changes it."""
    found = {}
    for event in ("INSERT", "DELETE"):
        name = f"{TRIGGER_PREFIX}{LOCK_TABLE}_follows_event_{event.lower()}"
        found[name] = (f"CREATE TRIGGER {name} AFTER {event} ON meal_month_event "
                       f"BEGIN UPDATE {LOCK_TABLE} SET closed_through = ({_CLOSED_THROUGH}) WHERE id = 1; END")
    return found


def wanted_triggers(tables: set[str]) -> dict[str, str]:
    """Trigger name -> SQL for the guarded tables present in ``tables``."""
    if LOCK_TABLE not in tables:
        return {}  # a database migrated only part of the way (tests of old versions)
    found = _lock_triggers() | _opening_triggers(tables)
    for guard in GUARDED:
        if guard.table in tables:
            for event in ("INSERT", "UPDATE", "DELETE"):
                name, sql = _trigger_sql(guard, event)
                found[name] = sql
    return found


def install(db: Handle) -> list[str]:
    """Create, update or drop the guard triggers so they match :data:`GUARDED`; returns the
    names created. Cheap when nothing changed (it compares the stored SQL)."""
    execute = db.execute
    tables = {r[0] for r in execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    present = dict(execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                           [TRIGGER_PREFIX + "%"]).fetchall())
    wanted = wanted_triggers(tables)
    created: list[str] = []
    changes = [n for n in present if n not in wanted] + [n for n, sql in wanted.items() if present.get(n) != sql]
    if not changes and (LOCK_TABLE not in tables or _lock_in_step(db)):
        return created
    with db.atomic():
        for name in present:
            if name not in wanted or present[name] != wanted[name]:
                execute(f"DROP TRIGGER {name}")
        for name, sql in wanted.items():
            if present.get(name) != sql:
                execute(sql)
                created.append(name)
        if LOCK_TABLE in tables:
            execute(f"UPDATE {LOCK_TABLE} SET closed_through = ({_CLOSED_THROUGH}) WHERE id = 1")
    return created


def _lock_in_step(db: Handle) -> bool:
    row = db.execute(f"SELECT closed_through IS ({_CLOSED_THROUGH}) FROM {LOCK_TABLE}").fetchone()
    return bool(row and row[0])


def closed_through(db: Handle) -> str | None:
    """The latest closed month ('YYYY-MM'), every month up to it closed; None when none is."""
    row = db.execute(f"SELECT closed_through FROM {LOCK_TABLE} WHERE id = 1").fetchone()
    return row[0] if row else None


class MonthClosed(Refused, ValueError):
    """A write refused because it would change a closed month.

    Also a ValueError, so a screen that catches its domain's ValueErrors (the roster's
    dialogs) shows the refusal instead of failing; its ``str()`` is the text in the user's
    language for the same reason (AppError's is English)."""

    def __str__(self) -> str:
        return self.text()

    def __init__(self, table: str, closed_through: str | None) -> None:
        through = closed_through or ""
        label = f"{through[5:7]}/{through[:4]}" if len(through) == 7 else through
        super().__init__("meals.month_closed", month=label)
        self.table = table
        self.closed_through = closed_through


class BeforeOpening(Refused):
    """Money dated before the opening balance of its book (the book starts on ``opening``)."""

    def __init__(self, account: str, opening: dt.date | None) -> None:
        super().__init__(f"meals.book_before_opening_{account}", day=opening or "…")
        self.table = ""
        self.account = account
        self.opening = opening


def before_opening(exc: BaseException, db: Handle) -> BeforeOpening | None:
    """The user's error for a write the opening-balance triggers refused (None for any other)."""
    if not isinstance(exc, sqlite3.IntegrityError) or not str(exc).startswith(BEFORE_OPENING):
        return None
    account = str(exc)[len(BEFORE_OPENING):]
    try:
        row = db.execute(f"SELECT day FROM {BOOK_OPENING_TABLE} WHERE account = ?", [account]).fetchone()
    except sqlite3.Error:
        row = None
    return BeforeOpening(account, dt.date.fromisoformat(row[0]) if row else None)


def guarded_table(exc: BaseException) -> str | None:
    """The table named by a guard trigger's refusal, or None for any other error."""
    if not isinstance(exc, sqlite3.IntegrityError):
        return None
    text = str(exc)
    return text[len(PREFIX):] if text.startswith(PREFIX) else None


def app_error(exc: BaseException, db: Handle) -> MonthClosed | None:
    """The user's error for a database error raised by a guard trigger (None for any other):
    the one place where SQLite's refusal text is read."""
    table = guarded_table(exc)
    if table is None:
        return None
    try:
        through = closed_through(db)
    except sqlite3.Error:
        through = None
    return MonthClosed(table, through)
