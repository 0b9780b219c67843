"""Texts of the ``common.*`` error codes: (Vietnamese, English). See errors.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": (
        "Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào nhật ký: {log}",
        "An unexpected error occurred. The details were written to the log: {log}",
    ),
    "sqlite_too_old": (
        "Thư viện SQLite của máy này đã cũ (phiên bản {found}); chương trình cần {needed} trở lên. "
        "Hãy cài bản chương trình mới nhất hoặc cập nhật Python.",
        "This computer's SQLite library is too old (version {found}); the program needs {needed} or newer. "
        "Install the latest build of the program or update Python.",
    ),
    "date_outside_year": (
        "Ngày {day} nằm ngoài năm học {year} ({first} – {last}): hãy chọn một ngày trong năm học.",
        "The date {day} is outside the school year {year} ({first} – {last}): choose a day in the school year.",
    ),
}
