import pytest
from pypdf import PdfReader

from kindergarten_desktop.meals.payments import list_payments
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.roster.calendar import month_bounds


def test_a_receipt_per_payment_with_amount_in_words(march_db, tmp_path):
    kind = get_kind("meals-receipts")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "pt.pdf").path
    payments = list_payments(march_db, *month_bounds(2026, 3))
    reader = PdfReader(path)
    assert len(reader.pages) == -(-len(payments) // 2)  # two receipts per page
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert text.count("PHIẾU THU") == len(payments)
    for payment in payments:
        assert f"Số: {payment.number:04d}" in text
    ours = [p for p in payments if p.payer in ("Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Mai")]
    assert len(ours) == 3
    assert "280.000 đồng" in text and "Hai trăm tám mươi nghìn đồng chẵn" in text
    assert "1.005.000 đồng" in text and "Một triệu không trăm linh năm nghìn đồng chẵn" in text
    assert "Ngày 11 tháng 03 năm 2026" in text and "Chuyển khoản" in text and "Tiền mặt" in text
    assert "Lớp Lá 1" in text


def test_a_month_without_payments_is_explained(march_db, tmp_path):
    kind = get_kind("meals-receipts")
    with pytest.raises(ReportError, match="No payment was recorded in 07/2026"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-07"), tmp_path / "pt.pdf")
    assert not (tmp_path / "pt.pdf").exists()


def test_class_filter_keeps_that_class_only(march_db, tmp_path):
    kind = get_kind("meals-receipts")
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    path = run_report(march_db, kind, params, tmp_path / "pt.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    everyone = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "all.pdf").path
    assert text.count("PHIẾU THU") < "\n".join(p.extract_text() for p in PdfReader(everyone).pages).count(
        "PHIẾU THU")
    assert text.count("Lớp Lá 1") == text.count("PHIẾU THU") > 0
