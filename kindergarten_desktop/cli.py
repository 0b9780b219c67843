"""Command line: one argparse dispatcher. With no subcommand it opens the GUI.

Subcommands register themselves: every module in ``kindergarten_desktop.commands``
defines ``register(subparsers)`` and sets ``func`` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from kindergarten_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    from kindergarten_desktop import commands

    parser = argparse.ArgumentParser(
        prog="kindergarten-desktop",
        description="Kindergarten office: rosters, attendance, growth, meal fees, monthly agenda.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: per-user data folder)")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language (remembered)")
    parser.add_argument("--demo", action="store_true", help="open a freshly generated demo school")
    parser.add_argument("--smoke", action="store_true",
                        help="start, open the database, show the window, exit 0 (CI, timing)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        try:
            return int(args.func(args) or 0)
        except KeyboardInterrupt:
            return 130
    from kindergarten_desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
