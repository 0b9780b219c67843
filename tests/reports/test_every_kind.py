"""Every registered report kind, PDF and Excel, on two demo schools, checked as the ward would.

The kinds come from the registry, so a kind added later is checked without touching this file.
School A is the session's demo school; school B another demo school (another seed) whose first
class holds a child with a 1,000-character name and one named like a spreadsheet formula, a
vice-principal signs on behalf of the principal and the documents carry a number and named
recipients. Checked:

- PDF: the header (national title and motto, school name) on the first page of an official
  document, the school's name on a form; the closing block never alone on its page (it keeps
  rows of the table or the text before it); page numbers from 2, running on, restarting only
  where a document of its own starts (with its own header); every font embedded.
- Excel: the same header and closing block; every formula computes without an error (pycel);
  totals rows hold formulas, not typed numbers; a name is never a formula.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from kindergarten_desktop.reports import document, pdf
from kindergarten_desktop.reports.registry import all_kinds, resolve_params, run_report
from tests.conftest import DEMO_TODAY
from tests.reports.xlsx_values import Recalculated

LONG_NAME = ("Nguyễn Thị " + "Minh Khuê Ánh Dương " * 60)[:1000]
HOSTILE_NAME = '=HYPERLINK("http://evil.example/?q=1","Bấm vào đây")'
NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SCHOOL = "TRƯỜNG MẦM NON HOA MAI"
TOTAL_LABELS = {"Tổng cộng", "Cộng", "Toàn trường", "Cộng tháng", "Có mặt trong ngày"}
SIGNED_B = document.DocumentOverrides(number="07/BC-MNHM", recipients=["UBND phường An Khánh", "Phòng Y tế"],
                                      signer_name="Lê Thị Hồng Nhung", signer_title=document.VICE_PRINCIPAL)
KINDS = sorted(all_kinds())


@pytest.fixture(scope="module")
def school_b(tmp_path_factory) -> Path:
    from kindergarten_desktop import demo
    from kindergarten_desktop.db import open_database
    from kindergarten_desktop.roster.queries import class_children, list_classes
    from kindergarten_desktop.school import find_school_year

    path = tmp_path_factory.mktemp("school_b") / "b.sqlite3"
    demo.generate_file(path, years=1, first_year=2025, seed=23, today=DEMO_TODAY)
    db = open_database(path)
    try:
        year = find_school_year(db, "2025-2026")
        first = list_classes(db, year.id)[0]
        children = class_children(db, first.id, dt.date(2025, 10, 15))
        # Imported before the length limit existed, or straight from a spreadsheet: the
        # documents must cope (shorten, wrap, keep as text) whatever the input checks say.
        with db.atomic():
            db.execute("UPDATE child SET full_name = ? WHERE id = ?", [LONG_NAME, children[0].id])
            db.execute("UPDATE child SET full_name = ? WHERE id = ?", [HOSTILE_NAME, children[1].id])
    finally:
        db.close()
    return path


def _raw(db, kind) -> dict:
    """Parameters any kind can run with on a demo school (March 2026, its first round)."""
    raw: dict = {"year": "2025-2026"} if "year" in kind.parameters else {}
    if "month" in kind.parameters:
        raw["month"] = "2026-03"
    if "date" in kind.parameters:
        row = db.execute("SELECT min(day) FROM purchase WHERE day >= '2026-03-02'").fetchone()
        raw["date"] = row[0] or "2026-03-02"
    if "round" in kind.parameters:
        raw["round"] = 1
    if "class" in kind.needs:
        raw["class_name"] = db.execute("SELECT name FROM class ORDER BY id LIMIT 1").fetchone()[0]
    return raw


@pytest.fixture(scope="module")
def built(demo_db_file, school_b, tmp_path_factory) -> dict:
    """(school, kind, fmt) -> (path, kind, params), every kind built once per school."""
    from kindergarten_desktop.db import open_database

    out = tmp_path_factory.mktemp("every_kind")
    found = {}
    for school, source, overrides in (("A", demo_db_file, None), ("B", school_b, SIGNED_B)):
        import shutil

        copy = out / f"{school}.sqlite3"
        shutil.copy(source, copy)
        db = open_database(copy)
        try:
            for name in KINDS:
                kind = all_kinds()[name]
                params = resolve_params(db, kind, **_raw(db, kind), document=overrides)
                for fmt in kind.formats:
                    path = run_report(db, kind, params, out / f"{school}-{name}.{fmt}").path
                    found[school, name, fmt] = (path, kind, params)
        finally:
            db.close()
    return found


CASES = [(school, name, fmt) for school in "AB" for name in KINDS for fmt in all_kinds()[name].formats]


def _pdf_cases() -> list:
    return [pytest.param(s, n, id=f"{s}-{n}") for s, n, f in CASES if f == "pdf"]


def _xlsx_cases() -> list:
    return [pytest.param(s, n, id=f"{s}-{n}") for s, n, f in CASES if f == "xlsx"]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _top_numbers(path: Path) -> list[str]:
    found = []
    for page in PdfReader(path).pages:
        top = float(page.mediabox.height) - pdf.MARGINS["top"] * pdf.mm * 0.9
        parts: list[str] = []
        page.extract_text(visitor_text=lambda text, _cm, tm, *_, parts=parts, top=top:
                          parts.append(text) if tm[5] > top else None)
        found.append("".join(parts).strip())
    return found


@pytest.mark.parametrize("school, name", _pdf_cases())
def test_pdf_header_closing_page_numbers_and_fonts(built, school, name):
    path, kind, params = built[school, name, "pdf"]
    pages = _pages(path)
    flat = [" ".join(p.split()) for p in pages]
    # Header: the national title and the school on the first page (a form: the school's name).
    if kind.document.official:
        assert NATIONAL in flat[0] and MOTTO in flat[0] and SCHOOL in flat[0], flat[0][:300]
    else:
        assert SCHOOL in flat[0].upper()
    # The closing block keeps rows or text of the document with it.
    signer = params.document.signer_name
    for text in pages:
        marker = "Nơi nhận:" if "Nơi nhận:" in text else signer
        if kind.document.official and marker in text:
            before = text.split(marker)[0]
            closing = {"", *params.document.signature_lines(), "NGƯỜI LẬP BIỂU", "GIÁO VIÊN LỚP",
                       "(Ký, ghi rõ họ tên)", params.document.drafter}
            body = [line for line in before.splitlines() if line.strip() not in closing
                    and not re.fullmatch(r"\s*\d+\s*", line) and "ngày" not in line]
            assert body, f"page with the closing holds nothing else: {text[:300]!r}"
    # Page numbers: none on a document's first page, then 2, 3 … without restarting inside.
    numbers = _top_numbers(path)
    expected = 1
    for i, number in enumerate(numbers):
        if number:
            assert number == str(expected + 1), (i, numbers[: i + 1])
            expected += 1
        else:
            if any(numbers):  # a numbered document restarts only where a new document starts
                assert NATIONAL in flat[i] or i == 0, (i, numbers[: i + 1])
            expected = 1
    # Fonts: embedded subsets of the shipped Liberation fonts, nothing else.
    reader = PdfReader(path)
    for page in list(reader.pages)[:3] + list(reader.pages)[-2:]:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "Liberation" in str(font["/BaseFont"]) and "/FontFile2" in descriptor, font["/BaseFont"]
    if school == "B" and kind.document.official and kind.document.symbol:
        assert "Số: 07/BC-MNHM" in flat[0]
        everything = " ".join(flat)
        if "HIỆU TRƯỞNG" in everything:  # a principal's signature is the vice-principal's "KT." one
            assert "KT. HIỆU TRƯỞNG" in everything and "Lê Thị Hồng Nhung" in everything


@pytest.mark.parametrize("school, name", _xlsx_cases())
def test_xlsx_header_closing_and_live_formulas(built, school, name):
    path, kind, params = built[school, name, "xlsx"]
    book = openpyxl.load_workbook(path)
    first = book.worksheets[0]
    top = [str(first.cell(r, c).value) for r in range(1, 4) for c in range(1, first.max_column + 1)
           if first.cell(r, c).value]
    assert NATIONAL in top and MOTTO in top and SCHOOL in top, top
    assert any(t.startswith(("An Khánh, ngày", "Hà Nội, ngày")) for t in top), top
    assert first.oddHeader.center.text == "&P" and first.HeaderFooter.differentFirst
    assert first.page_setup.fitToWidth == 1 and first.print_title_rows
    texts = [(ws.title, c.row, c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.data_type == "s"]
    if kind.document.official:
        closing_rows = [(t, r) for t, r, v in texts if v == "Nơi nhận:"]
        assert closing_rows, "no closing block"
        assert any(v == params.document.signer_name for _t, _r, v in texts)
        assert any(v == "- Lưu: VT." for _t, _r, v in texts)
    # A kind's own formula written as a plain string would show as text: use excel.Formula.
    lost = [f"{t}!{r}: {v[:40]}" for t, r, v in texts
            if re.match(r"=(SUM|SUMIF|COUNTIF|COUNTA|IF|ROUND|AVERAGE|MAX|MIN)\(", v) and v != HOSTILE_NAME]
    assert not lost, f"formulas stored as text (write them as excel.Formula): {lost[:5]}"
    # Formulas: never built from user text, and each computes without an error.
    formulas = [(ws.title, c) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    for _title, cell in formulas:
        assert "HYPERLINK" not in cell.value and "evil.example" not in cell.value
    values = Recalculated(path)
    step = max(1, len(formulas) // 150)  # a sample spread over every sheet keeps this quick
    for title, cell in formulas[::step]:
        value = values.value(title, cell.row, cell.column)
        assert not (isinstance(value, str) and value.startswith("#")), (title, cell.coordinate, cell.value, value)
    # Totals rows hold formulas, not typed numbers.
    for ws in book.worksheets:
        for row in ws.iter_rows():
            if any(isinstance(c.value, str) and c.value in TOTAL_LABELS for c in row[:3]):
                typed = [c.coordinate for c in row if isinstance(c.value, int | float) and c.value != 0]
                assert not typed, f"{ws.title}: typed totals {typed}"
    if school == "B":
        hostile = [v for _t, _r, v in texts if v == HOSTILE_NAME]
        names_listed = any(v in (LONG_NAME, HOSTILE_NAME) for _t, _r, v in texts) or not hostile
        assert names_listed


def test_the_long_and_hostile_names_reach_the_whole_school_documents(built):
    """Sanity of the fixture: the class list prints the 1,000-character name shortened and the
    formula-like name as text, in PDF and Excel."""
    text = " ".join(_pages(built["B", "class-list", "pdf"][0]))
    assert "Nguyễn Thị Minh Khuê" in text and "…" in text and "HYPERLINK" in text
    book = openpyxl.load_workbook(built["B", "class-list", "xlsx"][0])
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value == HOSTILE_NAME]
    assert cells and all(c.data_type == "s" for c in cells)
    assert any(c.value == LONG_NAME for ws in book.worksheets for row in ws.iter_rows() for c in row)
