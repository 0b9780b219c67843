"""Message boxes answer by themselves in tests and record what they said."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def boxes(monkeypatch):
    said: list[tuple[str, str]] = []
    answer = {"question": QMessageBox.StandardButton.Yes}

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            said.append((kind, text))
            return answer["question"] if kind == "question" else QMessageBox.StandardButton.Ok
        return box

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    said_obj = type("Boxes", (), {"said": said, "answer": answer})
    return said_obj


@pytest.fixture(autouse=True)
def english(qapp):
    """Messages are checked in English (the source language); the Vietnamese is tested apart."""
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("en")
    yield
