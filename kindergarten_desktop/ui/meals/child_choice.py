"""Choosing a child in an editable box, as the meals pages do: the one picked gets the money,
even when two children share a name (and a class). A name shown twice carries the birth date,
and the box's text is matched against the item shown before any other with the same text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date


def fill(combo: QComboBox, db: Database, items: Iterable[tuple[int, str]]) -> None:
    """Add (child id, label) items; a label that several children share gets each one's birth date."""
    items = list(items)
    shared = Counter(label for _, label in items)
    for child_id, label in items:
        if shared[label] > 1:
            from kindergarten_desktop.roster.children import load_child  # rare: off the first paint's imports

            born = load_child(db, child_id).birth_date
            if born is not None:
                label = f"{label}, " + QCoreApplication.translate("ChildChoice", "born %1").replace(
                    "%1", format_date(born))
        combo.addItem(label, child_id)


def chosen(combo: QComboBox) -> int:
    """The index of the child the box's text names (-1: none): the item shown when its text is
    the one typed, else the item with that text (a name typed or completed)."""
    typed = combo.currentText().strip()
    if not typed:
        return -1
    current = combo.currentIndex()
    if current >= 0 and combo.itemText(current).strip().casefold() == typed.casefold():
        return current
    from PySide6.QtCore import Qt  # here: the meal count imports this module before its first paint

    return combo.findText(typed, Qt.MatchFlag.MatchFixedString)
