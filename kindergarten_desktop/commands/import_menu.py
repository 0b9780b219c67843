"""``import-menu``: import menus (one row per ingredient) from an .xlsx or .csv file."""

from __future__ import annotations

import argparse
from pathlib import Path

from kindergarten_desktop.commands import fail, open_db_or_fail


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-menu", help="import menus from an .xlsx or .csv file (one row per ingredient)",
                       description="Columns (Vietnamese headers, any order, title rows above allowed): Ngày, Khối, "
                                   "Bữa, Món ăn, Mã thực phẩm and/or Thực phẩm, Định lượng (g/trẻ). Importing a "
                                   "day again replaces that day's menu for that age group.")
    p.add_argument("file", metavar="FILE", help="the .xlsx workbook (first sheet) or .csv file")
    p.add_argument("--db", required=True, metavar="PATH", help="database file")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, leave out the invalid ones")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.errors import current_language
    from kindergarten_desktop.kitchen import group_label
    from kindergarten_desktop.kitchen.importer import apply_import, preview_import

    path = Path(args.file)
    if not path.is_file():
        return fail(f"{path}: no such file")
    if not Path(args.db).is_file():
        return fail(f"{args.db}: no such database file")
    db, code = open_db_or_fail(args.db)
    if db is None:
        return code or 1
    lang = current_language()
    try:
        preview = preview_import(db, path)  # AppError reaches cli.main: printed, exit 1
        menus = preview.menus()
        print(f"{path.name}: header on row {preview.header_row}, {len(preview.rows)} rows, "
              f"{len(preview.invalid)} invalid, {len(menus)} day menus")
        for day, group in sorted(preview.replaced):
            print(f"  replaces the menu of {day:%d/%m/%Y} ({group_label(group, lang)})")
        for row in preview.invalid:  # framing in English like the other commands, reasons in the user's language
            print(f"  invalid: Row {row.row_number}: {'; '.join(e.text() for e in row.errors)}")
        if preview.invalid and not args.skip_invalid:
            return fail(f"{len(preview.invalid)} invalid rows; nothing imported "
                        "(correct them, or use --skip-invalid to import the others)", code=1)
        if not menus:
            return fail("no valid row: nothing imported", code=1)
        if args.dry_run:
            print(f"Dry run: {len(menus)} day menus ({sum(len(v) for v in menus.values())} lines) would be "
                  "imported; nothing written.")
            return 0
        result = apply_import(db, preview, skip_invalid=args.skip_invalid)
        print(f"Imported {result.menus} day menus ({result.lines} lines)"
              + (f", skipped {result.skipped} invalid rows" if result.skipped else "") + ".")
        return 0
    finally:
        db.close()
