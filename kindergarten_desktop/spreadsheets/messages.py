"""Texts of the ``spreadsheets.*`` error codes: (Vietnamese, English). See errors.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    "missing": (
        "Không có tệp {path}.",
        "{path} does not exist.",
    ),
    "folder": (
        "{path} là một thư mục, không phải tệp bảng tính.",
        "{path} is a folder, not a spreadsheet file.",
    ),
    "unreadable": (
        "Không đọc được {path}: {reason}.",
        "{path} cannot be read: {reason}.",
    ),
    "suffix": (
        "{path}: chỉ đọc được tệp .xlsx hoặc .csv.",
        "{path}: only .xlsx or .csv files can be read.",
    ),
    "xls": (
        "{path} là tệp Excel kiểu cũ (.xls). Hãy mở tệp trong Excel, chọn Lưu thành (Save As) → "
        "Sổ làm việc Excel (.xlsx), rồi dùng tệp .xlsx đó.",
        "{path} is an old-style Excel file (.xls). Open it in Excel, use Save As → Excel Workbook (.xlsx), "
        "and use that .xlsx file.",
    ),
    "encrypted": (
        "{path} được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, gỡ mật khẩu (Tệp › Thông tin › "
        "Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.",
        "{path} is protected by a password. Open it in Excel, remove the password (File › Info › "
        "Protect Workbook › Encrypt with Password, clear it), save, and try again.",
    ),
    "not_xlsx": (
        "{path} không phải là tệp Excel .xlsx (có thể tệp bị hỏng hoặc chỉ được đổi tên). "
        "Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.",
        "{path} is not an Excel .xlsx file (it may be damaged, or only renamed). "
        "Open it in Excel and save it again as .xlsx.",
    ),
    "damaged": (
        "Tệp Excel {path} bị hỏng, không đọc được ({reason}). Hãy mở tệp trong Excel và lưu lại.",
        "The Excel file {path} is damaged and cannot be read ({reason}). Open it in Excel and save it again.",
    ),
    "not_text": (
        "{path} không phải tệp văn bản CSV.",
        "{path} is not a text CSV file.",
    ),
    "no_sheet": (
        "{path} không có trang tính nào.",
        "{path} has no worksheet.",
    ),
}
