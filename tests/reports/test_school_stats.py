"""school-stats end to end on the demo school: PDF and Excel."""

import openpyxl
import pytest
from pypdf import PdfReader

from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report
from kindergarten_desktop.roster.statistics import school_stats
from tests.reports.xlsx_values import Recalculated


def test_pdf_has_the_plan_lines_and_the_table(demo_db, tmp_path):
    kind = get_kind("school-stats")
    params = resolve_params(demo_db, kind, year="2025-2026", date="2026-03-16")
    out = run_report(demo_db, kind, params, tmp_path / "stats.pdf").path
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    stats = school_stats(demo_db, params.year, params.date)
    for group in stats.groups:
        assert group.line_vi() in text
    assert "BÁO CÁO" in text and "Thống kê số lớp, số trẻ theo độ tuổi năm học 2025-2026" in text
    assert "Toàn trường" in text and "Tỷ lệ" in text


def test_xlsx_totals_are_formulas_and_rates_percentages(demo_db, tmp_path):
    kind = get_kind("school-stats")
    params = resolve_params(demo_db, kind, year="2025-2026", date="2026-03-16")
    out = run_report(demo_db, kind, params, tmp_path / "stats.xlsx").path
    ws = openpyxl.load_workbook(out).active
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "Độ tuổi")
    stats = school_stats(demo_db, params.year, params.date)
    assert [ws.cell(header + 1 + i, 1).value for i in range(len(stats.groups))] == [g.label for g in stats.groups]
    total_row = header + 1 + len(stats.groups)
    assert ws.cell(total_row, 1).value == "Toàn trường"
    assert ws.cell(total_row, 3).value == f"=SUM(C{header + 1}:C{total_row - 1})"
    rate_col = next(c for c in range(1, 40) if ws.cell(header, c).value == "Tỷ lệ chuyên cần")
    rate = ws.cell(header + 1, rate_col)
    values = Recalculated(out)
    assert rate.number_format == "0.0%" and 0.8 < values.value(ws.title, header + 1, rate_col) < 1
    assert values.value(ws.title, total_row, rate_col) == pytest.approx(stats.total.attendance.rate)
    assert values.value(ws.title, total_row, 4) == pytest.approx(stats.total.average)
