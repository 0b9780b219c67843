"""The ``zscore`` command end to end, as a user runs it."""

import csv
import subprocess
import sys
from pathlib import Path

from kindergarten_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _run(*args):
    return subprocess.run([sys.executable, "-m", "kindergarten_desktop", "zscore", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_command_writes_results_and_reports_bad_rows(tmp_path):
    src = tmp_path / "can-do.csv"
    src.write_text("Họ tên,Giới tính,Ngày sinh,Ngày cân,Cân nặng,Chiều cao\n"
                   "An,nam,01/09/2021,15/09/2025,16.2,103.5\n"
                   "Bình,?,01/09/2021,15/09/2025,16.2,103.5\n", encoding="utf-8")
    done = _run(src, tmp_path / "ket-qua.csv")
    assert done.returncode == 0, done.stderr
    assert "2 dòng, 1 dòng đã tính, 1 dòng lỗi" in done.stdout
    assert "các dòng lỗi trong bảng tính (xem cột 'error'): 3" in done.stderr
    with open(tmp_path / "ket-qua.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Họ tên"] == "An" and rows[0]["wa_label"] and rows[0]["error"] == ""
    assert "giới tính" in rows[1]["error"]  # in the labels language (vi by default)


def test_unreadable_input_fails_and_keeps_the_old_output(tmp_path):
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"previous result")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("this is not a workbook")
    done = _run(bad, out)
    assert done.returncode == 2
    assert "bad.xlsx" in done.stderr and ".xlsx" in done.stderr and "chưa ghi tệp kết quả nào" in done.stderr
    assert out.read_bytes() == b"previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx", "out.xlsx"]


def test_in_process_missing_file_and_wrong_extension(tmp_path, capsys):
    assert main(["--lang", "en", "zscore", str(tmp_path / "none.csv"), str(tmp_path / "o.csv")]) == 2
    assert "none.csv does not exist" in capsys.readouterr().err
    (tmp_path / "a.csv").write_text("sex,age_days,weight_kg\n1,400,9\n", encoding="utf-8")
    assert main(["zscore", str(tmp_path / "a.csv"), str(tmp_path / "o.ods")]) == 2
    assert ".csv hoặc .xlsx" in capsys.readouterr().err
    assert main(["zscore", str(tmp_path / "a.csv"), str(tmp_path / "o.xlsx"), "--labels", "en"]) == 0
    assert (tmp_path / "o.xlsx").exists() and not (tmp_path / "o.csv").exists()
