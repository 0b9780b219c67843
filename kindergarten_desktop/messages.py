"""Texts of the ``common.*`` error codes: (Vietnamese, English). See errors.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": (
        "Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào nhật ký: {log}",
        "An unexpected error occurred. The details were written to the log: {log}",
    ),
}
