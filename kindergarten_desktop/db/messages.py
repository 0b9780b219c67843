"""Texts of the ``db.*`` error codes: (Vietnamese, English). See errors.py and db/faults.py.

Every text says what happened and what to do; ``{path}`` is the full file name.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- faults of the user's environment (db/faults.py maps SQLite and OS errors here) ------
    "locked": (
        "Tệp dữ liệu {path} đang bị một chương trình khác giữ (một cửa sổ khác của phần mềm, lệnh in báo cáo, "
        "phần mềm sao lưu/đồng bộ như OneDrive, Google Drive, Dropbox hoặc phần mềm diệt virus). "
        "Hãy đóng chương trình đó rồi thử lại; thay đổi vừa rồi chưa được lưu.",
        "The database {path} is held by another program (another window of this app, a report being "
        "printed, a backup or sync tool such as OneDrive, Google Drive or Dropbox, or an antivirus). "
        "Close it and try again; the last change was not saved.",
    ),
    "already_open": (
        "Tệp dữ liệu {path} đang được mở trong một cửa sổ khác của phần mềm. Hãy dùng cửa sổ đó, "
        "hoặc đóng nó rồi mở lại.",
        "The database {path} is already open in another window of the app. Use that window, "
        "or close it and open the file again.",
    ),
    "disk_full": (
        "Ổ đĩa {drive} đã đầy (chỉ còn trống {free}), nên dữ liệu chưa được lưu vào {path}. "
        "Hãy xóa bớt tệp không cần hoặc dọn Thùng rác trên ổ {drive}, rồi thử lại.",
        "The drive {drive} is full (only {free} free), so nothing was saved to {path}. "
        "Delete files you do not need or empty the recycle bin on {drive}, then try again.",
    ),
    "read_only": (
        "Không ghi được vào {path}: tệp hoặc thư mục chứa nó chỉ cho phép đọc (read-only), hoặc bạn không có "
        "quyền ghi. Hãy chép tệp sang một thư mục của bạn (ví dụ Tài liệu) rồi mở tệp đó.",
        "{path} cannot be written: the file or its folder is read-only, or you have no permission to "
        "write there. Copy the file to a folder of yours (for example Documents) and open that copy.",
    ),
    "io_error": (
        "Ổ đĩa báo lỗi khi đọc hoặc ghi {path} (lỗi vào/ra). Hãy kiểm tra ổ đĩa hoặc USB còn cắm chắc chắn; "
        "nếu lỗi vẫn còn, hãy khôi phục một bản sao lưu (Tệp › Khôi phục bản sao lưu).",
        "The disk reported an error reading or writing {path} (I/O error). Check that the disk or USB "
        "stick is still connected; if the error stays, restore a backup (File › Restore a backup).",
    ),
    "damaged": (
        "Tệp dữ liệu {path} bị hỏng ({detail}). Phần mềm không ghi gì vào tệp này. "
        "Hãy khôi phục một bản sao lưu (Tệp › Khôi phục bản sao lưu).",
        "The database {path} is damaged ({detail}). The app writes nothing into it. "
        "Restore a backup (File › Restore a backup).",
    ),
    # --- files that are not (yet) a school database -------------------------------------------
    "not_database": (
        "{path} không phải là tệp dữ liệu của trường (không phải tệp SQLite). Tệp không bị thay đổi. "
        "Hãy chọn đúng tệp dữ liệu (.sqlite3).",
        "{path} is not a school database (not an SQLite database file). It was not changed. "
        "Choose the school's database file (.sqlite3).",
    ),
    "foreign": (
        "{path} là tệp SQLite của một chương trình khác, không phải dữ liệu của trường. Tệp không bị thay đổi. "
        "Hãy chọn đúng tệp dữ liệu của trường.",
        "{path} is an SQLite file of another program, not a school database. It was not changed. "
        "Choose the school's database file.",
    ),
    "too_new": (
        "{path} được ghi bởi phiên bản mới hơn của phần mềm (lược đồ {version}, phiên bản này chỉ biết đến {known}). "
        "Tệp không bị thay đổi. Hãy cài phiên bản mới hơn, hoặc khôi phục một bản sao lưu cũ hơn.",
        "{path} was written by a newer version of the app (schema {version}; this version knows up to {known}). "
        "It was not changed. Install the newer version, or restore an older backup.",
    ),
    "unexpected_schema": (
        "{path} có cấu trúc không như mong đợi ({detail}). Tệp được giữ nguyên như cũ. "
        "Hãy khôi phục một bản sao lưu hoặc liên hệ người hỗ trợ.",
        "{path} has an unexpected structure ({detail}). The file was left as it was. "
        "Restore a backup or ask for support.",
    ),
    "missing": (
        "Không có tệp {path}. Hãy kiểm tra lại đường dẫn, hoặc tạo dữ liệu trường mới.",
        "{path} does not exist. Check the path, or create a new school database.",
    ),
    "empty": (
        "{path} là tệp rỗng (0 byte), không có dữ liệu. Hãy chọn đúng tệp dữ liệu, hoặc tạo dữ liệu trường mới.",
        "{path} is an empty file (0 bytes) with no data. Choose the right file, or create a new school database.",
    ),
    "is_folder": (
        "{path} là một thư mục, không phải tệp dữ liệu.",
        "{path} is a folder, not a database file.",
    ),
    "cannot_create_folder": (
        "Không tạo được thư mục {path}: {reason}.",
        "The folder {path} cannot be created: {reason}.",
    ),
    # --- backups -------------------------------------------------------------------------------
    "backup_refused_damaged": (
        "Không sao lưu vì tệp dữ liệu {path} bị hỏng ({detail}); các bản sao lưu cũ được giữ nguyên. "
        "Hãy khôi phục một bản sao lưu.",
        "No backup was made because the database {path} is damaged ({detail}); the existing backups are kept. "
        "Restore a backup.",
    ),
    "backup_not_verified": (
        "Bản sao lưu {path} ghi ra bị lỗi khi kiểm tra lại nên đã bị xóa; các bản sao lưu cũ được giữ nguyên. "
        "Hãy kiểm tra ổ đĩa rồi sao lưu lại.",
        "The backup {path} failed its check after writing and was deleted; the existing backups are kept. "
        "Check the disk and back up again.",
    ),
    "restore_damaged": (
        "Không khôi phục: bản sao lưu {path} bị hỏng ({detail}). Dữ liệu hiện tại không bị thay đổi; "
        "hãy chọn một bản sao lưu khác.",
        "Not restored: the backup {path} is damaged ({detail}). The current data was not changed; "
        "choose another backup.",
    ),
    "restore_not_ours": (
        "Không khôi phục: {path} không phải bản sao lưu dữ liệu của trường. Dữ liệu hiện tại không bị thay đổi.",
        "Not restored: {path} is not a backup of a school database. The current data was not changed.",
    ),
    "restore_too_new": (
        "Không khôi phục: bản sao lưu {path} được ghi bởi phiên bản mới hơn của phần mềm (lược đồ {version}, "
        "phiên bản này chỉ biết đến {known}). Dữ liệu hiện tại không bị thay đổi.",
        "Not restored: the backup {path} was written by a newer version of the app (schema {version}; this "
        "version knows up to {known}). The current data was not changed.",
    ),
    "read_only_damaged": (
        "Tệp dữ liệu bị hỏng nên chỉ mở để xem; không lưu được thay đổi nào. "
        "Hãy khôi phục một bản sao lưu hoặc lưu phần đọc được sang tệp mới.",
        "The database is damaged, so it is open for viewing only; no change can be saved. "
        "Restore a backup, or save what can be read to a new file.",
    ),
}
