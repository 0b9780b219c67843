"""The command line speaks the user's language: ``--lang`` for one run, else the language the
GUI remembered (Vietnamese by default). Help texts are written in English in the command modules
and translated here, once, on the built parser, so a new option cannot forget it (a test checks
every help text has Vietnamese in ``_help_vi``); argparse's own words (usage, errors) are
translated by replacing its gettext functions for the run."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from kindergarten_desktop.errors import Language


def remembered_language() -> Language:
    """The interface language the user chose last (GUI or ``--lang``), for command-line messages."""
    from PySide6.QtCore import QSettings

    from kindergarten_desktop import APP_NAME, ORG_NAME

    value = QSettings(ORG_NAME, APP_NAME).value("language", "vi")
    return "en" if value == "en" else "vi"


def language_of(argv: Sequence[str]) -> Language:
    """``--lang X`` / ``--lang=X`` anywhere before ``--`` (the parser is not built yet), else the
    remembered language."""
    for index, token in enumerate(argv):
        if token == "--":
            break
        value = None
        if token == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif token.startswith("--lang="):
            value = token.split("=", 1)[1]
        if value in ("vi", "en"):
            return "en" if value == "en" else "vi"
    return remembered_language()


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _parsers(sub)


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text, description and group title of ``parser`` and its subcommands."""
    for each in _parsers(parser):
        if each.description:
            yield each.description
        for group in each._action_groups:
            if group.title:
                yield group.title
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        yield choice.help


def translate_parser(parser: argparse.ArgumentParser, lang: Language) -> None:
    """Put the help of ``parser`` (and of its subcommands) in ``lang``; English is the source."""
    if lang == "en":
        return
    from kindergarten_desktop.commands._help_vi import HELP

    def tr(text: str | None) -> str | None:
        return HELP.get(text, text) if text else text

    for each in _parsers(parser):
        each.description = tr(each.description)
        for group in each._action_groups:
            group.title = tr(group.title)
        for action in each._actions:
            if action.help != argparse.SUPPRESS:
                action.help = tr(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = tr(choice.help)


@contextmanager
def argparse_speaking(language: Callable[[], Language]) -> Iterator[None]:
    """argparse's usage line and error messages in the user's language while the block runs;
    ``language`` is asked only when argparse has something to say."""
    module = vars(argparse)
    saved = module["_"], module["ngettext"]

    def gettext(text: str) -> str:
        if language() == "en":
            return text
        from kindergarten_desktop.commands._help_vi import ARGPARSE

        return ARGPARSE.get(text, text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    module["_"], module["ngettext"] = gettext, ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved
