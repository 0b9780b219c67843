"""Showing a refusal of the meals domain (or of the closed-month guard below it): the text
comes from the error's code in the user's language (kindergarten_desktop/meals/messages.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kindergarten_desktop.errors import AppError


def explain(error: AppError) -> str:
    return error.text()


def show_error(parent: QWidget, title: str, error: AppError) -> None:
    QMessageBox.warning(parent, title, explain(error))
