"""The forms (sổ quỹ, sổ tiền gửi, bảng kê phiếu thu, thẻ kho) are signed in Excel as on paper:
the PDF had the signature blocks, the Excel copy (the editable official copy, printed as such)
ended at the last table row with nobody's signature. And their PDF tables stay in the serif
of every table (bold totals were set in the sans-serif meant for chart labels)."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report
from tests.reports.meals_data import march_2026

SIGNERS = {
    "cash-book": ["NGƯỜI GHI SỔ", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"],
    "bank-book": ["NGƯỜI GHI SỔ", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"],
    "receipts-list": ["NGƯỜI LẬP", "THỦ QUỸ", "THỦ TRƯỞNG ĐƠN VỊ"],
    "stock-card": ["THỦ KHO", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ"],
}


@pytest.fixture
def march_db(demo_db):
    march_2026(demo_db)
    return demo_db


def _build(db, name, suffix, tmp_path):
    kind = get_kind(name)
    return run_report(db, kind, resolve_params(db, kind, month="2026-03"), tmp_path / f"{name}.{suffix}").path


@pytest.mark.parametrize("name", sorted(SIGNERS))
def test_the_excel_form_ends_with_its_signatures_below_the_table(march_db, tmp_path, name):
    from kindergarten_desktop.reports.meals_common import staff_name
    from kindergarten_desktop.school import load_settings

    principal = load_settings(march_db).principal_name
    accountant = staff_name(march_db, "accountant")
    book = openpyxl.load_workbook(_build(march_db, name, "xlsx", tmp_path))
    sheets = book.worksheets[:1] if name == "receipts-list" else book.worksheets
    for ws in sheets:
        cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
        titles = [(r, c) for (r, c), v in cells.items() if v in SIGNERS[name]]
        assert sorted(cells[k] for k in titles) == sorted(SIGNERS[name]), (ws.title, titles)
        rows = {r for r, _ in titles}
        assert len(rows) == 1, "side by side, on one row"
        (row,) = rows
        table_end = max(r for (r, c), v in cells.items() if r < row)
        hints = [v for (r, c), v in cells.items() if r == row + 1]
        assert hints == ["(Ký, ghi rõ họ tên)"] * 3
        names = {v for (r, c), v in cells.items() if r > row + 1}
        assert principal in names and (name == "stock-card" or accountant in names)
        if name == "stock-card":
            assert accountant in names
        assert row - table_end <= 3  # right below the table, not far away
        assert "Nơi nhận:" not in cells.values()  # a form signs its own way
        # Each signature column is merged over its share of the table's width, centred.
        spans = [m for m in ws.merged_cells.ranges if m.min_row == row]
        assert len(spans) == 3 or ws.max_column < 6


@pytest.mark.parametrize("name", sorted(SIGNERS))
def test_the_pdf_form_tables_use_only_the_serif(march_db, tmp_path, name):
    reader = PdfReader(_build(march_db, name, "pdf", tmp_path))
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts and all(f.startswith("LiberationSerif") for f in fonts), fonts
