import datetime as dt

import pytest
from pypdf import PdfReader

from kindergarten_desktop.meals.payments import add_payment, cancel_payment
from kindergarten_desktop.meals.payouts import add_payout
from kindergarten_desktop.reports.vouchers import print_payout, print_receipt
from tests.meals.conftest import build_school


@pytest.fixture
def school(db):
    return build_school(db)


def test_receipt_two_copies_on_one_page_following_c40(school, tmp_path):
    db = school.db
    school.price()
    payment = add_payment(db, school.children[0], dt.date(2025, 10, 6), "1.005.000", payer="Trần Thị Hoa",
                          for_months="09, 10/2025", confirmed=True)
    path = print_receipt(db, payment, tmp_path / "pt.pdf")
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    for expected in ("Mẫu số C40-BB", "Thông tư số 107/2017/TT-BTC", "PHIẾU THU", "Số: 0001",
                     "Ngày 06 tháng 10 năm 2025", "Trần Thị Hoa", "Lớp Chồi 1",
                     "Nộp tiền ăn bán trú tháng 09, 10/2025 cho trẻ Nguyễn Văn An", "1.005.000 đồng",
                     "Một triệu không trăm linh năm nghìn đồng chẵn", "Kèm theo", "THỦ QUỸ", "NGƯỜI LẬP",
                     "Liên 1", "Liên 2"):
        assert expected in text, expected
    assert text.count("PHIẾU THU") == 2 and "ĐÃ HỦY" not in text
    cancelled = cancel_payment(db, payment.id, "Lê Thị Kế", "Ghi nhầm trẻ", now=dt.datetime(2025, 10, 6, 9, 5))
    text = PdfReader(print_receipt(db, cancelled, tmp_path / "pt.pdf")).pages[0].extract_text()
    assert "ĐÃ HỦY" in text and "Lê Thị Kế" in text and "Ghi nhầm trẻ" in text and "09:05 ngày 06/10/2025" in text


def test_payout_follows_c41(school, tmp_path):
    db = school.db
    school.price()
    add_payment(db, school.children[0], dt.date(2025, 10, 6), 2_000_000, confirmed=True)
    payout = add_payout(db, dt.date(2025, 10, 7), "supplier", 1_500_000, supplier="Cô Lan", reason="Trả tiền rau",
                        attachments="2 hóa đơn")
    text = PdfReader(print_payout(db, payout, tmp_path / "pc.pdf")).pages[0].extract_text()
    for expected in ("Mẫu số C41-BB", "PHIẾU CHI", "Cô Lan", "Trả tiền rau", "1.500.000 đồng",
                     "Một triệu năm trăm nghìn đồng chẵn", "2 hóa đơn", "NGƯỜI NHẬN", "Liên 2"):
        assert expected in text, expected
