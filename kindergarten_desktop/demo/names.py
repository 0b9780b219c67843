"""Name pools for the demo school (common Vietnamese names, with diacritics)."""

FAMILY = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
    ("Phan", 4), ("Vũ", 4), ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
    ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Lương", 1), ("Tạ", 1),
]
MIDDLE_BOY = ["Văn", "Đức", "Minh", "Quang", "Gia", "Hoàng", "Anh", "Bảo", "Đăng", "Thành", "Hữu", "Tuấn"]
MIDDLE_GIRL = ["Thị", "Ngọc", "Thu", "Bảo", "Minh", "Khánh", "Phương", "Hoài", "Thanh", "Gia", "Mỹ", "Diệu"]
GIVEN_BOY = [
    "An", "Bảo", "Dũng", "Đạt", "Hải", "Huy", "Khang", "Khoa", "Kiên", "Lâm", "Long", "Minh",
    "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thành", "Trí", "Tuấn", "Vinh", "Việt", "Phong",
    "Hưng", "Lộc", "Nhân", "Đức", "Khôi", "Duy", "Hiếu", "Ân", "Thịnh", "Ưng", "Toàn",
]
GIVEN_GIRL = [
    "An", "Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hân", "Hằng", "Hoa", "Hương",
    "Lan", "Linh", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhi", "Như", "Oanh", "Phương",
    "Quyên", "Thảo", "Thư", "Trang", "Trâm", "Uyên", "Vy", "Yến", "Ánh", "Ân", "Ly",
]
ETHNICITY = [("Kinh", 90), ("Tày", 3), ("Mường", 2), ("Thái", 2), ("Nùng", 1), ("Khmer", 1), ("Hoa", 1)]
MOBILE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070",
                   "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088",
                   "089", "090", "091", "093", "094", "096", "097", "098"]
STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
           "Phan Bội Châu", "Hùng Vương", "Nguyễn Du", "Võ Thị Sáu"]
HAMLETS = ["Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4", "Tổ 5", "Khu phố Đông", "Khu phố Tây", "Thôn Hòa Bình"]
