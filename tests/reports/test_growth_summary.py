import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.growth.summary import summarize_round
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.school import ensure_school_year


def test_pdf_and_excel_agree_with_the_summary(demo_db, tmp_path):
    kind = get_kind("growth-summary")
    params = resolve_params(demo_db, kind, year="2025-2026", round=2)
    summary = summarize_round(demo_db, find_round(demo_db, params.year.id, 2).id)
    pdf_path = run_report(demo_db, kind, params, tmp_path / "s.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    assert "BÁO CÁO KẾT QUẢ CÂN ĐO" in text and "Toàn trường" in text and "Lá 5" in text
    assert "chỉ tiêu dưới 2,0%" in text
    book = load_workbook(run_report(demo_db, kind, params, tmp_path / "s.xlsx").path)
    sheet = book["Số trẻ"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    school = next(r for r in rows if r[1] == "Toàn trường")
    assert school[2] == summary.school.enrolled[0] and school[3] == summary.school.measured[0]
    assert school[5] == summary.school.count("wa", "underweight")
    class_rows = [r for r in rows if isinstance(r[0], int)]
    assert len(class_rows) == 16 and sum(r[3] for r in class_rows) == school[3]
    assert book["Trẻ cần theo dõi"].max_row > 10


def test_unknown_round_is_explained(demo_db, tmp_path):
    kind = get_kind("growth-summary")
    message = r"--round: no round 7 in 2025-2026; rounds: 1, 2, 3 \(add a round in the Growth tab\)"
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
