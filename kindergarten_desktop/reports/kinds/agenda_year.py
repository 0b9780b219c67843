"""``agenda-year``: the whole school year's plan, month by month (PDF and Excel)."""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.agenda.weeks import plan_months
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.kinds.agenda import DOCUMENT_TYPE, HEADERS, RECIPIENTS, WIDTHS, month_rows
from kindergarten_desktop.reports.registry import Progress, ReportKind, ReportParams, check_progress


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    months = plan_months(params.year)
    sections = []
    for i, (year, month) in enumerate(months):
        check_progress(progress, i, len(months) + 1, f"{month:02d}/{year}")
        sections.append((year, month, month_rows(db, params.year.id, year, month)))
    summary = _summary(params)
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, document=params.document, date=params.year.start_date)
        story = doc.heading(DOCUMENT_TYPE, summary=summary)
        for year, month, rows in sections:
            # The month label is the table's first header row: repeated on a continuation page.
            label = f"Tháng {month:02d}/{year}"
            if rows:
                story.append(doc.table([[label, "", "", ""], list(HEADERS)],
                                       [(r.week, r.work, r.responsible, r.note) for r in rows],
                                       widths=WIDTHS, align=("center", "left", "left", "left"), merge_down=[0]))
            else:
                story.append(pdf.paragraph(f"<b>{label}</b>: chưa có công việc nào trong tháng.", "body_left",
                                           markup=True))
        story += doc.closing()
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db, document=params.document, date=params.year.start_date)
        sheet = book.sheet("Cả năm", title=DOCUMENT_TYPE, summary=summary, landscape=True)
        cells: list[tuple[str, ...]] = []
        for year, month, month_rows_ in sections:
            label = f"{month:02d}/{year}"
            for r in month_rows_:
                cells.append((label, r.week.replace("\n", " "), r.work, r.responsible, r.note))
                label = ""
        sheet.table([excel.Column("Tháng"), *(excel.Column(h) for h in HEADERS)], cells)
        book.save(out_path)
    check_progress(progress, len(months) + 1, len(months) + 1, "")


def _summary(params: ReportParams) -> str:
    return f"Công tác trọng tâm các tháng năm học {params.year.name}"


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
        document=DocSpec(symbol="KH", recipients=RECIPIENTS, summary=_summary),
    ),
)
