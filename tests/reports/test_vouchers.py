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


def test_a_long_reason_is_cut_to_two_lines_with_an_ellipsis(school, tmp_path):
    import subprocess

    db = school.db
    school.price()
    add_payment(db, school.children[0], dt.date(2025, 10, 6), 2_000_000, confirmed=True)
    words = ("Trả tiền rau, củ, quả tươi và thực phẩm khô cho bếp ăn bán trú theo hợp đồng số 12/HĐ-MN "
             "các ngày từ 01/10 đến 07/10/2025 gồm rau cải, bí đỏ, cà rốt, su hào, khoai tây, đậu phụ, giá đỗ, "
             "hành lá, rau thơm, chuối, cam, dưa hấu, gạo tẻ, dầu ăn, nước mắm, muối i-ốt và đường kính trắng")
    reason = (words + " " + words)[:300]
    assert len(reason) == 300
    payout = add_payout(db, dt.date(2025, 10, 7), "supplier", 1_500_000, supplier="Cô Lan", reason=reason)
    path = print_payout(db, payout, tmp_path / "pc.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if "Lý do chi:" in line)
    shown = [lines[first].split("Lý do chi:")[1].strip(), lines[first + 1].strip()]
    assert reason.startswith(shown[0]) and shown[1].endswith("…")
    assert (shown[0] + " " + shown[1][:-1]).rstrip(" ,") in reason  # the text shown is the reason's start
    assert lines[first + 2].strip().startswith("Số tiền:")  # the amount line is not overwritten
    assert text.count("…") == 2  # liên 1 and liên 2
    # A short reason is never cut.
    short = add_payout(db, dt.date(2025, 10, 7), "supplier", 10_000, supplier="Cô Lan", reason="Trả tiền rau")
    text = subprocess.run(["pdftotext", str(print_payout(db, short, tmp_path / "ok.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "…" not in text and "Trả tiền rau" in text
