"""The data-quality report agrees with growth/quality.py, in PDF and Excel."""

from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.growth.quality import round_quality
from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report


def test_pdf_and_excel_agree_with_the_quality_summary(demo_db, tmp_path):
    kind = get_kind("growth-quality")
    params = resolve_params(demo_db, kind, year="2025-2026", round=2)
    quality = round_quality(demo_db, find_round(demo_db, params.year.id, 2).id)
    text = "\n".join(p.extract_text() for p in PdfReader(run_report(demo_db, kind, params, tmp_path / "q.pdf").path)
                     .pages)
    assert "TỔNG HỢP CHẤT LƯỢNG SỐ LIỆU CÂN ĐO" in text and "Toàn trường" in text and "Trẻ gái" in text
    assert "không tăng cân hoặc sụt cân" in text
    book = load_workbook(run_report(demo_db, kind, params, tmp_path / "q.xlsx").path)
    rows = [[c.value for c in row] for row in book["Chất lượng số liệu"].iter_rows()]
    school = next(r for r in rows if r[0] == "Toàn trường")
    group = quality.group()
    assert school[1:3] == [str(group.enrolled), str(group.measured)]
    assert school[5] == str(group.z["waz"].n) and school[6] == f"{group.z['waz'].mean:.2f}".replace(".", ",")
    lost = [r for r in book["Không tăng cân"].iter_rows(values_only=True) if r[-1] in ("Sụt cân", "Không tăng cân")]
    assert len(lost) == len(quality.weight_loss()) + len(quality.no_gain()) > 0
