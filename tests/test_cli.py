import subprocess
import sys
from pathlib import Path

import pytest

from kindergarten_desktop import __version__
from kindergarten_desktop.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def _run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kindergarten_desktop", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, **kw)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_subcommands_register_themselves():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"demo-data", "screenshot"} <= set(sub.choices)


def test_demo_data_is_deterministic_for_a_seed(tmp_path):
    a, b, c = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    assert main(["demo-data", "--db", str(a), "--first-year", "2024", "--seed", "3"]) == 0
    assert main(["demo-data", "--db", str(b), "--first-year", "2024", "--seed", "3"]) == 0
    assert main(["demo-data", "--db", str(c), "--first-year", "2024", "--seed", "4"]) == 0
    import sqlite3

    def dump(p):
        conn = sqlite3.connect(p)
        rows = conn.execute("SELECT full_name, birth_date FROM child ORDER BY id").fetchall()
        conn.close()
        return rows

    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_demo_data_refuses_existing_file_and_bad_years(tmp_path, capsys):
    target = tmp_path / "x.sqlite3"
    target.write_text("keep me")
    assert main(["demo-data", "--db", str(target)]) == 1
    assert target.read_text() == "keep me"
    assert "đã có" in capsys.readouterr().err
    assert main(["demo-data", "--db", str(tmp_path / "y.sqlite3"), "--years", "0"]) == 2


def test_smoke_exits_zero_and_rejects_bad_database(tmp_path):
    db = tmp_path / "s.sqlite3"
    assert main(["demo-data", "--db", str(db)]) == 0
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    ok = _run("--db", str(db), "--smoke", env=env)
    assert ok.returncode == 0, ok.stderr
    assert not (tmp_path / "backups").exists()  # a smoke run does no work worth a backup
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    res = _run("--db", str(bad), "--smoke", "--lang", "en", env=env)
    assert res.returncode == 2
    assert "not an SQLite database" in res.stderr and str(bad) in res.stderr
    assert bad.read_text() == "not a database"


def test_screenshot_writes_one_png_per_tab_and_tab_page(tmp_path):
    db = tmp_path / "s.sqlite3"
    assert main(["demo-data", "--db", str(db)]) == 0
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    res = _run("screenshot", "--db", str(db), "--out", str(tmp_path / "shots"), env=env)
    assert res.returncode == 0, res.stderr
    pngs = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    tabs = [p for p in pngs if "-" not in p]
    assert tabs == sorted(f"{spec.key}.png" for spec in TAB_SPECS)
    assert "kitchen.png" in tabs
    # a tab with pages: each page after the first too (meals: 7 pages, stock cards included)
    assert {f"meals-{n}.png" for n in range(1, 7)} <= set(pngs)
    assert all((tmp_path / "shots" / p).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_gui_start_does_not_need_the_command_modules():
    from kindergarten_desktop.cli import _is_gui_start

    assert _is_gui_start([]) and _is_gui_start(["--db", "x.sqlite3", "--smoke", "--lang", "en"])
    assert _is_gui_start(["--db=x", "--demo"])
    assert not _is_gui_start(["demo-data", "--db", "x"])
    assert not _is_gui_start(["--db", "x", "report", "class-list"])
    assert not _is_gui_start(["--help"]) and not _is_gui_start(["--version"])


def test_command_errors_follow_lang_and_the_remembered_language(tmp_path, capsys, monkeypatch):
    """The CLI speaks the user's language: --lang for one run, else the language the GUI remembered."""
    from PySide6.QtCore import QSettings

    from kindergarten_desktop import APP_NAME, ORG_NAME, errors
    from kindergarten_desktop.cli import main
    from kindergarten_desktop.commands import report

    def refuse(args):
        raise errors.AppError("common.sqlite_too_old", found="3.1", needed="3.39")

    monkeypatch.setattr(report, "run", refuse)
    settings = QSettings(ORG_NAME, APP_NAME)
    previous = settings.value("language")
    try:
        settings.setValue("language", "en")
        settings.sync()
        argv = ["report", "class-list", "--db", str(tmp_path / "x.sqlite3"), "--out", str(tmp_path / "o.pdf")]
        assert main(argv) == 1
        assert "too old" in capsys.readouterr().err
        assert main(["--lang", "vi", *argv]) == 1
        assert "đã cũ" in capsys.readouterr().err
    finally:
        settings.setValue("language", previous or "vi")
        errors.set_language("vi")


def test_screenshot_no_pages_writes_the_tabs_only(tmp_path):
    db = tmp_path / "s.sqlite3"
    assert main(["demo-data", "--db", str(db)]) == 0
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    res = _run("screenshot", "--db", str(db), "--out", str(tmp_path / "shots"), "--no-pages", env=env)
    assert res.returncode == 0, res.stderr
    pngs = {p.name for p in (tmp_path / "shots").glob("*.png")}
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    assert pngs == {f"{spec.key}.png" for spec in TAB_SPECS}
