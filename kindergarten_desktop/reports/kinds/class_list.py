"""``class-list``: the children of one class, or of every class of the year, in Vietnamese order.

PDF: one section per class (new page, own page numbers, letterhead and signature), so each
class's list can be handed to its teachers or posted on its own. Excel: one sheet per class, for
the same reason: each sheet prints on its own with its title and repeated header, and sorting or
filtering one class never mixes it with another.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.names import name_sort_key
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.registry import Progress, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.queries import ChildRow, class_children, list_classes

TITLE = "Danh sách trẻ"
HEADERS = ("STT", "Họ và tên trẻ", "Ngày sinh", "Giới tính", "Dân tộc", "Họ tên cha", "Họ tên mẹ", "Điện thoại")
# A class with parents known only from a combined "Họ tên cha/mẹ" column prints one parents' column:
# a mother is never printed under "Họ tên cha".
COMBINED_HEADERS = ("STT", "Họ và tên trẻ", "Ngày sinh", "Giới tính", "Dân tộc", "Họ tên cha/mẹ", "Điện thoại")
SEX = {1: "Nam", 2: "Nữ"}


@dataclass(frozen=True)
class ClassSection:
    name: str
    teachers: list[str]
    children: list[ChildRow]

    @property
    def combined_parents(self) -> bool:
        return any(c.parent_name and not (c.father_name or c.mother_name) for c in self.children)

    @property
    def summary(self) -> str:
        boys = sum(1 for c in self.children if c.sex == 1)
        line = f"Sĩ số: {len(self.children)} trẻ ({boys} nam, {len(self.children) - boys} nữ)"
        if self.teachers:
            line = f"Giáo viên: {', '.join(self.teachers)}. {line}"
        return line


def sections(db: Database, params: ReportParams) -> list[ClassSection]:
    """The classes asked for, each with its teachers and children on the reference day."""
    on = params.date
    classes = [c for c in list_classes(db, params.year.id, on) if params.class_id in (None, c.id)]
    found = []
    for info in classes:
        staff = db.execute("SELECT s.role, s.full_name FROM class_staff cs JOIN staff s ON s.id = cs.staff_id "
                           "WHERE cs.class_id = ?", [info.id]).fetchall()
        teachers = [name for _, name in sorted(staff, key=lambda r: (r[0], name_sort_key(r[1])))]
        found.append(ClassSection(info.name, teachers, class_children(db, info.id, on)))
    return found


def _subtitle(params: ReportParams, section: ClassSection) -> str:
    line = f"Lớp {section.name} - Năm học {params.year.name}"
    if params.date:
        line += f"\nTính đến ngày {format_date(params.date)}"
    return line


def _row(index: int, child: ChildRow, *, excel: bool, combined: bool = False) -> tuple[object, ...]:
    born: dt.date | str = child.birth_date if excel else format_date(child.birth_date)
    if combined:
        parents = "; ".join(n for n in (child.father_name, child.mother_name) if n) or child.parent_name
        return (index, child.full_name, born, SEX.get(child.sex, ""), child.ethnicity, parents, child.phone)
    return (index, child.full_name, born, SEX.get(child.sex, ""), child.ethnicity, child.father_name,
            child.mother_name, child.phone)


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    found = sections(db, params)
    if not found:
        from kindergarten_desktop.reports.registry import ReportError

        raise ReportError("reports.no_classes", year=params.year.name)
    if fmt == "pdf":
        _build_pdf(db, params, found, out_path, progress)
    else:
        _build_xlsx(db, params, found, out_path, progress)


def _build_pdf(db: Database, params: ReportParams, found: list[ClassSection], out_path: Path,
               progress: Progress) -> None:
    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, document=params.document, landscape=True)
    story: list = []
    for i, section in enumerate(found):
        check_progress(progress, i, len(found) * 2, section.name)
        if i:
            story += doc.new_document()  # each class's list is handed out on its own
        story += doc.heading(TITLE, _subtitle(params, section))
        story.append(pdf.paragraph(section.summary, "body_left"))
        combined = section.combined_parents
        rows = [_row(n, child, excel=False, combined=combined) for n, child in enumerate(section.children, start=1)]
        if combined:
            story.append(doc.table(COMBINED_HEADERS, rows, widths=(11, 60, 24, 18, 20, 86, 27),
                                   align=("center", "left", "center", "center", "left", "left", "center")))
        else:
            story.append(doc.table(HEADERS, rows, widths=(11, 52, 24, 18, 18, 48, 48, 27),
                                   align=("center", "left", "center", "center", "left", "left", "left", "center")))
        story += doc.closing()

    def layout_progress(done: int, total: int, _text: str) -> bool:
        return progress(len(found) + done * len(found) // max(total, 1), len(found) * 2, "")

    doc.build(out_path, story, layout_progress)


def _build_xlsx(db: Database, params: ReportParams, found: list[ClassSection], out_path: Path,
                progress: Progress) -> None:
    from kindergarten_desktop.reports import excel

    book = excel.Workbook(db, document=params.document)
    columns = [excel.Column("STT", "int"), excel.Column("Họ và tên trẻ"), excel.Column("Ngày sinh", "date"),
               excel.Column("Giới tính"), excel.Column("Dân tộc"), excel.Column("Họ tên cha"),
               excel.Column("Họ tên mẹ"), excel.Column("Điện thoại")]
    combined_columns = [*columns[:5], excel.Column("Họ tên cha/mẹ"), columns[7]]
    for i, section in enumerate(found):
        check_progress(progress, i, len(found), section.name)
        sheet = book.sheet(section.name, title=TITLE, subtitle=_subtitle(params, section), landscape=True)
        combined = section.combined_parents
        rows = [_row(n, child, excel=True, combined=combined) for n, child in enumerate(section.children, start=1)]
        table = sheet.table(combined_columns if combined else columns, rows)
        if section.teachers:
            sheet.note(f"Giáo viên: {', '.join(section.teachers)}", column=2, italic=True)
        first, last = table.first_row, table.last_row
        row = sheet.note("Tổng số trẻ:", column=2, bold=True)
        excel.put(sheet.ws, row, 3, excel.Formula(f'=COUNTIF(D{first}:D{last},"Nam")+COUNTIF(D{first}:D{last},"Nữ")'))
        for label, sex in (("Trẻ nam:", "Nam"), ("Trẻ nữ:", "Nữ")):
            row = sheet.note(label, column=2)
            excel.put(sheet.ws, row, 3, excel.Formula(f'=COUNTIF(D{first}:D{last},"{sex}")'))
    book.save(out_path)


def _file_stem(params: ReportParams) -> str:
    if params.class_name:
        return f"Danh sách lớp {params.class_name} {params.year.name}"
    return f"Danh sách lớp toàn trường {params.year.name}"


KINDS = (
    ReportKind(
        name="class-list",
        title="Danh sách trẻ theo lớp",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=_file_stem,
        needs=("year",),
        accepts=("class", "date"),
        description="Children of one class (--class) or of every class, in Vietnamese order, "
                    "enrolled on --date (default today).",
        document=DocSpec(symbol="DS", recipients=("Giáo viên lớp;",)),
    ),
)
