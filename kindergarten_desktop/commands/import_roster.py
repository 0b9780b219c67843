"""``import-roster``: add the children of an Excel class list to a school year."""

from __future__ import annotations

import argparse
from pathlib import Path

from kindergarten_desktop.commands import fail, open_db_or_fail


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-roster", help="import children from an .xlsx class list")
    p.add_argument("file", metavar="FILE.xlsx", help="the workbook (first sheet; title rows are skipped)")
    p.add_argument("--db", required=True, metavar="PATH", help="database file")
    p.add_argument("--year", required=True, metavar="YYYY-YYYY", help="school year, e.g. 2025-2026")
    p.add_argument("--class", dest="class_name", metavar="NAME",
                   help="class for rows without a 'Lớp' column value (created if missing)")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, leave out the invalid ones")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.roster.importer import WorkbookError, apply_import, preview_import
    from kindergarten_desktop.school import parse_school_year_name

    path = Path(args.file)
    if not path.is_file():
        return fail(f"{path}: no such file")
    try:
        parse_school_year_name(args.year)
    except ValueError as exc:
        return fail(str(exc))
    db, code = open_db_or_fail(args.db)
    if db is None:
        return code
    try:
        try:
            preview = preview_import(db, path, args.year, args.class_name)
        except WorkbookError as exc:
            return fail(f"{path.name}: " + "; ".join(exc.problems))
        print(f"{path.name}: header on row {preview.header_row}, {len(preview.rows)} children, "
              f"{len(preview.invalid)} invalid, school year {preview.school_year}")
        for name, group in preview.new_classes.items():
            print(f"  new class {name} ({group})")
        for row in preview.rows:
            for warning in row.warnings:
                print(f"  warning, row {row.row_number} ({row.data.full_name}): {warning}")
        for problem in preview.problems():
            print(f"  invalid: {problem}")
        if preview.invalid and not args.skip_invalid:
            return fail(f"{len(preview.invalid)} invalid rows; nothing imported "
                        "(correct them, or use --skip-invalid to import the others)", code=1)
        if args.dry_run:
            print(f"Dry run: {len(preview.to_add)} children would be added; nothing written.")
            return 0
        result = apply_import(db, preview, skip_invalid=args.skip_invalid)
        print(f"Imported {result.added} children"
              + (f", created classes {', '.join(result.classes_created)}" if result.classes_created else "")
              + (f", skipped {result.skipped_invalid} invalid rows" if result.skipped_invalid else "")
              + (f", {result.skipped_duplicates} already in the database" if result.skipped_duplicates else "")
              + ".")
        return 0
    finally:
        db.close()
