"""import-menu: headers in any order below title rows, every bad row named, nothing half-written."""

import csv
import datetime as dt
import sqlite3
import unicodedata

import pytest

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.kitchen.importer import apply_import, preview_import
from kindergarten_desktop.kitchen.menus import day_menu
from kindergarten_desktop.kitchen.portion import day_portion

HEADERS = ["Định lượng (g/trẻ)", "Món ăn", "Thực phẩm", "Mã thực phẩm", "Bữa", "Khối", "Ngày"]
GOOD = [
    [60, "Cơm tẻ", "", "1004", "Trưa", "Mẫu giáo", dt.date(2025, 10, 6)],
    ["35", "Thịt lợn rim", "THỊT LỢN NẠC", None, "bữa trưa", "mẫu giáo", "06/10/2025"],
    [25, "Trứng hấp", unicodedata.normalize("NFD", "Trứng gà"), "", "Chiều", "Nhà trẻ", "06/10/2025"],
    [20, "Sữa", "tên sai nhưng mã đúng", "10006", "Phụ", "Nhà trẻ", "2025-10-06"],
]
BAD = [
    [0, "Canh", "Rau muống", "", "Trưa", "Nhà trẻ", "06/10/2025"],  # zero
    [-5, "Canh", "Rau muống", "", "Trưa", "Nhà trẻ", "06/10/2025"],  # negative
    [5000, "Canh", "Rau muống", "", "Trưa", "Nhà trẻ", "06/10/2025"],  # absurd
    [20, "Canh", "Rau không có", "", "Trưa", "Nhà trẻ", "06/10/2025"],  # unknown food
    [20, "Canh", "Rau muống", "", "Tối", "Nhà trẻ", "06/10/2025"],  # unknown meal
    [20, "Canh", "Rau muống", "", "Trưa", "Lớp lớn", "06/10/2025"],  # unknown age group
    [20, "Canh", "Rau muống", "", "Trưa", "Nhà trẻ", "31/02/2025"],  # bad date
]


def workbook(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "TRƯỜNG MẦM NON HOA MAI"
    sheet["A2"] = "THỰC ĐƠN TUẦN 1 THÁNG 10"
    for c, text in enumerate(HEADERS, 1):
        sheet.cell(4, c, text)
    for r, values in enumerate(rows, 5):
        for c, value in enumerate(values, 1):
            sheet.cell(r, c, value)
    book.save(path)
    return path


def csv_file(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Thực đơn tháng 10"])
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v for v in row])
    return path


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "school.sqlite3"
    open_database(path, create=True).close()
    return path


def test_preview_reads_any_order_below_title_rows(db, tmp_path):
    preview = preview_import(db, workbook(tmp_path / "td.xlsx", GOOD))
    assert preview.header_row == 4 and not preview.invalid
    menus = preview.menus()
    assert sorted((d, g, len(v)) for (d, g), v in menus.items()) == [
        (dt.date(2025, 10, 6), "kindergarten", 2), (dt.date(2025, 10, 6), "nursery", 2)]
    codes = [db.execute("SELECT code FROM food WHERE id = ?", [ln.food_id]).fetchone()[0]
             for ln in menus[(dt.date(2025, 10, 6), "nursery")]]
    assert codes == ["9001", "10006"]  # NFD name matched; the code wins over a wrong name


def test_every_bad_row_is_named_with_its_row_number(db, tmp_path):
    preview = preview_import(db, workbook(tmp_path / "td.xlsx", GOOD + BAD))
    assert [r.row_number for r in preview.invalid] == list(range(9, 16))
    codes = [[e.code for e in r.errors] for r in preview.invalid]
    assert codes == [["kitchen.grams_not_positive"], ["kitchen.grams_not_positive"], ["kitchen.grams_absurd"],
                     ["kitchen.unknown_food"], ["kitchen.unknown_meal"], ["kitchen.unknown_group"],
                     ["kitchen.bad_date"]]
    assert preview.problems("en")[0].startswith("Row 9: ")
    with pytest.raises(AppError):
        apply_import(db, preview)
    assert db.execute("SELECT count(*) FROM menu_line").fetchone()[0] == 0
    result = apply_import(db, preview, skip_invalid=True)
    assert (result.menus, result.lines, result.skipped) == (2, 4, 7)


def test_missing_columns_are_named(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Ngày,Khối,Món ăn\n06/10/2025,Nhà trẻ,Cơm\n", encoding="utf-8")
    with pytest.raises(AppError) as caught:
        preview_import(db, path)
    assert caught.value.code == "kitchen.missing_columns"
    assert "Bữa" in caught.value.text("vi") and "Định lượng (g/trẻ)" in caught.value.text("vi")


def test_command_refuses_bad_rows_then_skips_them_and_reimport_replaces(db_file, tmp_path, capsys):
    path = workbook(tmp_path / "td.xlsx", GOOD + BAD)
    assert main(["import-menu", str(path), "--db", str(db_file)]) == 1
    out, err = capsys.readouterr()
    assert "7 dòng lỗi" in out and "chưa nhập gì" in err
    for number in range(9, 16):
        assert f"dòng {number} lỗi: " in out
    assert "dòng 12 lỗi: Không có thực phẩm “Rau không có” trong danh mục" in out
    assert sqlite3.connect(db_file).execute("SELECT count(*) FROM menu_line").fetchone()[0] == 0
    assert main(["import-menu", str(path), "--db", str(db_file), "--dry-run", "--skip-invalid"]) == 0
    assert sqlite3.connect(db_file).execute("SELECT count(*) FROM menu_line").fetchone()[0] == 0
    assert main(["import-menu", str(path), "--db", str(db_file), "--skip-invalid"]) == 0
    assert "Đã nhập 2 thực đơn ngày (4 dòng), bỏ qua 7 dòng lỗi" in capsys.readouterr().out
    # Importing the day again (CSV now) replaces that day's menu for that age group only.
    again = csv_file(tmp_path / "td.csv", [[80, "Cơm tẻ", "Gạo tẻ máy", "", "Trưa", "Mẫu giáo", "06/10/2025"]])
    assert main(["import-menu", str(again), "--db", str(db_file)]) == 0
    assert "thay thực đơn ngày 06/10/2025" in capsys.readouterr().out
    db = open_database(db_file)
    try:
        day = dt.date(2025, 10, 6)
        assert [(ln.dish, ln.grams) for ln in day_menu(db, day, "kindergarten")] == [("Cơm tẻ", 80)]
        assert len(day_menu(db, day, "nursery")) == 2
        assert day_portion(db, day).groups["kindergarten"].per_child.energy == pytest.approx(344 * 0.8)
    finally:
        db.close()


def test_command_exits_non_zero_when_nothing_is_imported(db_file, tmp_path, capsys):
    only_bad = workbook(tmp_path / "bad.xlsx", BAD)
    assert main(["import-menu", str(only_bad), "--db", str(db_file), "--skip-invalid"]) == 1
    empty = workbook(tmp_path / "empty.xlsx", [])
    assert main(["import-menu", str(empty), "--db", str(db_file)]) == 1
    text = tmp_path / "menu.txt"
    text.write_text("x", encoding="utf-8")
    assert main(["import-menu", str(text), "--db", str(db_file)]) == 1
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert main(["import-menu", str(broken), "--db", str(db_file)]) == 1
    assert main(["import-menu", str(tmp_path / "none.xlsx"), "--db", str(db_file)]) == 2
    capsys.readouterr()
    assert sqlite3.connect(db_file).execute("SELECT count(*) FROM menu_line").fetchone()[0] == 0


def test_fresh_database_import_then_portion_csv_matches_the_table(db_file, tmp_path, table, capsys):
    """The path an outside check takes: a new database, its own menu, the CSV against the table."""
    rows = [[55, "Cơm", "", "1004", "Trưa", "Nhà trẻ", "08/10/2025"],
            [30, "Thịt rim", "Thịt lợn nạc", "", "Trưa", "Nhà trẻ", "08/10/2025"],
            [50, "Trứng", "", "9001", "Chiều", "Nhà trẻ", "08/10/2025"],
            [70, "Cơm", "", "1004", "Trưa", "Mẫu giáo", "08/10/2025"]]
    assert main(["import-menu", str(workbook(tmp_path / "td.xlsx", rows)), "--db", str(db_file)]) == 0
    out = tmp_path / "kp.csv"
    assert main(["report", "nutrition", "--db", str(db_file), "--date", "2025-10-08", "--out", str(out)]) == 0
    capsys.readouterr()
    with out.open(encoding="utf-8", newline="") as f:
        got = {r["group"]: r for r in csv.DictReader(f)}
    nursery = {"1004": 55, "7017": 30, "9001": 50}
    for group, foods in (("nursery", nursery), ("kindergarten", {"1004": 70})):
        sums = {n: sum(float(table[c][n]) * g / 100 for c, g in foods.items())
                for n in ("energy_kcal", "protein_g", "fat_g", "carbohydrate_g")}
        row = got[group]
        assert row["children"] == "0"
        for n, value in sums.items():
            assert float(row[n]) == pytest.approx(value, abs=1e-6), (group, n)
        energy = sums["energy_kcal"]
        assert float(row["protein_pct"]) == pytest.approx(400 * sums["protein_g"] / energy)
        assert float(row["fat_pct"]) == pytest.approx(900 * sums["fat_g"] / energy)
        assert float(row["carbohydrate_pct"]) == pytest.approx(400 * sums["carbohydrate_g"] / energy)


def test_lenient_group_and_meal_words_and_units(db, tmp_path):
    path = tmp_path / "td.csv"
    text = ("Ngày,Khối,Bữa,Món ăn,Thực phẩm,Định lượng (g/trẻ)\n"
            "06/10/2025,Nhà trẻ 25-36 tháng,Bữa phụ chiều,Sữa chua,Sữa chua (từ sữa bò),100 g\n"
            "06/10/2025,MG,Bữa xế,Chè,Đường kính,12g\n")
    path.write_text(text, encoding="utf-8")
    preview = preview_import(db, path)
    assert not preview.invalid, preview.problems("en")
    assert [(r.group, r.meal, r.grams) for r in preview.rows] == [("nursery", "snack", 100), ("kindergarten",
                                                                                              "snack", 12)]
