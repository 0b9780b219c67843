"""zscore output never turns a name into a formula (OWASP CSV injection), in .csv and .xlsx."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kindergarten_desktop.growth.zscore_io import convert

HOSTILE = ['=HYPERLINK("http://evil.example/?q=1","Bấm")', "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)",
           "\t=1+1"]  # (a leading CR does not survive a CSV or XML round trip: see test_csv_cell_rules)


def _csv_in(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Họ và tên", "Giới tính", "Ngày sinh", "Ngày cân", "Cân nặng (kg)", "Chiều cao (cm)"])
        for name in HOSTILE:
            writer.writerow([name, "Nam", "01/03/2021", "15/09/2025", "15,5", "101,0"])
    return path


def _xlsx_in(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Giới tính", "Ngày sinh", "Ngày cân", "Cân nặng (kg)", "Chiều cao (cm)"])
    for name in HOSTILE:
        sheet.append([name, "Nam", "01/03/2021", "15/09/2025", 15.5, 101.0])
        sheet.cell(sheet.max_row, 1).data_type = "s"  # the input holds them as text, as a school's list would
    book.save(path)
    return path


@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_csv_output_prefixes_formula_like_text_and_keeps_numbers(tmp_path, source):
    src = _csv_in(tmp_path / "in.csv") if source == "csv" else _xlsx_in(tmp_path / "in.xlsx")
    convert(src, tmp_path / "out.csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [r["Họ và tên"] for r in rows]
    assert names == ["'" + n if n[0] in "=+-@\t\r" else n for n in HOSTILE]
    assert all(r["error"] == "" for r in rows)
    # Negative z-scores are numbers, not formulas: never prefixed.
    zs = [r[k] for r in rows for k in ("waz", "haz", "whz", "baz") if r.get(k)]
    assert zs and all(not z.startswith("'") for z in zs)
    assert any(z.startswith("-") for z in zs) or all(float(z) >= 0 for z in zs)


@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_xlsx_output_keeps_names_as_text(tmp_path, source):
    src = _csv_in(tmp_path / "in.csv") if source == "csv" else _xlsx_in(tmp_path / "in.xlsx")
    convert(src, tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    cells = [sheet.cell(r, 1) for r in range(2, sheet.max_row + 1)]
    assert [c.value for c in cells] == HOSTILE
    assert all(c.data_type == "s" for c in cells)
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]


def test_csv_cell_rules():
    from kindergarten_desktop.formatting import csv_cell, formula_like

    assert [csv_cell(v) for v in ("=1", "+1a", "-x", "@x", "\tx", "\rx")] == \
        ["'=1", "'+1a", "'-x", "'@x", "'\tx", "'\rx"]
    assert [csv_cell(v) for v in ("-1,23", "-0.5", "+2", "-3e-2", "An", "", 5, None)] == \
        ["-1,23", "-0.5", "+2", "-3e-2", "An", "", 5, None]
    assert not formula_like("Nguyễn Văn An") and formula_like("=A1")
