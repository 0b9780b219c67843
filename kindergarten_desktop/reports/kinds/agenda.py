"""``agenda``: the monthly focus agenda (kế hoạch trọng tâm tháng) as the principal signs and
posts it — a table week | work | responsible | note, recurring items first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kindergarten_desktop.agenda import responsible
from kindergarten_desktop.agenda.items import AgendaItem, list_items
from kindergarten_desktop.agenda.recurring import recurring_for_month
from kindergarten_desktop.agenda.weeks import month_key, week_days
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

HEADERS = ("Thời gian", "Nội dung công việc", "Người phụ trách", "Ghi chú")
WIDTHS = (25, 77, 38, 26)
STATUS_NOTES = {"done": "Đã thực hiện", "postponed": "Tạm hoãn", "cancelled": "Hủy"}
# Default Nơi nhận (the print dialog and --recipient change them).
RECIPIENTS = ("{governing_body} (để báo cáo);", "CB-GV-NV (để thực hiện);")
DOCUMENT_TYPE = "Kế hoạch"


@dataclass(frozen=True)
class AgendaRow:
    week: str  # empty on the following rows of the same week
    work: str
    responsible: str
    note: str


def _week_text(year: int, month: int, week: int | None) -> str:
    if not week:
        return "Cả tháng"
    start, end = week_days(year, month, week)
    return f"Tuần {week}\n({start:%d/%m} - {end:%d/%m})"


def _when(item: AgendaItem) -> str:
    parts = []
    if item.start_date and item.end_date and item.end_date != item.start_date:
        parts.append(f"từ {item.start_date:%d/%m} đến {item.end_date:%d/%m}")
    elif item.start_date:
        parts.append(f"ngày {item.start_date:%d/%m}")
    if item.deadline:
        parts.append(f"hoàn thành trước {item.deadline:%d/%m/%Y}")
    return f" ({'; '.join(parts)})" if parts else ""


def month_rows(db: Database, school_year_id: int, year: int, month: int) -> list[AgendaRow]:
    """The rows of one month: recurring and whole-month items, then weeks 1 to 5."""
    classes = responsible.class_names(db, school_year_id)
    key = month_key(year, month)
    rows: list[AgendaRow] = []
    last_week = "?"
    for rec in recurring_for_month(db, school_year_id, key):
        week = _week_text(year, month, None)
        rows.append(AgendaRow(week if week != last_week else "", rec.title,
                              responsible.label(rec.responsible, classes), rec.notes))
        last_week = week
    for item in list_items(db, school_year_id, key):
        week = _week_text(year, month, item.week)
        note = "; ".join(p for p in (STATUS_NOTES.get(item.status, ""), item.notes) if p)
        rows.append(AgendaRow(week if week != last_week else "", item.title + _when(item),
                              responsible.label(item.responsible, classes), note))
        last_week = week
    return rows


def _month_of(params: ReportParams) -> tuple[int, int]:
    if params.month is None:
        raise ReportError("reports.needs_month")
    first, last = params.year.start_date.replace(day=1), params.year.end_date
    if not first <= params.month <= last:
        raise ReportError("reports.month_outside_year", month=f"{params.month:%m/%Y}", year=params.year.name)
    return params.month.year, params.month.month


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    year, month = _month_of(params)
    check_progress(progress, 0, 2, "")
    rows = month_rows(db, params.year.id, year, month)
    summary = _summary(params)
    subtitle = f"Năm học {params.year.name}"
    if fmt == "pdf":
        from kindergarten_desktop.reports import pdf

        doc = pdf.OfficialDocument(db, document=params.document, date=dt.date(year, month, 1))
        story = doc.heading(DOCUMENT_TYPE, subtitle, summary=summary)
        if rows:
            story.append(doc.table(HEADERS, [(r.week, r.work, r.responsible, r.note) for r in rows],
                                   widths=WIDTHS, align=("center", "left", "left", "left"), font_size=11,
                                   merge_down=[0]))
        else:
            story.append(pdf.paragraph("Chưa có công việc nào trong tháng."))
        story += doc.closing()
        doc.build(out_path, story)
    else:
        from kindergarten_desktop.reports import excel

        book = excel.Workbook(db, document=params.document, date=dt.date(year, month, 1))
        sheet = book.sheet(f"Tháng {month:02d}-{year}", title=DOCUMENT_TYPE, subtitle=subtitle, summary=summary)
        sheet.table([excel.Column(h) for h in HEADERS],
                    [(r.week.replace("\n", " "), r.work, r.responsible, r.note) for r in rows])
        book.save(out_path)
    check_progress(progress, 2, 2, "")


def _summary(params: ReportParams) -> str:
    return f"Công tác trọng tâm tháng {params.month:%m/%Y}" if params.month else "Công tác trọng tâm tháng"


KINDS = (
    ReportKind(
        name="agenda",
        title="Kế hoạch trọng tâm tháng",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: f"Ke hoach trong tam thang {p.month:%m-%Y}" if p.month else "Ke hoach trong tam thang",
        needs=("year", "month"),
        accepts=("date",),
        description="The month's focus agenda: week | work | responsible | note, signed by the principal "
                    "(--date: the date line, default the first day of the month).",
        document=DocSpec(symbol="KH", recipients=RECIPIENTS, summary=_summary),
    ),
)
