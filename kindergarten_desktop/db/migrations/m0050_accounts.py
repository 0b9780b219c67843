"""Staff accounts, their roles and classes, sign-in counters and the append-only audit log.

The permission and audit triggers themselves are not created here: they are derived from
the registries (db/permissions.py, db/audit.py) and installed after every migration run,
so tables added later are covered too."""

from kindergarten_desktop.db.database import Database

VERSION = 50

STATEMENTS = [
    # password_hash: "scrypt$n$r$p$salt$hash" (accounts/passwords.py); never the password.
    """CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE CHECK (trim(username) <> '' AND username = lower(trim(username))),
        full_name TEXT NOT NULL DEFAULT '',
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE account_role (
        account_id INTEGER NOT NULL REFERENCES account(id),
        role TEXT NOT NULL CHECK (role IN ('principal', 'accountant', 'nurse', 'kitchen', 'teacher')),
        PRIMARY KEY (account_id, role)
    ) WITHOUT ROWID""",
    # The classes a teacher enters attendance and growth for.
    """CREATE TABLE account_class (
        account_id INTEGER NOT NULL REFERENCES account(id),
        class_id INTEGER NOT NULL REFERENCES class(id),
        PRIMARY KEY (account_id, class_id)
    ) WITHOUT ROWID""",
    # Wrong passwords in a row, for the increasing delay; username may name no account.
    """CREATE TABLE account_signin (
        username TEXT PRIMARY KEY,
        failures INTEGER NOT NULL DEFAULT 0,
        last_failure TEXT
    )""",
    # actor: the account's user name (unique, never renamed) or the operating-system user.
    # Newest first is id order (rows are only ever appended); three narrow indexes serve the
    # viewer's filters. Each index costs every audited write: see tests/perf/test_accounts_perf.py.
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_id TEXT,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        child_id INTEGER,
        before TEXT,
        after TEXT
    )""",
    "CREATE INDEX audit_log_actor ON audit_log (actor)",
    "CREATE INDEX audit_log_record ON audit_log (table_name, record_id)",
    "CREATE INDEX audit_log_child ON audit_log (child_id)",
]


def up(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
