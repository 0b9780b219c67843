"""``growth-summary``: the round's nutrition report for the education authority (UBND xã/phường,
Sở GD&ĐT): one row per class, then the age-group and school totals, counts and percentages of
each WHO category, the change since the first round and the comparison with the plan's targets.
"""

from __future__ import annotations

from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.growth.rounds import Round, find_round, list_rounds
from kindergarten_desktop.growth.summary import GroupSummary, RoundSummary, summarize_round
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.age_groups import BY_CODE
from kindergarten_desktop.school import SchoolYear

TITLE = "Báo cáo kết quả cân đo, theo dõi sức khỏe trẻ"
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
        raise ReportError(f"--round: {year.name} has no measurement round yet: open the Growth tab "
                          f"(Tăng trưởng) with the school year {year.name} to create the usual three "
                          "(September, December, March), then enter the measurements")
    raise ReportError(f"--round: no round {number} in {year.name}; rounds: {', '.join(have)} "
                      "(add a round in the Growth tab)")


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


def _cell(group: GroupSummary, indicator: str, category: str) -> str:
    n = group.count(indicator, category)
    return f"{n} ({_pct(group.percent(indicator, category))})" if n else "0"


def _subtitle(summary: RoundSummary, params: ReportParams) -> str:
    r = summary.round
    return f"{r.name} (ngày {format_date(r.day)}) - Năm học {params.year.name}"


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
        raise ReportError(f"round {round_.number} of {params.year.name} has no measurement yet")
    check_progress(progress, 1, 3, "Tạo tài liệu")
    if fmt == "pdf":
        _pdf(db, params, summary, out_path)
    else:
        _xlsx(db, params, summary, out_path)
    check_progress(progress, 3, 3, "")


def _pdf(db: Database, params: ReportParams, summary: RoundSummary, out_path: Path) -> None:
    from reportlab.platypus import TableStyle

    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, number="…/BC-MN", landscape=True)
    story = doc.heading(TITLE.upper(), _subtitle(summary, params))
    head1 = ["STT", "Lớp / khối", "Số trẻ", "Số trẻ được cân đo"]
    head2 = ["", "", "", ""]
    spans = []
    for title, cols in GROUPS:
        spans.append(("SPAN", (len(head1), 0), (len(head1) + len(cols) - 1, 0)))
        head1 += [title] + [""] * (len(cols) - 1)
        head2 += [c[2] for c in cols]
    rows = []
    for i, group in enumerate(summary.groups(), start=1):
        label = group_label(group)
        rows.append([i if group.level == "class" else "", label, group.enrolled[0], group.measured[0]]
                    + [_cell(group, k, c) for k, c, _ in COLUMNS])
    totals = len(summary.age_groups) + 1
    table = doc.table([head1, head2], rows, widths=[5, 22, 8, 10] + [10] * len(COLUMNS),
                      align=["center", "left", "center", "center"] + ["center"] * len(COLUMNS),
                      total_rows=totals, font_size=7.5)
    table.setStyle(TableStyle(spans + [("SPAN", (c, 0), (c, 1)) for c in range(4)]))
    story.append(table)
    story.append(pdf.paragraph("Đánh giá so với chỉ tiêu kế hoạch năm học (toàn trường):", "body_left"))
    story += [pdf.paragraph(line, "body_left") for line in target_lines(summary)]
    boys, girls = summary.school.measured[1], summary.school.measured[2]
    story.append(pdf.paragraph(f"Số trẻ được cân đo: {summary.school.measured[0]} ({boys} nam, {girls} nữ).",
                               "body_left"))
    follow = follow_up_rows(summary)
    if follow:
        story += doc.new_section()
        story.append(pdf.paragraph("DANH SÁCH TRẺ CẦN THEO DÕI, CAN THIỆP", "title"))
        story.append(pdf.paragraph(_subtitle(summary, params), "subtitle"))
        story.append(doc.table(["STT", "Lớp", "Họ và tên trẻ", "Giới tính", "Tháng tuổi", "Cân nặng (kg)",
                                "Chiều cao (cm)", "Tình trạng"],
                               [(i, r[0], r[1], r[2], r[3], _num(r[4]), _num(r[5]), r[6])
                                for i, r in enumerate(follow, start=1)],
                               widths=[6, 14, 40, 10, 10, 12, 12, 40],
                               align=["center", "left", "left", "center", "center", "right", "right", "left"]))
    story += doc.closing(recipients=["UBND xã/phường (báo cáo);", "Sở GD&ĐT (báo cáo);", "Lưu: VT, YT."])
    doc.build(out_path, story)


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value, 1)


def _xlsx(db: Database, params: ReportParams, summary: RoundSummary, out_path: Path) -> None:
    from kindergarten_desktop.reports import excel

    book = excel.Workbook(db)
    for sheet_name, percent in (("Số trẻ", False), ("Tỷ lệ", True)):
        sheet = book.sheet(sheet_name, title=TITLE.upper(), subtitle=_subtitle(summary, params), landscape=True)
        columns = [excel.Column("STT", "int"), excel.Column("Lớp / khối"), excel.Column("Số trẻ", "int"),
                   excel.Column("Số trẻ được cân đo", "int")]
        columns += [excel.Column(f"{title.split(' / ')[0]}: {c[2]}", "percent" if percent else "int", width=14)
                    for title, cols in GROUPS for c in cols]
        rows = []
        for i, group in enumerate(summary.groups(), start=1):
            values = []
            for k, c, _ in COLUMNS:
                p = group.percent(k, c)
                values.append((None if p is None else round(p / 100, 4)) if percent else group.count(k, c))
            rows.append([i if group.level == "class" else None, group_label(group), int(group.enrolled[0]),
                         int(group.measured[0]), *values])
        sheet.table(columns, rows)
        if not percent:
            for line in target_lines(summary):
                sheet.note(line, column=2)
    sheet = book.sheet("Trẻ cần theo dõi", title="DANH SÁCH TRẺ CẦN THEO DÕI, CAN THIỆP",
                       subtitle=_subtitle(summary, params), landscape=True)
    sheet.table([excel.Column("STT", "int"), excel.Column("Lớp"), excel.Column("Họ và tên trẻ"),
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
    ),
)
