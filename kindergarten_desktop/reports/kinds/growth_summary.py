"""``growth-summary``: the round's nutrition report for the education authority (UBND xã/phường,
Sở GD&ĐT): one row per class, then the age-group and school totals, counts and percentages of
each WHO category, the change since the first round and the comparison with the plan's targets.
"""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.growth.rounds import Round, find_round, list_rounds
from kindergarten_desktop.growth.summary import GroupSummary, RoundSummary, summarize_round
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.narrative import Narrative, load_narrative
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.age_groups import BY_CODE
from kindergarten_desktop.school import SchoolYear

TITLE = "Báo cáo kết quả cân đo, theo dõi sức khỏe trẻ"
DOCUMENT_TYPE = "Báo cáo"
RECIPIENTS = ("{governing_body} (để báo cáo);", "{department} (để báo cáo);")
# (indicator, category, heading) in column order; the group headings span them.
GROUPS = (
    ("Cân nặng theo tuổi", (("wa", "normal", "Bình thường"), ("wa", "underweight", "SDD vừa"),
                            ("wa", "severe_underweight", "SDD nặng"), ("wa", "above_normal", "Cao hơn"))),
    ("Chiều cao theo tuổi", (("ha", "normal", "Bình thường"), ("ha", "stunting", "Thấp còi vừa"),
                             ("ha", "severe_stunting", "Thấp còi nặng"))),
    ("Cân nặng theo chiều cao / BMI theo tuổi", (
        ("wh", "normal", "Bình thường"), ("wh", "wasting", "Gầy còm vừa"), ("wh", "severe_wasting", "Gầy còm nặng"),
        ("wh", "overweight", "Thừa cân"), ("wh", "obese", "Béo phì"))),
)
COLUMNS = [c for _, cols in GROUPS for c in cols]
METRIC_LABELS = {"malnutrition": "Suy dinh dưỡng (nhẹ cân, thấp còi, gầy còm)", "underweight": "Nhẹ cân",
                 "stunting": "Thấp còi", "wasting": "Gầy còm", "overweight_obesity": "Thừa cân, béo phì"}
STATUS = {"underweight": "SDD nhẹ cân", "severe_underweight": "SDD nhẹ cân nặng", "stunting": "Thấp còi",
          "severe_stunting": "Thấp còi nặng", "wasting": "Gầy còm", "severe_wasting": "Gầy còm nặng",
          "overweight": "Thừa cân", "obese": "Béo phì", "above_normal": "Cân nặng cao hơn tuổi",
          "recheck": "Cần đo lại"}


def resolve_round(db: Database, params: ReportParams) -> Round:
    return numbered_round(db, params.year, params.round or 1)


def numbered_round(db: Database, year: SchoolYear, number: int) -> Round:
    """The year's school-wide round ``number``, or an error that says what to do.

    A report never creates rounds (it only reads; a fresh round would have no measurement to
    report anyway): the Growth tab creates the three usual rounds when it first shows a year."""
    found = find_round(db, year.id, number)
    if found is not None:
        return found
    have = [str(r.number) for r in list_rounds(db, year.id) if r.kind == "round"]
    if not have:
        raise ReportError("reports.no_round_yet", year=year.name)
    raise ReportError("reports.no_round", number=number, year=year.name, rounds=", ".join(have))


def group_label(group: GroupSummary) -> str:
    if group.level == "school":
        return "Toàn trường"
    if group.level == "age_group":
        return f"Khối {BY_CODE[group.key].label_vi}" if group.key in BY_CODE else group.label
    return group.label


def _pct(value: float | None) -> str:
    return "" if value is None else format_number(value, 1) + "%"


def _pp(value: float | None) -> str:
    return "" if value is None else ("+" if value > 0 else "") + format_number(value, 1)


def denominator(group: GroupSummary, indicator: str) -> int:
    """Children assessed for ``indicator`` (a weight for W/A, a height for H/A, both for W/H
    or BMI/A): the base of that indicator's percentages."""
    return sum(int(v[0]) for (k, _c), v in group.counts.items() if k == indicator)


def rate(group: GroupSummary, indicator: str, category: str) -> float | None:
    base = denominator(group, indicator)
    return None if not base else 100.0 * group.count(indicator, category) / base


def _cell(group: GroupSummary, indicator: str, category: str) -> str:
    n = group.count(indicator, category)
    return f"{n} ({_pct(rate(group, indicator, category))})" if n else "0"


def _subtitle(summary: RoundSummary, params: ReportParams) -> str:
    r = summary.round
    return f"{r.name} (ngày {format_date(r.day)}) - Năm học {params.year.name}"


def _summary(params: ReportParams) -> str:
    return f"Kết quả cân đo, theo dõi sức khỏe trẻ đợt {params.round or 1} năm học {params.year.name}"


def measurement_dates(summary: RoundSummary) -> str:
    """The days the round's measurements were actually taken, as printed."""
    days = sorted({c.visit_date for c in summary.children})
    if not days:
        return ""
    if len(days) <= 6:
        return ", ".join(format_date(d) for d in days)
    return f"từ ngày {format_date(days[0])} đến ngày {format_date(days[-1])} ({len(days)} ngày cân đo)"


def completeness(db: Database, params: ReportParams) -> tuple[int, int]:
    """(children measured, children enrolled) in the round: the print dialog asks for a
    confirmation when not everyone was measured."""
    summary = summarize_round(db, resolve_round(db, params).id, with_baseline=False)
    return int(summary.school.measured[0]), int(summary.school.enrolled[0])


def incomplete_round(db: Database, params: ReportParams) -> AppError | None:
    """A warning when not every enrolled child was measured ("16 of 466 measured")."""
    measured, enrolled = completeness(db, params)
    if measured >= enrolled:
        return None
    return AppError("reports.round_incomplete", measured=measured, enrolled=enrolled, round=params.round or 1)


def target_lines(summary: RoundSummary) -> list[str]:
    lines = []
    school = summary.school
    for metric, (value, limit, met) in summary.target_status(school).items():
        change = summary.metric_change(school, metric)
        since = f", so với đầu năm {_pp(change)} điểm %" if change is not None else ""
        verdict = "đạt" if met else "chưa đạt"
        lines.append(f"- {METRIC_LABELS.get(metric, metric)}: {_pct(value)} (chỉ tiêu dưới "
                     f"{format_number(limit, 1)}%: {verdict}{since}).")
    return lines


def follow_up_rows(summary: RoundSummary) -> list[tuple]:
    rows = []
    for child in summary.children:
        problems = [STATUS[c] for c in child.categories.values() if c in STATUS]
        if problems:
            rows.append((child.class_name, child.full_name, "Nam" if child.sex == 1 else "Nữ", child.age_months,
                         child.weight_kg, child.height_cm, ", ".join(problems)))
    return rows


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    round_ = resolve_round(db, params)
    check_progress(progress, 0, 3, "Tổng hợp số liệu")
    summary = summarize_round(db, round_.id)
    if summary.school.measured[0] == 0:
        raise ReportError("reports.round_empty", number=round_.number, year=params.year.name)
    narrative = load_narrative(db, round_.id)
    check_progress(progress, 1, 3, "Tạo tài liệu")
    if fmt == "pdf":
        _pdf(db, params, summary, narrative, out_path)
    else:
        _xlsx(db, params, summary, narrative, out_path)
    check_progress(progress, 3, 3, "")


def _measured_line(summary: RoundSummary) -> str:
    school = summary.school
    measured, enrolled = int(school.measured[0]), int(school.enrolled[0])
    share = f" ({_pct(100.0 * measured / enrolled)})" if enrolled else ""
    return (f"Số trẻ được cân đo: {measured}/{enrolled} trẻ{share}, gồm {school.measured[1]} nam, "
            f"{school.measured[2]} nữ. Tỷ lệ mỗi chỉ số tính trên số trẻ được đánh giá chỉ số đó.")


def _pdf(db: Database, params: ReportParams, summary: RoundSummary, narrative: Narrative, out_path: Path) -> None:
    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, document=params.document, date=summary.round.day, landscape=True)
    story = doc.heading(DOCUMENT_TYPE, _subtitle(summary, params), summary=_summary(params))
    story.append(pdf.paragraph(f"Thời gian cân đo: {measurement_dates(summary)}.", "body_left"))
    story.append(pdf.paragraph(_measured_line(summary), "body_left"))
    story.append(pdf.paragraph("I. KẾT QUẢ CÂN ĐO", "heading"))
    head1 = ["STT", "Lớp / khối", "Số trẻ", "Số trẻ được cân đo"]
    head2 = ["", "", "", ""]
    for title, cols in GROUPS:
        head1 += [title] + [""] * len(cols)
        head2 += ["Số trẻ được đánh giá"] + [c[2] for c in cols]
    rows = []
    for i, group in enumerate(summary.groups(), start=1):
        label = group_label(group)
        cells: list = [i if group.level == "class" else "", label, group.enrolled[0], group.measured[0]]
        for _title, cols in GROUPS:
            cells.append(denominator(group, cols[0][0]))
            cells += [_cell(group, k, c) for k, c, _ in cols]
        rows.append(cells)
    totals = len(summary.age_groups) + 1
    n_cols = sum(len(cols) + 1 for _t, cols in GROUPS)
    story.append(doc.table([head1, head2], rows, widths=[4.5, 18, 7, 8] + [9] * n_cols,
                           align=["center", "left", "center", "center"] + ["center"] * n_cols,
                           total_rows=totals, font_size=7))
    story.append(pdf.paragraph("Đánh giá so với chỉ tiêu kế hoạch năm học (toàn trường):", "body_left"))
    story += [pdf.paragraph(line, "body_left") for line in target_lines(summary)]
    for number, (heading, text) in zip(("II", "III", "IV", "V"), narrative.parts(), strict=True):
        story.append(pdf.paragraph(f"{number}. {heading.upper()}", "heading"))
        lines = [line for line in text.splitlines() if line.strip()] or ["." * 150] * 2  # room to write by hand
        story += [pdf.paragraph(line) for line in lines]
    story += doc.closing()
    follow = follow_up_rows(summary)
    if follow:  # an annex of the same document: page numbers run on
        story += doc.new_section()
        story.append(pdf.paragraph("PHỤ LỤC: DANH SÁCH TRẺ CẦN THEO DÕI, CAN THIỆP", "title"))
        story.append(pdf.paragraph(f"(Kèm theo Báo cáo số {doc.number}) - {_subtitle(summary, params)}", "center"))
        story.append(pdf.paragraph(" ", "center"))
        story.append(doc.table(["STT", "Lớp", "Họ và tên trẻ", "Giới tính", "Tháng tuổi", "Cân nặng (kg)",
                                "Chiều cao (cm)", "Tình trạng"],
                               [(i, r[0], r[1], r[2], r[3], _num(r[4]), _num(r[5]), r[6])
                                for i, r in enumerate(follow, start=1)],
                               widths=[6, 14, 40, 10, 10, 12, 12, 40],
                               align=["center", "left", "left", "center", "center", "right", "right", "left"]))
    doc.build(out_path, story)


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value, 1)


def _xlsx(db: Database, params: ReportParams, summary: RoundSummary, narrative: Narrative, out_path: Path) -> None:
    from openpyxl.utils import get_column_letter

    from kindergarten_desktop.reports import excel

    book = excel.Workbook(db, document=params.document, date=summary.round.day)
    groups = summary.groups()
    class_age = dict(db.execute("SELECT id, age_group FROM class WHERE school_year_id = ?", [params.year.id]))
    counts = book.sheet("Số trẻ", title=DOCUMENT_TYPE, summary=_summary(params), subtitle=_subtitle(summary, params),
                        landscape=True)
    columns = [excel.Column("STT", "int"), excel.Column("Lớp / khối"), excel.Column("Số trẻ", "int"),
               excel.Column("Số trẻ được cân đo", "int")]
    for title, cols in GROUPS:
        columns.append(excel.Column("Số trẻ được đánh giá", "int", width=11, group=title))
        columns += [excel.Column(c[2], "int", width=11, group=title) for c in cols]
    first = counts.row + 2  # two header rows
    class_rows = {g.key: first + i for i, g in enumerate(groups) if g.level == "class"}
    last_class = first + len(summary.classes) - 1

    def values(group: GroupSummary) -> list[int]:
        found = [int(group.enrolled[0]), int(group.measured[0])]
        for _title, cols in GROUPS:
            found.append(denominator(group, cols[0][0]))
            found += [group.count(k, c) for k, c, _ in cols]
        return found

    rows: list[list] = []
    for i, group in enumerate(groups):
        if group.level == "class":
            rows.append([i + 1, group_label(group), *values(group)])
            continue
        # Age-group and school totals are sums of the class rows: they follow a corrected count.
        if group.level == "school":
            members = [f"{{col}}{first}:{{col}}{last_class}"] if summary.classes else []
        else:
            members = [f"{{col}}{r}" for key, r in class_rows.items() if class_age.get(int(key)) == group.key]
        sums = [excel.Formula(f"=SUM({','.join(m.format(col=get_column_letter(c)) for m in members)})")
                if members else 0 for c in range(3, len(columns) + 1)]
        rows.append([None, group_label(group), *sums])
    counts.table(columns, rows)
    counts.note(f"Thời gian cân đo: {measurement_dates(summary)}.", column=2)
    counts.note(_measured_line(summary), column=2)
    for line in target_lines(summary):
        counts.note(line, column=2)
    for number, (heading, text) in zip(("II", "III", "IV", "V"), narrative.parts(), strict=True):
        counts.note(f"{number}. {heading.upper()}", column=2, bold=True)
        for line in [line for line in text.splitlines() if line.strip()] or [""]:
            counts.note(line, column=2)

    rates = book.sheet("Tỷ lệ", title=DOCUMENT_TYPE, summary=_summary(params), subtitle=_subtitle(summary, params),
                       landscape=True, closing=False)
    rate_columns = [excel.Column("STT", "int"), excel.Column("Lớp / khối"), excel.Column("Số trẻ được cân đo", "int")]
    for title, cols in GROUPS:
        rate_columns.append(excel.Column("Số trẻ được đánh giá", "int", width=11, group=title))
        rate_columns += [excel.Column(c[2], "percent", width=11, group=title) for c in cols]
    source = "'Số trẻ'!"
    rate_rows = []
    for i, group in enumerate(groups):
        r = first + i
        row: list = [i + 1 if group.level == "class" else None, group_label(group),
                     excel.Formula(f"={source}D{r}")]
        c = 5  # the first denominator column on 'Số trẻ'
        for _title, cols in GROUPS:
            base = f"{source}{get_column_letter(c)}{r}"
            row.append(excel.Formula(f"={base}"))
            for j in range(1, len(cols) + 1):
                # Rate = count ÷ children assessed for that indicator (live: follows the counts).
                row.append(excel.Formula(f'=IF({base}=0,"",{source}{get_column_letter(c + j)}{r}/{base})'))
            c += len(cols) + 1
        rate_rows.append(row)
    table = rates.table(rate_columns, rate_rows)
    for r in range(table.first_row, table.last_row + 1):
        for c, column in enumerate(rate_columns, start=1):
            if column.kind == "percent":
                rates.ws.cell(r, c).number_format = excel.NUMBER_FORMATS["percent"]

    follow = book.sheet("Trẻ cần theo dõi", title="Phụ lục: danh sách trẻ cần theo dõi, can thiệp",
                        subtitle=_subtitle(summary, params), landscape=True, closing=False)
    follow.table([excel.Column("STT", "int"), excel.Column("Lớp"), excel.Column("Họ và tên trẻ"),
                  excel.Column("Giới tính"), excel.Column("Tháng tuổi", "int"), excel.Column("Cân nặng (kg)", "number"),
                  excel.Column("Chiều cao (cm)", "number"), excel.Column("Tình trạng")],
                 [(i, *r) for i, r in enumerate(follow_up_rows(summary), start=1)])
    book.save(out_path)


KINDS = (
    ReportKind(
        name="growth-summary",
        title="Báo cáo cân đo theo đợt",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: f"Bao cao can do dot {p.round or 1} {p.year.name}",
        needs=("year", "round"),
        description="The round's WHO categories per class, age group and school, with the change since the "
                    "first round and the targets (for the commune/ward People's Committee and the provincial "
                    "Department of Education).",
        document=DocSpec(symbol="BC", recipients=RECIPIENTS, drafter_role="nurse", summary=_summary),
        warning=incomplete_round,
    ),
)
