"""Class lists made the way Vietnamese schools keep them (invented children): a title block with the
class and the school year, a header, the children, a "Tổng số" footer, the place and date and the
signatures. Variants differ the way real files do (column order, "Nam"/"Nữ" sub-columns, class in a
"Lớp:" line or in a column, two-digit years, a combined "Họ tên cha/mẹ" column)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

# (name, birth, sex, ethnicity, parent, phone, address) — invented.
MGL_A1: list[tuple[str, object, str, str, str, str, str]] = [
    ("Nguyễn Hoàng An", dt.datetime(2020, 2, 11), "Nam", "Kinh", "Nguyễn Văn Toàn", "0912 408 153",
     "Tổ 4, Phường Tân Lập"),
    ("Trần Ngọc Bích", "23/06/2020", "Nữ", "Kinh", "Lê Thị Hương", "0978 212 640", "Tổ 7, Phường Tân Lập"),
    ("Đinh Quang Dũng", "5/9/20", "Nam", "Mường", "Đinh Thị Nga", "0356 118 902", "Xóm Đồi, Xã Hòa Bình"),
    ("Phạm Thu Giang", dt.datetime(2020, 11, 30), "Nữ", "Kinh", "Phạm Văn Khải", "0868 300 471",
     "Tổ 2, Phường Tân Lập"),
    ("Hoàng Gia Huy", "14.03.2020", "Nam", "Tày", "Hoàng Thị Lụa", "0987 654 003", "Bản Nà Phặc"),
    ("Lê Minh Khôi", "02/01/2020", "Nam", "Kinh", "Lê Văn Hải", "0903 777 215", "Tổ 9, Phường Tân Lập"),
    ("Vũ Khánh Linh", "19/08/2020", "Nữ", "Kinh", "Nguyễn Thị Oanh", "0394 505 660", "Tổ 1, Phường Tân Lập"),
    ("Bùi Đức Mạnh", "27/10/2020", "Nam", "Kinh", "Bùi Văn Thắng", "0825 119 384", "Tổ 5, Phường Tân Lập"),
    ("Ngô Bảo Ngọc", "08/04/2020", "Nữ", "Kinh", "Trịnh Thị Hằng", "0916 231 447", "Tổ 3, Phường Tân Lập"),
    ("Đặng Thanh Phong", "16/12/2020", "Nam", "Kinh", "Đặng Văn Long", "0972 840 126", "Tổ 6, Phường Tân Lập"),
    ("Lường Thị Quyên", "01/07/2020", "Nữ", "Thái", "Lường Văn Piếng", "0338 604 259", "Bản Co Mận"),
    ("Mai Anh Thư", "10/05/2020", "Nữ", "Kinh", "Mai Xuân Trường", "0707 982 314", "Tổ 8, Phường Tân Lập"),
]


def class_list(path: Path, children: list[tuple[object, ...]] = MGL_A1, *,
               title: str = "DANH SÁCH TRẺ LỚP MẪU GIÁO LỚN A1", year_line: str = "Năm học 2025-2026",
               headers: tuple[str, ...] = ("STT", "Họ và tên trẻ", "Ngày sinh", "Giới tính", "Dân tộc",
                                           "Họ tên cha/mẹ", "Số điện thoại", "Địa chỉ"),
               teacher: str = "Đỗ Thị Thanh Hà") -> Path:
    """The usual form: governing body and school, the title, the year, a header row, numbered rows,
    "Tổng số", place and date, GIÁO VIÊN CHỦ NHIỆM / HIỆU TRƯỞNG with the names under them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "DS lớp"
    last_col = len(headers)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(name="Times New Roman", bold=True, size=12)
    plain = Font(name="Times New Roman", size=12)
    sheet["A1"] = "UBND PHƯỜNG TÂN LẬP"
    sheet["A2"] = "TRƯỜNG MẦM NON HOA SEN"
    sheet["A2"].font = bold
    sheet.cell(row=1, column=last_col - 3, value="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = bold
    sheet.cell(row=2, column=last_col - 3, value="Độc lập - Tự do - Hạnh phúc").font = bold
    sheet.cell(row=4, column=1, value=title).font = Font(name="Times New Roman", bold=True, size=14)
    sheet.merge_cells(start_row=4, start_column=1, end_row=4, end_column=last_col)
    sheet.cell(row=5, column=1, value=year_line).font = bold
    sheet.merge_cells(start_row=5, start_column=1, end_row=5, end_column=last_col)
    for row in (4, 5):
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    header_row = 7
    for col, text in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=col, value=text)
        cell.font, cell.border = bold, box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, child in enumerate(children, start=1):
        values = (i, *child)
        for col, value in enumerate(values[:last_col], start=1):
            cell = sheet.cell(row=header_row + i, column=col, value=value)
            cell.font, cell.border = plain, box
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    end = header_row + len(children)
    boys = sum(1 for c in children if c[2] == "Nam")
    sheet.cell(row=end + 1, column=2, value=f"Tổng số: {len(children)} cháu (Nam: {boys}; Nữ: "
                                             f"{len(children) - boys})").font = bold
    sheet.cell(row=end + 3, column=last_col - 2, value="Tân Lập, ngày 05 tháng 09 năm 2025").font = Font(
        name="Times New Roman", italic=True, size=12)
    sheet.cell(row=end + 4, column=2, value="GIÁO VIÊN CHỦ NHIỆM").font = bold
    sheet.cell(row=end + 4, column=last_col - 2, value="HIỆU TRƯỞNG").font = bold
    sheet.cell(row=end + 5, column=2, value="(Ký, ghi rõ họ tên)")
    sheet.cell(row=end + 8, column=2, value=teacher).font = bold
    sheet.cell(row=end + 8, column=last_col - 2, value="Nguyễn Thị Kim Oanh").font = bold
    for col, width in zip("ABCDEFGHIJ", (6, 26, 13, 10, 10, 24, 15, 26), strict=False):
        sheet.column_dimensions[col].width = width
    book.save(path)
    return path


def nam_nu_list(path: Path) -> Path:
    """"Lớp: Chồi 2 – Năm học: 2025 - 2026" on one line, the birth date under "Nam" or "Nữ", separate
    father and mother columns, a row of column numbers under the header, "Cộng" as the footer."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["TRƯỜNG MẦM NON SƠN CA"])
    sheet.append(["DANH SÁCH HỌC SINH"])
    sheet.append(["Lớp: Chồi 2 – Năm học: 2025 - 2026"])
    sheet.append([])
    sheet.append(["TT", "Họ và tên", "Ngày tháng năm sinh", None, "Dân tộc", "Họ tên bố", "Họ tên mẹ", "SĐT"])
    sheet.append([None, None, "Nam", "Nữ", None, None, None, None])
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    sheet.append([1, "Tạ Minh Đức", "12/02/2021", None, "Kinh", "Tạ Văn Lâm", "Hồ Thị Sen", "0912 000 111"])
    sheet.append([2, "Quách Bảo Hân", None, "30/06/2021", "Kinh", "", "Quách Thị Nhàn", "0988 123 456"])
    sheet.append([3, "Hà Nhật Nam", "31/04/2021", None, "Kinh", "Hà Văn Tú", "", "0977 222 333"])
    sheet.append([4, "Tạ Minh Đức", "12/02/2021", None, "Kinh", "Tạ Văn Lâm", "Hồ Thị Sen", "0912 000 111"])
    sheet.append([None, "Cộng: 4", None, None, None, None, None, None])
    sheet.append([None, None, None, None, None, "Người lập danh sách"])
    sheet.append([None, None, None, None, None, "Trương Thị Yến"])
    book.save(path)
    return path


def class_column_list(path: Path) -> Path:
    """No class in the title; a "Lớp" column naming classes the school's way (MGL, MGN, NT);
    no STT column; a footer "Tổng cộng"."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH TRẺ ĐẦU NĂM HỌC 2025-2026"])
    sheet.append(["Họ tên trẻ", "Lớp", "Ngày sinh", "Nam/Nữ", "Họ tên phụ huynh", "Điện thoại"])
    sheet.append(["Chu Văn Bảo", "MGL A1", "03/03/2020", "Nam", "Chu Văn Định", "0911 765 432"])
    sheet.append(["Kiều Thị Cúc", "MGN B2", "09/09/2021", "Nữ", "Kiều Văn Hợp", "0944 101 202"])
    sheet.append(["Lý Gia Hân", "Nhà trẻ D1", "20/12/2023", "Nữ", "Lý Thị Mơ", "0355 606 707"])
    sheet.append(["Tổng cộng: 3 trẻ"])
    book.save(path)
    return path
