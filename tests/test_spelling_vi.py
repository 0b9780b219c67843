"""One spelling of the Vietnamese words written with either tone placement: the new placement
of the ministry's documents ("hủy", "khóa", "xóa", "hóa", "khỏe", "hòa", "thủy", "tùy"), not
"huỷ", "khoá"… The interface (the Vietnamese translations) and the program's own texts (messages,
documents, help: every string in the package's source) are scanned; people's and places' names
(the demo's name lists) are kept as typed and are not scanned."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kindergarten_desktop"

# the old placement → the one written in the program
OLD = {"huỷ": "hủy", "khoá": "khóa", "xoá": "xóa", "hoá": "hóa", "khoẻ": "khỏe", "hoà": "hòa",
       "thuỷ": "thủy", "tuỳ": "tùy", "toà": "tòa", "thoả": "thỏa", "hoạ": "họa", "loà": "lòa"}
WORD = re.compile(r"(?<!\w)(" + "|".join(OLD) + r")(?!\w)", re.IGNORECASE)
NAMES = {PACKAGE / "demo"}  # names of people and places, as typed


def _texts_of_ts() -> list[tuple[str, str]]:
    found = []
    for ts in sorted((ROOT / "translations").glob("kd_*_vi.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            found.append((f"{ts.name}: {source[:40]!r}", message.findtext("translation") or ""))
    return found


def _texts_of_source() -> list[tuple[str, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path.is_relative_to(n) for n in NAMES):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    for path in sorted(PACKAGE.rglob("*.html")) + sorted(PACKAGE.rglob("*.md")):
        found.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    return found


def _old_spellings(texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {m.group(0)} → {OLD[m.group(0).lower()]}" for where, text in texts
            for m in WORD.finditer(text)]


def test_the_scan_finds_the_other_spelling():
    assert _old_spellings([("x", "Huỷ phiếu"), ("y", "đã KHOÁ sổ")]) == ["x: Huỷ → hủy", "y: KHOÁ → khóa"]
    assert _old_spellings([("z", "Hủy phiếu, khóa sổ, quỹ, Huỳnh, hoàn, khoản")]) == []


def test_the_interface_writes_the_new_tone_placement():
    texts = _texts_of_ts()
    assert len(texts) > 1000
    assert _old_spellings(texts) == []


def test_messages_and_documents_write_the_new_tone_placement():
    texts = _texts_of_source()
    assert any("hủy" in t for _, t in texts) and any("khóa" in t for _, t in texts)
    assert _old_spellings(texts) == []
