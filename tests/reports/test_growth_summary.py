import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.growth.summary import summarize_round
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.school import ensure_school_year
from tests.reports.xlsx_values import Recalculated


def test_pdf_and_excel_agree_with_the_summary(demo_db, tmp_path):
    kind = get_kind("growth-summary")
    params = resolve_params(demo_db, kind, year="2025-2026", round=2)
    summary = summarize_round(demo_db, find_round(demo_db, params.year.id, 2).id)
    pdf_path = run_report(demo_db, kind, params, tmp_path / "s.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    assert "BÁO CÁO" in text and "Kết quả cân đo, theo dõi sức khỏe trẻ đợt 2" in text
    assert "Toàn trường" in text and "Lá 5" in text and "chỉ tiêu dưới 2,0%" in text
    assert "NGƯỜI LẬP BIỂU" in text and "ĐÁNH GIÁ CHUNG" in text and "KIẾN NGHỊ" in text
    days = sorted({c.visit_date for c in summary.children})
    assert f"Thời gian cân đo: từ ngày {days[0]:%d/%m/%Y}" in text or f"{days[0]:%d/%m/%Y}" in text
    out = run_report(demo_db, kind, params, tmp_path / "s.xlsx").path
    book = load_workbook(out)
    values = Recalculated(out)
    sheet = book["Số trẻ"]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "STT") + 1  # two header rows
    school_row = next(r for r in range(header, sheet.max_row + 1) if sheet.cell(r, 2).value == "Toàn trường")
    school = [values.value("Số trẻ", school_row, c) for c in range(1, sheet.max_column + 1)]
    school_group = summary.school
    assert school[2] == school_group.enrolled[0] and school[3] == school_group.measured[0]
    # W/A: children weighed, then normal, underweight ...; H/A: children with a height ...
    assert school[4] == sum(school_group.count("wa", c) for c in ("normal", "underweight", "severe_underweight",
                                                                  "above_normal", "recheck"))
    assert school[6] == school_group.count("wa", "underweight")
    class_rows = [r for r in range(header + 1, school_row) if isinstance(sheet.cell(r, 1).value, int)]
    assert len(class_rows) == 16
    assert sheet.cell(school_row, 4).value.startswith("=SUM(")  # totals follow corrected counts
    # Rates = count ÷ children assessed for that indicator, as live formulas.
    rate = values.value("Tỷ lệ", school_row, 6)
    assert rate == pytest.approx(school_group.count("wa", "underweight") / school[4])
    assert book["Tỷ lệ"].cell(school_row, 6).value.startswith("=IF(")
    assert book["Trẻ cần theo dõi"].max_row > 10


def test_unknown_round_is_explained(demo_db, tmp_path):
    kind = get_kind("growth-summary")
    message = r"There is no round 7 in 2025-2026; rounds: 1, 2, 3 \(add a round in the Growth tab\)"
    with pytest.raises(ReportError, match=message):
        run_report(demo_db, kind, resolve_params(demo_db, kind, year="2025-2026", round=7), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("name", ["growth-summary", "growth-cards"])
def test_a_new_school_is_told_to_open_the_growth_tab_and_nothing_is_written(db, tmp_path, name):
    ensure_school_year(db, 2025)
    kind = get_kind(name)
    params = resolve_params(db, kind, year="2025-2026", round=1)
    with pytest.raises(ReportError, match=r"2025-2026 has no measurement round yet: open the Growth tab"):
        run_report(db, kind, params, tmp_path / "s.pdf")
    assert db.execute("SELECT count(*) FROM growth_round").fetchone()[0] == 0
    assert not (tmp_path / "s.pdf").exists()
