"""``attendance``: the month attendance sheet (sổ điểm danh) — one landscape page per class
with the grid of children × school days, totals per child and per day, and the class's rate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindergarten_desktop import months
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_number
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.attendance import EXCUSED, PRESENT, UNEXCUSED, MonthGrid, month_grid
from kindergarten_desktop.roster.queries import list_classes
from kindergarten_desktop.school import find_school_year, school_year_name, school_year_start_for

TITLE = "Bảng điểm danh"
SYMBOLS = {PRESENT: "x", EXCUSED: "P", UNEXCUSED: "K"}
LEGEND = "Ký hiệu: x - có mặt; P - nghỉ có phép; K - nghỉ không phép; ô xám - trẻ chưa/không học lớp trong ngày."
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _percent(rate: float | None) -> str:
    return f"{format_number(rate * 100, 1)} %" if rate is not None else ""


def _day_present(grid: MonthGrid, day: dt.date) -> int | None:
    """Children present that day; blank for a day not taken yet (a 0 would read as 'all absent')."""
    tally = grid.day_tally(day)
    return tally.present if tally.marked else None


def grids(db: Database, params: ReportParams, progress: Progress) -> list[tuple[str, MonthGrid]]:
    month = params.month
    assert month is not None
    year = params.year
    if not year.contains(month):  # --month decides the school year when --year was left out
        year = find_school_year(db, school_year_name(school_year_start_for(month))) or year
    if not year.start_date.replace(day=1) <= month <= year.end_date:
        raise ReportError("reports.month_outside_year", month=f"{month:%m/%Y}", year=year.name)
    # By name: the class may have been resolved in another year than the month's.
    classes = [c for c in list_classes(db, year.id) if params.class_name in (None, c.name)]
    if params.class_name is not None and not classes:
        raise ReportError("reports.no_such_class", class_name=params.class_name, year=year.name, classes="-")
    if not classes:
        raise ReportError("reports.no_classes", year=year.name)
    found = []
    for i, info in enumerate(classes):
        check_progress(progress, i, len(classes) * 2, info.name)
        found.append((info.name, month_grid(db, info.id, month.year, month.month)))
    return found


def _subtitle(name: str, grid: MonthGrid) -> str:
    return f"Lớp {name} - Tháng {grid.month:02d}/{grid.year}"


def _summary(grid: MonthGrid) -> str:
    total = grid.total()
    return (f"Số ngày học trong tháng: {len(grid.days)}. Số trẻ: {len(grid.children)}. "
            f"Lượt có mặt: {total.present}; nghỉ có phép: {total.excused}; nghỉ không phép: {total.unexcused}. "
            f"Tỷ lệ chuyên cần của lớp: {_percent(total.rate) or 'chưa điểm danh'}.")


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    found = grids(db, params, progress)
    if fmt == "pdf":
        _build_pdf(db, params, found, out_path, progress)
    else:
        _build_xlsx(db, params, found, out_path, progress)


def _build_pdf(db: Database, params: ReportParams, found: list[tuple[str, MonthGrid]], out_path: Path,
               progress: Progress) -> None:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from kindergarten_desktop.reports import pdf

    assert params.month is not None
    last_day = months.last_day(params.month.year, params.month.month)
    doc = pdf.OfficialDocument(db, document=params.document, date=last_day, landscape=True)
    story: list = []
    for i, (name, grid) in enumerate(found):
        check_progress(progress, len(found) + i, len(found) * 2, name)
        if i:
            story += doc.new_document()  # each class's sheet is signed and filed on its own
        story += doc.heading(TITLE, _subtitle(name, grid), compact=True)
        header = [["TT", "Họ và tên", *(str(d.day) for d in grid.days), "Có mặt", "Phép", "K.phép", "Tỷ lệ"],
                  ["", "", *(WEEKDAYS[d.weekday()] for d in grid.days), "", "", "", ""]]
        rows = []
        for n, child in enumerate(grid.children, start=1):
            tally = grid.child_tally(child.id)
            marks = [SYMBOLS.get(grid.status(child.id, d) or "", "") for d in grid.days]
            rows.append([n, child.full_name, *marks, tally.present, tally.excused, tally.unexcused,
                         _percent(tally.rate)])
        total = grid.total()
        rows.append(["", "Có mặt trong ngày", *(_day_present(grid, d) for d in grid.days), total.present,
                     total.excused, total.unexcused, _percent(total.rate)])
        n_days = len(grid.days)
        table = doc.table(header, rows, font_size=6.5, total_rows=1,
                          widths=(5, 34, *([5.2] * n_days), 8, 7, 9, 9),
                          align=("center", "left", *["center"] * (n_days + 4)))
        # Tight rows; grey: days the child was not in the class.
        shading = [("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]
        shading += [("BACKGROUND", (2 + j, 2 + r), (2 + j, 2 + r), colors.Color(0.85, 0.85, 0.85))
                    for r, child in enumerate(grid.children) for j, d in enumerate(grid.days)
                    if not child.enrolled_on(d)]
        table.setStyle(shading)
        story.append(table)
        story.append(Spacer(1, 1 * mm))
        story.append(_footer(doc, grid))
    doc.build(out_path, story)


def _footer(doc, grid: MonthGrid):
    """Legend and totals at the left, the class teacher and the signer at the right: the
    document's closing block (kept with the last rows of the grid)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from kindergarten_desktop.reports import pdf

    small = ParagraphStyle("attendance_small", pdf.styles()["body_left"], fontSize=9, leading=11, spaceAfter=1)
    sign = ParagraphStyle("attendance_sign", pdf.styles()["signature"], fontSize=11, leading=13)
    note = ParagraphStyle("attendance_sign_note", sign, fontName=f"{pdf.SERIF}-Italic")
    left = [Paragraph(LEGEND, small), Paragraph(pdf.escape(_summary(grid)), small)]
    teacher = [Spacer(1, 16) if not doc.number.strip() else Spacer(1, 0), Paragraph("GIÁO VIÊN LỚP", sign),
               Paragraph("(Ký, ghi rõ họ tên)", note)]
    settings = doc.document
    signer = [doc.date_line()] if not doc.number.strip() else []
    signer += [Paragraph(pdf.escape(line), sign) for line in settings.signature_lines()]
    signer += [Spacer(1, 10 * mm), Paragraph(pdf.escape(pdf.shorten(settings.signer_name or doc.head.principal_name,
                                                                     100)), sign)]
    footer = pdf.Closing([[left, teacher, signer]], colWidths=[doc.width * 0.45, doc.width * 0.2, doc.width * 0.35])
    footer.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), pdf.SERIF)])
    return footer


def _build_xlsx(db: Database, params: ReportParams, found: list[tuple[str, MonthGrid]], out_path: Path,
                progress: Progress) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    from kindergarten_desktop.reports import excel

    grey = PatternFill("solid", fgColor="D9D9D9")
    assert params.month is not None
    last_day = months.last_day(params.month.year, params.month.month)
    book = excel.Workbook(db, document=params.document, date=last_day)
    for i, (name, grid) in enumerate(found):
        check_progress(progress, len(found) + i, len(found) * 2, name)
        sheet = book.sheet(name, title=TITLE, subtitle=_subtitle(name, grid), landscape=True)
        n_days = len(grid.days)
        columns = [excel.Column("STT", "int"), excel.Column("Họ và tên"),
                   *(excel.Column(f"{d.day}\n{WEEKDAYS[d.weekday()]}", width=4.5) for d in grid.days),
                   excel.Column("Có mặt", "int", total=True), excel.Column("Phép", "int", total=True),
                   excel.Column("K.phép", "int", total=True), excel.Column("Tỷ lệ", "percent")]
        first_day, last_day = get_column_letter(3), get_column_letter(2 + n_days)
        present, excused, unexcused, rate = (get_column_letter(3 + n_days + k) for k in range(4))
        first_row = sheet.row + 1
        rows = []
        # Totals are live formulas: a mark corrected in the sheet updates them.
        for r, (n, child) in enumerate(enumerate(grid.children, start=1), start=first_row):
            marks = f"{first_day}{r}:{last_day}{r}"
            rows.append([n, child.full_name, *(SYMBOLS.get(grid.status(child.id, d) or "") for d in grid.days),
                         excel.Formula(f'=COUNTIF({marks},"{SYMBOLS[PRESENT]}")'),
                         excel.Formula(f'=COUNTIF({marks},"{SYMBOLS[EXCUSED]}")'),
                         excel.Formula(f'=COUNTIF({marks},"{SYMBOLS[UNEXCUSED]}")'),
                         excel.Formula(f'=IF(SUM({present}{r}:{unexcused}{r})=0,"",'
                                       f'{present}{r}/SUM({present}{r}:{unexcused}{r}))')])
        table = sheet.table(columns, rows, total_label="Có mặt trong ngày")
        for r, child in enumerate(grid.children, start=table.first_row):
            for j, day in enumerate(grid.days, start=3):
                if not child.enrolled_on(day):
                    sheet.ws.cell(r, j).fill = grey
        if table.total_row:
            t, f, last = table.total_row, table.first_row, table.last_row
            for j in range(3, 3 + n_days):
                col = get_column_letter(j)
                cells = f"{col}{f}:{col}{last}"
                counts = [f'COUNTIF({cells},"{SYMBOLS[s]}")' for s in (PRESENT, EXCUSED, UNEXCUSED)]
                # Blank for a day not taken yet (a 0 would read as "all absent").
                excel.put(sheet.ws, t, j, excel.Formula(f'=IF({"+".join(counts)}=0,"",{counts[0]})'))
            excel.put(sheet.ws, t, len(columns), excel.Formula(
                f'=IF(SUM({present}{t}:{unexcused}{t})=0,"",{present}{t}/SUM({present}{t}:{unexcused}{t}))'
            )).number_format = "0.0%"
        sheet.note(LEGEND, italic=True)
        sheet.note(_summary(grid))
    book.save(out_path)


def _file_stem(params: ReportParams) -> str:
    month = f"{params.month:%m-%Y}" if params.month else ""
    return f"Điểm danh {params.class_name or 'toàn trường'} tháng {month}"


KINDS = (
    ReportKind(
        name="attendance",
        title="Bảng điểm danh tháng",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=_file_stem,
        needs=("year", "month"),
        accepts=("class",),
        description="Month attendance sheet (--month YYYY-MM): one landscape page per class (or --class), "
                    "with totals per child and per day and the attendance rate.",
        document=DocSpec(symbol="", recipients=()),  # a record kept by the school: no number
    ),
)
