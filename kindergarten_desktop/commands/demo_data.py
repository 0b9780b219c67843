"""``demo-data``: write a demo school into a new database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kindergarten_desktop.commands import fail
from kindergarten_desktop.errors import message


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-data", help="write a demo school of N school years into a new database")
    p.add_argument("--db", required=True, metavar="PATH", help="new database file to create")
    p.add_argument("--years", type=int, default=1, help="number of consecutive school years (default 1)")
    p.add_argument("--first-year", type=int, metavar="YYYY",
                   help="September of this year starts the first school year (default: so that the "
                        "last one is the current school year)")
    p.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same school")
    p.add_argument("--with-accounts", action="store_true",
                   help="also create the accounts hieutruong, ketoan, yte, bep, giaovien (password: demo)")
    p.set_defaults(func=run)


def _say_step(step: str) -> None:
    from kindergarten_desktop.errors import templates

    code = f"commands.demo_step_{step}"
    name = message(code) if templates(code) else step  # a new demo step speaks its module name
    print(message("commands.demo_step", step=name), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop import demo
    from kindergarten_desktop.db import DatabaseError

    if not 1 <= args.years <= 30:
        return fail(message("commands.demo_years"))
    if args.first_year is not None and not 1990 <= args.first_year <= 2100:
        return fail(message("commands.demo_first_year"))
    path = Path(args.db)
    try:
        ctx = demo.generate_file(path, years=args.years, first_year=args.first_year, seed=args.seed,
                                 progress=_say_step)
    except FileExistsError:
        return fail(message("commands.demo_exists", path=path), code=1)
    except DatabaseError as exc:
        return fail(exc.text(), code=1)
    written = "commands.demo_written" if len(ctx.years) > 1 else "commands.demo_written_one"
    print(message(written, path=path, count=len(ctx.years), first=ctx.years[0].name,
                  last=ctx.years[-1].name))
    if args.with_accounts:
        from kindergarten_desktop.accounts.demo import add_demo_accounts

        code = add_demo_accounts(path)
        print(message("commands.demo_accounts", code=code))
    return 0
