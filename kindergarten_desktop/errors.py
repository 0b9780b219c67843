"""One error language for the whole application.

A domain refuses something by raising :class:`AppError` (or a subclass) with a *code* and named
parameters, never an English sentence. The texts live in one table per package: the code
``"meals.month_closed"`` is looked up in ``kindergarten_desktop/meals/messages.py``, whose
``MESSAGES`` maps ``"month_closed"`` to ``(vietnamese, english)`` templates with ``{name}``
placeholders. The GUI and the CLI both call :meth:`AppError.text` (or :func:`message`), in the
language set with :func:`set_language` (Vietnamese by default). ``tests/test_errors.py`` checks
that every table has both texts with the same placeholders and that every code raised in the
package has a text.

Codes whose first part is not a package (``"common.*"``) live in ``kindergarten_desktop/messages.py``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import string
from collections.abc import Mapping
from functools import cache
from typing import Literal

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")

_language: Language = "vi"


def set_language(lang: str) -> None:
    """The language of every message from now on (the GUI calls it on a language switch)."""
    global _language
    _language = "en" if lang == "en" else "vi"


def current_language() -> Language:
    return _language


class AppError(Exception):
    """Something the user asked for is refused; ``code`` names why, ``params`` fill the text.

    ``exit_code`` is what a CLI command returns for it: 1 for bad input or state (the default).
    """

    exit_code = 1

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)

    def __str__(self) -> str:  # logs and tracebacks read English
        return message(self.code, "en", **self.params)


class Localized:
    """A parameter with its own words in each language (a circumstance flag's label ...): the
    message shows the one of the language it is shown in, never the other."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi, en

    def render(self, lang: str | None = None) -> str:
        return self.en if (lang or _language) == "en" else self.vi

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Localized) and (self.vi, self.en) == (other.vi, other.en)

    def __hash__(self) -> int:
        return hash((self.vi, self.en))

    def __repr__(self) -> str:
        return f"Localized({self.vi!r}, {self.en!r})"

    def __str__(self) -> str:
        return self.render()


def _format_param(value: object, lang: str | None = None) -> str:
    if isinstance(value, Localized):
        return value.render(lang)
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


@cache
def _table(package: str) -> Mapping[str, tuple[str, str]]:
    module_name = "kindergarten_desktop.messages" if package == "common" else f"kindergarten_desktop.{package}.messages"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        return {}
    table: Mapping[str, tuple[str, str]] = getattr(module, "MESSAGES", {})
    return table


def templates(code: str) -> tuple[str, str] | None:
    """The (Vietnamese, English) templates of ``code``, or None when it has none."""
    package, _, name = code.partition(".")
    return _table(package).get(name)


def message(code: str, lang: str | None = None, /, **params: object) -> str:
    """The user's text for ``code`` in ``lang`` (default: the current language)."""
    pair = templates(code)
    if pair is None:
        # A code without a text is a bug the table test catches; still show something useful.
        details = ", ".join(f"{k}={_format_param(v, lang)}" for k, v in params.items())
        return f"{code} ({details})" if details else code
    shown: str = lang or _language
    template = pair[1] if shown == "en" else pair[0]
    values = {k: _format_param(v, shown) for k, v in params.items()}
    return string.Formatter().vformat(template, (), _Missing(values))


class _Missing(dict[str, str]):
    """Leaves an unknown placeholder visible instead of raising KeyError."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
