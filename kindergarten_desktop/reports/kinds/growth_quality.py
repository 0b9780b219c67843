"""``growth-quality``: the data-quality summary of a round (as WHO Anthro's survey analysis) — for each
z-score n, mean and SD, the shares flagged and missing, by sex and age band — with the children whose
change since the previous measurement is implausible and those with no weight gain or a weight loss.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.growth.quality import AGE_BANDS, ALL, ChangeRow, QualityGroup, RoundQuality, round_quality
from kindergarten_desktop.growth.rounds import Round, current_round
from kindergarten_desktop.reports.kinds.growth_summary import numbered_round
from kindergarten_desktop.reports.registry import Progress, ReportError, ReportKind, ReportParams, check_progress

TITLE = "TỔNG HỢP CHẤT LƯỢNG SỐ LIỆU CÂN ĐO"
Z_NAMES = {"waz": "CN/T", "haz": "CC/T", "whz": "CN/CC", "baz": "BMI/T"}
BAND_LABELS = {"0-11": "0–11 tháng", "12-23": "12–23 tháng", "24-35": "24–35 tháng", "36-47": "36–47 tháng",
               "48-59": "48–59 tháng", "60+": "Từ 60 tháng"}
SEX_LABELS = {None: "Chung", 1: "Trẻ trai", 2: "Trẻ gái"}


def chosen_round(db: Database, params: ReportParams) -> Round:
    """The round asked for, else the current one (the latest started)."""
    import datetime as dt

    if params.round is not None:
        return numbered_round(db, params.year, params.round)
    found = current_round(db, params.year.id, min(dt.date.today(), params.year.end_date))
    if found is None:
        raise ReportError("reports.no_round_yet", year=params.year.name)
    return found


def _num(value: float | None, digits: int) -> str:
    return "" if value is None else format_number(value, digits)


def group_label(group: QualityGroup) -> str:
    band = "Mọi lứa tuổi" if group.band == ALL else BAND_LABELS[group.band]
    return f"{SEX_LABELS[group.sex]} – {band}" if group.sex else band


def group_rows(quality: RoundQuality) -> list[list[str]]:
    """Whole school, then boys and girls, then each age band with children."""
    picked = [quality.group(), quality.group(sex=1), quality.group(sex=2)]
    picked += [g for code, _l, _h in AGE_BANDS if (g := quality.group(band=code)).enrolled]
    rows = []
    for g in picked:
        row = [group_label(g) if g.sex or g.band != ALL else "Toàn trường", str(g.enrolled), str(g.measured),
               _num(g.missing_percent(), 1), _num(g.flagged_percent(), 1)]
        for key in Z_NAMES:
            z = g.z[key]
            row += [str(z.n), _num(z.mean, 2), _num(z.sd, 2)]
        rows.append(row)
    return rows


def change_rows(changes: list[ChangeRow], *, reasons: bool) -> list[list[str]]:
    rows = []
    for i, c in enumerate(changes, start=1):
        p, m = c.previous, c.current
        tail = ["; ".join(pr.text("vi") for pr in c.problems)] if reasons else [
            _num(c.weight_change, 1), "Sụt cân" if (c.weight_change or 0) < 0 else "Không tăng cân"]
        rows.append([str(i), c.class_name, c.full_name, str(c.age_months), format_date(p.visit_date),
                     _num(p.weight_kg, 1), _num(p.height_cm, 1), _num(m.weight_kg, 1), _num(m.height_cm, 1), *tail])
    return rows


HEAD = ["Nhóm", "Số trẻ", "Đã đo", "% chưa có số đo", "% số đo bị đánh dấu"] + \
    [f"{name} {what}" for name in Z_NAMES.values() for what in ("n", "TB", "ĐLC")]
CHANGE_HEAD = ["STT", "Lớp", "Họ và tên", "Tháng tuổi", "Lần đo trước", "CN trước (kg)", "CC trước (cm)",
               "CN (kg)", "CC (cm)"]


def build(db: Database, params: ReportParams, fmt: str, out_path: Path, progress: Progress) -> None:
    check_progress(progress, 0, 2, "Tính chỉ số z")
    round_ = chosen_round(db, params)
    quality = round_quality(db, round_.id)
    subtitle = f"{round_.name} ({format_date(round_.day)}) - Năm học {params.year.name}"
    no_gain = quality.weight_loss() + quality.no_gain()
    no_gain.sort(key=lambda c: quality.changes.index(c))
    notes = ("TB: trung bình, ĐLC: độ lệch chuẩn của chỉ số z (không tính số đo bị WHO đánh dấu là không hợp lý). "
             "CN/CC: cân nặng theo chiều dài/chiều cao (dưới 5 tuổi); BMI/T: BMI theo tuổi.")
    if fmt == "pdf":
        _pdf(db, out_path, subtitle, quality, no_gain, notes)
    else:
        _xlsx(db, out_path, subtitle, quality, no_gain, notes)
    check_progress(progress, 2, 2, "")


def _pdf(db: Database, out_path: Path, subtitle: str, quality: RoundQuality, no_gain: list[ChangeRow],
         notes: str) -> None:
    from kindergarten_desktop.reports import pdf

    doc = pdf.OfficialDocument(db, number="…/BC-MN", landscape=True)
    story: list[Any] = doc.heading(TITLE, subtitle)
    story.append(doc.table(HEAD, group_rows(quality), widths=[30, 9, 9, 12, 12] + [7, 8, 8] * 4,
                           align=["left"] + ["right"] * 16, font_size=8.5))
    story.append(pdf.paragraph(notes, "body_left"))
    story.append(pdf.paragraph(f"Trẻ có thay đổi bất thường so với lần đo trước ({len(quality.implausible())} trẻ)",
                               "heading"))
    if quality.implausible():
        story.append(doc.table(CHANGE_HEAD + ["Cần kiểm tra"], change_rows(quality.implausible(), reasons=True),
                               widths=[5, 9, 24, 7, 11, 8, 8, 8, 8, 52], font_size=8.5))
    story.append(pdf.paragraph(f"Trẻ không tăng cân hoặc sụt cân so với lần đo trước ({len(no_gain)} trẻ)",
                               "heading"))
    if no_gain:
        story.append(doc.table(CHANGE_HEAD + ["Thay đổi (kg)", "Nhận xét"], change_rows(no_gain, reasons=False),
                               widths=[5, 9, 26, 7, 11, 9, 9, 9, 9, 10, 16], font_size=8.5))
    story += doc.closing(recipients=["Ban giám hiệu;", "Lưu: YT."], authority="NHÂN VIÊN Y TẾ")
    doc.build(out_path, story)


def _xlsx(db: Database, out_path: Path, subtitle: str, quality: RoundQuality, no_gain: list[ChangeRow],
          notes: str) -> None:
    from kindergarten_desktop.reports import excel

    book = excel.Workbook(db)
    sheet = book.sheet("Chất lượng số liệu", title=TITLE, subtitle=subtitle, landscape=True)
    sheet.table([excel.Column(h) for h in HEAD], group_rows(quality))
    sheet.note(notes, italic=True)
    changes = book.sheet("Thay đổi bất thường", title="TRẺ CÓ THAY ĐỔI BẤT THƯỜNG SO VỚI LẦN ĐO TRƯỚC",
                         subtitle=subtitle, landscape=True)
    changes.table([excel.Column(h) for h in CHANGE_HEAD + ["Cần kiểm tra"]],
                  change_rows(quality.implausible(), reasons=True))
    gains = book.sheet("Không tăng cân", title="TRẺ KHÔNG TĂNG CÂN HOẶC SỤT CÂN", subtitle=subtitle, landscape=True)
    gains.table([excel.Column(h) for h in CHANGE_HEAD + ["Thay đổi (kg)", "Nhận xét"]],
                change_rows(no_gain, reasons=False))
    book.save(out_path)


KINDS = (
    ReportKind(
        name="growth-quality",
        title="Tổng hợp chất lượng số liệu cân đo",
        formats=("pdf", "xlsx"),
        build=build,
        file_stem=lambda p: "Chat luong so lieu can do" + (f" dot {p.round}" if p.round else "") + f" {p.year.name}",
        needs=("year",),
        accepts=("round",),
        description="For a round: n, mean and SD of each z-score, the shares flagged and missing by sex and age "
                    "band; children with an implausible change, with no weight gain or a weight loss.",
    ),
)
