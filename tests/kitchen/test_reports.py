"""Kitchen documents on the demo school: opened and read back (pypdf, openpyxl, csv)."""

import csv
import datetime as dt

import pytest
from pypdf import PdfReader

from kindergarten_desktop.kitchen.portion import day_portion
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from tests.conftest import DEMO_TODAY


def _run(db, kind, out, **params):
    k = get_kind(kind)
    return run_report(db, k, resolve_params(db, k, **params), out)


def _text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_nutrition_csv_has_exactly_the_columns_one_row_per_group(demo_db, tmp_path):
    out = tmp_path / "kp.csv"
    _run(demo_db, "nutrition", out, date=DEMO_TODAY.isoformat())
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == ["group", "children", "energy_kcal", "protein_g", "fat_g", "carbohydrate_g",
                                 "protein_pct", "fat_pct", "carbohydrate_pct"]
    assert [r["group"] for r in rows] == ["nursery", "kindergarten"]
    portion = day_portion(demo_db, DEMO_TODAY)
    for row in rows:
        t = portion.groups[row["group"]].per_child
        assert int(row["children"]) == portion.groups[row["group"]].children > 0
        assert float(row["energy_kcal"]) == pytest.approx(t.energy)
        assert float(row["protein_pct"]) == pytest.approx(4 * t.protein / t.energy * 100)
        assert float(row["fat_pct"]) == pytest.approx(9 * float(row["fat_g"]) / float(row["energy_kcal"]) * 100)


def test_nutrition_pdf_and_xlsx(demo_db, tmp_path):
    from openpyxl import load_workbook

    _run(demo_db, "nutrition", tmp_path / "kp.pdf", date=DEMO_TODAY.isoformat())
    text = _text(tmp_path / "kp.pdf")
    assert "BẢNG TÍNH KHẨU PHẦN ĂN" in text and "Khối Nhà trẻ" in text and "Khối Mẫu giáo" in text
    assert "Gạo tẻ máy" in text and "Định mức" in text and "Tiền ăn thu" in text and "Đánh giá" in text
    _run(demo_db, "nutrition", tmp_path / "kp.xlsx", date=DEMO_TODAY.isoformat())
    book = load_workbook(tmp_path / "kp.xlsx")
    assert book.sheetnames == ["Nhà trẻ", "Mẫu giáo", "Tổng hợp"]
    values = [c.value for row in book["Mẫu giáo"].iter_rows() for c in row if c.value is not None]
    assert "Gạo tẻ máy" in values and "Tinh 1 trẻ (g)" in values
    summary = {row[0]: row[2:4] for row in book["Tổng hợp"].iter_rows(values_only=True) if row[1]}
    portion = day_portion(demo_db, DEMO_TODAY)
    assert summary["Năng lượng"] == pytest.approx((portion.groups["nursery"].per_child.energy,
                                                  portion.groups["kindergarten"].per_child.energy))
    assert summary["Sắt"][1] == pytest.approx(portion.groups["kindergarten"].per_child.values["iron_mg"])


def test_nutrition_without_a_menu_is_refused(demo_db, tmp_path):
    with pytest.raises(ReportError):
        _run(demo_db, "nutrition", tmp_path / "kp.csv", date="2025-09-02")
    assert not (tmp_path / "kp.csv").exists()


def test_weekly_menu_poster_is_one_page(demo_db, tmp_path):
    _run(demo_db, "menu-week", tmp_path / "td.pdf", date=(DEMO_TODAY + dt.timedelta(days=2)).isoformat())
    reader = PdfReader(tmp_path / "td.pdf")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "THỰC ĐƠN TUẦN" in text and "16/03/2026" in text and "20/03/2026" in text and "Bữa trưa" in text


def test_inspection_and_sample_books(demo_db, tmp_path):
    from openpyxl import load_workbook

    month = f"{DEMO_TODAY:%Y-%m}"
    _run(demo_db, "inspection-book", tmp_path / "kt.pdf", month=month)
    text = _text(tmp_path / "kt.pdf")
    assert "SỔ KIỂM THỰC BA BƯỚC" in text and "Bước 3: Kiểm tra trước khi ăn" in text
    _run(demo_db, "inspection-book", tmp_path / "kt.xlsx", month=month)
    assert load_workbook(tmp_path / "kt.xlsx").sheetnames == ["Bước 1", "Bước 2", "Bước 3"]
    _run(demo_db, "sample-book", tmp_path / "lm.pdf", month=month)
    assert "SỔ LƯU MẪU THỨC ĂN" in _text(tmp_path / "lm.pdf")
    with pytest.raises(ReportError):
        _run(demo_db, "sample-book", tmp_path / "lm.xlsx", month="2025-08")


def test_daily_posting_shows_the_menu_and_its_nutrients(demo_db, tmp_path):
    _run(demo_db, "daily-posting", tmp_path / "ck.pdf", date=DEMO_TODAY.isoformat())
    text = _text(tmp_path / "ck.pdf")
    assert "Giá trị dinh dưỡng một trẻ trong ngày" in text and "Năng lượng" in text
    assert "Cơm tẻ" in text


def test_report_command_writes_csv(demo_db_copy, tmp_path, capsys):
    from kindergarten_desktop.cli import main

    out = tmp_path / "kp.csv"
    assert main(["report", "nutrition", "--db", str(demo_db_copy), "--date", DEMO_TODAY.isoformat(),
                 "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("group,children,energy_kcal")
    assert main(["report", "--list"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in ("nutrition", "menu-week", "inspection-book", "sample-book"))
