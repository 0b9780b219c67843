"""The one error language: every code has a Vietnamese and an English text with the same placeholders."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest

import kindergarten_desktop
from kindergarten_desktop import errors
from kindergarten_desktop.errors import AppError, message, placeholders, set_language

PACKAGE = Path(kindergarten_desktop.__file__).parent


def _tables() -> dict[str, dict[str, tuple[str, str]]]:
    found = {}
    for path in sorted(PACKAGE.rglob("messages.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        if rel.parts[0] == "ui":
            continue  # ui/ keeps Qt .ts translations, not error tables
        module = importlib.import_module("kindergarten_desktop." + ".".join(rel.parts))
        if hasattr(module, "MESSAGES"):
            found["common" if len(rel.parts) == 1 else rel.parts[0]] = module.MESSAGES
    return found


def test_there_is_a_common_table():
    assert "unexpected" in _tables()["common"]


@pytest.mark.parametrize("package", sorted(_tables()))
def test_every_code_has_both_texts_with_the_same_placeholders(package):
    for name, pair in _tables()[package].items():
        assert isinstance(pair, tuple) and len(pair) == 2, f"{package}.{name}"
        vi, en = pair
        assert vi.strip() and en.strip(), f"{package}.{name} has an empty text"
        assert placeholders(vi) == placeholders(en), f"{package}.{name}: placeholders differ"


_RAISED = re.compile(r"""\b[A-Z]\w*(?:Error|Refused)\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")
_SAID = re.compile(r"""\bmessage\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def test_every_code_raised_in_the_package_has_a_text():
    missing = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for code in _RAISED.findall(text) + _SAID.findall(text):
            if errors.templates(code) is None:
                missing.append(f"{path.relative_to(PACKAGE)}: {code}")
    assert not missing, missing


def test_message_in_each_language_fills_parameters_and_formats_dates():
    errors._table.cache_clear()
    code = "common.unexpected"
    assert message(code, "vi", log="/tmp/x.log").endswith("/tmp/x.log")
    assert message(code, "en", log="/tmp/x.log").startswith("An unexpected error")
    assert errors._format_param(dt.date(2025, 9, 5)) == "05/09/2025"


def test_app_error_follows_the_current_language_and_logs_in_english():
    exc = AppError("common.unexpected", log="L")
    try:
        set_language("vi")
        assert exc.text().startswith("Đã xảy ra")
        set_language("en")
        assert exc.text().startswith("An unexpected")
    finally:
        set_language("vi")
    assert str(exc).startswith("An unexpected")
    assert exc.exit_code == 1


def test_unknown_code_and_missing_parameter_stay_readable():
    assert message("nowhere.nothing", "vi", n=3) == "nowhere.nothing (n=3)"
    assert "{log}" in message("common.unexpected", "en")


def test_an_sqlite_library_too_old_for_the_portable_sql_is_refused_with_a_message():
    from kindergarten_desktop.db.database import check_sqlite_version

    check_sqlite_version((3, 39, 0))
    with pytest.raises(AppError) as caught:
        check_sqlite_version((3, 31, 1))
    assert caught.value.code == "common.sqlite_too_old"
    assert "3.31.1" in caught.value.text("vi") and "3.39.0" in caught.value.text("en")


def _app_error_classes() -> set[str]:
    import pkgutil

    for info in pkgutil.walk_packages(kindergarten_desktop.__path__, "kindergarten_desktop."):
        if ".ui" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: set[str] = set()
    todo = [AppError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def test_app_errors_are_raised_with_a_code_never_a_sentence():
    """``ReportError(f"no classes in {year}")`` would reach a Vietnamese user in English."""
    names = "|".join(sorted(_app_error_classes()))
    call = re.compile(rf"""\b(?:{names})\(\s*(f?["'][^"']*["'])""")
    sentences = []
    for path in PACKAGE.rglob("*.py"):
        for literal in call.findall(path.read_text(encoding="utf-8")):
            if re.search(r"\s", literal):  # a code (or a field name) has no space; a sentence has
                sentences.append(f"{path.relative_to(PACKAGE)}: {literal}")
    assert not sentences, sentences
