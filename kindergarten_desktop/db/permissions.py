"""Who may write what: one registry of tables → areas, and the roles that write each area.

The rules are SQLite triggers (installed by ``session.after_migrations``), so every writer
obeys them: the GUI, the CLI, any future front end. A database without accounts is not
restricted at all (the triggers check that first). A new table is covered by one line in
``TABLES`` (or by a prefix in ``PREFIXES``); a table in neither is for the principal only.

A refused write raises ``sqlite3.IntegrityError('kd.denied:<area>:<table>')``, which
``Database`` turns into the app's error (db/refusals.py: ``accounts.denied``, naming who may).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.refusals import DENIED

ROLES: tuple[str, ...] = ("principal", "accountant", "nurse", "kitchen", "teacher")
AREAS: tuple[str, ...] = ("school", "roster", "attendance", "growth", "meals", "closing", "reopening",
                          "market", "stock", "kitchen", "agenda", "accounts", "suppliers")

# The areas each role writes. The principal writes everything; a teacher writes attendance
# and growth only for the children of the classes assigned (see Scoped).
WRITES: dict[str, frozenset[str]] = {
    "principal": frozenset(AREAS),
    # The accountant closes a month; only the principal reopens one (it changes signed figures).
    "accountant": frozenset({"meals", "closing", "market", "stock", "suppliers"}),
    "nurse": frozenset({"growth"}),
    # Suppliers: the accountant names them in the market book, the kitchen in the food catalogue.
    "kitchen": frozenset({"kitchen", "stock", "suppliers"}),
    "teacher": frozenset(),
}
# What each role sees (the UI hides the rest; reports and exports check it).
READS: dict[str, frozenset[str]] = {
    "principal": frozenset(AREAS),
    "accountant": frozenset({"meals", "closing", "market", "stock", "suppliers", "roster", "attendance", "agenda",
                             "school"}),
    "nurse": frozenset({"growth", "roster", "attendance", "agenda", "school"}),
    # The kitchen cooks from the meal count (the meals tab's first page) but reads no one's fees.
    "kitchen": frozenset({"kitchen", "stock", "suppliers", "market", "agenda", "school"}),
    "teacher": frozenset({"roster", "attendance", "growth", "agenda", "school"}),
}
SCOPED_FOR_TEACHERS = frozenset({"roster", "attendance", "growth"})
# The areas whose rows about a child a teacher writes for the classes assigned (see Scoped).
SCOPED_AREAS = frozenset({"attendance", "growth"})


@dataclass(frozen=True)
class Scoped:
    """Rows about one child on one day: a teacher writes them for the classes assigned."""

    area: str
    day_column: str
    child_column: str = "child_id"


@dataclass(frozen=True)
class OwnRow:
    """An account changes its own row (its password); everything else is the area's."""

    area: str
    id_column: str = "id"


@dataclass(frozen=True)
class ByRow:
    """Rows whose area depends on the operation and the row: each case is (operations,
    condition over the trigger's OLD/NEW row, area); a write matching a case needs its area."""

    cases: tuple[tuple[str, str, str], ...]


_CLOSED_THROUGH = "coalesce((SELECT closed_through FROM month_lock WHERE id = 1), '')"
# Closing a month: the accountant or the principal. Reopening one (an event 'reopen', the
# lock moved back, a closed month's snapshot removed or a closing history rewritten): the
# principal only, since it lets signed figures change.
CLOSING_EVENTS = ByRow((
    ("insert", "NEW.action = 'reopen'", "reopening"),
    ("insert", "NEW.action IS DISTINCT FROM 'reopen'", "closing"),
    ("update delete", "1", "reopening"),
))
CLOSING_SNAPSHOT = ByRow((
    ("insert", "1", "closing"),
    ("update delete", f"OLD.month > {_CLOSED_THROUGH}", "closing"),
    ("update delete", f"OLD.month <= {_CLOSED_THROUGH}", "reopening"),
))
MONTH_LOCK = ByRow((
    ("insert delete", "1", "reopening"),
    ("update", "coalesce(NEW.closed_through, '') >= coalesce(OLD.closed_through, '')", "closing"),
    ("update", "coalesce(NEW.closed_through, '') < coalesce(OLD.closed_through, '')", "reopening"),
))

Rule = str | Scoped | OwnRow | ByRow | None  # None: anyone (no trigger)

TABLES: dict[str, Rule] = {
    "school": "school", "school_year": "school", "school_calendar_exception": "school",
    "staff": "roster", "class": "roster", "class_staff": "roster", "child": "roster",
    "child_circumstance": "roster", "enrollment": "roster", "enrollment_correction": "roster",
    "attendance": Scoped("attendance", "day"),
    "growth_round": "growth", "measurement": Scoped("growth", "visit_date"),
    "meal_rate": "meals", "monthly_fee": "meals", "meal_override": "meals", "staff_meal": "meals",
    "meal_payment": "meals", "meal_discount": "meals",
    "meal_month_event": CLOSING_EVENTS, "meal_closing_balance": CLOSING_SNAPSHOT,
    "supplier": "suppliers", "market_item": "market", "purchase": "market",
    "stock_use": "stock", "daily_menu": "kitchen",
    "lunch_support_rule": "meals", "meal_standing_discount": "meals", "meal_payout": "meals",
    "stock_adjustment": "stock", "meal_book_opening": "meals",
    "month_lock": MONTH_LOCK,  # kept by db/guards.py's triggers when a month closes or reopens
    # kitchen and nutrition (issue 17)
    "food": "kitchen", "dish": "kitchen", "dish_ingredient": "kitchen", "menu_line": "kitchen",
    "rotation_line": "kitchen", "kitchen_order": "kitchen", "inspection": "kitchen", "food_sample": "kitchen",
    "nutrition_norm": "kitchen", "nutrition_meal_share": "kitchen",
    "agenda_item": "agenda", "agenda_recurring": "agenda", "agenda_recurring_skip": "agenda",
    "account": OwnRow("accounts"), "account_role": "accounts", "account_class": "accounts",
    "account_signin": None,  # failed sign-in counters, written before anyone is signed in
    "setting": "setting",  # by key: see SETTING_AREAS
    "audit_log": None,  # append-only: see db/audit.py
    # A document's last number, recipients and signer, kept by the print dialog once the print is
    # allowed (reports/readers.py decides who prints what): whoever prints it, audited like the rest.
    "document_settings": None,
}
# Tables other features add, by name prefix, until they get their own line above.
PREFIXES: tuple[tuple[str, Rule], ...] = (
    ("meal_", "meals"), ("receipt", "meals"), ("payout", "meals"), ("fee", "meals"), ("discount", "meals"),
    ("market", "market"), ("stock", "stock"), ("kitchen", "kitchen"), ("menu", "kitchen"), ("food", "kitchen"),
    ("dish", "kitchen"), ("growth", "growth"), ("agenda", "agenda"), ("document", "school"),
)
SETTING_AREAS: tuple[tuple[str, str], ...] = (
    ("meals.", "meals"), ("growth.", "growth"), ("kitchen.", "kitchen"), ("stock.", "stock"),
    ("market.", "market"), ("agenda.", "agenda"), ("accounts.", "accounts"),
)


def setting_areas() -> list[str]:
    """Every area a setting key can belong to (``school`` for a key of no prefix)."""
    return sorted({area for _prefix, area in SETTING_AREAS} | {"school"})


def rule_for(table: str) -> Rule:
    if table in TABLES:
        return TABLES[table]
    for prefix, rule in PREFIXES:
        if table.startswith(prefix):
            return rule
    return "school"


def setting_area(key: str) -> str:
    for prefix, area in SETTING_AREAS:
        if key.startswith(prefix):
            return area
    return "school"


def role_may_write(roles: Iterable[str], area: str) -> bool:
    return any(area in WRITES.get(role, frozenset()) for role in roles)


def role_may_read(roles: Iterable[str], area: str) -> bool:
    return any(area in READS.get(role, frozenset()) for role in roles)


def scoped(table: str) -> bool:
    """True for a table of rows about one child a teacher writes for the classes assigned."""
    return isinstance(rule_for(table), Scoped)


def writers_of(area: str, table: str = "", *, for_classes: bool | None = None) -> list[str]:
    """The roles that write ``area``, teachers included for rows about the children of their
    classes (attendance, measurements): when ``for_classes``, or (None) when ``table`` holds
    such rows or no table is named. A growth round or the growth targets are not a
    teacher's: name the table, or pass ``for_classes=False``."""
    found = [role for role in ROLES if area in WRITES.get(role, frozenset())]
    if for_classes is None:
        for_classes = scoped(table) if table else True
    if area in SCOPED_AREAS and for_classes:
        found.append("teacher")
    return found


def user_tables(db: Database) -> list[str]:
    return [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY name")]


def _scoped_ok(rule: Scoped, row: str) -> str:
    return (f"EXISTS (SELECT 1 FROM enrollment e WHERE e.child_id = {row}.{rule.child_column} "
            f"AND e.start_date <= {row}.{rule.day_column} "
            f"AND (e.end_date IS NULL OR e.end_date >= {row}.{rule.day_column}) AND kd_teaches(e.class_id))")


def trigger_sql(db: Database) -> dict[str, str]:
    """The permission triggers every table should have: {name: CREATE TRIGGER ...}."""
    tables = user_tables(db)
    if "account" not in tables:
        return {}
    wanted: dict[str, str] = {}
    for table in tables:
        rule = rule_for(table)
        if rule is None:
            continue
        if isinstance(rule, ByRow):
            for op in ("insert", "update", "delete"):
                cases = [(when, area) for ops, when, area in rule.cases if op in ops.split()]
                for index, (when, area) in enumerate(cases, 1):
                    name = f"kd_perm_{table}_{op}_{index}"
                    wanted[name] = (
                        f'CREATE TRIGGER "{name}" BEFORE {op.upper()} ON "{table}" '
                        f"WHEN EXISTS (SELECT 1 FROM account) AND ({when}) AND NOT kd_can('{area}') "
                        f"BEGIN SELECT RAISE(ABORT, '{DENIED}{area}:{table}'); END")
            continue
        for op, rows in (("insert", ("NEW",)), ("update", ("OLD", "NEW")), ("delete", ("OLD",))):
            if isinstance(rule, Scoped):
                area = rule.area
                allowed = f"kd_can('{area}') OR ({' AND '.join(_scoped_ok(rule, r) for r in rows)})"
            elif isinstance(rule, OwnRow):
                area = rule.area
                allowed = f"kd_can('{area}')"
                if op == "update":
                    allowed += f" OR (OLD.{rule.id_column} = kd_account() AND NEW.{rule.id_column} = kd_account())"
            elif rule == "setting":
                # One trigger per area a key belongs to, so the refusal names that area (the meal
                # rules are the accountant's "meals", not the principal's "school").
                for area in setting_areas():
                    name = f"kd_perm_{table}_{op}_{area}"
                    touched = " OR ".join(f"kd_setting_area({r}.key) = '{area}'" for r in rows)
                    wanted[name] = (
                        f'CREATE TRIGGER "{name}" BEFORE {op.upper()} ON "{table}" '
                        f"WHEN EXISTS (SELECT 1 FROM account) AND ({touched}) AND NOT kd_can('{area}') "
                        f"BEGIN SELECT RAISE(ABORT, '{DENIED}{area}:{table}'); END")
                continue
            else:
                area = rule
                allowed = f"kd_can('{area}')"
            name = f"kd_perm_{table}_{op}"
            wanted[name] = (
                f'CREATE TRIGGER "{name}" BEFORE {op.upper()} ON "{table}" '
                f"WHEN EXISTS (SELECT 1 FROM account) AND NOT ({allowed}) "
                f"BEGIN SELECT RAISE(ABORT, '{DENIED}{area}:{table}'); END")
    return wanted
