"""The principal's monthly focus agenda (kế hoạch trọng tâm tháng): plain Python over the
``agenda_*`` tables, reusable from the GUI and the command line."""

from __future__ import annotations


class AgendaError(ValueError):
    """Input the agenda refuses. ``code`` names the reason (the UI translates it), ``field``
    the offending field; ``str()`` is an English message for the command line and logs."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
