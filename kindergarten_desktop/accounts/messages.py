"""Texts of the ``accounts.*`` codes: (Vietnamese, English). See errors.py."""

MESSAGES: dict[str, tuple[str, str]] = {
    # refusals
    "denied": (
        "Tài khoản {who} ({roles}) không được thay đổi {area}: chỉ {allowed} được phép.",
        "The account {who} ({roles}) may not change {area}: only {allowed} may.",
    ),
    "denied_reopen": (
        "Tài khoản {who} ({roles}) không được mở lại tháng đã khóa sổ: chỉ {allowed} được mở lại, "
        "vì mở lại sổ cho phép sửa các số liệu đã ký.",
        "The account {who} ({roles}) may not reopen a closed month: only {allowed} may, "
        "since reopening lets signed figures change.",
    ),
    "denied_class": (
        "Tài khoản {who} chỉ được nhập {area} cho trẻ của lớp mình phụ trách.",
        "The account {who} may enter {area} only for the children of the classes assigned.",
    ),
    "sign_in_required": (
        "Trường đã có tài khoản: hãy đăng nhập (--user TÊN) để thay đổi {area}.",
        "This school has accounts: sign in (--user NAME) to change {area}.",
    ),
    "teacher_class_only": (
        "Tài khoản {who} chỉ được xem {area} của lớp mình phụ trách: hãy chọn lớp bằng --class TÊN_LỚP.",
        "The account {who} may see {area} only for the classes assigned: choose one with --class NAME.",
    ),
    "teacher_whole_school": (
        "Tài khoản {who} chỉ được xem số liệu của lớp mình phụ trách; báo cáo này gồm cả trường.",
        "The account {who} may see only the classes assigned; this report covers the whole school.",
    ),
    "cannot_read": (
        "Tài khoản {who} ({roles}) không được xem {area}.",
        "The account {who} ({roles}) may not see {area}.",
    ),
    "principal_only": (
        "Chỉ hiệu trưởng được quản lý tài khoản của người khác.",
        "Only the principal manages other people's accounts.",
    ),
    "audit_principal_only": (
        "Chỉ hiệu trưởng được xem và xuất nhật ký thay đổi.",
        "Only the principal may see and export the audit trail.",
    ),
    "append_only": (
        "Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa.",
        "The audit trail can only be added to, never changed or deleted.",
    ),
    "user_required": (
        "Cơ sở dữ liệu này có tài khoản: hãy chỉ rõ người dùng bằng --user TÊN "
        "(mật khẩu lấy từ biến KD_PASSWORD hoặc được hỏi).",
        "This database has accounts: name the user with --user NAME "
        "(the password comes from KD_PASSWORD or a prompt).",
    ),
    "password_required": (
        "Cần mật khẩu của {user}: đặt biến môi trường KD_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh.",
        "The password of {user} is needed: set the KD_PASSWORD environment variable or run the command "
        "in a terminal.",
    ),
    "no_accounts": (
        "Cơ sở dữ liệu này chưa có tài khoản nào.",
        "This database has no accounts.",
    ),
    # sign-in
    "wrong_password": (
        "Sai tên đăng nhập hoặc mật khẩu.",
        "Wrong user name or password.",
    ),
    "wait": (
        "Đã nhập sai mật khẩu nhiều lần: hãy thử lại sau {seconds} giây.",
        "Too many wrong passwords: try again in {seconds} seconds.",
    ),
    "disabled": (
        "Tài khoản {user} đã bị khóa; hãy liên hệ hiệu trưởng.",
        "The account {user} is disabled; ask the principal.",
    ),
    "no_role": (
        "Tài khoản {user} chưa được giao vai trò nào.",
        "The account {user} has no role.",
    ),
    "wrong_recovery_code": (
        "Mã khôi phục không đúng.",
        "The recovery code is wrong.",
    ),
    # account management
    "bad_username": (
        "Tên đăng nhập “{user}” không hợp lệ: dùng 2–32 chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc "
        "gạch ngang.",
        "The user name “{user}” is not valid: use 2–32 unaccented letters, digits, dots, underscores or hyphens.",
    ),
    "username_taken": (
        "Tên đăng nhập “{user}” đã có.",
        "The user name “{user}” is already taken.",
    ),
    "unknown_user": (
        "Không có tài khoản “{user}”.",
        "There is no account “{user}”.",
    ),
    "short_password": (
        "Mật khẩu phải có ít nhất {n} ký tự.",
        "The password must have at least {n} characters.",
    ),
    "passwords_differ": (
        "Hai lần nhập mật khẩu không khớp nhau.",
        "The two passwords differ.",
    ),
    "no_roles": (
        "Hãy chọn ít nhất một vai trò.",
        "Choose at least one role.",
    ),
    "unknown_role": (
        "Vai trò “{role}” không có; các vai trò: {roles}.",
        "There is no role “{role}”; the roles are: {roles}.",
    ),
    "teacher_needs_class": (
        "Giáo viên cần được phân công ít nhất một lớp.",
        "A teacher needs at least one class.",
    ),
    "unknown_class": (
        "Không có lớp “{name}” trong năm học {year}.",
        "There is no class “{name}” in school year {year}.",
    ),
    "first_must_be_principal": (
        "Tài khoản đầu tiên phải là của hiệu trưởng (người quản trị).",
        "The first account must be the principal's (the administrator).",
    ),
    "last_principal": (
        "Không thể khóa hoặc bỏ vai trò của hiệu trưởng cuối cùng còn hoạt động.",
        "The last active principal cannot be disabled or lose the role.",
    ),
    "bad_idle_minutes": (
        "Thời gian tự khóa phải từ {low} đến {high} phút.",
        "The idle lock must be between {low} and {high} minutes.",
    ),
    "bad_export": (
        "Tệp xuất phải có đuôi .csv hoặc .xlsx: {path}",
        "The export file must end in .csv or .xlsx: {path}",
    ),
    "bad_date": (
        "“{text}” không phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd).",
        "“{text}” is not a date (dd/mm/yyyy or yyyy-mm-dd).",
    ),
    # labels
    "role_principal": ("hiệu trưởng", "principal"),
    "role_accountant": ("kế toán", "accountant"),
    "role_nurse": ("nhân viên y tế", "nurse"),
    "role_kitchen": ("nhà bếp", "kitchen"),
    "role_teacher": ("giáo viên", "teacher"),
    "area_school": ("thông tin trường và năm học", "the school and its years"),
    "area_roster": ("danh sách lớp và hồ sơ trẻ", "classes and children's records"),
    "area_attendance": ("điểm danh", "attendance"),
    "area_growth": ("cân đo và theo dõi sức khỏe", "growth measurements"),
    "area_meals": ("tiền ăn, khoản thu, miễn giảm và phiếu thu", "meals, fees, discounts and receipts"),
    "area_closing": ("việc khóa sổ tháng", "the closing of months"),
    "area_reopening": ("mở lại tháng đã khóa sổ", "reopening closed months"),
    "area_market": ("sổ chợ và mua hàng", "the market book and purchases"),
    "area_stock": ("kho", "the stock"),
    "area_suppliers": ("danh sách nhà cung cấp", "the list of suppliers"),
    "area_kitchen": ("thực đơn và kiểm thực", "menus and food inspection"),
    "area_agenda": ("lịch trọng tâm tháng", "the monthly agenda"),
    "area_accounts": ("tài khoản", "accounts"),
    "area_setting": ("cài đặt", "settings"),
    "nobody": ("không có", "nobody"),
    "or": ("hoặc", "or"),
}
