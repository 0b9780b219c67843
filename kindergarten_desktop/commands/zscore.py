"""``zscore IN OUT``: WHO z-scores and nutritional status for a .csv/.xlsx file of measurements."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kindergarten_desktop.commands import fail
from kindergarten_desktop.errors import message


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "zscore", help="WHO z-scores for a .csv or .xlsx file of measurements",
        description="Adds WHO z-scores, flags and nutritional status to every row. Input columns "
                    "(any case, Vietnamese names accepted): sex (1/2, M/F, nam/nữ); age_days, or "
                    "birth_date and visit_date (dd/mm/yyyy, yyyy-mm-dd or Excel dates); weight_kg; "
                    "height_cm; optional measure (l lying / h standing) and oedema. Other columns are "
                    "copied unchanged; a bad row keeps its place with the reason in 'error'. Title lines above "
                    "the header row are skipped (not copied).")
    p.add_argument("input", metavar="IN", help="measurements, .csv or .xlsx")
    p.add_argument("output", metavar="OUT", help="result file, .csv or .xlsx (replaced if it exists)")
    p.add_argument("--labels", choices=["vi", "en"], default="vi",
                   help="language of the *_label columns (default vi)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.growth.zscore_io import InputError, convert

    try:
        summary = convert(args.input, args.output, labels=args.labels)
    except InputError as exc:
        return fail(message("commands.zscore_refused", text=exc.text()))
    except OSError as exc:
        from kindergarten_desktop.reports.output import OutputError

        return fail(OutputError.from_os_error(Path(args.output), exc).text())
    if summary.ignored_cells:
        print(message("commands.zscore_far_cells", cells=", ".join(summary.ignored_cells)), file=sys.stderr)
    print(message("commands.zscore_done", rows=summary.rows, computed=summary.computed, errors=summary.errors,
                  path=args.output))
    if summary.errors:
        shown = ", ".join(str(r + 1) for r in summary.error_rows[:10])  # +1: the header is row 1
        more = "…" if summary.errors > 10 else ""
        print(message("commands.zscore_error_rows", rows=shown + more), file=sys.stderr)
    return 0
