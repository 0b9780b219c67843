"""The command line speaks the user's language (issue 19): help, argparse's own usage and error
lines, and the commands' messages, in Vietnamese by default and in English with ``--lang en``."""

from __future__ import annotations

import argparse
import inspect

import pytest

from kindergarten_desktop.cli import build_parser, main
from kindergarten_desktop.commands._help_vi import ARGPARSE, HELP
from kindergarten_desktop.commands._language import help_texts, language_of, translate_parser


def test_every_help_text_has_vietnamese():
    missing = [text for text in help_texts(build_parser()) if text not in HELP]
    assert missing == [], f"add these to commands/_help_vi.py: {missing}"


def test_the_translated_parser_has_no_english_help_left():
    parser = build_parser()
    translate_parser(parser, "vi")
    left = [text for text in help_texts(parser) if text in HELP and HELP[text] != text]
    assert left == []


def test_argparse_words_translated_are_argparse_words():
    """A Python upgrade that renames one of argparse's messages makes this fail, not go English silently."""
    source = inspect.getsource(argparse)
    stale = [key for key in ARGPARSE if repr(key) not in source and f'"{key}"' not in source]
    assert stale == []


def test_language_of_reads_lang_before_the_command():
    assert language_of(["--lang", "en", "report"]) == "en"
    assert language_of(["report", "--lang=vi"]) == "vi"


@pytest.mark.parametrize("lang, expected", [
    ("vi", ["cách dùng:", "lỗi: tham số không nhận ra: --bogus"]),
    ("en", ["usage:", "error: unrecognized arguments: --bogus"]),
])
def test_usage_errors_in_the_users_language(capsys, lang, expected):
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "report", "--bogus"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert all(part in err for part in expected), err
    assert "Traceback" not in err


@pytest.mark.parametrize("lang, expected", [
    ("vi", ["tham số vị trí", "tùy chọn", "tệp số đo, .csv hoặc .xlsx", "hiện hướng dẫn này rồi thoát"]),
    ("en", ["positional arguments", "options", "measurements, .csv or .xlsx"]),
])
def test_help_in_the_users_language(capsys, lang, expected):
    with pytest.raises(SystemExit):
        main(["--lang", lang, "zscore", "--help"])
    out = capsys.readouterr().out
    assert all(part in out for part in expected), out


@pytest.mark.parametrize("lang, expected", [
    ("vi", "hãy cho biết báo cáo nào"),
    ("en", "say which report to write"),
])
def test_command_messages_in_the_users_language(capsys, lang, expected):
    assert main(["--lang", lang, "report"]) == 2
    assert expected in capsys.readouterr().err


def test_report_refusals_in_both_languages(demo_db_copy, tmp_path, capsys):
    args = ["report", "class-list", "--db", str(demo_db_copy), "--year", "1999-2000", "--out", str(tmp_path / "x.pdf")]
    assert main(["--lang", "vi", *args]) == 2
    assert "Cơ sở dữ liệu không có năm học 1999-2000." in capsys.readouterr().err
    assert main(["--lang", "en", *args]) == 2
    assert "There is no school year 1999-2000 in this database." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
