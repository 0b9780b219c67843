import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.meals.market import day_book, purchases_between
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.roster.calendar import month_bounds
from tests.reports.xlsx_values import Recalculated


def _grouped(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def test_excel_has_every_purchase_and_the_days_balances(march_db, tmp_path):
    kind = get_kind("market-book")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "sc.xlsx").path
    book = day_book(march_db, *month_bounds(2026, 3))
    purchases = purchases_between(march_db, *month_bounds(2026, 3))
    ws = load_workbook(path)["Sổ chợ"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "Ngày")
    assert rows[header][6:10] == ["Thành tiền", "Số suất ăn", "Tiền ăn thu (phần thực phẩm)", "Tổng chi trong ngày"]
    body = rows[header + 1:]
    assert body[0][2] == "Số dư đầu tháng" and body[0][11] == book[0].carried_in
    items = [r for r in body if r[4]]
    # Every purchase is listed; dry goods kept in the store count on the day they are taken out
    # (a line "… (xuất kho)" at the average cost), so the amounts add up to what the days spent.
    used = [r for r in items if r[2].endswith("(xuất kho)")]
    stored = [r for r in items if "(nhập kho" in r[2]]
    assert used and stored and all(r[6] is None for r in stored)
    assert len(items) == len(purchases) + len(used)
    assert sum(r[6] or 0 for r in items) == sum(day.spent for day in book)
    day_lines = [r for r in body if isinstance(r[2], str) and r[2].startswith("Cộng ngày")]
    assert len(day_lines) == len(book)
    for line, day in zip(day_lines, book, strict=True):
        assert line[7:] == [sum(day.meals.values()) + day.staff, day.money_in, day.spent, day.balance,
                            day.carried_out]
    assert book[0].money_in > 0  # attendance was marked: the meals bring food money
    total_index = next(i for i, r in enumerate(rows) if r[1] == "Cộng tháng")
    total = rows[total_index]
    first, last = header + 2, total_index  # 1-based Excel rows of the first and last table rows
    assert total[6] == f"=SUM(G{first}:G{last})"
    # The closing balance is the last day's carried-forward, as a live reference.
    assert Recalculated(path).value("Sổ chợ", total_index + 1, 12) == book[-1].carried_out


def test_pdf_lists_the_days_with_grouped_amounts(march_db, tmp_path):
    kind = get_kind("market-book")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "sc.pdf").path
    reader = PdfReader(path)
    text = "\n".join(p.extract_text() for p in reader.pages)
    book = day_book(march_db, *month_bounds(2026, 3))
    assert "SỔ TÍNH TIỀN ĂN (SỔ CHỢ)" in text and "Tháng 03/2026" in text
    assert "Cộng ngày 02/03" in text and "Cộng tháng" in text and "TỔNG HỢP THỰC PHẨM" in text
    assert _grouped(sum(d.spent for d in book)) in text and _grouped(book[-1].carried_out) in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height


def test_month_is_required(march_db):
    with pytest.raises(ReportError, match="needs (a month|--month)"):
        resolve_params(march_db, get_kind("market-book"), date="2026-03-02")


def test_stock_section_balances_in_excel_and_pdf(march_db, tmp_path):
    from kindergarten_desktop.meals.stock import period

    lines = period(march_db, *month_bounds(2026, 3))
    assert {line.item for line in lines} >= {"Gạo tẻ thơm", "Dầu ăn Neptune"}  # the demo's stocked goods
    kind = get_kind("market-book")
    params = resolve_params(march_db, kind, month="2026-03")
    ws = load_workbook(run_report(march_db, kind, params, tmp_path / "sc.xlsx").path)["Kho hàng khô"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert rows[header][3:] == ["Tồn đầu tháng", "Nhập trong tháng", "Xuất trong tháng", "Tồn cuối tháng"]
    body = rows[header + 1:header + 1 + len(lines)]
    for row, line in zip(body, lines, strict=True):
        assert row[1:] == [line.item, line.unit, line.opening, line.bought, line.used, line.closing]
        assert row[6] == pytest.approx(row[3] + row[4] - row[5]) and row[6] >= 0
    text = "\n".join(p.extract_text() for p in PdfReader(run_report(march_db, kind, params,
                                                                    tmp_path / "sc.pdf").path).pages)
    assert "NHẬP, XUẤT, TỒN KHO HÀNG KHÔ" in text and "Tồn cuối tháng" in text and "Gạo tẻ thơm" in text


def test_meals_without_a_rate_are_refused_not_counted_zero(march_db, tmp_path):
    march_db.execute("DROP TRIGGER guard_meal_rate_delete")  # a database from before the guard
    march_db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    kind = get_kind("market-book")
    with pytest.raises(ReportError, match=r"No daily meal rate \(nursery\).*set the rate"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "sc.pdf")
