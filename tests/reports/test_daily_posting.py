import datetime as dt

import pytest
from pypdf import PdfReader

from kindergarten_desktop.meals.counts import daily_count
from kindergarten_desktop.meals.market import day_book, purchases_between
from kindergarten_desktop.meals.menus import get_menu
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report

DAY = dt.date(2026, 3, 10)


def _grouped(amount: int) -> str:
    return ("-" if amount < 0 else "") + f"{abs(amount):,}".replace(",", ".")


def test_one_page_with_counts_money_purchases_and_menu(march_db, tmp_path):
    kind = get_kind("daily-posting")
    path = run_report(march_db, kind, resolve_params(march_db, kind, date="2026-03-10"), tmp_path / "ck.pdf").path
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    entry = day_book(march_db, DAY, DAY)[0]
    count = daily_count(march_db, DAY)
    assert "CÔNG KHAI TÀI CHÍNH BỮA ĂN" in text and "Thứ Ba, ngày 10/03/2026" in text
    assert "ngày 10 tháng 03 năm 2026" in text
    assert "Mẫu giáo 5–6 tuổi (lớn)" in text and "Tổng số suất ăn" in text
    assert str(count.eating + entry.staff) in text
    for purchase in purchases_between(march_db, DAY, DAY):
        assert purchase.item in text and _grouped(purchase.amount) in text
    for amount in (entry.money_in, entry.spent, entry.carried_in, entry.carried_out):
        assert _grouped(amount) in text
    # The kitchen's menu of the day and its nutrients (kitchen package) ...
    assert "Cơm tẻ" in text and "Giá trị dinh dưỡng một trẻ trong ngày" in text and "Năng lượng" in text
    assert "KẾ TOÁN" in text and "ĐẠI DIỆN TỔ BẾP" in text and "HIỆU TRƯỞNG" in text
    # ... and the free-text menu on a day the kitchen has not planned.
    march_db.execute("DELETE FROM menu_line WHERE day = ?", [DAY.isoformat()])
    path = run_report(march_db, kind, resolve_params(march_db, kind, date="2026-03-10"), tmp_path / "ck2.pdf").path
    text = PdfReader(path).pages[0].extract_text()
    menu = get_menu(march_db, DAY)
    assert menu.lunch and menu.lunch in text and "Giá trị dinh dưỡng" not in text


def test_a_long_purchase_list_still_fits_one_page(march_db, tmp_path):
    from kindergarten_desktop.meals.market import add_purchase

    for i in range(25):
        add_purchase(march_db, DAY, f"Rau gia vị số {i + 1}", "1,5", 12000, unit="kg", supplier="Chợ Đồng Xuân")
    kind = get_kind("daily-posting")
    path = run_report(march_db, kind, resolve_params(march_db, kind, date="2026-03-10"), tmp_path / "ck.pdf").path
    reader = PdfReader(path)
    assert len(reader.pages) == 1 and "Rau gia vị số 25" in reader.pages[0].extract_text()


def test_a_closed_day_without_purchases_is_explained(march_db, tmp_path):
    kind = get_kind("daily-posting")
    with pytest.raises(ReportError, match="15/03/2026 is not a school day"):
        run_report(march_db, kind, resolve_params(march_db, kind, date="2026-03-15"), tmp_path / "ck.pdf")


def test_no_posting_while_a_rate_is_missing(march_db, tmp_path):
    # Rates of closed months cannot be deleted any more: a database from before the guard.
    march_db.execute("DROP TRIGGER guard_meal_rate_delete")
    march_db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    kind = get_kind("daily-posting")
    with pytest.raises(ReportError, match=r"No daily meal rate \(nursery\).*up to 10/03/2026.*set the rate"):
        run_report(march_db, kind, resolve_params(march_db, kind, date="2026-03-10"), tmp_path / "ck.pdf")
    assert not (tmp_path / "ck.pdf").exists()
