"""attendance (month sheet) end to end on the demo school: one landscape page per class."""

import pytest
from pypdf import PdfReader

from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.roster.attendance import month_grid
from tests.reports.xlsx_values import Recalculated


def test_one_landscape_page_per_class(demo_db, tmp_path):
    kind = get_kind("attendance")
    params = resolve_params(demo_db, kind, year="2025-2026", month="2025-12")
    out = run_report(demo_db, kind, params, tmp_path / "att.pdf").path
    reader = PdfReader(out)
    assert len(reader.pages) == 16
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = page.extract_text()
    assert "BẢNG ĐIỂM DANH" in text and "Lớp Nhà trẻ 1 - Tháng 12/2025" in text
    assert "Tỷ lệ chuyên cần của" in text and "GIÁO VIÊN LỚP" in text


def test_one_class_xlsx_grid_and_totals(demo_db, tmp_path):
    import openpyxl

    kind = get_kind("attendance")
    params = resolve_params(demo_db, kind, year="2025-2026", month="2026-01", class_name="Lá 2")
    out = run_report(demo_db, kind, params, tmp_path / "att.xlsx").path
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Lá 2"]
    ws = book["Lá 2"]
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    grid = month_grid(demo_db, params.class_id, 2026, 1)
    first = grid.children[0]
    assert ws.cell(header + 1, 2).value == first.full_name
    marks = [ws.cell(header + 1, 3 + j).value for j in range(len(grid.days))]
    symbols = {"P": "x", "E": "P", "U": "K"}
    assert marks == [symbols.get(grid.status(first.id, d)) for d in grid.days]
    n = 3 + len(grid.days)
    # Totals are live formulas (COUNTIF): recalculated, they agree with the domain's counts.
    values = Recalculated(out)
    tally = grid.child_tally(first.id)
    assert ws.cell(header + 1, n).value.startswith("=COUNTIF(")
    assert [values.value("Lá 2", header + 1, n + k) for k in range(3)] == [tally.present, tally.excused,
                                                                           tally.unexcused]
    assert values.value("Lá 2", header + 1, n + 3) == pytest.approx(tally.rate)
    total_row = header + 1 + len(grid.children)
    assert values.value("Lá 2", total_row, 3) == grid.day_tally(grid.days[0]).present
    assert values.value("Lá 2", total_row, n) == grid.total().present
    assert values.value("Lá 2", total_row, n + 3) == pytest.approx(grid.total().rate)


def test_month_outside_the_year_is_refused(demo_db, tmp_path):
    kind = get_kind("attendance")
    params = resolve_params(demo_db, kind, year="2025-2026", month="2027-01")
    with pytest.raises(ReportError, match="is not in the school year"):
        run_report(demo_db, kind, params, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_days_not_taken_yet_have_no_daily_total(demo_db, tmp_path):
    """The demo's 'today' is 16/03/2026: later days of March are blank, not 'nobody present'."""
    import datetime as dt

    import openpyxl

    kind = get_kind("attendance")
    params = resolve_params(demo_db, kind, year="2025-2026", month="2026-03", class_name="Lá 2")
    out = run_report(demo_db, kind, params, tmp_path / "att.xlsx").path
    ws = openpyxl.load_workbook(out)["Lá 2"]
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    grid = month_grid(demo_db, params.class_id, 2026, 3)
    total_row = header + 1 + len(grid.children)
    values = Recalculated(out)
    totals = {d: values.value("Lá 2", total_row, 3 + j) for j, d in enumerate(grid.days)}
    assert totals[dt.date(2026, 3, 16)] > 0
    assert totals[dt.date(2026, 3, 17)] is None and totals[dt.date(2026, 3, 31)] is None
    pdf_text = PdfReader(run_report(demo_db, kind, params, tmp_path / "att.pdf").path).pages[0].extract_text()
    assert "K.phép" in pdf_text  # the header fits its column instead of wrapping mid-word
