"""Texts of the command line's own messages (see kindergarten_desktop/errors.py); the commands'
help texts are translated in commands/_help_vi.py."""

MESSAGES = {
    "warning": ("cảnh báo: {text}", "warning: {text}"),
    "needs_db": ("thiếu --db ĐƯỜNG_DẪN (tệp cơ sở dữ liệu)", "--db PATH is required"),
    "no_such_file": ("{path}: không có tệp này", "{path}: no such file"),
    "no_such_database": ("{path}: không có tệp cơ sở dữ liệu này", "{path}: no such database file"),
    # report
    "report_which": ("hãy cho biết báo cáo nào, ví dụ 'report class-list'; 'report --list' liệt kê tất cả",
                     "say which report to write, e.g. 'report class-list'; 'report --list' shows them all"),
    "report_needs_out": ("thiếu --out TỆP.pdf hoặc --out TỆP.xlsx", "--out FILE.pdf or --out FILE.xlsx is required"),
    "missing_settings": ("cảnh báo: chưa điền thông tin của trường, tài liệu in chỗ để trống: {fields}",
                         "warning: school settings not filled in, placeholders printed: {fields}"),
    # audit
    "audit_written": ("Đã ghi {count} mục nhật ký vào {path}", "{count} entries written to {path}"),
    # demo-data
    "demo_years": ("--years phải từ 1 đến 30", "--years must be between 1 and 30"),
    "demo_first_year": ("--first-year phải là một năm, ví dụ 2024", "--first-year must be a year such as 2024"),
    "demo_exists": ("{path} đã có; hãy chọn một tệp mới cho trường mẫu",
                    "{path} already exists; choose a new file for the demo school"),
    "demo_written": ("Đã tạo trường mẫu trong {path}: {count} năm học, từ {first} đến {last}",
                     "Demo school written to {path}: {count} school year(s), {first} to {last}"),
    "demo_written_one": ("Đã tạo trường mẫu trong {path}: năm học {first}",
                         "Demo school written to {path}: school year {first}"),
    "demo_accounts": ("Tài khoản hieutruong, ketoan, yte, bep, giaovien (mật khẩu: demo); mã khôi phục: {code}",
                      "Accounts hieutruong, ketoan, yte, bep, giaovien (password: demo); recovery code: {code}"),
    "demo_step": ("  {step}…", "  {step}…"),
    "demo_step_school": ("trường, lớp và trẻ", "school, classes and children"),
    "demo_step_attendance": ("điểm danh", "attendance"),
    "demo_step_growth": ("cân đo", "growth"),
    "demo_step_meals": ("tiền ăn", "meals"),
    "demo_step_kitchen": ("bếp và thực đơn", "kitchen and menus"),
    "demo_step_closing": ("thu tiền và khóa sổ các tháng đã qua", "payments and closing the past months"),
    "demo_step_money": ("phiếu chi hoàn trả, điều chỉnh kho", "refunds and a stock correction"),
    "demo_step_agenda": ("kế hoạch tháng", "monthly agenda"),
    # import-menu
    "menu_preview": ("{file}: dòng tiêu đề ở dòng {header}, {rows} dòng, {invalid} dòng lỗi, {menus} thực đơn ngày",
                     "{file}: header on row {header}, {rows} rows, {invalid} invalid, {menus} day menus"),
    "menu_replaces": ("  thay thực đơn ngày {day} ({group})", "  replaces the menu of {day} ({group})"),
    "menu_invalid_row": ("  dòng {row} lỗi: {reasons}", "  invalid: Row {row}: {reasons}"),
    "menu_refused": ("{count} dòng lỗi; chưa nhập gì (hãy sửa các dòng đó, hoặc dùng --skip-invalid để nhập "
                     "các dòng còn lại)",
                     "{count} invalid rows; nothing imported (correct them, or use --skip-invalid to import the "
                     "others)"),
    "menu_nothing_valid": ("không có dòng hợp lệ: chưa nhập gì", "no valid row: nothing imported"),
    "menu_dry_run": ("Chạy thử: sẽ nhập {menus} thực đơn ngày ({lines} dòng); chưa ghi gì.",
                     "Dry run: {menus} day menus ({lines} lines) would be imported; nothing written."),
    "menu_imported": ("Đã nhập {menus} thực đơn ngày ({lines} dòng).", "Imported {menus} day menus ({lines} lines)."),
    "menu_imported_skipped": ("Đã nhập {menus} thực đơn ngày ({lines} dòng), bỏ qua {skipped} dòng lỗi.",
                              "Imported {menus} day menus ({lines} lines), skipped {skipped} invalid rows."),
    # money
    "no_single_child": ("--child: không có đúng một trẻ tên “{name}”", "--child: no single child named “{name}”"),
    "no_single_child_hint": ("--child: không có đúng một trẻ tên “{name}” (thêm --class nếu hai trẻ trùng tên)",
                             "--child: no single child named “{name}” (add --class when two children share the "
                             "name)"),
    "paying_ahead_hint": ("{text} (--ahead để nộp trước)", "{text} (--ahead to pay ahead)"),
    "no_year": ("--year: không có năm học {year}", "--year: no school year {year}"),
    "purchase_cancelled": ("Đã hủy khoản mua {id}", "Purchase {id} cancelled"),
    "stock_use_line": ("{item}: {quantity} {unit} ngày {day}", "{item}: {quantity} {unit} on {day}"),
    "stock_use_cancelled": ("Đã hủy lần xuất kho {id}", "Stock use {id} cancelled"),
    # screenshot
    "screenshot_failed": ("không chụp được màn hình: {detail}", "the screenshots could not be made: {detail}"),
    # users
    "users_which": ("users {action}: hãy cho biết tài khoản nào (TÊN)", "users {action}: say which account (NAME)"),
    "user_active": ("đang dùng", "active"),
    "user_disabled": ("đã khóa", "disabled"),
    "user_added": ("Đã thêm tài khoản {name}.", "Account {name} added."),
    "recovery_code": ("MÃ KHÔI PHỤC (chỉ hiện một lần; hãy chép lại và cất kỹ — mã này đặt lại mật khẩu hiệu trưởng "
                      "khi bị quên): {code}",
                      "RECOVERY CODE (shown only once; write it down and keep it safe — it resets a forgotten "
                      "principal password): {code}"),
    "password_changed": ("Đã đổi mật khẩu của {name}.", "Password of {name} changed."),
    "user_enabled": ("Đã mở khóa tài khoản {name}.", "Account {name} enabled."),
    "user_disabled_done": ("Đã khóa tài khoản {name}.", "Account {name} disabled."),
    "recover_needs_code": ("users recover: cần --code MÃ", "users recover: --code CODE is required"),
    "password_reset": ("Đã đặt lại mật khẩu của {name}. MÃ KHÔI PHỤC MỚI (chỉ hiện một lần): {code}",
                       "Password of {name} reset. NEW RECOVERY CODE (shown only once): {code}"),
    # zscore
    "zscore_refused": ("{text} — chưa ghi tệp kết quả nào", "{text} — no output written"),
    "zscore_far_cells": ("cảnh báo: đã bỏ qua các ô nằm xa ngoài bảng: {cells}",
                         "warning: cells far outside the table were skipped: {cells}"),
    "zscore_done": ("{rows} dòng, {computed} dòng đã tính, {errors} dòng lỗi -> {path}",
                    "{rows} row(s), {computed} computed, {errors} with an error -> {path}"),
    "zscore_error_rows": ("các dòng lỗi trong bảng tính (xem cột 'error'): {rows}",
                          "spreadsheet rows with an error (see the 'error' column): {rows}"),
}
