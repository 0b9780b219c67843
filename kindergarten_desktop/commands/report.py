"""``report``: write any registered report (see reports.registry) to a PDF or Excel file."""

from __future__ import annotations

import argparse
import sys

from kindergarten_desktop.commands import fail, open_db
from kindergarten_desktop.errors import message


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a report (class-list, ...) as PDF or Excel",
                       description="Write a report; the format is taken from the --out extension. "
                                   "Run 'report --list' to see the available reports.")
    p.add_argument("kind", nargs="?", metavar="KIND", help="which report, e.g. class-list")
    p.add_argument("--list", action="store_true", help="list the available reports and their parameters")
    p.add_argument("--db", metavar="PATH", help="database file")
    p.add_argument("--year", metavar="YYYY-YYYY", help="school year (default: the current school year)")
    p.add_argument("--month", metavar="YYYY-MM")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the report's day where it has one, and the date line")
    p.add_argument("--class", dest="class_name", metavar="NAME", help="class name, e.g. 'Lá 1'")
    p.add_argument("--round", metavar="N", help="measurement round number")
    p.add_argument("--out", metavar="FILE", help="output file: .pdf, .xlsx (or .csv where the report offers it)")
    doc = p.add_argument_group("document settings (remembered per report; default: the school settings)")
    doc.add_argument("--number", metavar="TEXT", help="number and symbol, e.g. '15/KH-MNHM'")
    doc.add_argument("--summary", metavar="TEXT", help="the summary line under the title (trích yếu)")
    doc.add_argument("--recipient", action="append", metavar="TEXT",
                     help="a recipient under 'Nơi nhận' (repeat for each; '- Lưu: VT.' is added)")
    doc.add_argument("--signer", metavar="NAME", help="full name of the signer (default: the principal)")
    doc.add_argument("--signer-title", metavar="TITLE",
                     help="e.g. 'PHÓ HIỆU TRƯỞNG' (then signed 'KT. HIỆU TRƯỞNG')")
    doc.add_argument("--authority", metavar="TEXT", help="signing authority line, e.g. 'KT. HIỆU TRƯỞNG'")
    doc.add_argument("--drafter", metavar="NAME", help="'Người lập biểu' of a statistical table")
    doc.add_argument("--place", metavar="TEXT", help="place name of the date line")
    p.set_defaults(func=run)


def _list(db_path: str | None) -> int:
    """Every report; with ``--db``, those the one signed in may print (reports/readers.py, as
    the Reports menu), a teacher's class documents included (they choose a class assigned)."""
    from kindergarten_desktop.reports import readers
    from kindergarten_desktop.reports.registry import all_kinds
    from kindergarten_desktop.reports.titles import kind_title

    kinds = list(all_kinds().values())
    if db_path:
        db = open_db(db_path, read_only=True)
        try:
            kinds = [k for k in kinds if readers.refusal(db, k.name, any_class=True) is None]
        finally:
            db.close()
    for kind in kinds:
        params = " ".join(f"--{p}" if p in kind.needs and p != "year" else f"[--{p}]" for p in kind.parameters)
        print(f"{kind.name:18} {'/'.join(kind.formats):9} {params}  {kind_title(kind)}")
    return 0


def run(args: argparse.Namespace) -> int:

    from kindergarten_desktop.reports import document
    from kindergarten_desktop.reports.output import OutputError
    from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report

    if args.list:
        return _list(args.db)
    if not args.kind:
        return fail(message("commands.report_which"))
    if not args.db:
        return fail(message("commands.needs_db"))
    if not args.out:
        return fail(message("commands.report_needs_out"))
    try:
        kind = get_kind(args.kind)
    except ReportError as exc:
        return fail(exc.text())
    typed = document.DocumentOverrides(
        number=args.number, summary=args.summary, recipients=args.recipient, signer_name=args.signer,
        signer_title=args.signer_title, authority=args.authority, drafter=args.drafter, place=args.place)
    remember = any(getattr(typed, name) is not None for name in document.REMEMBERED)
    # Read-only unless document settings were typed: they are kept as this report's last values.
    # A missing or empty file is an error, not a new school.
    db = open_db(args.db, read_only=not remember)
    try:
        params = resolve_params(db, kind, year=args.year, month=args.month, date=args.date,
                                class_name=args.class_name, round=args.round, document=typed)
        warning = kind.warning(db, params) if kind.warning else None
        if warning is not None:
            print(f"kindergarten-desktop: {message('commands.warning', text=warning.text())}", file=sys.stderr)
        result = run_report(db, kind, params, args.out)
        if remember:
            document.remember(db, kind.name, kind.document, params.document)
    except OutputError as exc:  # the file cannot be written there: the disk's state, not a usage error
        return fail(exc.text(), code=1)
    except ReportError as exc:
        return fail(exc.text())
    finally:
        db.close()
    if result.missing_settings:
        fields = ", ".join(result.missing_settings)
        print(f"kindergarten-desktop: {message('commands.missing_settings', fields=fields)}", file=sys.stderr)
    from kindergarten_desktop.reports.titles import kind_title

    print(f"{kind_title(kind)}: {result.path}")
    return 0
