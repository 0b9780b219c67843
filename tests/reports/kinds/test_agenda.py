"""The monthly and yearly agenda documents built from the demo school, reopened and read."""

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report


def _text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_monthly_agenda_pdf_is_the_official_document(demo_db, tmp_path):
    kind = get_kind("agenda")
    params = resolve_params(demo_db, kind, year="2025-2026", month="2025-10")
    out = run_report(demo_db, kind, params, tmp_path / "agenda.pdf").path
    text = _text(out)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH\n", "Công tác trọng tâm tháng 10/2025",
                     "Nội dung công việc",
                     "Người phụ trách", "Tết Trung thu", "Cả tháng", "Tuần 2", "Nơi nhận:", "HIỆU TRƯỞNG",
                     "- UBND phường An Khánh (để báo cáo);", "- Lưu: VT.",
                     "ngày 01 tháng 10 năm 2025"):
        assert expected in text, expected


def test_monthly_agenda_excel_and_bad_month(demo_db, tmp_path):
    kind = get_kind("agenda")
    params = resolve_params(demo_db, kind, year="2025-2026", month="2026-03")
    out = run_report(demo_db, kind, params, tmp_path / "agenda.xlsx").path
    values = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c]
    assert "KẾ HOẠCH" in values and "Công tác trọng tâm tháng 03/2026" in values
    assert any(isinstance(v, str) and "Cân, đo trẻ đợt III" in v for v in values)
    with pytest.raises(ReportError, match="is not in the school year|needs a month"):
        run_report(demo_db, kind, resolve_params(demo_db, kind, year="2025-2026", month="2026-10"),
                   tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()


def test_year_agenda_pdf_and_excel_cover_september_to_august(demo_db, tmp_path):
    kind = get_kind("agenda-year")
    params = resolve_params(demo_db, kind, year="2025-2026")
    text = _text(run_report(demo_db, kind, params, tmp_path / "year.pdf").path)
    assert "Công tác trọng tâm các tháng năm học 2025-2026" in text
    assert "Tháng 09/2025" in text and "Tháng 08/2026" in text
    sheet = load_workbook(run_report(demo_db, kind, params, tmp_path / "year.xlsx").path).active
    months = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] and "/20" in str(row[0])]
    assert months[0] == "09/2025" and months[-1] == "08/2026" and len(months) == 12


def test_year_plan_repeats_the_month_label_on_a_continuation_page(demo_db, tmp_path):
    kind = get_kind("agenda-year")
    out = run_report(demo_db, kind, resolve_params(demo_db, kind, year="2025-2026"), tmp_path / "year.pdf").path
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 2
    for text in pages[1:]:
        lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().isdigit()]
        assert lines[0].startswith("Tháng "), lines[:3]  # the month's label row heads every page
