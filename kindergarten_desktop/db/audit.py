"""The audit trail: every insert, update and delete of the school's records, as triggers.

Each audited write adds one ``audit_log`` row: when, who (the account, or the
operating-system user where the database has no accounts), which table and record, the
child it concerns, and the row before and after (JSON). The log is append-only: its own
triggers refuse UPDATE and DELETE.

Every table is audited unless listed in ``NOT_AUDITED``; ``OPTIONS`` adjusts a table with
one line (attendance is audited after its day only; password hashes are never copied).
"""

from __future__ import annotations

from dataclasses import dataclass

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.permissions import user_tables


@dataclass(frozen=True)
class AuditOptions:
    after_day: str | None = None  # audit a row only once its day (this column) is past
    redact: tuple[str, ...] = ()  # columns never copied (a short fingerprint shows a change)
    child: str | None = None  # the column naming the child (default: child_id if present)
    secret_when: str | None = None  # redact only rows where this holds ({row}: NEW or OLD)


# SQLite's own clock (local time, to the second): no Python call per audited row.
NOW = "datetime('now', 'localtime')"
NOT_AUDITED = frozenset({"audit_log", "account_signin", "month_lock"})  # month_lock: derived by db/guards.py
OPTIONS: dict[str, AuditOptions] = {
    "attendance": AuditOptions(after_day="day"),
    "account": AuditOptions(redact=("password_hash",)),
    "child": AuditOptions(child="id"),
    # The recovery code's hash is a secret like a password's (accounts/users.py RECOVERY_KEY).
    "setting": AuditOptions(redact=("value",), secret_when="{row}.key = 'accounts.recovery'"),
}
APPEND_ONLY = {
    "kd_audit_log_no_update": "CREATE TRIGGER \"kd_audit_log_no_update\" BEFORE UPDATE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'kd.append_only'); END",
    "kd_audit_log_no_delete": "CREATE TRIGGER \"kd_audit_log_no_delete\" BEFORE DELETE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'kd.append_only'); END",
}


def _columns(db: Database, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, position in the primary key) of each column."""
    return [(r[1], (r[2] or "").upper(), int(r[5])) for r in db.execute(f'PRAGMA table_info("{table}")')]


def _key(columns: list[tuple[str, str, int]], row: str) -> str:
    pk = sorted((p, n) for n, _t, p in columns if p > 0)
    if not pk:
        return f"{row}.rowid"
    if len(pk) == 1:
        return f'{row}."{pk[0][1]}"'
    return " || '/' || ".join(f'{row}."{n}"' for _p, n in pk)


def _json(columns: list[tuple[str, str, int]], row: str, redact: tuple[str, ...],
          secret_when: str | None = None) -> str:
    parts = []
    for name, _type, _pk in columns:
        value = f'{row}."{name}"'
        if name in redact:
            hidden = f"substr({row}.\"{name}\", -6)"
            value = f"CASE WHEN {secret_when.format(row=row)} THEN {hidden} ELSE {value} END" if secret_when \
                else hidden
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


def trigger_sql(db: Database) -> dict[str, str]:
    """The audit triggers every table should have: {name: CREATE TRIGGER ...}."""
    tables = user_tables(db)
    if "audit_log" not in tables:
        return {}
    wanted = dict(APPEND_ONLY)
    for table in tables:
        if table in NOT_AUDITED:
            continue
        options = OPTIONS.get(table, AuditOptions())
        columns = _columns(db, table)
        names = {c[0] for c in columns}
        child_col = options.child or ("child_id" if "child_id" in names else None)
        for op in ("insert", "update", "delete"):
            row = "OLD" if op == "delete" else "NEW"
            before = _json(columns, "OLD", options.redact, options.secret_when) if op != "insert" else "NULL"
            after = _json(columns, "NEW", options.redact, options.secret_when) if op != "delete" else "NULL"
            when = ["kd_audit()"]
            if options.after_day:
                when.append(f"{row}.\"{options.after_day}\" < kd_today()")
                if op == "update":
                    when[-1] = f"(OLD.\"{options.after_day}\" < kd_today() OR NEW.\"{options.after_day}\" < kd_today())"
            if op == "update":
                when.append(f"{_json(columns, 'OLD', ())} IS NOT {_json(columns, 'NEW', ())}")
            child = f'{row}."{child_col}"' if child_col else "NULL"
            name = f"kd_audit_{table}_{op}"
            wanted[name] = (
                f'CREATE TRIGGER "{name}" AFTER {op.upper()} ON "{table}" WHEN {" AND ".join(when)} '
                "BEGIN INSERT INTO audit_log (at, actor, table_name, record_id, action, child_id, "
                f"before, after) VALUES ({NOW}, kd_actor(), '{table}', {_key(columns, row)}, "
                f"'{op}', {child}, {before}, {after}); END")
    return wanted
