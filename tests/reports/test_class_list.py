"""class-list end to end on the demo school: PDF and Excel, one class and every class."""

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from kindergarten_desktop.reports.kinds.class_list import sections
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.roster.queries import class_children, list_classes


@pytest.fixture
def kind():
    return get_kind("class-list")


def test_one_class_pdf_lists_its_children_in_order(demo_db, kind, tmp_path):
    params = resolve_params(demo_db, kind, year="2025-2026", class_name="Lá 1")
    out = run_report(demo_db, kind, params, tmp_path / "la1.pdf").path
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    children = class_children(demo_db, params.class_id)
    assert children
    positions = [text.index(child.full_name) for child in children]
    assert positions == sorted(positions)
    assert "DANH SÁCH TRẺ" in text and "Lớp Lá 1 - Năm học 2025-2026" in text
    assert "Mầm 1" not in text


def test_all_classes_pdf_has_one_section_per_class(demo_db, kind, tmp_path):
    params = resolve_params(demo_db, kind, year="2025-2026")
    out = run_report(demo_db, kind, params, tmp_path / "all.pdf").path
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    classes = list_classes(demo_db, params.year.id)
    assert len(classes) == 16
    for info in classes:
        assert f"Lớp {info.name} - Năm học 2025-2026" in text
    assert text.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 16


def test_all_classes_xlsx_has_one_sheet_per_class(demo_db, kind, tmp_path):
    params = resolve_params(demo_db, kind, year="2025-2026")
    out = run_report(demo_db, kind, params, tmp_path / "all.xlsx").path
    book = openpyxl.load_workbook(out)
    found = sections(demo_db, params)
    assert book.sheetnames == [s.name for s in found]
    ws = book[found[0].name]
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    first = ws.cell(header + 1, 2)
    assert first.value == found[0].children[0].full_name
    born = ws.cell(header + 1, 3)
    assert isinstance(born.value, dt.datetime) and born.number_format == "dd/mm/yyyy"
    assert born.value.date() == found[0].children[0].birth_date
    last = header + len(found[0].children)
    formulas = [ws.cell(r, 3).value for r in range(last + 1, ws.max_row + 1) if ws.cell(r, 3).value]
    assert f'=COUNTIF(D{header + 1}:D{last},"Nam")+COUNTIF(D{header + 1}:D{last},"Nữ")' in formulas
    assert f'=COUNTIF(D{header + 1}:D{last},"Nữ")' in formulas


def test_date_parameter_picks_the_children_enrolled_that_day(demo_db, kind):
    early = resolve_params(demo_db, kind, year="2025-2026", date="2025-09-05")
    late = resolve_params(demo_db, kind, year="2025-2026", date="2026-03-16")
    counts = [sum(len(s.children) for s in sections(demo_db, p)) for p in (early, late)]
    assert all(c > 400 for c in counts)
    assert counts[0] != counts[1]


def test_year_without_classes_is_refused(demo_db, kind, tmp_path):
    from kindergarten_desktop.school import ensure_school_year

    ensure_school_year(demo_db, 2030)
    params = resolve_params(demo_db, kind, year="2030-2031")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportError, match="no classes"):
        run_report(demo_db, kind, params, out / "x.pdf")
    assert list(out.iterdir()) == []
