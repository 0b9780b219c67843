"""``growth-cards``: one A4 page per child with the WHO charts and the table of measurements
(phiếu theo dõi tăng trưởng), for a class or the whole school.

All z-scores come from one engine call for every measurement printed; the charts are drawn
with reportlab graphics on a canvas page by page (reports/charts.py), which keeps the whole
school (~480 pages) well within the issue's 30 seconds.

A child without any measurement still gets a card: its charts show the curves for the child's
age and the table says so, so the class set is complete and tells the nurse who is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.growth.assessment import DAYS_PER_MONTH, Assessment, age_months, assess, completed_months
from kindergarten_desktop.growth.charts import ChartChild, weight_for_height_indicator
from kindergarten_desktop.growth.classify import label
from kindergarten_desktop.growth.measurements import MEASUREMENT_COLUMNS, Measurement, measurement_from_row
from kindergarten_desktop.growth.rounds import Round
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.kinds.growth_summary import numbered_round
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress
from kindergarten_desktop.roster.queries import class_children, list_classes

TITLE = "PHIẾU THEO DÕI TĂNG TRƯỞNG CỦA TRẺ"
CHART_TITLES = {
    "wfa": ("Cân nặng theo tuổi", "Tuổi (tháng)", "Cân nặng (kg)"),
    "hfa": ("Chiều cao theo tuổi", "Tuổi (tháng)", "Chiều cao (cm)"),
    "wfh": ("Cân nặng theo chiều cao", "Chiều cao (cm)", "Cân nặng (kg)"),
    "bfa": ("BMI theo tuổi", "Tuổi (tháng)", "BMI (kg/m²)"),
}
INDICATOR_SHORT = {"wa": "CN/T", "ha": "CC/T", "wh": "CN/CC"}
# Table columns: heading, width (mm), alignment.
COLUMNS = (("STT", 8, "c"), ("Ngày đo", 19, "c"), ("Tháng tuổi", 13, "c"), ("Cân nặng (kg)", 15, "r"),
           ("Chiều cao (cm)", 15, "r"), ("Z-score CN/T", 15, "r"), ("Z-score CC/T", 15, "r"),
           ("Z-score CN/CC hoặc BMI/T", 21, "r"), ("Đánh giá", 54, "l"))
MARGIN_MM = {"top": 15, "bottom": 15, "left": 20, "right": 15}


@dataclass
class CardRow:
    """One measurement as printed, z-scores and categories from the engine."""

    measurement: Measurement
    age_months: int
    z: dict[str, float]  # waz, haz, wh (weight-for-height under 5 years, BMI-for-age from 5)
    categories: dict[str, str]  # wa, ha, wh -> engine category code

    def assessment_text(self) -> str:
        """Vietnamese classification: the problems found, or 'Bình thường'."""
        found = [c for c in self.categories.values() if c]
        problems = []
        for key, code in self.categories.items():
            if code == "recheck":
                problems.append(f"{INDICATOR_SHORT[key]}: {label(code)}")
            elif code and code != "normal":
                problems.append(label(code))
        return "; ".join(problems) if problems else (label("normal") if found else "")


@dataclass
class Card:
    child: ChartChild
    child_id: int
    class_name: str
    history: list[Measurement]
    rows: list[CardRow]
    on: dt.date  # the charts' "today": the round's date or the report date


def resolve_round(db: Database, params: ReportParams) -> Round | None:
    if params.round is None:
        return None
    return numbered_round(db, params.year, params.round)


def _histories(db: Database, child_ids: list[int]) -> dict[int, list[Measurement]]:
    """Every measurement with values of these children, oldest first (one query)."""
    found: dict[int, list[Measurement]] = {i: [] for i in child_ids}
    for start in range(0, len(child_ids), 900):  # SQLite's limit on host parameters
        chunk = child_ids[start:start + 900]
        rows = db.execute(
            f"SELECT {MEASUREMENT_COLUMNS} FROM measurement WHERE child_id IN ({','.join('?' * len(chunk))}) "
            "AND absent = 0 AND (weight_kg IS NOT NULL OR height_cm IS NOT NULL) ORDER BY visit_date",
            chunk).fetchall()
        for row in rows:
            found[row[0]].append(measurement_from_row(row))
    return found


def _cutoff(history: list[Measurement], round_: Round | None, day: dt.date) -> dt.date:
    """Measurements up to the round (its own one may be dated a little after the round's day)."""
    if round_ is None:
        return day
    own = [m.visit_date for m in history if m.round_id == round_.id]
    return max([round_.day, *own])


def collect_cards(db: Database, params: ReportParams, today: dt.date | None = None) -> list[Card]:
    """The cards in print order (classes youngest first, children in Vietnamese order), with the
    z-scores of every printed measurement from one engine call."""
    round_ = resolve_round(db, params)
    year = params.year
    day = round_.day if round_ else min(max(today or dt.date.today(), year.start_date), year.end_date)
    if params.class_id is not None:
        classes = [(params.class_id, params.class_name or "")]
    else:
        classes = [(c.id, c.name) for c in list_classes(db, year.id, on=day)]
    enrolled = [(name, child) for class_id, name in classes for child in class_children(db, class_id, on=day)]
    histories = _histories(db, [child.id for _name, child in enrolled])
    cards = []
    for class_name, child in enrolled:
        history = histories[child.id]
        on = _cutoff(history, round_, day)
        history = [m for m in history if m.visit_date <= on]
        cards.append(Card(ChartChild(child.full_name, child.sex, child.birth_date), child.id, class_name, history,
                          [], on))
    _assess(cards)
    return cards


def _assess(cards: list[Card]) -> None:
    flat = [(card, m) for card in cards for m in card.history]
    if not flat:
        return
    result: Assessment = assess([c.child.sex for c, _m in flat], [c.child.birth_date for c, _m in flat],
                                [m.visit_date for _c, m in flat], [m.weight_kg for _c, m in flat],
                                [m.height_cm for _c, m in flat], [m.measure for _c, m in flat])
    for i, (card, m) in enumerate(flat):
        days = int(result.age_days[i])
        wh = result.z["baz"][i] if days / DAYS_PER_MONTH >= 60 else result.z["whz"][i]
        card.rows.append(CardRow(m, completed_months(days),
                                 {"waz": float(result.z["waz"][i]), "haz": float(result.z["haz"][i]),
                                  "wh": float(wh)},
                                 {k: str(v[i] or "") for k, v in result.categories.items()}))


def _z(value: float) -> str:
    return "" if np.isnan(value) else format_number(value, 2)


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value, 1)


def table_cells(row: CardRow, number: int) -> list[str]:
    m = row.measurement
    return [str(number), format_date(m.visit_date), str(row.age_months), _num(m.weight_kg), _num(m.height_cm),
            _z(row.z["waz"]), _z(row.z["haz"]), _z(row.z["wh"]), row.assessment_text()]


class CardPainter:
    """Draws cards on a reportlab canvas, one page each."""

    def __init__(self, canvas: Any, school: Any, subtitle: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        from kindergarten_desktop.reports.pdf import register_fonts

        register_fonts()
        self.canvas = canvas
        self.school = school
        self.subtitle = subtitle
        self.mm = mm
        self.page_w, self.page_h = A4
        self.left = MARGIN_MM["left"] * mm
        self.width = self.page_w - (MARGIN_MM["left"] + MARGIN_MM["right"]) * mm

    def page(self, card: Card) -> None:
        from reportlab.graphics import renderPDF

        from kindergarten_desktop.reports.charts import ChartLabels, chart
        from kindergarten_desktop.reports.pdf import SANS, SERIF, fit_text

        c, mm = self.canvas, self.mm
        top = self.page_h - MARGIN_MM["top"] * mm
        half = self.width * 0.55
        c.setFont(SERIF, 10)
        c.drawString(self.left, top - 10, fit_text(self.school.governing_body.upper(), SERIF, 10, half))
        c.setFont(f"{SERIF}-Bold", 10)
        c.drawString(self.left, top - 22, fit_text(self.school.school_name.upper(), f"{SERIF}-Bold", 10, half))
        c.setFont(f"{SERIF}-Italic", 10)
        c.drawRightString(self.left + self.width, top - 10, self.subtitle)
        c.setFont(f"{SERIF}-Bold", 14)
        c.drawCentredString(self.left + self.width / 2, top - 44, TITLE)
        child = card.child
        y = top - 64
        self._field(self.left, y, "Họ và tên trẻ: ", child.full_name, bold=True, width=self.width * 0.6)
        self._field(self.left + self.width * 0.62, y, "Lớp: ", card.class_name, width=self.width * 0.38)
        y -= 15
        self._field(self.left, y, "Giới tính: ", "Nam" if child.sex == 1 else "Nữ")
        self._field(self.left + self.width * 0.3, y, "Ngày sinh: ", format_date(child.birth_date))
        # The age on the last measurement's day, as its row in the table (one function: age_months).
        day = card.history[-1].visit_date if card.history else card.on
        self._field(self.left + self.width * 0.62, y, "Tuổi ngày " + format_date(day) + ": ",
                    f"{age_months(child.birth_date, day)} tháng")

        chart_w = (self.width - 4 * mm) / 2
        chart_h = 70 * mm
        last = card.history[-1].visit_date if card.history else card.on
        indicators = ("wfa", "hfa", weight_for_height_indicator(child, last))
        y -= 8 + chart_h
        spots = [(self.left, y), (self.left + chart_w + 4 * mm, y), (self.left, y - chart_h - 3 * mm)]
        for indicator, (x, yy) in zip(indicators, spots, strict=True):
            title, x_label, y_label = CHART_TITLES[indicator]
            drawing = chart(indicator, child, card.history, card.on, ChartLabels(title, x_label, y_label),
                            chart_w, chart_h)
            renderPDF.draw(drawing, c, x, yy)
        self._legend(self.left + chart_w + 4 * mm, y - chart_h - 3 * mm, chart_w, chart_h, SANS)
        self._table(card, y - chart_h - 8 * mm, SERIF)
        c.showPage()

    def _field(self, x: float, y: float, caption: str, value: str, *, bold: bool = False,
               width: float | None = None) -> None:
        """'Caption: value' on one line; a value too long for ``width`` is shortened with "…"."""
        from kindergarten_desktop.reports.pdf import SERIF, fit_text

        c = self.canvas
        c.setFont(SERIF, 12)
        c.drawString(x, y, caption)
        font = f"{SERIF}-Bold" if bold else SERIF
        start = c.stringWidth(caption, SERIF, 12)
        if width is not None:
            value = fit_text(value, font, 12, width - start)
        c.setFont(font, 12)
        c.drawString(x + start, y, value)

    def _legend(self, x: float, y: float, w: float, h: float, font: str) -> None:
        from reportlab.lib import colors

        from kindergarten_desktop.reports.charts import POINT_COLOUR, SD_STYLE

        c = self.canvas
        lines = [(0, "Trung vị (0 SD)"), (1, "+1 SD và −1 SD"), (2, "+2 SD và −2 SD"), (3, "+3 SD và −3 SD")]
        top = y + h - 24
        c.setFont(f"{font}-Bold", 8.5)
        c.drawString(x + 10, top + 8, "Chú giải")
        c.setFont(font, 8)
        for i, (k, text) in enumerate(lines):
            colour, dash = SD_STYLE[k]
            yy = top - 8 - i * 13
            c.setStrokeColor(colors.HexColor(colour))
            c.setLineWidth(1.1)
            c.setDash(*dash) if dash else c.setDash()
            c.line(x + 10, yy + 3, x + 34, yy + 3)
            c.setDash()
            c.drawString(x + 40, yy, text)
        yy = top - 8 - len(lines) * 13
        c.setStrokeColor(POINT_COLOUR)
        c.setFillColor(POINT_COLOUR)
        c.line(x + 10, yy + 3, x + 34, yy + 3)
        c.circle(x + 22, yy + 3, 1.8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.drawString(x + 40, yy, "Các lần cân đo của trẻ")
        notes = ["Chuẩn tăng trưởng WHO 2006 (đến 60 tháng),", "tham chiếu WHO 2007 (từ 61 tháng).",
                 "Dưới 5 tuổi: cân nặng theo chiều cao;", "từ 5 tuổi: BMI theo tuổi.",
                 "Dưới −2 SD: suy dinh dưỡng; trên +2 SD", "(BMI/T từ 5 tuổi: trên +1 SD): thừa cân."]
        c.setFont(font, 7.5)
        for i, text in enumerate(notes):
            c.drawString(x + 10, yy - 18 - i * 10, text)
        c.setStrokeColor(colors.black)

    def _table(self, card: Card, top: float, font: str) -> None:
        from reportlab.lib.utils import simpleSplit

        c, mm = self.canvas, self.mm
        scale = self.width / (sum(w for _h, w, _a in COLUMNS) * mm)
        widths = [w * mm * scale for _h, w, _a in COLUMNS]
        bottom = MARGIN_MM["bottom"] * mm
        c.setFont(f"{font}-Bold", 9.5)
        c.drawString(self.left, top, "Kết quả các lần cân đo")
        top -= 5
        head = [simpleSplit(h, f"{font}-Bold", 7.5, w - 4) for (h, _w, _a), w in zip(COLUMNS, widths, strict=True)]
        head_h = 9.0 * max(len(lines) for lines in head) + 4
        rows = [table_cells(r, i) for i, r in enumerate(card.rows, start=1)]
        wrapped = [[simpleSplit(text, font, 8, w - 4) or [""] for text, w in zip(row, widths, strict=True)]
                   for row in rows]
        heights = [10.0 * max(len(cell) for cell in row) + 3 for row in wrapped]
        # The newest rows that fit on the page (the charts still show every point).
        room = top - head_h - bottom - 12
        shown = len(rows)
        while shown and sum(heights[len(rows) - shown:]) > room:
            shown -= 1
        first = len(rows) - shown
        self._row(top, head_h, head, widths, ["c"] * len(COLUMNS), f"{font}-Bold", 7.5, shade=True)
        y = top - head_h
        if not rows:
            c.rect(self.left, y - 16, self.width, 16)
            c.setFont(f"{font}-Italic", 9)
            c.drawCentredString(self.left + self.width / 2, y - 11,
                                "Trẻ chưa có số đo nào đến ngày " + format_date(card.on) + ".")
            return
        for cells, h in zip(wrapped[first:], heights[first:], strict=True):
            self._row(y, h, cells, widths, [a for _h, _w, a in COLUMNS], font, 8)
            y -= h
        if first:
            c.setFont(font, 7.5)
            c.drawString(self.left, y - 10, f"(Bảng in {shown} lần đo gần nhất trong {len(rows)} lần; "
                                            "biểu đồ thể hiện tất cả.)")

    def _row(self, top: float, h: float, cells: list[list[str]], widths: list[float], align: list[str],
             font: str, size: float, *, shade: bool = False) -> None:
        from reportlab.lib import colors

        c = self.canvas
        x = self.left
        if shade:
            c.setFillColor(colors.Color(0.92, 0.92, 0.92))
            c.rect(x, top - h, self.width, h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.setLineWidth(0.5)
        c.setFont(font, size)
        leading = size + 1.5 if shade else 10.0
        for lines, w, a in zip(cells, widths, align, strict=True):
            c.rect(x, top - h, w, h, stroke=1, fill=0)
            block = leading * len(lines)
            yy = top - (h - block) / 2 - size
            for line in lines:
                if a == "c":
                    c.drawCentredString(x + w / 2, yy, line)
                elif a == "r":
                    c.drawRightString(x + w - 2, yy, line)
                else:
                    c.drawString(x + 2, yy, line)
                yy -= leading
            x += w


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from kindergarten_desktop.reports.letterhead import letterhead

    check_progress(progress, 0, 1, "Tính chỉ số z")
    cards = collect_cards(db, params)
    if not cards:
        raise ReportError("reports.nobody_enrolled_class" if params.class_name else "reports.nobody_enrolled",
                          class_name=params.class_name or "", year=params.year.name)
    round_ = resolve_round(db, params)
    subtitle = f"Năm học {params.year.name}" + (f" - {round_.name}" if round_ else "")
    school = letterhead(db)
    from kindergarten_desktop.reports.pdf import SERIF, register_fonts

    register_fonts()
    # The initial font too is the embedded serif (else every page names a non-embedded Helvetica).
    canvas = Canvas(str(out_path), pagesize=_a4(), pageCompression=1, initialFontName=SERIF, initialFontSize=12)
    canvas.setTitle(f"{TITLE.capitalize()} - {params.class_name or 'Toàn trường'} - {params.year.name}")
    canvas.setAuthor(school.school_name)
    canvas.setCreator("kindergarten-desktop")
    painter = CardPainter(canvas, school, subtitle)
    total = len(cards)
    for i, card in enumerate(cards):
        if i % 5 == 0:
            check_progress(progress, i, total, f"{card.class_name}: {card.child.full_name}")
        painter.page(card)
    canvas.save()
    check_progress(progress, total, total, "")


def _a4() -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4

    return A4


KINDS = (
    ReportKind(
        name="growth-cards",
        title="Phiếu theo dõi tăng trưởng của trẻ",
        formats=("pdf",),
        build=build,
        file_stem=lambda p: f"Phieu theo doi tang truong {p.class_name or 'toan truong'}"
                            + (f" dot {p.round}" if p.round else "") + f" {p.year.name}",
        needs=("year",),
        accepts=("class", "round"),
        description="One page per child: the WHO charts (weight-for-age, height-for-age, weight-for-height "
                    "or BMI-for-age) and the table of measurements with z-scores and classification.",
        document=DocSpec(symbol="", recipients=(), official=False),  # a card per child, not a dispatch
    ),
)
