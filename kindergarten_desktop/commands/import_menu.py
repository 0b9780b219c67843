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
    from kindergarten_desktop.errors import current_language, message
    from kindergarten_desktop.kitchen import group_label
    from kindergarten_desktop.kitchen.importer import apply_import, preview_import

    path = Path(args.file)
    if not path.is_file():
        return fail(message("commands.no_such_file", path=path))
    if not Path(args.db).is_file():
        return fail(message("commands.no_such_database", path=args.db))
    db, code = open_db_or_fail(args.db)
    if db is None:
        return code or 1
    lang = current_language()
    try:
        preview = preview_import(db, path)  # AppError reaches cli.main: printed, exit 1
        menus = preview.menus()
        print(message("commands.menu_preview", file=path.name, header=preview.header_row, rows=len(preview.rows),
                      invalid=len(preview.invalid), menus=len(menus)))
        for day, group in sorted(preview.replaced):
            print(message("commands.menu_replaces", day=day, group=group_label(group, lang)))
        for row in preview.invalid:
            reasons = "; ".join(e.text() for e in row.errors)
            print(message("commands.menu_invalid_row", row=row.row_number, reasons=reasons))
        if preview.invalid and not args.skip_invalid:
            return fail(message("commands.menu_refused", count=len(preview.invalid)), code=1)
        if not menus:
            return fail(message("commands.menu_nothing_valid"), code=1)
        if args.dry_run:
            print(message("commands.menu_dry_run", menus=len(menus), lines=sum(len(v) for v in menus.values())))
            return 0
        result = apply_import(db, preview, skip_invalid=args.skip_invalid)
        print(message("commands.menu_imported_skipped" if result.skipped else "commands.menu_imported",
                      menus=result.menus, lines=result.lines, skipped=result.skipped))
        return 0
    finally:
        db.close()
