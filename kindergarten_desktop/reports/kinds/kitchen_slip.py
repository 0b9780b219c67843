"""``kitchen-slip``: the day's meal count for the kitchen (phiếu báo ăn): per class the children
enrolled, present, absent, not marked yet and the meals to cook, then the staff meals and the
total; below, the children who do not eat although expected (absent or reported) and those who
eat although not marked present, so the cook can check the trays. Numbers come from
meals.counts, the same as the meal-count page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.counts import ChildMeal, DailyCount, children_on, daily_count
from kindergarten_desktop.reports.meals_common import signatures, staff_name
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams
from kindergarten_desktop.roster.age_groups import BY_CODE

TITLE = "Phiếu báo ăn"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
HEADER = ["STT", "Lớp", "Khối", "Sĩ số", "Có mặt", "Vắng", "Chưa điểm danh", "Số suất ăn"]
STATUS = {"E": "nghỉ có phép", "U": "nghỉ không phép", None: "chưa điểm danh"}


def load(db: Database, day: dt.date | None) -> tuple[DailyCount, list[ChildMeal]]:
    if day is None:
        raise ReportError("reports.needs_date")
    count = daily_count(db, day)
    if not count.school_day:
        raise ReportError("reports.no_cooking_day", day=day)
    if not count.classes:
        raise ReportError("reports.no_children_on", day=day)
    return count, children_on(db, day)


def rows(count: DailyCount) -> list[list[object]]:
    """The slip's table: a row per class, the staff meals, then the total (meals to cook)."""
    table: list[list[object]] = []
    for i, c in enumerate(count.classes, 1):
        group = BY_CODE[c.age_group].label_vi if c.age_group in BY_CODE else c.age_group
        table.append([i, c.name, group, c.enrolled, c.present, c.absent, c.unmarked, c.expected])
    table.append(["", "Cán bộ, giáo viên, nhân viên", "", "", "", "", "", count.staff])
    table.append(["", "Tổng cộng", "", sum(c.enrolled for c in count.classes), sum(c.present for c in count.classes),
                  sum(c.absent for c in count.classes), sum(c.unmarked for c in count.classes), count.to_cook])
    return table


def changes(children: list[ChildMeal]) -> list[str]:
    """'Lá 1: Nguyễn Văn An (không ăn: mẹ báo nghỉ)' for every child whose meal differs from
    "present eats", in class order."""
    lines = []
    for m in children:
        if m.override is False:
            lines.append(f"{m.class_name}: {m.full_name} - không ăn" + (f" ({m.reason})" if m.reason else ""))
        elif m.override is True and m.status != "P":
            lines.append(f"{m.class_name}: {m.full_name} - có ăn dù {STATUS.get(m.status, '')}"
                         + (f" ({m.reason})" if m.reason else ""))
    return lines


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    count, children = load(db, params.date)
    day = count.day
    subtitle = f"{WEEKDAYS[day.weekday()]}, ngày {format_date(day)}"
    table = rows(count)
    notes = changes(children)
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, number="…/BA-MN", date=day, title=f"{TITLE} {format_date(day)}")
        story = doc.heading(TITLE.upper(), subtitle)
        story.append(doc.table(HEADER, table, widths=[6, 19, 29, 8, 9, 8, 12, 11],
                               align=["center", "left", "left", "center", "center", "center", "center", "center"],
                               total_rows=2, font_size=9.5))
        story.append(pdf.paragraph(f"Tổng số suất ăn cần nấu: {count.to_cook} suất "
                                   f"({count.expected} suất của trẻ, {count.staff} suất của cán bộ, giáo viên, "
                                   "nhân viên).", "body_left"))
        if notes:
            story.append(pdf.paragraph("Thay đổi báo ăn trong ngày:", "body_left"))
            story += [pdf.paragraph(f"- {line}", "body_left") for line in notes]
        story += signatures(doc, [("NGƯỜI BÁO ĂN", staff_name(db, "accountant")),
                                  ("NHÀ BẾP NHẬN", staff_name(db, "cook"))])
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        sheet = book.sheet("Báo ăn", title=TITLE.upper(), subtitle=subtitle)
        columns = [excel.Column("STT", "int"), excel.Column("Lớp"), excel.Column("Khối"),
                   excel.Column("Sĩ số", "int"), excel.Column("Có mặt", "int"), excel.Column("Vắng", "int"),
                   excel.Column("Chưa điểm danh", "int"), excel.Column("Số suất ăn", "int")]
        first = sheet.row + 1
        body = table[:-1]
        staff_row = first + len(body) - 1
        total: list[object] = ["", "Tổng cộng", ""]
        for letter in "DEFG":
            total.append(excel.Formula(f"=SUM({letter}{first}:{letter}{staff_row - 1})"))
        total.append(excel.Formula(f"=SUM(H{first}:H{staff_row})"))  # the children's meals and the staff meals
        sheet.table(columns, [*body, total])
        for line in notes:
            sheet.note(f"- {line}", column=2)
        book.save(out_path)


KINDS = (
    ReportKind(
        name="kitchen-slip",
        title="Phiếu báo ăn cho nhà bếp",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: f"Bao an {p.date:%Y-%m-%d}",
        needs=("date",),
        description="The day's meal count for the kitchen: per class, staff meals and the total to cook, "
                    "with the day's meal changes.",
    ),
)
