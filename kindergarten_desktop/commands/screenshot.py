"""``screenshot``: render each main tab offscreen to DIR/<tab>.png."""

from __future__ import annotations

import argparse
from pathlib import Path

from kindergarten_desktop.commands import fail
from kindergarten_desktop.errors import message


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help="render each main tab offscreen to DIR/<tab>.png")
    p.add_argument("--db", required=True, metavar="PATH")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--lang", choices=["vi", "en"], default="vi")
    p.add_argument("--pages", action=argparse.BooleanOptionalAction, default=True,
                   help="also each page of a tab with pages, DIR/<tab>-N.png (default; --no-pages: tabs only)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.ui.screenshot import render_tabs

    db = Path(args.db)
    if not db.exists():
        return fail(message("commands.no_such_file", path=db), code=1)
    try:
        written = render_tabs(db, Path(args.out), args.lang, pages=args.pages)
    except (RuntimeError, OSError) as exc:
        return fail(message("commands.screenshot_failed", detail=exc), code=1)
    for path in written:
        print(path)
    return 0
