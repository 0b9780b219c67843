import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.meals import cashbook
from kindergarten_desktop.meals.payments import cancel_payment, day_totals, list_payments
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from tests.reports.meals_data import march_2026

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture
def march_db(demo_db):
    march_2026(demo_db)
    return demo_db


def _text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _grouped(amount):
    return f"{amount:,}".replace(",", ".")


def test_cash_book_of_the_month_lists_every_voucher_and_joins_the_year(march_db, tmp_path):
    kind = get_kind("cash-book")
    book = cashbook.book(march_db, "cash", *MARCH)
    assert book.days and book.money_in > 0
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "q.pdf").path
    text = _text(path)
    assert "SỔ QUỸ TIỀN MẶT" in text and "Tháng 03/2026" in text and "Số tồn đầu kỳ" in text
    assert _grouped(book.opening) in text and _grouped(book.closing) in text
    assert text.count("Cộng ngày") == len(book.days)
    year = cashbook.book(march_db, "cash", dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    assert year.opening == 0 and cashbook.book(march_db, "cash", dt.date(2026, 4, 1), dt.date(2026, 4, 30)
                                               ).opening == book.closing


def test_cash_book_excel_balances_are_formulas_that_agree(march_db, tmp_path):

    kind = get_kind("cash-book")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "q.xlsx").path
    ws = load_workbook(path).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "Ngày")
    body = rows[header + 1:]
    body = body[:next(i for i, r in enumerate(body) if r[3] == "Số tồn cuối kỳ") + 1]  # the signatures follow
    assert body[0][3] == "Số tồn đầu kỳ"
    assert all(isinstance(r[6], str) and r[6].startswith("=G") for r in body[1:-2] if r[3] and "Cộng ngày" not in r[3])
    assert body[-1][3] == "Số tồn cuối kỳ" and body[-1][6].startswith("=G")


def test_receipts_list_totals_per_day_and_method_without_cancelled(march_db, tmp_path):
    payments = list_payments(march_db, *MARCH)
    wrong = payments[0]
    cancel_payment(march_db, wrong.id, "Kế toán", "Ghi nhầm trẻ")
    kind = get_kind("receipts-list")
    with pytest.raises(ReportError, match="--date"):
        run_report(march_db, kind, resolve_params(march_db, kind), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    day = wrong.paid_on.isoformat()
    path = run_report(march_db, kind, resolve_params(march_db, kind, date=day), tmp_path / "bk.pdf").path
    text = _text(path)
    [totals] = day_totals(march_db, wrong.paid_on, wrong.paid_on)
    assert "BẢNG KÊ PHIẾU THU" in text and "ĐÃ HỦY" in text and "Ghi nhầm trẻ" in text
    assert f"Tiền mặt phải có trong quỹ từ các phiếu thu trên: {_grouped(totals.cash)} đồng" in text
    xlsx = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "bk.xlsx").path
    sheet = load_workbook(xlsx)["Theo ngày"]
    days = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], dt.datetime)]
    assert len(days) == len(day_totals(march_db, *MARCH))
    assert sum(r[2] for r in days) == sum(t.cash for t in day_totals(march_db, *MARCH))


def test_bank_book_is_the_transfer_account(march_db, tmp_path):
    kind = get_kind("bank-book")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "tg.pdf").path
    book = cashbook.book(march_db, "transfer", *MARCH)
    text = _text(path)
    assert "SỔ TIỀN GỬI" in text and _grouped(book.closing) in text
