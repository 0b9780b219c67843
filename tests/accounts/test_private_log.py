"""No personal data in the log (issue 13, Nghị định 13/2023): failures carrying a child's name
or a measured value, through the CLI and the GUI's exception hook, leave ids, codes,
exception types and stack frames in the log file, never the name or the value."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from kindergarten_desktop import logs
from kindergarten_desktop.errors import AppError

NAME = "Nguyễn Thị Ánh Dương"
ASCII_NAME = "Tran Van Binh"
WEIGHT = "14.75"


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "_log_file", None)
    root = logging.getLogger("kindergarten_desktop")
    before = list(root.handlers)
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _failures() -> list[BaseException]:
    """What a bug or a fault can carry: SQLite quoting a value, a ValueError naming the child,
    an AppError with the name as parameter, an OS error on a file named after the child; chained."""
    found: list[BaseException] = []
    for make in (
        lambda: sqlite3.OperationalError(f'near "{NAME}": syntax error'),
        lambda: sqlite3.IntegrityError(f"CHECK constraint failed: weight < 30 ('{WEIGHT}', '{ASCII_NAME}')"),
        lambda: ValueError(f"cannot parse {ASCII_NAME}'s weight {WEIGHT}"),
        lambda: AppError("roster.outside_school_year", name=NAME, day=WEIGHT, start=1, end=2),
        lambda: FileNotFoundError(2, "No such file or directory", f"/tmp/{ASCII_NAME}.xlsx"),
        lambda: KeyError(NAME),
    ):
        try:
            try:
                raise sqlite3.IntegrityError(f"UNIQUE constraint failed: child.full_name '{NAME}'")
            except sqlite3.IntegrityError as inner:
                raise make() from inner
        except BaseException as exc:  # noqa: BLE001 - collected to be raised again below
            found.append(exc)
    return found


def _assert_private(path) -> str:
    text = path.read_text(encoding="utf-8")
    for value in (NAME, "Ánh", "Dương", ASCII_NAME, "Binh", WEIGHT):
        assert value not in text, (value, text)
    return text


def test_formatter_keeps_types_codes_and_frames_not_values(log_path):
    log = logging.getLogger("kindergarten_desktop.test")
    for exc in _failures():
        log.error("failure for child %s", 42, exc_info=exc)
        log.warning("database fault: %s: %s", type(exc).__name__, exc)
    text = _assert_private(log_path)
    assert "failure for child 42" in text
    assert "sqlite3.OperationalError: near \"…\": syntax error" in text
    assert "roster.outside_school_year (day, end, name, start)" in text
    assert "FileNotFoundError: [Errno 2] No such file or directory" in text
    assert "ValueError\n" in text and "KeyError\n" in text
    assert "The above exception was the direct cause" in text
    assert "test_private_log.py" in text and "in _failures" in text  # the stack frames stay


@pytest.mark.parametrize("index", range(6))
def test_cli_failure_naming_a_child_stays_out_of_the_log(log_path, monkeypatch, demo_db_copy, capsys, index):
    from kindergarten_desktop.cli import main
    from kindergarten_desktop.meals import payments

    failure = _failures()[index]

    def fail(*args, **kwargs):
        raise failure

    monkeypatch.setattr(payments, "add_payment", fail)
    child = demo_child(demo_db_copy)
    code = main(["money", "pay", "--db", str(demo_db_copy), "--child", child, "--amount", "500000",
                 "--date", "2026-03-16", "--ahead"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1 and "Traceback" not in err
    _assert_private(log_path)
    assert child not in log_path.read_text(encoding="utf-8")


def demo_child(path) -> str:
    from kindergarten_desktop.db import open_database

    db = open_database(path)
    try:
        return db.execute("SELECT full_name FROM child c JOIN enrollment e ON e.child_id = c.id "
                          "WHERE e.end_date IS NULL ORDER BY c.id LIMIT 1").fetchone()[0]
    finally:
        db.close()


def test_gui_exception_hook_logs_no_name_but_copy_details_shows_it(log_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kindergarten_desktop.ui import error_dialog

    details: list[str] = []

    def fake_exec(box):
        details.append(box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    error_dialog.set_database_path(None)
    for exc in _failures():
        error_dialog._excepthook(type(exc), exc, exc.__traceback__)
    _assert_private(log_path)
    assert any(NAME in d for d in details), "the dialog shows the user the full text, on screen"
