"""Batch files of measurements: reading CSV/XLSX, parsing cells, per-row errors, writing."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindergarten_desktop.growth.who import compute
from kindergarten_desktop.growth.zscore_io import (
    OUTPUT_COLUMNS,
    InputError,
    RowError,
    Sheet,
    convert,
    find_columns,
    parse_date,
    parse_number,
    parse_sex,
    process,
    read_sheet,
)


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


HEADER_VI = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Ngày cân", "Cân nặng (kg)", "Chiều cao (cm)", "Tư thế"]


def test_vietnamese_headers_and_values(tmp_path):
    src = write_csv(tmp_path / "in.csv", [
        HEADER_VI,
        ["1", "Nguyễn Văn An", "Nam", "29/02/2020", "28/02/2022", "11", "80,0", "đứng"],
        ["2", "Trần Thị Bình", "Nữ", "2019-05-01", "2024-03-16", "15.2", "101.3", ""],
    ])
    summary = convert(src, tmp_path / "out.csv")
    assert (summary.rows, summary.computed, summary.errors) == (2, 2, 0)
    out = read_csv(tmp_path / "out.csv")
    assert list(out[0])[:8] == HEADER_VI and list(out[0])[8:] == list(OUTPUT_COLUMNS)
    first = out[0]
    assert first["Họ và tên"] == "Nguyễn Văn An" and first["Chiều cao (cm)"] == "80,0"  # passed through
    assert first["age_days"] == "730" and first["height_adjusted_cm"] == "80.7"  # leap-year birthday
    expected = compute([1], [730], [11.0], [80.0], "h")
    assert first["waz"] == f"{expected['waz'][0]:.2f}" and first["haz"] == f"{expected['haz'][0]:.2f}"
    assert first["ha_class"] == "stunting" and first["ha_label"] == "Thấp còi"
    assert first["waz_flag"] == "0" and first["error"] == ""
    assert out[1]["age_months"] == "58.51" and out[1]["wh_label"] == "Bình thường"


def test_bad_rows_keep_their_place_with_the_reason(tmp_path):
    src = write_csv(tmp_path / "in.csv", [
        ["name", "sex", "birth_date", "visit_date", "weight_kg", "height_cm"],
        ["ok", "1", "01/01/2022", "01/03/2025", "14", "95"],
        ["no sex", "", "01/01/2022", "01/03/2025", "14", "95"],
        ["bad number", "2", "01/01/2022", "01/03/2025", "14lb", "95"],
        ["zero weight", "2", "01/01/2022", "01/03/2025", "0", "95"],
        ["before birth", "2", "01/03/2025", "01/01/2022", "14", "95"],
        ["too old", "1", "01/01/2000", "01/03/2025", "60", "170"],
        ["bad date", "1", "31/02/2022", "01/03/2025", "14", "95"],
        ["ok again", "f", "2022-01-01", "2025-03-01", "14", ""],
    ])
    summary = convert(src, tmp_path / "out.csv", labels="en")
    out = read_csv(tmp_path / "out.csv")
    assert [r["name"] for r in out] == ["ok", "no sex", "bad number", "zero weight", "before birth", "too old",
                                        "bad date", "ok again"]
    errors = [r["error"] for r in out]
    assert errors[0] == "" and errors[-1] == ""
    assert "sex: missing" in errors[1]
    assert "weight_kg: '14lb' is not a number" in errors[2]  # a kg or cm after the number is accepted
    assert "weight_kg: 0 must be more than 0" in errors[3]
    assert "visit_date is before birth_date" in errors[4]
    assert "beyond 19 years" in errors[5]
    assert "birth_date: '31/02/2022' is not a real date" in errors[6]
    assert all(r["waz"] == "" and r["wa_class"] == "" for r in out[1:7])
    assert out[-1]["waz"] != "" and out[-1]["haz"] == "" and out[-1]["haz_flag"] == ""
    assert out[0]["wa_label"] in ("Normal", "Underweight", "Severe underweight", "Weight above the normal range")
    assert summary.errors == 6 and summary.error_rows == [2, 3, 4, 5, 6, 7]


def test_age_days_column_and_measure_and_oedema(tmp_path):
    src = write_csv(tmp_path / "in.csv", [
        ["AGE_DAYS", "Sex", "Weight", "Height", "Measure", "Oedema"],
        ["400", "M", "9.5", "75", "h", "n"],
        ["400", "M", "9.5", "75", "x", ""],
        ["400", "M", "9.5", "75", "l", "y"],
        ["-3", "M", "9.5", "75", "l", ""],
    ])
    convert(src, tmp_path / "out.csv", labels="en")
    out = read_csv(tmp_path / "out.csv")
    assert out[0]["height_adjusted_cm"] == "75.7"
    assert "measure: 'x' is not l (lying) or h (standing)" in out[1]["error"]
    assert out[2]["waz"] == "" and out[2]["haz"] != ""  # oedema: no weight-based z
    assert "age_days: -3 is negative" in out[3]["error"]


def test_semicolon_csv_keeps_decimal_commas_and_windows_encoding(tmp_path):
    # Windows-1258 writes most tones as combining marks: "Cân nặng" is "Cân nă" + U+0323 + "ng".
    src = write_csv(tmp_path / "in.csv", [
        ["Sex", "age_days", "C\u00e2n n\u0103\u0323ng", "height_cm"],
        ["n\u01b0\u0303", "1000", "12,4", "88,5"],
    ], delimiter=";", encoding="cp1258")
    convert(src, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    header, row = text.splitlines()
    assert header.startswith("Sex;age_days;Cân nặng;height_cm;")  # composed again on reading
    values = dict(zip(header.split(";"), row.split(";"), strict=True))
    assert values["bmi"] == f"{12.4 / 0.885 ** 2:.2f}".replace(".", ",")
    assert "," in values["waz"] or values["waz"] in ("0", "")


def test_result_file_can_be_processed_again(tmp_path):
    src = write_csv(tmp_path / "in.csv", [["sex", "age_days", "weight_kg"], ["1", "500", "10"]])
    convert(src, tmp_path / "once.csv")
    convert(tmp_path / "once.csv", tmp_path / "twice.csv")
    assert read_csv(tmp_path / "once.csv") == read_csv(tmp_path / "twice.csv")
    assert list(read_csv(tmp_path / "twice.csv")[0]).count("waz") == 1


def test_xlsx_with_real_dates_in_and_out(tmp_path):
    from openpyxl import Workbook, load_workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Mã", "Giới tính", "Ngày sinh", "Ngày đo", "Cân nặng", "Chiều cao"])
    ws.append(["HS01", 2, dt.datetime(2021, 2, 28), dt.datetime(2025, 9, 15), 15.5, 102.0])
    ws.append(["HS02", "nam", "15/03/2020", dt.date(2025, 9, 15), "18", 110])
    ws.append([None] * 6)
    wb.save(tmp_path / "in.xlsx")
    summary = convert(tmp_path / "in.xlsx", tmp_path / "out.xlsx")
    assert summary.computed == 2
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["Ngày sinh"] == dt.datetime(2021, 2, 28)  # passed through as a date
    assert first["age_days"] == (dt.date(2025, 9, 15) - dt.date(2021, 2, 28)).days
    assert isinstance(first["waz"], float) and first["waz_flag"] == 0 and first["error"] is None
    assert first["wh_class"] in ("normal", "overweight", "obese", "thinness", "severe_thinness")
    assert len(rows) == 3  # the trailing empty row is dropped
    # xlsx in, csv out: dates written as ISO text.
    convert(tmp_path / "in.xlsx", tmp_path / "out.csv")
    assert read_csv(tmp_path / "out.csv")[0]["Ngày sinh"] == "2021-02-28"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary", "CSV"),
    (b"name,colour\nAn,red\n", "missing column"),
])
def test_unusable_csv_raises_and_writes_nothing(tmp_path, content, message):
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    with pytest.raises(InputError, match=message):
        convert(src, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()
    assert list(tmp_path.iterdir()) == [src]  # no temporary file left either


def test_unusable_xlsx_and_paths(tmp_path):
    fake = tmp_path / "in.xlsx"
    fake.write_text("not a zip")
    with pytest.raises(InputError, match=r"in\.xlsx .*\.xlsx") as info:
        convert(fake, tmp_path / "out.csv")
    assert info.value.__cause__.code == "spreadsheets.not_xlsx"
    with pytest.raises(InputError, match="missing.csv") as info:
        convert(tmp_path / "missing.csv", tmp_path / "out.csv")
    assert info.value.__cause__.code == "spreadsheets.missing"
    with pytest.raises(InputError, match=".csv or .xlsx"):
        convert(fake, tmp_path / "out.txt")
    with pytest.raises(InputError, match="no such folder"):
        convert(fake, tmp_path / "nope" / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.xlsx"]


def test_find_columns_names_what_is_missing():
    assert find_columns(["GIỚI TÍNH", "ngay sinh", "Ngày cân", "Cân nặng"]) == {
        "sex": 0, "birth_date": 1, "visit_date": 2, "weight_kg": 3}
    with pytest.raises(InputError, match=r"birth_date \(ngày sinh\)") as info:
        find_columns(["sex", "weight_kg", "Họ tên"])
    assert "'Họ tên'" in str(info.value)


def test_cell_parsers():
    assert parse_number("12,5", "w") == 12.5 and parse_number(" 7 ", "w") == 7.0 and parse_number(3, "w") == 3.0
    assert parse_number("", "w") != parse_number("", "w")  # NaN
    for bad in ("1,234.5x", "nan", "inf", True):
        with pytest.raises(RowError):
            parse_number(bad, "w")
    assert parse_date("29/02/2024", "d") == dt.date(2024, 2, 29).toordinal()
    assert parse_date("2024-02-29", "d") == dt.date(2024, 2, 29).toordinal()
    assert parse_date(dt.datetime(2024, 2, 29, 8, 30), "d") == dt.date(2024, 2, 29).toordinal()
    assert parse_date("", "d") is None
    for bad in ("29/02/2023", "2024/02/29x", "hôm qua"):
        with pytest.raises(RowError):
            parse_date(bad, "d")
    assert [parse_sex(v) for v in ("1", 2, 1.0, "M", "f", "Nam", "NỮ", "nu", "trai", "gái")] == [1, 2, 1, 1, 2, 1,
                                                                                             2, 2, 1, 2]
    with pytest.raises(RowError, match="missing"):
        parse_sex(None)
    with pytest.raises(RowError, match="is not 1/2"):
        parse_sex("3")


cell = st.one_of(st.none(), st.text(max_size=12), st.integers(-10, 10_000), st.floats(allow_nan=True),
                 st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)),
                 st.sampled_from(["1", "2", "nam", "nữ", "12,5", "29/02/2020", "2021-13-01", "l", "h", ""]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=9), max_size=12))
def test_random_rows_never_crash(rows):
    header = ["sex", "birth_date", "visit_date", "weight_kg", "height_cm", "measure", "age_days", "oedema", "x"]
    result, summary = process(Sheet(header, [r + [None] * (9 - len(r)) for r in rows], ",", from_text=False))
    assert len(result.rows) == len(rows) == summary.rows
    errors = result.header.index("error")
    waz = result.header.index("waz")
    for row in result.rows:
        assert len(row) == len(result.header)
        assert not (row[errors] and row[waz])  # a row with an error has no z-score


def test_read_sheet_pads_ragged_rows(tmp_path):
    src = write_csv(tmp_path / "in.csv", [["sex", "age_days"], ["1", "400", "extra"], ["2"]])
    sheet = read_sheet(src)
    assert sheet.header == ["sex", "age_days", "column_3"]
    assert sheet.rows == [["1", "400", "extra"], ["2", None, None]]


def test_school_sheet_with_a_title_above_the_header_and_units_in_cells(tmp_path):
    """Class lists usually start with a title line; nurses sometimes type the unit after the number."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH CÂN ĐO TRẺ - LỚP LÁ 1"])
    ws.append([])
    ws.append(HEADER_VI)
    ws.append(["1", "Hoàng Lan", "Nữ", "01/06/2021", "20/09/2026", "16,1 kg", "103 cm", ""])
    ws.append(["2", "Vũ Minh", "Nam", "01/06/2021", "20/09/2026", "16 cm", "103", ""])
    wb.save(tmp_path / "in.xlsx")
    sheet = read_sheet(tmp_path / "in.xlsx")
    assert sheet.header[:3] == HEADER_VI[:3] and len(sheet.rows) == 2
    summary = convert(tmp_path / "in.xlsx", tmp_path / "out.csv")
    assert (summary.computed, summary.errors) == (1, 1)
    out = read_csv(tmp_path / "out.csv")
    expected = compute([2], [(dt.date(2026, 9, 20) - dt.date(2021, 6, 1)).days], [16.1], [103.0], "h")
    assert out[0]["waz"] == f"{expected['waz'][0]:.2f}" and out[0]["error"] == ""
    # A unit that does not fit stays an error, written in the output's language (Vietnamese by default).
    assert out[1]["error"] == "weight_kg: '16 cm' không phải là số"


def test_number_columns_fast_path_keeps_the_cell_by_cell_rules():
    from kindergarten_desktop.growth.zscore_io import _parse_numbers

    problems: dict[int, list[str]] = {}
    assert _parse_numbers(["14.3", 15, 16.5], "weight_kg", problems) == [14.3, 15.0, 16.5] and not problems
    mixed = _parse_numbers(["14,3", "16,1 kg", True, "", None, "abc"], "weight_kg", problems)
    assert mixed[:2] == [14.3, 16.1] and mixed[3] != mixed[3] and mixed[4] != mixed[4]
    assert sorted(problems) == [2, 5]
