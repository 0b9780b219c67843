"""Every roster code used anywhere in the package has its Vietnamese and English text."""

import re
from pathlib import Path

import kindergarten_desktop
from kindergarten_desktop.errors import templates
from kindergarten_desktop.roster.children import _PHONES

PACKAGE = Path(kindergarten_desktop.__file__).parent


def test_every_roster_code_has_a_text():
    codes = {c for path in PACKAGE.rglob("*.py")
             for c in re.findall(r"""["'](roster\.[a-z0-9_]+)["']""", path.read_text(encoding="utf-8"))}
    codes |= {f"roster.{name}_invalid" for name in _PHONES}
    assert len(codes) > 60
    assert [c for c in codes if templates(c) is None] == []


def test_no_regex_translation_of_english_sentences_is_left():
    assert not (PACKAGE / "ui" / "roster" / "messages.py").exists()
