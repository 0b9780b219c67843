"""``import-roster``: add the children of an Excel class list to a school year."""

from __future__ import annotations

import argparse
from pathlib import Path

from kindergarten_desktop.commands import fail, open_db_or_fail


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-roster", help="import children from an .xlsx class list")
    p.add_argument("file", metavar="FILE.xlsx", help="the workbook (first sheet; title and footer lines are read "
                                                     "and skipped)")
    p.add_argument("--db", required=True, metavar="PATH", help="database file")
    p.add_argument("--year", metavar="YYYY-YYYY",
                   help="school year, e.g. 2025-2026 (default: the 'Năm học' of the list's title)")
    p.add_argument("--class", dest="class_name", metavar="NAME",
                   help="class of rows without a 'Lớp' column value (default: the class in the list's title; "
                        "created if missing)")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, leave out the invalid ones")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.errors import current_language, message
    from kindergarten_desktop.roster.age_groups import BY_CODE
    from kindergarten_desktop.roster.importer import apply_import, preview_import, skip_reasons
    from kindergarten_desktop.school import parse_school_year_name

    path = Path(args.file)
    if not path.is_file():
        return fail(message("roster.cli_no_file", file=path))
    if args.year:
        try:
            parse_school_year_name(args.year)
        except ValueError as exc:
            return fail(str(exc))
    db, code = open_db_or_fail(args.db)
    if db is None:
        return code or 1

    def say(code: str, **params: object) -> None:
        print(message("roster." + code, **params))

    def label(group: str) -> str:
        info = BY_CODE.get(group)
        return group if info is None else (info.label_en if current_language() == "en" else info.label_vi)

    try:
        preview = preview_import(db, path, args.year, args.class_name)  # WorkbookError: printed by cli.py
        say("cli_read", file=path.name, header=preview.header_row, children=len(preview.rows),
            invalid=len(preview.invalid), year=preview.school_year)
        if preview.title.class_name:
            say("cli_title", name=preview.title.class_name, year=preview.title.school_year or preview.school_year)
        if preview.start_moved:
            print("  " + message("roster.import_starts_later", day=preview.starts_on))
        for name, group in preview.new_classes.items():
            say("cli_new_class", name=name, group=label(group))
        for row in preview.rows:
            if row.valid and not row.skipped:
                for warning in row.warnings:
                    say("cli_warning", row=row.row_number, name=row.data.full_name, text=warning.text())
        for problem in preview.problems():
            say("cli_invalid", text=problem.text())
        if preview.invalid and not args.skip_invalid:
            return fail(message("roster.cli_refused", count=len(preview.invalid)), code=1)
        def left_out(rows: list) -> None:
            for row in rows:
                say("cli_skipped", row=row.row_number, name=row.data.full_name or "—",
                    text="; ".join(r.text() for r in skip_reasons(row)))

        if args.dry_run:  # the same rows named as the import would name them (a repeat, a child placed)
            say("cli_dry_run", added=len(preview.to_add), enrolled=len(preview.to_enrol))
            left_out(preview.skipped)
            return 0 if preview.to_add or preview.to_enrol else fail(message("roster.cli_nothing_added"), code=1)
        result = apply_import(db, preview, skip_invalid=args.skip_invalid)
        say("cli_done", added=result.added, enrolled=result.enrolled)
        if result.classes_created:
            say("cli_created", names=", ".join(result.classes_created))
        left_out(result.skipped)
        if not result.added and not result.enrolled:
            return fail(message("roster.cli_nothing_added"), code=1)
        return 0
    finally:
        db.close()
