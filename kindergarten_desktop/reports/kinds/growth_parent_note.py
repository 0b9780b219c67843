"""``growth-parent-note``: one page per child for the parents (phiếu thông báo kết quả cân đo): the
latest measurement with its assessment, the weight-for-age and weight-for-height (or BMI-for-age)
charts, and one line of advice chosen from the assessment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.growth.charts import weight_for_height_indicator
from kindergarten_desktop.growth.classify import label
from kindergarten_desktop.reports.document import DocSpec
from kindergarten_desktop.reports.kinds.growth_cards import CHART_TITLES, Card, CardRow, collect_cards, resolve_round
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

TITLE = "PHIẾU THÔNG BÁO KẾT QUẢ CÂN ĐO CỦA TRẺ"
# The advice line, by the most serious finding first.
ADVICE: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"recheck"}), "Số đo của trẻ cần được kiểm tra lại; nhà trường sẽ cân đo lại cho trẻ trong thời gian "
                             "tới."),
    (frozenset({"severe_underweight", "severe_stunting", "severe_wasting", "severe_thinness"}),
     "Trẻ suy dinh dưỡng mức độ nặng: gia đình nên đưa trẻ đi khám tại cơ sở y tế và phối hợp với nhà trường "
     "để chăm sóc, theo dõi cân nặng hằng tháng."),
    (frozenset({"obese"}), "Trẻ béo phì: gia đình hạn chế đồ ngọt, nước ngọt, đồ chiên rán; cho trẻ ăn nhiều rau "
                           "xanh, vận động ít nhất 60 phút mỗi ngày và nên cho trẻ đi khám dinh dưỡng."),
    (frozenset({"overweight"}), "Trẻ thừa cân: gia đình hạn chế đồ ngọt, nước ngọt, đồ chiên rán, tăng rau xanh và "
                                "cho trẻ vận động nhiều hơn mỗi ngày."),
    (frozenset({"underweight", "wasting", "thinness"}),
     "Trẻ suy dinh dưỡng: gia đình cho trẻ ăn đủ bữa, đa dạng thực phẩm (thịt, cá, trứng, sữa, rau quả), "
     "chia nhỏ bữa ăn và theo dõi cân nặng hằng tháng."),
    (frozenset({"stunting"}), "Trẻ thấp còi: gia đình bổ sung sữa và thức ăn giàu đạm, canxi; cho trẻ ngủ đủ giấc "
                              "và vận động ngoài trời hằng ngày."),
    (frozenset({"above_normal"}), "Cân nặng của trẻ cao hơn so với tuổi: gia đình theo dõi chế độ ăn và cho trẻ vận "
                                  "động hằng ngày."),
    (frozenset({"normal"}), "Trẻ phát triển bình thường. Gia đình tiếp tục cho trẻ ăn uống đủ chất, ngủ đủ giấc và "
                            "vận động hằng ngày."),
)
NOT_MEASURED = "Trẻ chưa được cân đo trong đợt này; gia đình liên hệ nhân viên y tế của trường."
WEIGHT_LOSS = "Cân nặng của trẻ giảm {kg} kg so với lần đo trước ({day}): gia đình quan tâm đến bữa ăn và sức khỏe " \
              "của trẻ."


def advice(row: CardRow | None, previous: CardRow | None = None) -> str:
    """The advice line of the latest measurement (and a weight loss since the one before)."""
    if row is None:
        return NOT_MEASURED
    codes = set(row.categories.values())
    text = next((line for found, line in ADVICE if codes & found), NOT_MEASURED)
    m, p = row.measurement, previous.measurement if previous else None
    if p is not None and m.weight_kg is not None and p.weight_kg is not None and m.weight_kg < p.weight_kg:
        text += " " + WEIGHT_LOSS.format(kg=format_number(p.weight_kg - m.weight_kg, 1), day=format_date(p.visit_date))
    return text


def _assessment(row: CardRow) -> list[list[str]]:
    names = {"wa": "Cân nặng theo tuổi", "ha": "Chiều cao theo tuổi",
             "wh": "Cân nặng theo chiều cao" if row.age_months < 60 else "BMI theo tuổi"}
    z = {"wa": row.z["waz"], "ha": row.z["haz"], "wh": row.z["wh"]}
    return [[names[k], "" if z[k] != z[k] else format_number(z[k], 2), label(code) if code else ""]
            for k, code in row.categories.items()]


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from kindergarten_desktop.reports import pdf
    from kindergarten_desktop.reports.charts import ChartLabels, chart

    check_progress(progress, 0, 1, "Tính chỉ số z")
    cards: list[Card] = collect_cards(db, params)
    if not cards:
        raise ReportError("reports.nobody_enrolled_class" if params.class_name else "reports.nobody_enrolled",
                          class_name=params.class_name or "", year=params.year.name)
    round_ = resolve_round(db, params)
    doc = pdf.OfficialDocument(db, number="", page_numbers=False, title=TITLE.capitalize())
    story: list[Any] = []
    total = len(cards)
    for n, card in enumerate(cards):
        if n % 10 == 0:
            check_progress(progress, n, total, f"{card.class_name}: {card.child.full_name}")
        if n:
            story += doc.new_section()
        subtitle = (round_.name if round_ else "Năm học " + params.year.name)
        story.append(pdf.paragraph(pdf.shorten(doc.head.school_name.upper(), 120), "header_bold"))  # from whom
        story += doc.heading(TITLE, subtitle, letterhead=False)
        child = card.child
        latest = card.rows[-1] if card.rows else None
        day = latest.measurement.visit_date if latest else card.on
        info = [["Họ và tên trẻ:", child.full_name, "Lớp:", card.class_name],
                ["Ngày sinh:", format_date(child.birth_date), "Giới tính:", "Nam" if child.sex == 1 else "Nữ"]]
        if latest:
            m = latest.measurement
            info.append(["Ngày cân đo:", format_date(day), "Tháng tuổi:", str(latest.age_months)])
            info.append(["Cân nặng:", f"{format_number(m.weight_kg, 1)} kg" if m.weight_kg else "–",
                         "Chiều cao:", f"{format_number(m.height_cm, 1)} cm" if m.height_cm else "–"])
        grid = Table(info, colWidths=[30 * mm, 60 * mm, 28 * mm, 42 * mm])
        grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), pdf.SERIF), ("FONTSIZE", (0, 0), (-1, -1), 12),
                                  ("FONTNAME", (1, 0), (1, 0), f"{pdf.SERIF}-Bold")]))
        story.append(grid)
        if latest:
            story.append(doc.table(["Chỉ số", "Chỉ số z", "Đánh giá"], _assessment(latest), widths=[40, 16, 60],
                                   align=["left", "right", "left"], font_size=10))
        width = (doc.width - 6 * mm) / 2
        drawings = []
        for key in ("wfa", weight_for_height_indicator(child, day)):
            title, x_label, y_label = CHART_TITLES[key]
            drawings.append(chart(key, child, card.history, card.on, ChartLabels(title, x_label, y_label),
                                  width, 72 * mm))
        charts = Table([drawings], colWidths=[width + 3 * mm] * 2)
        charts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                    ("FONTNAME", (0, 0), (-1, -1), pdf.SERIF)]))  # else an unembedded Helvetica
        story.append(charts)
        previous = card.rows[-2] if len(card.rows) > 1 else None
        story.append(pdf.paragraph("<b>Lời khuyên:</b> " + advice(latest, previous), "body_left", markup=True))
        sign = Table([["Cha mẹ trẻ", "Nhân viên y tế"], ["(ký, ghi rõ họ tên)", "(ký, ghi rõ họ tên)"]],
                     colWidths=[doc.width / 2] * 2)
        sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), f"{pdf.SERIF}-Bold"),
                                  ("FONTNAME", (0, 1), (-1, 1), f"{pdf.SERIF}-Italic"),
                                  ("FONTSIZE", (0, 0), (-1, -1), 12), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        story.append(sign)
    doc.build(out_path, story)
    check_progress(progress, total, total, "")


KINDS = (
    ReportKind(
        name="growth-parent-note",
        title="Phiếu thông báo kết quả cân đo gửi cha mẹ",
        formats=("pdf",),
        build=build,
        file_stem=lambda p: f"Phieu thong bao can do {p.class_name or 'toan truong'}"
                            + (f" dot {p.round}" if p.round else "") + f" {p.year.name}",
        needs=("year",),
        accepts=("class", "round"),
        description="One page per child for the parents: the latest measurement and its assessment, the "
                    "weight-for-age and weight-for-height (or BMI-for-age) charts and an advice line.",
        document=DocSpec(symbol="", recipients=(), official=False),  # a note to the parents, one per child
    ),
)
