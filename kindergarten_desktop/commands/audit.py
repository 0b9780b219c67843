"""``audit``: export the audit trail (principal only) to CSV or Excel."""

from __future__ import annotations

import argparse

from kindergarten_desktop.commands import open_db_or_fail


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="export the audit trail (who changed what, when) to .csv or .xlsx")
    p.add_argument("--db", required=True, metavar="PATH", help="database file")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    p.add_argument("--since", metavar="DATE", help="only changes from this day (yyyy-mm-dd or dd/mm/yyyy)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.accounts import audit
    from kindergarten_desktop.commands import fail
    from kindergarten_desktop.errors import message
    from kindergarten_desktop.reports.audit_export import export_audit
    from kindergarten_desktop.reports.output import OutputError

    since = audit.parse_date(args.since) if args.since else None
    db, code = open_db_or_fail(args.db)
    if db is None:
        return code or 1
    try:
        count = export_audit(db, args.out, since=since)
    except OutputError as exc:  # the disk's state, as for `report`: exit 1
        return fail(exc.text(), code=1)
    finally:
        db.close()
    print(message("commands.audit_written", count=count, path=args.out))
    return 0
