import pytest
from pypdf import PdfReader

from kindergarten_desktop.meals.payments import list_payments
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.roster.calendar import month_bounds
from tests.reports.meals_data import march_2026


@pytest.fixture
def march_db(demo_db):
    march_2026(demo_db)
    return demo_db


def test_a_receipt_per_payment_with_amount_in_words(march_db, tmp_path):
    kind = get_kind("meals-receipts")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "pt.pdf").path
    payments = list_payments(march_db, *month_bounds(2026, 3))
    reader = PdfReader(path)
    assert len(payments) == 3 and len(reader.pages) == 2  # two receipts per page
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert text.count("PHIẾU THU") == 3
    for payment in payments:
        assert f"Số: {payment.number:04d}" in text and payment.payer in text
    assert "280.000 đồng" in text and "Hai trăm tám mươi nghìn đồng chẵn" in text
    assert "1.005.000 đồng" in text and "Một triệu không trăm linh năm nghìn đồng chẵn" in text
    assert "Ngày 11 tháng 03 năm 2026" in text and "Chuyển khoản" in text and "Tiền mặt" in text
    assert "Lớp: Lá 1" in text


def test_a_month_without_payments_is_explained(march_db, tmp_path):
    kind = get_kind("meals-receipts")
    with pytest.raises(ReportError, match="no payment was recorded in 04/2026"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-04"), tmp_path / "pt.pdf")
    assert not (tmp_path / "pt.pdf").exists()


def test_class_filter_keeps_that_class_only(march_db, tmp_path):
    kind = get_kind("meals-receipts")
    with pytest.raises(ReportError, match="no payment"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03", class_name="Mầm 1"),
                   tmp_path / "pt.pdf")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03", class_name="Lá 1"),
                      tmp_path / "pt.pdf").path
    assert PdfReader(path).pages
