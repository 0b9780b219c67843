"""Errors of the roster domain: codes with parameters (texts in roster/messages.py).

A refusal with several reasons (a child record, attendance marks, an import) carries each reason
as a :class:`RosterError` in ``problems``; its text is their texts, one per line.
"""

from __future__ import annotations

from collections.abc import Sequence

from kindergarten_desktop.errors import AppError, message


class RosterError(AppError):
    """One refusal or warning of the roster domain (``roster.<code>``)."""


class ProblemsError(RosterError):
    """Refused for one or more reasons, each a RosterError."""

    def __init__(self, problems: Sequence[AppError]) -> None:
        self.problems: list[AppError] = list(problems) or [RosterError("roster.refused")]
        first = self.problems[0]
        super().__init__(first.code, **first.params)

    def text(self, lang: str | None = None) -> str:
        return "\n".join(p.text(lang) for p in self.problems)

    def __str__(self) -> str:
        return "; ".join(p.text("en") for p in self.problems)


class RowProblems(RosterError):
    """The problems of one row of an imported list: "Row 7: …; …" in the language asked for."""

    def __init__(self, row: int, problems: Sequence[AppError]) -> None:
        super().__init__("roster.import_row_problems", row=row, problems="")
        self.row = row
        self.problems = list(problems)

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, row=self.row, problems="; ".join(p.text(lang) for p in self.problems))

    def __str__(self) -> str:
        return self.text("en")


class ChildError(ProblemsError):
    """A child record refused."""


class AttendanceError(ProblemsError):
    """Attendance marks refused; one problem per refused mark."""


class WorkbookError(ProblemsError):
    """A class list that cannot be imported; one problem per reason (or per invalid row)."""


class MovementError(RosterError):
    """An enrolment, transfer, withdrawal, return or correction refused."""


class PromotionError(RosterError):
    """The year-end promotion refused."""


class StaffError(RosterError):
    """A staff record refused; ``field`` names the input at fault."""

    def __init__(self, field: str, code: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.field = field


def texts(problems: Sequence[AppError], lang: str | None = None) -> list[str]:
    return [p.text(lang) for p in problems]
