"""A problem found in a measurement: a code of growth/messages.py, the field it concerns and the
values its text needs. Refusals and questions (growth-speed checks, WHO flags) share it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kindergarten_desktop.errors import current_language
from kindergarten_desktop.errors import message as error_message

# Values shown with two decimals; every other float with one.
_TWO_DECIMALS = {"z"}


def _text_value(name: str, value: object, lang: str) -> object:
    if isinstance(value, float):
        text = f"{value:.2f}" if name in _TWO_DECIMALS else f"{value:.1f}"
        return text.replace(".", ",") if lang == "vi" else text
    return value


@dataclass(frozen=True)
class Problem:
    field: str  # weight, height, visit_date, measure, child
    code: str  # a key of growth/messages.py
    values: dict[str, object] = dataclasses.field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        values = {k: _text_value(k, v, lang) for k, v in self.values.items()}
        return error_message(f"growth.{self.code}", lang, **values)

    @property
    def message(self) -> str:
        """English, for logs."""
        return self.text("en")

    def key(self, entry_value: float | None, measure: str | None) -> str:
        """What a confirmation is about: the check, the field and the value confirmed. The same key
        later means the same question, which is not asked twice."""
        return f"{self.code}:{self.field}={entry_value}:{measure or ''}"


def problems_text(problems: list[Problem], lang: str | None = None) -> str:
    return "; ".join(p.text(lang) for p in problems)


