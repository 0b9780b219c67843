import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from tests.reports.meals_data import march_2026


@pytest.fixture
def march_db(demo_db):
    march_2026(demo_db)
    return demo_db


def _grouped(amount):
    return f"{amount:,}".replace(",", ".")


def test_debt_list_has_everyone_who_owes_and_the_total(march_db, tmp_path):
    kind = get_kind("debt-list")
    owing = [r for r in compute_month(march_db, 2026, 3).rows if r.balance > 0]
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "no.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "DANH SÁCH TRẺ CÒN NỢ TIỀN ĂN" in text and f"{len(owing)} trẻ" in text
    assert _grouped(sum(r.balance for r in owing)) in text
    xlsx = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "no.xlsx").path
    ws = load_workbook(xlsx).active
    lines = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(lines) == len(owing) and all(str(r[6]).startswith("=E") for r in lines)


def test_collection_list_one_section_per_class_with_signature_column(march_db, tmp_path):
    kind = get_kind("collection-list")
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    path = run_report(march_db, kind, params, tmp_path / "thu.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    rows = [r for r in compute_month(march_db, 2026, 3).rows if r.class_name == "Lá 1"]
    assert "Lớp Lá 1" in text and "Cha mẹ trẻ ký" in text and text.count("DANH SÁCH THU TIỀN ĂN") == 1
    assert all(r.full_name in text for r in rows)
    everyone = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "all.xlsx").path
    book = load_workbook(everyone)
    assert "Lá 1" in book.sheetnames and len(book.sheetnames) > 5
    assert book.sheetnames.index("Nhà trẻ 1" if "Nhà trẻ 1" in book.sheetnames else book.sheetnames[0]) == 0


def test_a_month_with_nobody_owing_is_explained(demo_db, tmp_path):
    kind = get_kind("debt-list")
    with pytest.raises(ReportError, match="Nobody owes anything at the end of"):
        run_report(demo_db, kind, resolve_params(demo_db, kind, month="2024-03"), tmp_path / "no.pdf")
