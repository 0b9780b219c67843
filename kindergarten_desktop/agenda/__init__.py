"""The principal's monthly focus agenda (kế hoạch trọng tâm tháng): plain Python over the
``agenda_*`` tables, reusable from the GUI and the command line."""

from __future__ import annotations

from kindergarten_desktop.errors import AppError


class AgendaError(AppError, ValueError):
    """Input the agenda refuses: an ``agenda.*`` code (texts in agenda/messages.py) and the
    offending ``field``, which the dialogs name beside the text."""

    def __init__(self, code: str, /, *, field: str, **params: object) -> None:
        super().__init__(code, **params)
        self.field = field
