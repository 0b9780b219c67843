"""``lunch-support``: the claim list for the state lunch support (Decree 105/2020/NĐ-CP art. 7),
"Danh sách trẻ được hỗ trợ tiền ăn trưa", per payment round of a school year: round 1 covers
September to December, round 2 January to May (the decree pays twice a year).

One row per supported child: date of birth, class, the art. 7 circumstance, the months
supported, their number, the amount a month and the total. Every figure comes from the meal
ledger (meals.ledger: kindergarten-age children only, never nursery), so the list and the
ledger always agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.support import reason_text
from kindergarten_desktop.reports.meals_common import money, signatures, sort_by_class, staff_name
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

TITLE = "Danh sách trẻ được hỗ trợ tiền ăn trưa"
LEGAL = "Theo Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của Chính phủ (Điều 7)"
ROUNDS = {1: (9, 10, 11, 12), 2: (1, 2, 3, 4, 5)}


@dataclass
class Claim:
    child_id: int
    full_name: str
    birth_date: dt.date | None
    class_id: int | None
    class_name: str
    reason: str
    months: list[tuple[int, int]]  # (year, month)
    amounts: list[int]

    @property
    def total(self) -> int:
        return sum(self.amounts)

    @property
    def months_text(self) -> str:
        return ", ".join(str(m) for _, m in self.months)  # a round lies within one calendar year

    @property
    def monthly(self) -> str:
        """The amount a month (several amounts when a new decree changed it within the round)."""
        return " / ".join(money(a) for a in dict.fromkeys(self.amounts))


def months_of(params: ReportParams) -> list[tuple[int, int]]:
    if params.round not in ROUNDS:
        raise ReportError("reports.support_round")
    start = params.year.start_date.year
    return [(start if m >= 9 else start + 1, m) for m in ROUNDS[params.round]]


def claims(db: Database, params: ReportParams, progress: Progress | None = None) -> list[Claim]:
    """The supported children of the round, in class order then name order."""
    months = months_of(params)
    found: dict[int, Claim] = {}
    for index, (year, month) in enumerate(months):
        if progress is not None:
            check_progress(progress, index, len(months), f"{month:02d}/{year}")
        for row in compute_month(db, year, month, params.class_id).rows:
            if not row.support:
                continue
            claim = found.get(row.child_id)
            if claim is None:
                claim = found[row.child_id] = Claim(row.child_id, row.full_name, None, row.class_id, row.class_name,
                                                    "", [], [])
            claim.class_id, claim.class_name = row.class_id, row.class_name
            claim.reason = reason_text(row.support_flags)
            claim.months.append((year, month))
            claim.amounts.append(row.support)
    if found:
        marks = ",".join("?" * len(found))
        for cid, born in db.execute(f"SELECT id, birth_date FROM child WHERE id IN ({marks})", list(found)):
            found[cid].birth_date = dt.date.fromisoformat(born)
    return sort_by_class(db, list(found.values()))


def subtitle(params: ReportParams) -> str:
    months = months_of(params)
    (y1, m1), (y2, m2) = months[0], months[-1]
    where = f"Lớp {params.class_name} - " if params.class_name else ""
    return (f"{where}Năm học {params.year.name} - Đợt {params.round} "
            f"(tháng {m1:02d}/{y1} đến tháng {m2:02d}/{y2})")


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    rows = claims(db, params, progress)
    if not rows:
        raise ReportError("reports.no_support", round=params.round, year=params.year.name)
    if fmt == "pdf":
        _pdf(db, params, rows, out_path)
    else:
        _xlsx(db, params, rows, out_path)


HEADER = ["STT", "Họ và tên trẻ", "Ngày sinh", "Lớp", "Thuộc đối tượng", "Tháng được hỗ trợ", "Số tháng",
          "Mức hỗ trợ/tháng (đồng)", "Thành tiền (đồng)", "Ký nhận"]


def _pdf(db: Database, params: ReportParams, rows: list[Claim], out_path: Path) -> None:
    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, number="…/DS-MN", landscape=True, title=TITLE)
    story = doc.heading(TITLE.upper(), subtitle(params))
    story.append(pdf.paragraph(LEGAL, "center"))
    data = [[i, c.full_name, format_date(c.birth_date) if c.birth_date else "", c.class_name, c.reason,
             c.months_text, len(c.months), c.monthly, money(c.total), ""] for i, c in enumerate(rows, 1)]
    data.append(["", "Tổng cộng", "", "", "", "", sum(len(c.months) for c in rows), "",
                 money(sum(c.total for c in rows)), ""])
    story.append(doc.table(HEADER, data, widths=[5, 28, 12, 10, 30, 16, 8, 13, 14, 14],
                           align=["center", "left", "center", "center", "left", "left", "center", "right",
                                  "right", "left"], total_rows=1, font_size=9))
    story.append(pdf.paragraph(f"Tổng số trẻ được hỗ trợ: {len(rows)} trẻ. Tổng số tiền: "
                               f"{money(sum(c.total for c in rows))} đồng.", "body_left"))
    story += signatures(doc, [("NGƯỜI LẬP BIỂU", staff_name(db, "accountant")),
                              ("HIỆU TRƯỞNG", doc.head.principal_name)])
    doc.build(out_path, story)


def _xlsx(db: Database, params: ReportParams, rows: list[Claim], out_path: Path) -> None:
    from kindergarten_desktop.reports import excel

    book = excel.Workbook(db)
    sheet = book.sheet(f"Đợt {params.round}", title=TITLE.upper(), subtitle=subtitle(params), landscape=True)
    columns = [excel.Column("STT", "int"), excel.Column("Họ và tên trẻ"), excel.Column("Ngày sinh", "date"),
               excel.Column("Lớp"), excel.Column("Thuộc đối tượng", width=30),
               excel.Column("Tháng được hỗ trợ", width=26), excel.Column("Số tháng", "int", total=True),
               excel.Column("Mức hỗ trợ/tháng (đồng)", "money"), excel.Column("Thành tiền (đồng)", "money", total=True),
               excel.Column("Ký nhận", width=14)]
    first = sheet.row + 1
    values = []
    for i, c in enumerate(rows, 1):
        r = first + i - 1
        monthly: object = c.amounts[0] if len(set(c.amounts)) == 1 else c.monthly
        # Thành tiền = months × amount, live, when the amount stayed the same within the round.
        total: object = excel.Formula(f"=G{r}*H{r}") if isinstance(monthly, int) else c.total
        values.append([i, c.full_name, c.birth_date, c.class_name, c.reason, c.months_text, len(c.months),
                       monthly, total, None])
    sheet.table(columns, values, total_label="Tổng cộng")
    sheet.note(LEGAL, column=2, italic=True)
    book.save(out_path)


KINDS = (
    ReportKind(
        name="lunch-support",
        title=TITLE,
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: f"Ho tro an trua {p.year.name} dot {p.round}"
                            + (f" {p.class_name}" if p.class_name else ""),
        needs=("year", "round"),
        accepts=("class",),
        description="Decree 105/2020 lunch-support claim list for a payment round (--round 1: September to "
                    "December, 2: January to May): supported children, why, months and amounts.",
    ),
)
