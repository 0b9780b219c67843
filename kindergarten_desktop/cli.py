"""Command line: one argparse dispatcher. With no subcommand it opens the GUI.

Subcommands register themselves: every module in ``kindergarten_desktop.commands``
defines ``register(subparsers)`` and sets ``func`` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Iterable, Iterator, Sequence

from kindergarten_desktop import __version__

_GUI_OPTIONS_WITH_VALUE = {"--db", "--lang", "--user"}


def _is_gui_start(argv: Sequence[str]) -> bool:
    """True when argv names no subcommand (and no help): the GUI starts and the command
    modules need not be imported, which keeps start-up short."""
    expect_value = False
    for token in argv:
        if expect_value:
            expect_value = False
        elif token in _GUI_OPTIONS_WITH_VALUE:
            expect_value = True
        elif token.startswith(("--db=", "--lang=", "--user=", "--smoke=")) or token in ("--demo", "--smoke"):
            continue
        else:
            return False
    return True


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kindergarten-desktop",
        description="Kindergarten office: rosters, attendance, growth, meal fees, monthly agenda.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: per-user data folder)")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language (remembered)")
    parser.add_argument("--demo", action="store_true", help="open a freshly generated demo school")
    parser.add_argument("--smoke", nargs="?", const="paint", choices=["paint", "data"],
                        help="start, open the database, show the window, exit 0 once it is painted "
                             "(--smoke=data: once the restored tab's data is shown) (CI, timing)")
    user_help = "the account working (password from KD_PASSWORD or a prompt); required once the school has accounts"
    parser.add_argument("--user", metavar="NAME", help=user_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if not with_commands:
        return parser
    from kindergarten_desktop import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "messages":  # the command line's own texts, not commands
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    for command in _with_subcommands(sub.choices.values()):  # --user also after the command name
        command.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=user_help)
    return parser


def _with_subcommands(parsers: Iterable[argparse.ArgumentParser]) -> Iterator[argparse.ArgumentParser]:
    """The command parsers and those of their own subcommands (``users add``)."""
    for parser in parsers:
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                yield from _with_subcommands(dict.fromkeys(action.choices.values()))


def remembered_language() -> str:
    """The interface language the user chose last (GUI or ``--lang``), for command-line messages."""
    from kindergarten_desktop.commands._language import remembered_language as remembered

    return remembered()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from kindergarten_desktop.commands._language import argparse_speaking, language_of

    if _is_gui_start(argv):
        # argparse speaks only on a usage error here; the language is looked up only then.
        parser = build_parser(with_commands=False)
        with argparse_speaking(lambda: language_of(argv)):
            args = parser.parse_args(argv)
        from kindergarten_desktop.ui.app import run_gui

        return run_gui(args)
    from kindergarten_desktop import errors
    from kindergarten_desktop.commands._language import translate_parser

    lang = language_of(argv)
    previous = errors.current_language()
    errors.set_language(lang)
    try:
        with argparse_speaking(lambda: lang):
            parser = build_parser()
            translate_parser(parser, lang)
            args = parser.parse_args(argv)
        if args.command:
            return run_command(args)
        from kindergarten_desktop.ui.app import run_gui

        return run_gui(args)
    finally:
        errors.set_language(previous)  # in-process callers (tests) keep their language


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand: one line in the user's language on failure, never a traceback.
    Exit 1: bad input or state (AppError, a database fault); 2: usage (argparse, ``fail``)."""
    import logging

    from kindergarten_desktop import errors
    from kindergarten_desktop.db.faults import explain
    from kindergarten_desktop.logs import describe_app_error, log_unexpected, setup_logging

    try:
        from kindergarten_desktop.commands import run_signed_in

        return run_signed_in(args)  # --user signs in first (issue 18)
    except errors.AppError as exc:
        logging.getLogger(__name__).info("%s refused: %s", args.command, describe_app_error(exc))
        print(f"kindergarten-desktop: {exc.text()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to a pager or `head` that stopped reading: not an error to report
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log it, say it in one line
        # A database fault names the database; an OS error names its own file (or the output).
        where = getattr(exc, "filename", None) if isinstance(exc, OSError) else None
        where = where or (getattr(args, "out", None) if isinstance(exc, OSError) else None) or getattr(args, "db", None)
        fault = explain(exc, where) if where else None
        if fault is not None:
            print(f"kindergarten-desktop: {fault.text()}", file=sys.stderr)
            return 1
        setup_logging()
        where = log_unexpected(exc, f"command {args.command}")
        print(f"kindergarten-desktop: {errors.message('common.unexpected', log=where)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
