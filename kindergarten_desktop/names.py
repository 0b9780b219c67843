"""Vietnamese personal names: sorting on the given name and accent-blind search."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCollator

from kindergarten_desktop.formatting import vi_locale

T = TypeVar("T")


def split_name(full_name: str) -> tuple[str, str, str]:
    """'Nguyễn Thị Minh Anh' -> ('Nguyễn', 'Thị Minh', 'Anh') (family, middle, given)."""
    parts = full_name.split()
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return "", "", parts[0]
    return parts[0], " ".join(parts[1:-1]), parts[-1]


def given_name(full_name: str) -> str:
    return split_name(full_name)[2]


@cache
def _collator() -> QCollator:
    collator = QCollator(vi_locale())
    collator.setNumericMode(True)
    return collator


class CollationKey:
    """Orders strings (or tuples of strings, part by part) with QCollator(vi_VN).

    QCollator's own sort keys are not reliably orderable from Python across PySide6
    releases, so comparisons go through ``QCollator.compare``."""

    __slots__ = ("parts",)

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def _cmp(self, other: CollationKey) -> int:
        compare = _collator().compare
        for mine, theirs in zip(self.parts, other.parts, strict=False):
            result = compare(mine, theirs)
            if result:
                return result
        return len(self.parts) - len(other.parts)

    def __lt__(self, other: CollationKey) -> bool:
        return self._cmp(other) < 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CollationKey) and self._cmp(other) == 0

    def __hash__(self) -> int:
        return hash(tuple(fold(p) for p in self.parts))

    def __repr__(self) -> str:
        return f"CollationKey{self.parts!r}"


def name_sort_key(full_name: str) -> CollationKey:
    """Key ordering names as Vietnamese lists do: given name, then middle, then family name."""
    family, middle, given = split_name(full_name)
    return CollationKey(given, middle, family)


def text_sort_key(text: str) -> CollationKey:
    """Vietnamese alphabetical key for any text (class names, items ...)."""
    return CollationKey(text)


def sort_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    return sorted(items, key=lambda item: name_sort_key(name(item)))


def fold(text: str) -> str:
    """Lower-case without diacritics, for accent-blind search: 'Nguyễn Đức' -> 'nguyen duc'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())


def matches(query: str, text: str) -> bool:
    """Accent- and case-insensitive substring match."""
    return fold(query) in fold(text)
