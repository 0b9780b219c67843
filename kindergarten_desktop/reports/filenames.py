"""Default file names: Vietnamese titles without accents, safe on every file system."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def strip_accents(text: str) -> str:
    """'Danh sách lớp Lá 1' -> 'Danh sach lop La 1' (đ/Đ become d/D)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def safe_file_name(text: str) -> str:
    """'Danh sách lớp Lá 1 2024-2025' -> 'Danh_sach_lop_La_1_2024-2025'."""
    name = _UNSAFE.sub("_", strip_accents(text)).strip("_.")
    return name or "bao_cao"
