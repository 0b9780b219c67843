from kindergarten_desktop.reports.filenames import safe_file_name, strip_accents


def test_strip_accents():
    assert strip_accents("Danh sách lớp Lá 1 – Đồng") == "Danh sach lop La 1 – Dong"


def test_safe_file_name():
    assert safe_file_name("Danh sách lớp Lá 1 2024-2025") == "Danh_sach_lop_La_1_2024-2025"
    assert safe_file_name("Sổ: chợ / tháng 9?") == "So_cho_thang_9"
    assert safe_file_name("  ") == "bao_cao"
