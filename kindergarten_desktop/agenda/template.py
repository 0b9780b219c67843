"""The starter plan: the usual work of a Vietnamese kindergarten year, September to August,
written for this project. Dates are computed for the chosen year (lunar festivals through
the lunar calendar); the principal adjusts them afterwards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kindergarten_desktop.agenda import AgendaError
from kindergarten_desktop.agenda.items import AgendaItem, add_item
from kindergarten_desktop.agenda.lunar import to_solar
from kindergarten_desktop.agenda.recurring import RecurringItem, add_recurring
from kindergarten_desktop.agenda.weeks import day_in_week, month_key, plan_bounds
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster.calendar import month_bounds
from kindergarten_desktop.school import SchoolYear


@dataclass(frozen=True)
class TemplateEntry:
    """``when``: ('month',) whole month; ('week', w) undated week w; ('day', d) that day of
    ``month``; ('weekday', w, wd) weekday wd (0 Monday) of week w; ('lunar', d, m) lunar date."""

    month: int
    title: str
    responsible: str
    when: tuple
    deadline_day: int | None = None
    days: int = 1
    notes: str = ""


E = TemplateEntry
ENTRIES: tuple[TemplateEntry, ...] = (
    # September: opening the year
    E(9, "Tổ chức Lễ khai giảng năm học mới và Ngày hội đến trường của bé", "management;all_staff", ("day", 5)),
    E(9, "Đón trẻ mới, giúp trẻ làm quen với lớp; ổn định nề nếp các nhóm lớp", "teachers", ("week", 1)),
    E(9, "Ký hợp đồng cung cấp thực phẩm, kiểm tra điều kiện an toàn thực phẩm của bếp ăn",
      "accountant;kitchen", ("week", 1)),
    E(9, "Cân, đo trẻ đợt I và chấm biểu đồ tăng trưởng; gửi báo cáo kết quả về cấp trên",
      "nurse;teachers", ("weekday", 2, 1), deadline_day=20, days=3),
    E(9, "Xây dựng kế hoạch năm học, kế hoạch giáo dục các độ tuổi và tiêu chí thi đua",
      "management;professional_team", ("week", 2)),
    E(9, "Họp phụ huynh đầu năm, kiện toàn Ban đại diện cha mẹ trẻ", "teachers;parents", ("weekday", 3, 5)),
    E(9, "Tổng hợp số liệu thống kê đầu năm học gửi cấp trên", "principal", ("week", 4), deadline_day=30),
    E(9, "Hội nghị viên chức, người lao động đầu năm học", "principal;union", ("weekday", 4, 4)),
    # Mid-Autumn: lunar 15/8, in September or October depending on the year
    E(9, "Vui Tết Trung thu cùng bé: rước đèn, phá cỗ tại các lớp", "management;teachers;parents", ("lunar", 15, 8)),
    # October
    E(10, "Khám sức khỏe định kỳ cho trẻ và cán bộ, giáo viên, nhân viên", "nurse", ("weekday", 2, 2), days=2),
    E(10, "Chào mừng Ngày Phụ nữ Việt Nam 20/10: giao lưu, tặng quà chị em", "union", ("day", 20)),
    E(10, "Kiểm tra nội bộ chuyên đề: nề nếp, vệ sinh, hồ sơ các lớp", "vice_principal", ("week", 3)),
    E(10, "Dự giờ, bồi dưỡng chuyên môn cho giáo viên mới", "professional_team", ("week", 4)),
    # November
    E(11, "Hội giảng chào mừng Ngày Nhà giáo Việt Nam", "professional_team;teachers", ("week", 2)),
    E(11, "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "management;union", ("day", 20)),
    E(11, "Tuyên truyền phụ huynh về dinh dưỡng và phòng bệnh cho trẻ", "nurse;teachers", ("week", 3)),
    # December
    E(12, "Phòng chống rét, dịch bệnh mùa đông; giữ ấm cho trẻ", "nurse;teachers", ("week", 1)),
    E(12, "Cân, đo trẻ đợt II và chấm biểu đồ tăng trưởng; gửi báo cáo kết quả về cấp trên",
      "nurse;teachers", ("weekday", 2, 1), deadline_day=20, days=3),
    E(12, "Cho trẻ tìm hiểu về chú bộ đội nhân Ngày thành lập Quân đội nhân dân Việt Nam 22/12",
      "teachers", ("day", 22)),
    E(12, "Tổng hợp số liệu, chuẩn bị báo cáo sơ kết học kỳ I", "management", ("week", 4)),
    # January
    E(1, "Đánh giá sự phát triển của trẻ cuối học kỳ I", "teachers", ("week", 2)),
    E(1, "Sơ kết học kỳ I, gửi báo cáo sơ kết về cấp trên", "management;all_staff", ("weekday", 3, 4),
      deadline_day=20),
    # Tết: the class parties a few days before the lunar new year, the school closes for Tết
    E(1, "Tổ chức cho trẻ vui đón Tết: gói bánh chưng, hội chợ Xuân", "management;teachers;parents",
      ("lunar", 23, 12)),
    E(1, "Nghỉ Tết Nguyên đán theo lịch của cấp trên; phân công trực, bảo vệ trường", "management",
      ("lunar", 1, 1)),
    # February
    E(2, "Đón trẻ trở lại sau Tết, ổn định nề nếp và vệ sinh trường lớp", "teachers", ("lunar", 8, 1)),
    E(2, "Phát động Tết trồng cây, làm đẹp cảnh quan trường", "union;youth_union;parents", ("week", 3)),
    # March
    E(3, "Tổ chức ngày hội của bà, của mẹ và cô nhân Ngày Quốc tế Phụ nữ 8/3", "union;teachers", ("day", 8)),
    E(3, "Cân, đo trẻ đợt III và chấm biểu đồ tăng trưởng; gửi báo cáo kết quả về cấp trên",
      "nurse;teachers", ("weekday", 2, 1), deadline_day=20, days=3),
    E(3, "Hoạt động chào mừng Ngày thành lập Đoàn 26/3", "youth_union", ("day", 26)),
    # April
    E(4, "Vệ sinh môi trường, phòng bệnh mùa hè (tay chân miệng, sốt xuất huyết)", "nurse;kitchen", ("week", 1)),
    E(4, "Kể cho trẻ nghe sự tích Giỗ Tổ Hùng Vương", "teachers", ("lunar", 9, 3)),
    E(4, "Tự đánh giá chất lượng trường, cập nhật minh chứng", "management", ("week", 3)),
    E(4, "Hoạt động chào mừng 30/4 và 1/5", "teachers;union", ("week", 4)),
    # May: end of the teaching year
    E(5, "Đánh giá sự phát triển của trẻ cuối năm; hoàn thiện hồ sơ trẻ 5 tuổi vào lớp 1", "teachers",
      ("week", 2)),
    E(5, "Bình xét thi đua, đánh giá xếp loại viên chức cuối năm", "management;union", ("week", 3)),
    E(5, "Kiểm kê tài sản, thiết bị cuối năm học", "accountant", ("week", 4)),
    E(5, "Lễ tổng kết năm học và lễ ra trường cho trẻ 5 tuổi", "management;all_staff", ("weekday", 4, 4),
      notes="Gửi báo cáo tổng kết năm học về cấp trên", deadline_day=31),
    # June to August: summer care and the new year
    E(6, "Tổ chức Ngày Quốc tế Thiếu nhi 1/6 cho trẻ", "management;teachers;parents", ("day", 1)),
    E(6, "Triển khai kế hoạch chăm sóc trẻ trong hè", "management", ("week", 1)),
    E(6, "Sửa chữa, bảo dưỡng cơ sở vật chất trong hè", "accountant", ("week", 3)),
    E(7, "Tuyển sinh năm học mới", "management", ("week", 2)),
    E(7, "Bồi dưỡng chính trị, chuyên môn hè cho cán bộ, giáo viên, nhân viên", "all_staff", ("week", 3)),
    E(7, "Hoạt động tri ân Ngày Thương binh - Liệt sĩ 27/7", "union;youth_union", ("day", 27)),
    E(8, "Kiện toàn tổ chức, phân công nhiệm vụ, xếp trẻ vào các nhóm lớp", "principal", ("week", 2)),
    E(8, "Chuẩn bị cơ sở vật chất, trang trí lớp học cho năm học mới", "teachers", ("week", 3)),
    E(8, "Tổng kết công tác hè; chuẩn bị Lễ khai giảng", "management;all_staff", ("week", 4)),
)

SUMMER = (6, 7, 8)
# (title, responsible, calendar months left out)
RECURRING: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("Bảo đảm an toàn trường học và an toàn thực phẩm", "management;all_staff", ()),
    ("Theo dõi sức khỏe; cân, đo hằng tháng trẻ dưới 24 tháng và trẻ suy dinh dưỡng", "nurse", ()),
    ("Kiểm tra nội bộ theo kế hoạch", "management", SUMMER),
    ("Sinh hoạt chuyên môn tổ", "professional_team", SUMMER),
    ("Khóa sổ tiền ăn, công khai tài chính tháng", "accountant", ()),
    ("Đón các đoàn kiểm tra của cấp trên", "management", ()),
)


def _dates(entry: TemplateEntry, start_year: int) -> tuple[dt.date | None, str, int | None]:
    """(start date or None, anchor, week) of an entry in the school year starting ``start_year``."""
    year = start_year if entry.month >= 9 else start_year + 1
    kind = entry.when[0]
    if kind == "month":
        return None, "weekday", None
    if kind == "week":
        return None, "weekday", entry.when[1]
    if kind == "day":
        return dt.date(year, entry.month, entry.when[1]), "fixed", None
    if kind == "weekday":
        return day_in_week(year, entry.month, entry.when[1], entry.when[2]), "weekday", None
    if kind == "lunar":
        day, month = entry.when[1], entry.when[2]
        # Lunar months from the 6th belong to the autumn of the start year (Trung thu, tháng Chạp).
        return to_solar(day, month, start_year if month >= 6 else start_year + 1), "lunar", None
    raise ValueError(f"unknown template date {entry.when!r}")


def template_items(year: SchoolYear) -> list[AgendaItem]:
    """The template's items dated for ``year`` (not stored)."""
    first, last = plan_bounds(year)
    items = []
    for entry in ENTRIES:
        start, anchor, week = _dates(entry, year.start_year)
        cal_year = year.start_year if entry.month >= 9 else year.start_year + 1
        month = month_key(start.year, start.month) if start else month_key(cal_year, entry.month)
        end = None
        if start and entry.days > 1:
            end = min(start + dt.timedelta(days=entry.days - 1), month_bounds(start.year, start.month)[1])
        deadline = None
        if entry.deadline_day:
            y, m = (start.year, start.month) if start else (cal_year, entry.month)
            deadline = min(dt.date(y, m, min(entry.deadline_day, month_bounds(y, m)[1].day)), last)
            if start and deadline < start:
                deadline = None
        if start and not first <= start <= last:
            continue
        items.append(AgendaItem(year.id, month, entry.title, week=week, start_date=start, end_date=end,
                                deadline=deadline, responsible=entry.responsible, notes=entry.notes,
                                anchor=anchor))
    return items


def has_plan(db: Database, school_year_id: int) -> bool:
    return bool(db.execute(
        "SELECT EXISTS (SELECT 1 FROM agenda_item WHERE school_year_id = ?) "
        "OR EXISTS (SELECT 1 FROM agenda_recurring WHERE school_year_id = ?)",
        [school_year_id, school_year_id]).fetchone()[0])


def clear_plan(db: Database, school_year_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM agenda_item WHERE school_year_id = ?", [school_year_id])
        db.execute("DELETE FROM agenda_recurring WHERE school_year_id = ?", [school_year_id])


def apply_template(db: Database, year: SchoolYear, *, replace: bool = False) -> int:
    """Fill the year's plan from the template; returns the number of items added. A year
    that already has a plan is refused unless ``replace`` (which deletes it first)."""
    with db.atomic():
        if has_plan(db, year.id):
            if not replace:
                raise AgendaError("agenda.plan_not_empty", field="year", year=year.name)
            clear_plan(db, year.id)
        items = template_items(year)
        for item in items:
            add_item(db, year, item)
        for title, responsible, left_out in RECURRING:
            skipped = frozenset(month_key(year.start_year if m >= 9 else year.start_year + 1, m) for m in left_out)
            add_recurring(db, year, RecurringItem(year.id, title, responsible, skipped=skipped))
    return len(items)
