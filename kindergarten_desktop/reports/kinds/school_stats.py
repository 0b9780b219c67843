"""``school-stats``: the school's statistics per age group, as in the yearly plan — classes,
children, average per class ("4 tuổi: 4 lớp – 117 cháu, bình quân 29,3 cháu/lớp"), by sex,
ethnic minority, circumstance flags, and the attendance rate of the year so far."""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.registry import Progress, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.circumstances import CIRCUMSTANCES
from kindergarten_desktop.roster.statistics import GroupStats, SchoolStats, school_stats

TITLE = "Thống kê số lớp, số trẻ"
DOCUMENT_TYPE = "Báo cáo"
RECIPIENTS = ("{governing_body} (để báo cáo);", "{department} (để báo cáo);")
# Short column headers for the circumstance flags.
FLAG_HEADERS = {"poor_household": "Hộ nghèo", "near_poor_household": "Hộ cận nghèo",
                "disadvantaged_area": "Vùng ĐBKK", "ethnic_minority": "Diện DTTS",
                "no_carer": "Mồ côi, không nơi nương tựa", "martyr_invalid_family": "Con liệt sĩ, thương binh",
                "disability": "Khuyết tật"}
FLAGS = [f for f in CIRCUMSTANCES if f != "ethnic_minority"]  # minority has its own column
HEADERS = ("Độ tuổi", "Số lớp", "Số trẻ", "Bình quân trẻ/lớp", "Nam", "Nữ", "Dân tộc thiểu số",
           *(FLAG_HEADERS[f] for f in FLAGS), "Tỷ lệ chuyên cần")


def _rate(group: GroupStats) -> float | None:
    return group.attendance.rate


def _row(group: GroupStats) -> tuple:
    """The PDF row: numbers as printed (the Excel copy writes its own rows with formulas)."""
    average, rate = group.average, _rate(group)
    return (group.label, group.classes, group.children, format_number(average, 1) if average is not None else "",
            group.boys, group.girls, group.minority, *(group.flags[f] for f in FLAGS),
            f"{format_number(rate * 100, 1)} %" if rate is not None else "")


def _subtitle(stats: SchoolStats) -> str:
    return f"Năm học {stats.year.name} - tính đến ngày {format_date(stats.on)}"


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    stats = school_stats(db, params.year, params.date)
    if not stats.groups:
        from kindergarten_desktop.reports.registry import ReportError

        raise ReportError("reports.no_classes", year=params.year.name)
    check_progress(progress, 0, 2, TITLE)
    rows = [_row(g) for g in stats.groups]
    total = _row(stats.total)
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, document=params.document, landscape=True)
        story = doc.heading(DOCUMENT_TYPE, _subtitle(stats), summary=_summary(params))
        for group in stats.groups:
            story.append(pdf.paragraph("- " + group.line_vi(), "body_left"))
        story.append(pdf.paragraph(
            f"Tổng số: {stats.total.classes} lớp – {stats.total.children} cháu "
            f"({stats.total.boys} nam, {stats.total.girls} nữ; {stats.total.minority} cháu dân tộc thiểu số).",
            "body_left"))
        story.append(pdf.paragraph(" ", "body_left"))
        story.append(doc.table(HEADERS, [*rows, total], total_rows=1, font_size=9,
                               widths=(26, 10, 10, 14, 9, 9, 14, *([13] * len(FLAGS)), 15),
                               align=("left", *["center"] * (len(HEADERS) - 1))))
        story += doc.closing()
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db, document=params.document)
        sheet = book.sheet("Thống kê", title=DOCUMENT_TYPE, subtitle=_subtitle(stats), summary=_summary(params),
                           landscape=True)
        columns = [excel.Column("Độ tuổi"), excel.Column("Số lớp", "int", total=True),
                   excel.Column("Số trẻ", "int", total=True), excel.Column("Bình quân trẻ/lớp", "number"),
                   excel.Column("Nam", "int", total=True), excel.Column("Nữ", "int", total=True),
                   excel.Column("Dân tộc thiểu số", "int", total=True),
                   *(excel.Column(FLAG_HEADERS[f], "int", total=True, width=14) for f in FLAGS),
                   excel.Column("Lượt trẻ có mặt", "int", total=True, width=12),
                   excel.Column("Lượt điểm danh", "int", total=True, width=12),
                   excel.Column("Tỷ lệ chuyên cần", "percent")]
        from openpyxl.utils import get_column_letter

        n = len(columns)
        present, marked = get_column_letter(n - 2), get_column_letter(n - 1)
        first = sheet.row + 1
        xrows = []
        # Averages and rates are live formulas over the counts (the totals row's too).
        for r, group in enumerate(stats.groups, start=first):
            xrows.append([group.label, group.classes, group.children, excel.Formula(f'=IF(B{r}=0,"",C{r}/B{r})'),
                          group.boys, group.girls, group.minority, *(group.flags[f] for f in FLAGS),
                          group.attendance.present, group.attendance.marked,
                          excel.Formula(f'=IF({marked}{r}=0,"",{present}{r}/{marked}{r})')])
        table = sheet.table(columns, xrows, total_label="Toàn trường")
        t = table.total_row
        assert t is not None  # the count columns have totals
        excel.put(sheet.ws, t, 4, excel.Formula(f'=IF(B{t}=0,"",C{t}/B{t})')).number_format = "0.0"
        excel.put(sheet.ws, t, n, excel.Formula(f'=IF({marked}{t}=0,"",{present}{t}/{marked}{t})')
                  ).number_format = "0.0%"
        for group in stats.groups:
            sheet.note(group.line_vi())
        book.save(out_path)
    check_progress(progress, 2, 2, TITLE)


def _summary(params: ReportParams) -> str:
    return f"Thống kê số lớp, số trẻ theo độ tuổi năm học {params.year.name}"


KINDS = (
    ReportKind(
        name="school-stats",
        title="Thống kê trường theo độ tuổi",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: f"Thống kê trường {p.year.name}",
        needs=("year",),
        accepts=("date",),
        description="Classes and children per age group, average per class, by sex, ethnic minority, "
                    "circumstances and attendance rate, on --date (default today).",
        document=DocSpec(symbol="BC", recipients=RECIPIENTS, drafter_role="vice_principal", summary=_summary),
    ),
)
