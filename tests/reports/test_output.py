"""Atomic output: the target appears complete or not at all; no stray temporary files."""

import os
import stat
from pathlib import Path

import pytest

from kindergarten_desktop.reports.output import OutputError, atomic_output


def test_success_renames_into_place(tmp_path):
    target = tmp_path / "a.pdf"
    with atomic_output(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not private like mkstemp files


def test_failure_keeps_the_old_file_and_leaves_nothing(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("layout failed")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder(tmp_path):
    with pytest.raises(OutputError, match="does not exist"), atomic_output(tmp_path / "no" / "a.pdf"):
        pass


def test_target_is_a_folder(tmp_path):
    with pytest.raises(OutputError, match="folder"), atomic_output(tmp_path):
        pass


def test_unwritable_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    # root ignores folder permissions; /proc refuses new files even to root.
    folder = Path("/proc") if os.geteuid() == 0 else locked
    try:
        with pytest.raises(OutputError) as info, atomic_output(folder / "a.pdf"):
            pass
        assert info.value.path == folder / "a.pdf"
        assert not any(p.name.endswith(".part.pdf") for p in folder.iterdir())
    finally:
        locked.chmod(0o700)


def test_rename_failure_is_reported_and_cleaned(tmp_path, monkeypatch):
    target = tmp_path / "a.xlsx"

    def refuse(_src, _dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="no permission to write"), atomic_output(target) as tmp:
        tmp.write_bytes(b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_write_error_hidden_by_the_writers_clean_up_is_told_and_other_files_errors_are_not(tmp_path):
    import errno
    import zlib

    target = tmp_path / "a.pdf"
    with pytest.raises(OutputError) as err, atomic_output(target):
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        finally:  # as matplotlib's PDF backend: its clean-up fails too and hides the cause
            raise zlib.error("Error -2 while flushing")
    assert err.value.why == "disk_full" and err.value.text("vi").startswith(f"Không ghi được {target}: ổ đĩa đã đầy")
    with pytest.raises(FileNotFoundError), atomic_output(target):
        open(tmp_path / "missing-font.ttf", "rb")  # not the output's fault: left as it is
    assert list(tmp_path.iterdir()) == []


def test_a_report_on_a_drive_that_fills_is_refused_in_the_users_words(tmp_path, capsys, file_size_limit):
    from kindergarten_desktop.cli import main
    from kindergarten_desktop.db import open_database
    from tests.meals.conftest import build_school

    path = tmp_path / "school.sqlite3"
    db = open_database(path)
    build_school(db)
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    (out / "so-quy.pdf").write_bytes(b"old")
    file_size_limit(40_000)  # above what the database's own files need now, below the PDF's fonts
    try:
        code = main(["report", "cash-book", "--db", str(path), "--year", "2025-2026", "--out",
                     str(out / "so-quy.pdf")])
    finally:
        file_size_limit(None)
    err = capsys.readouterr().err
    assert code != 0 and "tệp quá lớn so với ổ đĩa này. Hãy chọn ổ khác." in err and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["so-quy.pdf"] and (out / "so-quy.pdf").read_bytes() == b"old"


@pytest.mark.parametrize(("number", "why"), [("EIO", "io_error"), ("ENOENT", "no_folder"), ("EFBIG", "too_large"),
                                             ("ENOSPC", "disk_full"), ("EROFS", "read_only")])
def test_the_systems_reasons_are_said_in_the_users_words(tmp_path, number, why):
    import errno

    target = tmp_path / "a.pdf"
    error = OutputError.from_os_error(target, OSError(getattr(errno, number), os.strerror(getattr(errno, number))))
    assert error.why == why
    for lang in ("vi", "en"):
        assert os.strerror(getattr(errno, number)) not in error.text(lang) and str(target) in error.text(lang)
