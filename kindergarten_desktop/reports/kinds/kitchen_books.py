"""Kitchen documents: the weekly menu poster for parents (``menu-week``), the three-step food
inspection book (``inspection-book``) and the kept-samples book (``sample-book``) of a month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.kitchen import GROUPS, MEALS, WEEKDAYS_VI, group_label, meal_label
from kindergarten_desktop.kitchen.inspection import STEPS, list_inspections, list_samples
from kindergarten_desktop.kitchen.menus import dishes_by_meal, menus_between, monday_of
from kindergarten_desktop.kitchen.portion import portions_between
from kindergarten_desktop.reports.meals_common import month_label, month_of, signatures, staff_name
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.calendar import month_bounds

MENU_TITLE = "Thực đơn tuần"
INSPECTION_TITLE = "Sổ kiểm thực ba bước"
SAMPLE_TITLE = "Sổ lưu mẫu thức ăn"


# --- the weekly menu poster ----------------------------------------------------------------
def week_rows(db: Database, day: dt.date) -> tuple[dt.date, list[list[str]]]:
    monday = monday_of(day)
    friday = monday + dt.timedelta(days=4)
    menus = menus_between(db, monday, friday)
    if not menus:
        raise ReportError("reports.no_menu_week", day=monday)
    energy = {(p.day, g): p.groups[g].per_child.energy for p in portions_between(db, monday, friday) for g in GROUPS}
    rows = []
    for offset in range(5):
        d = monday + dt.timedelta(days=offset)
        row = [f"{WEEKDAYS_VI[d.weekday()]}\n{format_date(d)}"]
        for group in GROUPS:
            meals = dishes_by_meal(menus.get((d, group), []))
            text = "\n".join(f"{meal_label(m)}: {', '.join(dishes)}" for m, dishes in meals.items())
            if meals:
                text += f"\n(≈ {format_number(energy.get((d, group), 0), 0)} kcal/trẻ)"
            row.append(text or "Nghỉ")
        rows.append(row)
    return monday, rows


def build_menu(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    if params.date is None:
        raise ReportError("reports.needs_date_week")
    monday, rows = week_rows(db, params.date)
    subtitle = f"Từ ngày {format_date(monday)} đến ngày {format_date(monday + dt.timedelta(days=4))}"
    headers = ["Thứ, ngày", *(f"Khối {group_label(g)}" for g in GROUPS)]
    check_progress(progress, 1, 2, "")
    if fmt == "xlsx":
        from openpyxl.styles import Alignment

        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        sheet = book.sheet("Thực đơn tuần", title=MENU_TITLE, subtitle=subtitle, landscape=True)
        table = sheet.table([excel.Column(headers[0], width=14), excel.Column(headers[1], width=60),
                             excel.Column(headers[2], width=60)], rows)
        for r in range(table.first_row, table.last_row + 1):
            for c in range(1, 4):
                sheet.ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        book.save(out_path)
    else:
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, number="…/TĐ-MN", date=monday, landscape=True, page_numbers=False)
        story = doc.heading(MENU_TITLE, subtitle)
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepInFrame

        cells = [[pdf.paragraph(text, "table_center" if i == 0 else "table_left") for i, text in enumerate(row)]
                 for row in rows]
        story.append(doc.table(headers, cells, widths=[2, 5, 5]))
        story.append(pdf.paragraph("Thực đơn được xây dựng theo bảng thành phần thực phẩm Việt Nam và nhu cầu "
                                   "khuyến nghị theo Thông tư 28/2016/TT-BGDĐT.", "body_left"))
        story += signatures(doc, [("NGƯỜI LẬP THỰC ĐƠN", staff_name(db, "nurse")),
                                  ("HIỆU TRƯỞNG", doc.head.principal_name)], room_mm=14, keep_together=False)
        # A poster is one page: shrink to fit rather than spill the signatures over.
        height = doc.page_size[1] - (pdf.MARGINS["top"] + pdf.MARGINS["bottom"]) * mm
        doc.build(out_path, [KeepInFrame(doc.width, height, story, mode="shrink")])
    check_progress(progress, 2, 2, "")


# --- inspection and samples books ----------------------------------------------------------
INSPECTION_HEADERS = {
    1: ["STT", "Ngày", "Giờ nhận", "Tên thực phẩm", "Nơi cung cấp", "Khối lượng", "Giấy tờ, hóa đơn",
        "Kiểm tra cảm quan", "Ghi chú", "Người kiểm tra"],
    2: ["STT", "Ngày", "Giờ", "Tên món ăn", "", "", "", "Kiểm tra cảm quan", "Ghi chú", "Người kiểm tra"],
    3: ["STT", "Ngày", "Giờ", "Tên món ăn", "", "", "", "Kiểm tra cảm quan", "Ghi chú", "Người kiểm tra"],
}
SAMPLE_HEADERS = ["STT", "Ngày", "Bữa", "Tên mẫu thức ăn", "Khối lượng/ thể tích", "Giờ lấy mẫu", "Giờ hủy mẫu",
                  "Người lấy mẫu", "Người hủy mẫu"]


def _month(params: ReportParams) -> tuple[dt.date, dt.date]:
    first = month_of(params)
    return month_bounds(first.year, first.month)


def inspection_rows(db: Database, start: dt.date, end: dt.date) -> dict[int, list[list[object]]]:
    records = list_inspections(db, start, end)
    rows: dict[int, list[list[object]]] = {1: [], 2: [], 3: []}
    for r in records:
        check = "Đạt" if r.passed else "Không đạt"
        if r.step == 1:
            row = [format_date(r.day), r.at, r.item, r.supplier, r.quantity, r.papers, check, r.remark, r.inspector]
        else:
            row = [format_date(r.day), r.at, r.item, check, r.remark, r.inspector]
        rows[r.step].append([len(rows[r.step]) + 1, *row])
    return rows


def build_inspection(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    start, end = _month(params)
    rows = inspection_rows(db, start, end)
    if not any(rows.values()):
        raise ReportError("reports.no_inspection", month=month_label(start))
    subtitle = f"Tháng {month_label(start)}"
    short = ["STT", "Ngày", "Giờ", "Tên món ăn", "Kiểm tra cảm quan", "Ghi chú", "Người kiểm tra"]
    check_progress(progress, 1, 2, "")
    if fmt == "xlsx":
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        for step, title in STEPS.items():
            headers = INSPECTION_HEADERS[1] if step == 1 else short
            sheet = book.sheet(f"Bước {step}", title=INSPECTION_TITLE, subtitle=f"{subtitle}\nBước {step}: {title}",
                               landscape=True)
            sheet.table([excel.Column(h, "int" if h == "STT" else "text") for h in headers], rows[step])
        book.save(out_path)
    else:
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, number="…/KT-MN", date=end, landscape=True)
        story = doc.heading(INSPECTION_TITLE, subtitle + " (Quyết định 1246/QĐ-BYT)")
        for step, title in STEPS.items():
            story.append(pdf.paragraph(f"Bước {step}: {title}", "heading"))
            if step == 1:
                story.append(doc.table(INSPECTION_HEADERS[1], rows[1] or [["", "", "", "Không có", *[""] * 6]],
                                       widths=[4, 9, 6, 20, 22, 10, 14, 9, 12, 16],
                                       align=["center", "center", "center", *["left"] * 7], font_size=8.5))
            else:
                story.append(doc.table(short, rows[step] or [["", "", "", "Không có", "", "", ""]],
                                       widths=[4, 9, 6, 40, 10, 25, 16],
                                       align=["center", "center", "center", "left", "center", "left", "left"],
                                       font_size=8.5))
        story += signatures(doc, [("NGƯỜI KIỂM TRA", staff_name(db, "cook")), ("HIỆU TRƯỞNG", doc.head.principal_name)],
                            room_mm=16)
        doc.build(out_path, story)
    check_progress(progress, 2, 2, "")


def sample_rows(db: Database, start: dt.date, end: dt.date) -> list[list[object]]:
    rows: list[list[object]] = []
    for i, s in enumerate(list_samples(db, start, end), 1):
        rows.append([i, format_date(s.day), meal_label(s.meal) if s.meal in MEALS else s.meal, s.dish,
                     f"{format_number(s.quantity, 0)} {s.unit}", f"{s.taken_at:%H:%M %d/%m/%Y}",
                     f"{s.discarded_at:%H:%M %d/%m/%Y}" if s.discarded_at else "", s.taken_by, s.discarded_by])
    return rows


def build_samples(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    start, end = _month(params)
    rows = sample_rows(db, start, end)
    if not rows:
        raise ReportError("reports.no_sample", month=month_label(start))
    subtitle = f"Tháng {month_label(start)}"
    check_progress(progress, 1, 2, "")
    if fmt == "xlsx":
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        sheet = book.sheet("Lưu mẫu", title=SAMPLE_TITLE, subtitle=subtitle, landscape=True)
        sheet.table([excel.Column(h, "int" if h == "STT" else "text") for h in SAMPLE_HEADERS], rows)
        book.save(out_path)
    else:
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, number="…/LM-MN", date=end, landscape=True)
        story = doc.heading(SAMPLE_TITLE, subtitle + " (mẫu giữ ít nhất 24 giờ)")
        story.append(doc.table(SAMPLE_HEADERS, rows, widths=[4, 9, 9, 30, 10, 14, 14, 16, 16],
                               align=["center", "center", "left", "left", "right", "center", "center", "left",
                                      "left"], font_size=9))
        story += signatures(doc, [("NGƯỜI LƯU MẪU", staff_name(db, "cook")), ("HIỆU TRƯỞNG", doc.head.principal_name)],
                            room_mm=16)
        doc.build(out_path, story)
    check_progress(progress, 2, 2, "")


KINDS = (
    ReportKind(name="menu-week", title="Thực đơn tuần (bảng công khai cho cha mẹ trẻ)", formats=("pdf", "xlsx"),
               build=build_menu, file_stem=lambda p: f"Thuc don tuan {monday_of(p.date or dt.date.today()):%Y-%m-%d}",
               needs=("date",), accepts=("year",),
               description="The week's menu (Monday to Friday, any day of the week given) for each age group, "
                           "with the energy per child, to post for parents."),
    ReportKind(name="inspection-book", title="Sổ kiểm thực ba bước", formats=("pdf", "xlsx"), build=build_inspection,
               file_stem=lambda p: f"So kiem thuc {p.month:%Y-%m}", needs=("month",), accepts=("year",),
               description="The month's three-step food inspection records: receiving, cooking, before serving."),
    ReportKind(name="sample-book", title="Sổ lưu mẫu thức ăn", formats=("pdf", "xlsx"), build=build_samples,
               file_stem=lambda p: f"So luu mau {p.month:%Y-%m}", needs=("month",), accepts=("year",),
               description="The month's kept food samples: dish, quantity, time taken, time discarded, who."),
)
