"""``agenda-year``: the whole school year's plan, month by month (PDF and Excel)."""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.agenda.weeks import plan_months
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.reports.kinds.agenda import HEADERS, RECIPIENTS, WIDTHS, month_rows
from kindergarten_desktop.reports.registry import Progress, ReportKind, ReportParams, check_progress


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    months = plan_months(params.year)
    sections = []
    for i, (year, month) in enumerate(months):
        check_progress(progress, i, len(months) + 1, f"{month:02d}/{year}")
        sections.append((year, month, month_rows(db, params.year.id, year, month)))
    title = "KẾ HOẠCH TRỌNG TÂM CÁC THÁNG"
    subtitle = f"Năm học {params.year.name}"
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, number="…/KH-MN", date=params.date or params.year.start_date)
        story = doc.heading(title, subtitle)
        for year, month, rows in sections:
            story.append(pdf.paragraph(f"<b>Tháng {month:02d}/{year}</b>", "body_left", markup=True))
            if rows:
                story.append(doc.table(HEADERS, [(r.week, r.work, r.responsible, r.note) for r in rows],
                                       widths=WIDTHS, align=("center", "left", "left", "left")))
            else:
                story.append(pdf.paragraph("Chưa có công việc nào trong tháng.", "body_left"))
        story += doc.closing(recipients=RECIPIENTS)
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db)
        sheet = book.sheet("Cả năm", title=title, subtitle=subtitle, landscape=True)
        cells: list[tuple[str, ...]] = []
        for year, month, month_rows_ in sections:
            label = f"{month:02d}/{year}"
            for r in month_rows_:
                cells.append((label, r.week.replace("\n", " "), r.work, r.responsible, r.note))
                label = ""
        sheet.table([excel.Column("Tháng"), *(excel.Column(h) for h in HEADERS)], cells)
        book.save(out_path)
    check_progress(progress, len(months) + 1, len(months) + 1, "")


KINDS = (
    ReportKind(
        name="agenda-year",
        title="Kế hoạch trọng tâm cả năm học",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: f"Ke hoach trong tam nam hoc {p.year.name}",
        needs=("year",),
        accepts=("date",),
        description="The school year's plan month by month, September to August.",
    ),
)
