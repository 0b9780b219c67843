"""Issue 13, item 7: bounded reading of input workbooks, and clear messages for files that
are not .xlsx (an old .xls, a password-protected workbook, a renamed file)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from kindergarten_desktop.errors import set_language
from kindergarten_desktop.spreadsheets import SheetReader, SpreadsheetError, check_file, column_letter

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]
# The subprocess's own peak: Linux keeps ru_maxrss across exec, so a child of a big pytest process
# would report the parent's size; VmHWM (/proc) is this program's own high-water mark.
PEAK = ("def peak_mb():\n"
        "    try:\n"
        "        for line in open('/proc/self/status'):\n"
        "            if line.startswith('VmHWM:'):\n"
        "                return int(line.split()[1]) / 1024\n"
        "    except OSError:\n"
        "        pass\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n")


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language("vi")


def stray_cell_workbook(path: Path) -> Path:
    """A few real rows and one stray value at XFD1048576: the sheet declares A1:XFD1048576."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Họ tên", "Giới tính", "Số ngày tuổi", "Cân nặng", "Chiều cao"])
    sheet.append(["Nguyễn Văn An", "nam", 1500, 16.5, 102.0])
    sheet.append(["Trần Thị Bình", "nữ", 1400, 15.0, 99.5])
    sheet["XFD1048576"] = "x"
    book.save(path)
    return path


def test_far_stray_cell_is_skipped_and_named(tmp_path):
    path = stray_cell_workbook(tmp_path / "stray.xlsx")
    assert path.stat().st_size < 10_000
    reader = SheetReader(path)
    rows = list(reader.rows())
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[1].values == ["Nguyễn Văn An", "nam", 1500, 16.5, 102.0]
    assert reader.ignored_cells == ["XFD1048576"]


def test_zscore_on_a_stray_cell_workbook_finishes_in_seconds_under_300_mb(tmp_path):
    """The exact hostile file of the issue, through the real command, measuring its own peak memory."""
    src = stray_cell_workbook(tmp_path / "stray.xlsx")
    out = tmp_path / "out.xlsx"
    code = PEAK + textwrap.dedent(f"""
        import json, resource, sys, time
        from kindergarten_desktop.cli import main
        start = time.perf_counter()
        status = main(["--lang", "en", "zscore", {str(src)!r}, {str(out)!r}])
        print(json.dumps({{"status": status, "seconds": time.perf_counter() - start, "peak_mb": peak_mb()}}))
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0 and result["peak_mb"] < 300 and result["seconds"] < 30
    assert "XFD1048576" in done.stderr  # the user is told which cell was skipped
    rows = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(max_col=5, values_only=True))
    assert len(rows) == 3 and rows[1][0] == "Nguyễn Văn An"


def test_old_xls_and_password_protected_files_say_what_to_do(tmp_path):
    with pytest.raises(SpreadsheetError) as info:
        check_file(DATA / "old-format.xls")
    assert info.value.code == "spreadsheets.xls" and "Save As" in info.value.text()
    renamed = tmp_path / "lop.xlsx"
    renamed.write_bytes((DATA / "old-format.xls").read_bytes())  # an .xls renamed to .xlsx
    with pytest.raises(SpreadsheetError, match="old-style Excel"):
        SheetReader(renamed)
    with pytest.raises(SpreadsheetError) as info:
        check_file(DATA / "password-protected.xlsx")
    assert info.value.code == "spreadsheets.encrypted" and "remove the password" in info.value.text()
    assert "mật khẩu" in info.value.text("vi")


def test_not_a_zip_empty_missing_folder_and_damaged(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("just text")
    with pytest.raises(SpreadsheetError) as info:
        check_file(fake)
    assert info.value.code == "spreadsheets.not_xlsx"
    with pytest.raises(SpreadsheetError) as info:
        check_file(tmp_path / "none.xlsx")
    assert info.value.code == "spreadsheets.missing"
    with pytest.raises(SpreadsheetError) as info:
        check_file(tmp_path)
    assert info.value.code == "spreadsheets.folder"
    import zipfile

    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "a zip, but no workbook inside")
    with pytest.raises(SpreadsheetError) as info:
        list(SheetReader(broken).rows())
    assert info.value.code == "spreadsheets.damaged"


def test_csv_utf8_and_windows_1258_with_their_delimiters(tmp_path):
    utf8 = tmp_path / "a.csv"
    utf8.write_text("Họ tên;Giới tính\nNguyễn An;nam\n\nLê Bình;nữ\n", encoding="utf-8-sig")
    reader = SheetReader(utf8)
    assert [(r.number, r.values) for r in reader.rows()] == [
        (1, ["Họ tên", "Giới tính"]), (2, ["Nguyễn An", "nam"]), (4, ["Lê Bình", "nữ"])]
    assert reader.delimiter == ";"
    legacy = tmp_path / "b.csv"
    legacy.write_bytes(_cp1258("Họ tên,Giới tính\nTrần Thị Hà,nữ\n"))
    assert list(SheetReader(legacy).rows())[1].values == ["Trần Thị Hà", "nữ"]
    binary = tmp_path / "c.csv"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(SpreadsheetError, match="not a text CSV"):
        list(SheetReader(binary).rows())


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters (â, ơ, ...) with combining tones."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            try:
                out += (unicodedata.normalize("NFC", parts[:2]) + parts[2:]).encode("cp1258")
            except UnicodeEncodeError:
                out += parts.encode("cp1258")
    return out


def test_column_letters():
    assert [column_letter(n) for n in (1, 26, 27, 702, 703, 16384)] == ["A", "Z", "AA", "ZZ", "AAA", "XFD"]
