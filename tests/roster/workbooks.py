"""Realistic school workbooks for the import tests: title rows, STT, mixed date cells, footers."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Lớp", "Họ tên bố", "Họ tên mẹ",
           "SĐT", "Địa chỉ"]


def school_workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet["A1"] = "UBND PHƯỜNG AN KHÁNH"
    sheet["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["A2"] = "TRƯỜNG MẦM NON HOA MAI"
    sheet["F2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A4"] = "DANH SÁCH TRẺ NĂM HỌC 2025-2026"
    sheet.merge_cells("A4:J4")
    for col, text in enumerate(headers, start=1):
        sheet.cell(row=6, column=col, value=text)
    for r, values in enumerate(rows, start=7):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    last = 7 + len(rows)
    sheet.cell(row=last + 1, column=2, value=f"Tổng số: {len(rows)} cháu")
    sheet.cell(row=last + 3, column=8, value="Người lập biểu")
    book.save(path)
    return path


def realistic_rows() -> list[list[object]]:
    """Five good children in two classes (real dates and text dates) and two bad rows."""
    return [
        [1, "Nguyễn Ngọc Bảo Anh", dt.datetime(2021, 3, 14), "Nữ", "Kinh", "Chồi 1", "Nguyễn Văn Hùng",
         "Trần Thị Mai", "0912 345 678", "12 Lê Lợi, Tổ 3"],
        [2, "Lò Văn Bình", "05/11/2021", "Nam", "Thái", "Chồi 1", "Lò Văn Sơn", "Lường Thị Ơn", 987654321,
         "Bản Mường"],
        [3, "Trần Minh Khang", "31/02/2021", "Nam", "Kinh", "Chồi 1", "", "Phạm Thị Hoa", "0987 111 222", ""],
        [4, "Lê Thị Diệu Linh", dt.date(2020, 7, 2), "Nữ", "Tày", "Lá 9", "", "", "0243 812 3456", ""],
        [5, "Phạm Gia Huy", "17/09/2020", "Nam", "", "Lá 9", "Phạm Văn Tài", "", "", ""],
        [6, "Đỗ Hải Yến", "20/01/2021", "Nữ", "Kinh", "Chồi 1", "", "Vũ Thị Lan", "12345", ""],
        [7, "Hoàng Thu Trang", "08/08/2021", "nữ", "Kinh", "Chồi 1", "", "", "", ""],
    ]


def large_rows(n: int, seed: int = 5) -> list[list[object]]:
    rng = random.Random(seed)
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    middle = ["Văn", "Thị", "Minh", "Ngọc", "Gia", "Bảo"]
    given = ["An", "Bình", "Chi", "Dũng", "Hà", "Khang", "Linh", "My", "Nam", "Phúc", "Quân", "Vy"]
    rows: list[list[object]] = []
    for i in range(n):
        year = rng.choice((2020, 2021, 2022))
        birth = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        rows.append([i + 1, f"{rng.choice(family)} {rng.choice(middle)} {rng.choice(given)} {i}",
                     birth if i % 2 else birth.strftime("%d/%m/%Y"), rng.choice(("Nam", "Nữ")), "Kinh",
                     {2020: "Lá", 2021: "Chồi", 2022: "Mầm"}[year] + f" {i % 4 + 1}", "", "",
                     f"09{rng.randint(10000000, 99999999)}", ""])
    return rows


def messy_class_workbook(path: Path) -> Path:
    """A class list as a school keeps it: the class and year in its title, a two-row header with
    merged cells ("Thông tin cha mẹ" over the parents' columns), dd/mm/yyyy dates typed as text,
    one date cell, a child listed twice, a footer and a signature."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "DS lớp"
    sheet["A1"], sheet["E1"] = "UBND PHƯỜNG AN KHÁNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet["A2"], sheet["E2"] = "TRƯỜNG MẦM NON HOA MAI", "Độc lập - Tự do - Hạnh phúc"
    sheet["A4"] = "DANH SÁCH TRẺ LỚP MẪU GIÁO LỚN A1"
    sheet.merge_cells("A4:H4")
    sheet["A5"] = "Năm học 2025-2026"
    sheet.merge_cells("A5:H5")
    for col, text in zip("ABCDE", ("STT", "Họ và tên trẻ", "Ngày tháng\nnăm sinh", "Giới tính", "Dân tộc"),
                         strict=True):
        sheet[f"{col}7"] = text
        sheet.merge_cells(f"{col}7:{col}8")
    sheet["F7"] = "Thông tin cha mẹ"
    sheet.merge_cells("F7:H7")
    sheet["F8"], sheet["G8"], sheet["H8"] = "Họ tên bố", "Họ tên mẹ", "Số điện thoại"
    rows = [
        [1, "Nguyễn Ngọc Bảo Anh", "14/03/2020", "Nữ", "Kinh", "Nguyễn Văn Hùng", "Trần Thị Mai", "0912 345 678"],
        [2, "Lò Văn Bình", "05/11/2020", "Nam", "Thái", "Lò Văn Sơn", "Lường Thị Ơn", "0987654321"],
        [3, "Trần Minh Khang", dt.datetime(2020, 2, 9), "Nam", "Kinh", "", "Phạm Thị Hoa", "0987 111 222"],
        [4, "Lê Thị Diệu Linh", "2/7/2020", "Nữ", "Tày", "", "", ""],
        [5, "Nguyễn Ngọc Bảo Anh", "14/03/2020", "Nữ", "Kinh", "Nguyễn Văn Hùng", "Trần Thị Mai", "0912 345 678"],
        [6, "Phạm Gia Huy", "17/09/2020", "Nam", "", "Phạm Văn Tài", "", ""],
    ]
    for r, values in enumerate(rows, start=9):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    sheet.cell(row=16, column=2, value="Tổng số: 6 cháu")
    sheet.cell(row=18, column=6, value="Người lập danh sách")
    book.save(path)
    return path
