"""The kitchen slip (phiếu báo ăn): per class, staff meals and the total, the day's meal changes."""

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook

from kindergarten_desktop.meals.counts import children_on, daily_count, set_override, set_staff_meals
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from tests.reports.meals_data import mark_attendance

DAY = dt.date(2026, 3, 13)


@pytest.fixture
def slip_db(demo_db):
    mark_attendance(demo_db, 2026, 3, DAY)
    set_staff_meals(demo_db, DAY, 9)
    kids = children_on(demo_db, DAY)
    set_override(demo_db, kids[0].child_id, DAY, False, "mẹ gọi điện báo nghỉ")
    return demo_db


def test_pdf_lists_every_class_the_staff_and_the_total_to_cook(slip_db, tmp_path):
    kind = get_kind("kitchen-slip")
    path = run_report(slip_db, kind, resolve_params(slip_db, kind, date=DAY.isoformat()), tmp_path / "ba.pdf").path
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    count = daily_count(slip_db, DAY)
    assert "PHIẾU BÁO ĂN" in text and "Thứ Sáu, ngày 13/03/2026" in text
    for c in count.classes:
        assert c.name in text
    assert "Cán bộ, giáo viên," in text and f"Tổng số suất ăn cần nấu: {count.to_cook} suất" in text
    assert "mẹ gọi điện báo nghỉ" in text and "NHÀ BẾP NHẬN" in text
    assert subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout.count("Pages:") == 1


def test_excel_total_is_a_formula_over_classes_and_staff(slip_db, tmp_path):
    kind = get_kind("kitchen-slip")
    path = run_report(slip_db, kind, resolve_params(slip_db, kind, date=DAY.isoformat()), tmp_path / "ba.xlsx").path
    ws = load_workbook(path).active
    header = next(r for r in range(1, 15) if ws.cell(r, 1).value == "STT")
    total = next(r for r in range(header, ws.max_row + 1) if ws.cell(r, 2).value == "Tổng cộng")
    count = daily_count(slip_db, DAY)
    assert ws.cell(total - 1, 8).value == count.staff == 9
    assert ws.cell(total, 8).value == f"=SUM(H{header + 1}:H{total - 1})"
    assert sum(ws.cell(r, 8).value for r in range(header + 1, total)) == count.to_cook


def test_a_day_without_school_is_refused(slip_db, tmp_path):
    kind = get_kind("kitchen-slip")
    with pytest.raises(ReportError, match="not a school day"):
        run_report(slip_db, kind, resolve_params(slip_db, kind, date="2026-03-15"), tmp_path / "x.pdf")


def test_children_on_the_day_agree_with_the_count(slip_db):
    kids = children_on(slip_db, DAY)
    count = daily_count(slip_db, DAY)
    assert len(kids) == sum(c.enrolled for c in count.classes)
    assert sum(k.eats for k in kids) == count.eating
    assert kids[0].override is False and not kids[0].eats
