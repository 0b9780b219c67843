"""Excel helpers: letterhead rows, number formats, frozen header, print set-up, SUM totals."""

import datetime as dt

import openpyxl
import pytest

from kindergarten_desktop.reports import excel
from kindergarten_desktop.school import SchoolSettings

SETTINGS = SchoolSettings(name="Trường Mầm non Hoa Sữa", governing_body="UBND xã Đồng Tâm", place="Đồng Tâm",
                          principal_name="Nguyễn Thị Thu Hà")
COLUMNS = [excel.Column("STT", "int"), excel.Column("Họ và tên"), excel.Column("Ngày", "date"),
           excel.Column("Tiền ăn", "money", total=True), excel.Column("Tỉ lệ", "percent"),
           excel.Column("Cân nặng", "number")]
ROWS = [(1, "Nguyễn Thị Minh Khuê", dt.date(2025, 9, 5), 560000, 0.125, 15.4),
        (2, "Lê Văn An", dt.date(2025, 9, 8), 28000, 0.5, 16.0)]


@pytest.fixture
def written(tmp_path):
    book = excel.Workbook(SETTINGS)
    sheet = book.sheet("Tháng 9/2025", title="Sổ thu tiền ăn", subtitle="Tháng 9 năm 2025", landscape=True)
    table = sheet.table(COLUMNS, ROWS)
    sheet.note("Ghi chú: số liệu thử", italic=True)
    out = tmp_path / "book.xlsx"
    book.save(out)
    return openpyxl.load_workbook(out), table


def test_letterhead_and_title_rows(written):
    book, table = written
    ws = book.active
    assert ws.title == "Tháng 9-2025"  # '/' is not allowed in sheet names
    assert ws["A1"].value == "UBND XÃ ĐỒNG TÂM"
    assert ws["A2"].value == "TRƯỜNG MẦM NON HOA SỮA" and ws["A2"].font.b
    titles = [ws.cell(r, 1).value for r in range(3, table.header_row)]
    assert "SỔ THU TIỀN ĂN" in titles and "Tháng 9 năm 2025" in titles
    assert any(str(rng).startswith(f"A{titles.index('SỔ THU TIỀN ĂN') + 3}:F") for rng in ws.merged_cells.ranges)


def test_header_is_bold_bordered_and_frozen(written):
    book, table = written
    ws = book.active
    header = [ws.cell(table.header_row, c) for c in range(1, 7)]
    assert [c.value for c in header] == [col.header for col in COLUMNS]
    assert all(c.font.b and c.border.left.style == "thin" and c.border.bottom.style == "thin" for c in header)
    assert ws.freeze_panes == f"A{table.first_row}"


def test_number_formats_by_column_kind(written):
    book, table = written
    ws = book.active
    row = table.first_row
    assert ws.cell(row, 3).number_format == "dd/mm/yyyy"
    assert ws.cell(row, 3).value == dt.datetime(2025, 9, 5)
    assert ws.cell(row, 4).number_format == "#,##0" and ws.cell(row, 4).value == 560000
    assert ws.cell(row, 5).number_format == "0.0%"
    assert ws.cell(row, 6).number_format == "0.0"


def test_totals_are_sum_formulas(written):
    book, table = written
    ws = book.active
    assert table.total_row == table.last_row + 1
    assert ws.cell(table.total_row, 4).value == f"=SUM(D{table.first_row}:D{table.last_row})"
    assert ws.cell(table.total_row, 4).number_format == "#,##0"
    assert ws.cell(table.total_row, 2).value == "Tổng cộng"
    assert ws.cell(table.total_row + 2, 1).value == "Ghi chú: số liệu thử"


def test_print_setup(written):
    book, table = written
    ws = book.active
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == f"${table.header_row}:${table.header_row}"
    # NĐ30: page numbers centred at the top, from page 2 (the first page has its own, empty header).
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst
    assert not ws.firstHeader.center.text
    assert round(ws.page_margins.left * 25.4) == 30 and round(ws.page_margins.right * 25.4) == 15


def test_official_header_and_closing(tmp_path):
    from kindergarten_desktop.reports.document import DocumentSettings

    document = DocumentSettings(number="15/BC-MNHS", recipients=("UBND xã Đồng Tâm", "Sở GD&ĐT tỉnh Bắc Ninh;"),
                                signer_name="Lê Thị Mai", signer_title="PHÓ HIỆU TRƯỞNG", authority="KT. HIỆU TRƯỞNG",
                                drafter="Trần Thu Hương", drafter_shown=True, place="Đồng Tâm",
                                date=dt.date(2025, 9, 5), summary="Kết quả cân đo đợt 1")
    book = excel.Workbook(SETTINGS, document=document)
    sheet = book.sheet("Báo cáo", title="Báo cáo")
    table = sheet.table(COLUMNS, ROWS)
    out = tmp_path / "official.xlsx"
    book.save(out)
    ws = openpyxl.load_workbook(out).active
    top = [ws.cell(r, c).value for r in range(1, 4) for c in range(1, 7) if ws.cell(r, c).value]
    assert top == ["UBND XÃ ĐỒNG TÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRƯỜNG MẦM NON HOA SỮA",
                   "Độc lập - Tự do - Hạnh phúc", "Số: 15/BC-MNHS", "Đồng Tâm, ngày 05 tháng 09 năm 2025"]
    titles = [ws.cell(r, 1).value for r in range(5, table.header_row)]
    assert titles[:2] == ["BÁO CÁO", "Kết quả cân đo đợt 1"]
    below = [ws.cell(r, c).value for r in range(table.total_row + 1, ws.max_row + 1) for c in range(1, 7)
             if ws.cell(r, c).value]
    assert below == ["NGƯỜI LẬP BIỂU", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Trần Thu Hương", "Lê Thị Mai",
                     "Nơi nhận:", "- UBND xã Đồng Tâm;", "- Sở GD&ĐT tỉnh Bắc Ninh;", "- Lưu: VT."]


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0",
                                  "+1+2", "-3+4", "@SUM(1)", "\t=1"])
def test_user_text_is_never_a_formula(tmp_path, name):
    book = excel.Workbook(SETTINGS)
    sheet = book.sheet(name, title=name, subtitle=name)
    table = sheet.table(COLUMNS, [(1, name, None, 1, None, None)])
    sheet.note(name)
    excel.put(sheet.ws, table.total_row + 5, 3, name)
    out = tmp_path / "hostile.xlsx"
    book.save(out)
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if c.value == name]
    assert len(cells) >= 4 and all(c.data_type == "s" for c in cells)
    formulas = [c.value for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == [f"=SUM(D{table.first_row}:D{table.last_row})"]


def test_column_widths_fit_the_content(written):
    ws = written[0].active
    name_width = ws.column_dimensions["B"].width
    assert name_width >= len("Nguyễn Thị Minh Khuê")
    assert ws.column_dimensions["A"].width < name_width


def test_empty_table_keeps_a_valid_total(tmp_path):
    book = excel.Workbook(SETTINGS)
    table = book.sheet("Trống", title="Trống").table(COLUMNS, [])
    assert table.last_row < table.first_row
    out = tmp_path / "empty.xlsx"
    book.save(out)
    assert openpyxl.load_workbook(out).active.cell(table.total_row, 4).value == 0


def test_duplicate_sheet_names_get_a_suffix():
    book = excel.Workbook(SETTINGS)
    names = [book.sheet("Lá 1", title="x").ws.title for _ in range(3)]
    assert names == ["Lá 1", "Lá 1 (2)", "Lá 1 (3)"]


def test_unknown_column_kind_is_refused():
    with pytest.raises(ValueError, match="unknown kind"):
        excel.Column("Tiền", "currency")


def test_rows_of_wrapped_text_are_tall_enough_for_it(tmp_path):
    """A long agenda item wraps in its column; its row had no height, and LibreOffice (like Excel
    for a file it did not lay out itself) printed it one line high, over the next rows."""
    long = ("Tổ chức hội thi \"Bé khỏe – Bé ngoan\" cấp trường cho trẻ mẫu giáo 5–6 tuổi, mời đại diện "
            "cha mẹ trẻ và Ban đại diện cha mẹ học sinh tham dự, chấm điểm và trao thưởng")
    book = excel.Workbook(SETTINGS)
    sheet = book.sheet("Tháng 12", title="Kế hoạch")
    table = sheet.table([excel.Column("Tuần"), excel.Column("Nội dung công việc"), excel.Column("Ghi chú")],
                        [("Tuần 1", "Họp phụ huynh", ""), ("Tuần 2", long, "Dòng 1\nDòng 2\nDòng 3")] +
                        [("Tuần 3", f"Việc {i} " * 12, "") for i in range(3)])
    out = tmp_path / "wrapped.xlsx"
    book.save(out)
    ws = openpyxl.load_workbook(out).active
    width = ws.column_dimensions["B"].width
    first = table.first_row
    assert ws.cell(first + 1, 2).alignment.wrap_text
    lines = -(-len(long) // int(width))  # at least this many lines in the column
    assert lines >= 3 and (ws.row_dimensions[first + 1].height or 0) >= 15 * lines
    assert (ws.row_dimensions[first + 2].height or 0) >= 15 * 2  # "Việc 0 Việc 0 …" wraps too
    assert ws.row_dimensions[first].height in (None, 16)  # a one-line row keeps the default
