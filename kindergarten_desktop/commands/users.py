"""``users``: list, add, change the password of, or disable staff accounts."""

from __future__ import annotations

import argparse

from kindergarten_desktop.commands import open_db_or_fail

ACTIONS = {
    "list": "list the accounts, their roles and classes",
    "add": "add an account (--role, --class for a teacher, --name)",
    "passwd": "set an account's password",
    "disable": "disable an account (it can no longer sign in; its history stays)",
    "enable": "enable a disabled account",
    "recover": "reset the principal's password with the recovery code (--code)",
}


def register(sub: argparse._SubParsersAction) -> None:
    # Each action is a subcommand of its own so that options may come before or after the account
    # name (``users add --db X --role nurse yte2``): one optional positional after a choice
    # would be matched empty as soon as an option follows the choice.
    p = sub.add_parser("users", help="staff accounts: list, add, passwd, disable, enable, recover",
                       description="Staff accounts and their roles (principal, accountant, nurse, kitchen, "
                                   "teacher). Passwords come from KD_NEW_PASSWORD / KD_PASSWORD or a prompt.")
    _db_option(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action, help_text in ACTIONS.items():
        a = actions.add_parser(action, help=help_text, description=help_text)
        if action != "list":
            a.add_argument("username", metavar="NAME", help="the account's user name")
        _db_option(a)
        if action == "add":
            a.add_argument("--role", action="append", default=[], metavar="ROLE",
                           help="role of a new account (repeat, or separate with commas)")
            a.add_argument("--class", dest="classes", action="append", default=[], metavar="NAME",
                           help="a class a teacher is assigned (current school year; repeat for several)")
            a.add_argument("--name", dest="full_name", default="", metavar="FULL NAME",
                           help="the person's full name")
        if action == "recover":
            a.add_argument("--code", metavar="CODE",
                           help="recover: the recovery code shown when accounts were set up")
    p.set_defaults(func=run)


def _db_option(parser: argparse.ArgumentParser) -> None:
    # Suppressed default: given before or after the action, the one given stays.
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")


def _class_ids(db, names: list[str]) -> list[int]:
    from kindergarten_desktop.errors import AppError
    from kindergarten_desktop.school import load_settings

    year_id = load_settings(db).current_school_year_id
    year = db.execute("SELECT name FROM school_year WHERE id = ?", [year_id]).fetchone() if year_id else None
    found = []
    for name in names:
        row = db.execute("SELECT id FROM class WHERE school_year_id = ? AND name = ?", [year_id, name.strip()]
                         ).fetchone() if year_id else None
        if row is None:
            raise AppError("accounts.unknown_class", name=name, year=year[0] if year else "?")
        found.append(row[0])
    return found


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.accounts import users
    from kindergarten_desktop.accounts.access import is_principal, roles_text
    from kindergarten_desktop.accounts.cli import new_password
    from kindergarten_desktop.commands import fail
    from kindergarten_desktop.db import session
    from kindergarten_desktop.errors import message

    if not getattr(args, "db", None):
        return fail(message("commands.needs_db"))
    if args.action != "list" and not args.username.strip():
        return fail(message("commands.users_which", action=args.action))
    db, code = open_db_or_fail(args.db)
    if db is None:
        return code or 1
    try:
        if args.action == "list":
            names = dict(db.execute("SELECT id, name FROM class").fetchall())
            me = session.current(db)
            # The staff's roles and classes are the principal's to see; anyone else sees their own.
            shown = [a for a in users.list_accounts(db) if is_principal(db) or (me and a.id == me.account_id)]
            for a in shown:
                classes = ", ".join(names.get(c, str(c)) for c in a.class_ids)
                state = message("commands.user_active" if a.active else "commands.user_disabled")
                print(f"{a.username:16} {state:9} {roles_text(a.roles)}"
                      + (f" [{classes}]" if classes else "") + (f" — {a.full_name}" if a.full_name else ""))
            return 0
        if args.action == "add":
            roles = [r for chunk in args.role for r in chunk.split(",")]
            class_ids = _class_ids(db, args.classes)
            password = new_password(args, args.username)
            recovery = users.add_account(db, args.username, password, roles, full_name=args.full_name,
                                         class_ids=class_ids)
            print(message("commands.user_added", name=args.username.strip().lower()))
            if recovery:
                print(message("commands.recovery_code", code=recovery))
            return 0
        if args.action == "passwd":
            users.set_password(db, args.username, new_password(args, args.username))
            print(message("commands.password_changed", name=args.username))
            return 0
        if args.action in ("disable", "enable"):
            users.set_active(db, args.username, args.action == "enable")
            done = "commands.user_enabled" if args.action == "enable" else "commands.user_disabled_done"
            print(message(done, name=args.username))
            return 0
        if not args.code:
            return fail(message("commands.recover_needs_code"))
        recovery = users.recover(db, args.username, args.code, new_password(args, args.username))
        print(message("commands.password_reset", name=args.username, code=recovery))
        return 0
    finally:
        db.close()
