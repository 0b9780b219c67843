"""Texts of the ``roster.*`` codes (errors, warnings, import-roster output): (Vietnamese, English).
See errors.py."""

_PHONE_RULE_VI = "số di động có 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, số cố định có 11 chữ số bắt đầu bằng 02"
_PHONE_RULE_EN = "a mobile has 10 digits starting 03, 05, 07, 08 or 09, a landline 11 starting 02"

MESSAGES: dict[str, tuple[str, str]] = {
    "refused": ("Không thực hiện được.", "Refused."),
    # children
    "name_empty": ("Chưa nhập họ và tên", "Full name is empty"),
    "no_family_name": ("'{name}' chưa có họ", "'{name}' has no family name"),
    "sex_invalid": ("Giới tính phải là nam hoặc nữ", "Sex must be male or female"),
    "ethnicity_unknown": ("Dân tộc '{ethnicity}' không có trong danh mục", "Unknown ethnicity '{ethnicity}'"),
    "flags_unknown": ("Hoàn cảnh không có trong danh mục: {flags}", "Unknown circumstance flags: {flags}"),
    "phone_invalid": (f"'{{phone}}' không phải số điện thoại Việt Nam ({_PHONE_RULE_VI})",
                      f"'{{phone}}' is not a Vietnamese phone number ({_PHONE_RULE_EN})"),
    "father_phone_invalid": (f"Điện thoại của cha: '{{phone}}' không phải số điện thoại Việt Nam ({_PHONE_RULE_VI})",
                             f"Father's phone: '{{phone}}' is not a Vietnamese phone number ({_PHONE_RULE_EN})"),
    "mother_phone_invalid": (f"Điện thoại của mẹ: '{{phone}}' không phải số điện thoại Việt Nam ({_PHONE_RULE_VI})",
                             f"Mother's phone: '{{phone}}' is not a Vietnamese phone number ({_PHONE_RULE_EN})"),
    "guardian_phone_invalid": (
        f"Điện thoại của người giám hộ: '{{phone}}' không phải số điện thoại Việt Nam ({_PHONE_RULE_VI})",
        f"Guardian's phone: '{{phone}}' is not a Vietnamese phone number ({_PHONE_RULE_EN})"),
    "parent_phone_invalid": (
        f"Điện thoại của cha/mẹ: '{{phone}}' không phải số điện thoại Việt Nam ({_PHONE_RULE_VI})",
        f"Parent's phone: '{{phone}}' is not a Vietnamese phone number ({_PHONE_RULE_EN})"),
    "birth_missing": ("Chưa có ngày sinh", "Date of birth is missing"),
    "birth_in_future": ("Ngày sinh {birth} ở tương lai", "Date of birth {birth} is in the future"),
    "age_out_of_range": ("Ngày {on} trẻ {years} tuổi {months} tháng; trường mầm non nhận trẻ từ 6 tháng đến 7 tuổi",
                         "On {on} the child is {years} years {months} months old; a kindergarten takes children "
                         "from 6 months to 7 years"),
    "age_at_limit": ("Ngày {on} trẻ {years} tuổi {months} tháng, sát giới hạn tuổi mầm non (6 tháng đến 7 tuổi)",
                     "On {on} the child is {years} years {months} months old, at the limit of kindergarten age "
                     "(6 months to 7 years)"),
    "birth_year_unusual": ("Sinh năm {year}: trẻ của độ tuổi lớp này thường sinh năm {expected}",
                           "Born in {year}: children of this class's age group are usually born in {expected}"),
    "enrolled_before_birth": ("Ngày nhập học trước ngày sinh", "Enrolment date is before the date of birth"),
    "child_not_found": ("Không tìm thấy trẻ (mã {id})", "No child with id {id}"),
    "child_has_records": ("Không xóa được: còn dữ liệu khác gắn với trẻ ({records})",
                          "Cannot delete: other records refer to the child ({records})"),
    # classes
    "class_not_found": ("Không tìm thấy lớp (mã {id})", "No class with id {id}"),
    "class_name_empty": ("Chưa nhập tên lớp", "Class name is empty"),
    "class_name_too_long": ("Tên lớp dài {length} ký tự; tối đa {limit} ký tự",
                            "Class name is {length} characters long; at most {limit} are allowed"),
    "class_exists": ("Năm học này đã có lớp tên '{name}'", "A class named '{name}' already exists in this school year"),
    "age_group_unknown": ("Độ tuổi '{code}' không có trong danh mục", "Unknown age group '{code}'"),
    "capacity_below_one": ("Sĩ số tối đa phải từ 1 trở lên", "Capacity must be at least 1"),
    "capacity_above_legal": ("Sĩ số {capacity} vượt mức tối đa {legal} trẻ của độ tuổi này (Thông tư 52/2020)",
                             "Capacity {capacity} is above the legal maximum of {legal} children for this age group "
                             "(Thông tư 52/2020)"),
    "class_holds_above_legal": ("Lớp đang có {children} trẻ, vượt mức tối đa {legal}",
                                "The class holds {children} children, above the legal maximum of {legal}"),
    # movements
    "movement_reason_unknown": ("Lý do '{reason}' không hợp lệ", "Unknown reason '{reason}'"),
    "outside_school_year": ("Ngày {day} nằm ngoài năm học của lớp {name} ({start} – {end})",
                            "{day} is outside the school year of class {name} ({start} – {end})"),
    "already_in_class_from": ("Trẻ đang học lớp {name} từ {start}",
                              "The child is already in class {name} from {start}"),
    "already_in_class_until": ("Trẻ đang học lớp {name} từ {start} đến {end}",
                               "The child is already in class {name} from {start} to {end}"),
    "already_in_that_class": ("Trẻ đã ở lớp {name}", "The child is already in class {name}"),
    "in_no_class": ("Ngày {day} trẻ không thuộc lớp nào", "The child is in no class on {day}"),
    "stay_already_ends": ("Thời gian học ở lớp {name} đã kết thúc ngày {end}",
                          "The stay in {name} already ends on {end}"),
    "marks_after": ("Trẻ còn {count} lượt điểm danh sau ngày {day}; hãy xóa các lượt đó trước hoặc chọn ngày muộn hơn",
                    "The child has {count} attendance marks after {day}; remove them first or choose a later date"),
    "transfer_before_start": ("Ngày chuyển lớp phải sau ngày bắt đầu học lớp {name} ({start})",
                              "The transfer date must be after the start in {name} ({start})"),
    "withdrawal_reason_missing": ("Hãy ghi lý do thôi học", "Give the reason for the withdrawal"),
    "never_enrolled": ("Trẻ chưa từng nhập học; hãy nhập học như trẻ mới",
                       "The child has never been enrolled; enrol it as a new child"),
    "class_for_other_births": ("Trẻ sinh năm {year}; lớp {name} dành cho trẻ sinh năm {expected}",
                               "Born in {year}: class {name} is for children born in {expected}"),
    "class_above_legal": ("Lớp {name} sẽ có {children} trẻ, vượt mức tối đa {legal} của độ tuổi (Thông tư 52/2020)",
                          "Class {name} would have {children} children, above the legal maximum of {legal} "
                          "(Thông tư 52/2020)"),
    "class_above_capacity": ("Lớp {name} sẽ có {children} trẻ, vượt sĩ số dự kiến {capacity}",
                             "Class {name} would have {children} children, above its capacity of {capacity}"),
    "nothing_to_undo": ("Không có lần chuyển lớp, thôi học hay trở lại học nào để hủy",
                        "There is no transfer, withdrawal or return to undo"),
    "undo_return_marks": ("Không hủy được lần trở lại học ở lớp {name}: đã có {count} lượt điểm danh; hãy xóa trước",
                          "Cannot undo the return to {name}: {count} attendance marks were taken since; "
                          "remove them first"),
    "stay_not_found": ("Không tìm thấy lượt nhập học (mã {id})", "No enrolment with id {id}"),
    "change_class_other_year": ("Lớp {name} không thuộc năm học {year}", "Class {name} is not in school year {year}"),
    # promotion
    "already_promoted": ("Trẻ đã được lên lớp sang năm học {year}",
                         "The children have already been promoted to {year}"),
    "promotion_unknown_targets": ("Không có các lớp đích: {names}", "Unknown target classes: {names}"),
    # staff
    "staff_name_empty": ("Chưa nhập họ và tên", "The full name is empty"),
    "staff_name_too_long": ("Họ và tên dài quá {limit} ký tự", "The full name is longer than {limit} characters"),
    "staff_role_unknown": ("Chức vụ '{role}' không có trong danh mục", "Unknown role '{role}'"),
    "staff_phone_invalid": (f"'{{phone}}' không phải số điện thoại Việt Nam ({_PHONE_RULE_VI})",
                            f"'{{phone}}' is not a Vietnamese phone number ({_PHONE_RULE_EN})"),
    # attendance
    "mark_status_unknown": ("Trẻ {child}, ngày {day}: ký hiệu '{status}' không hợp lệ (P, E hoặc U)",
                            "Child {child}, {day}: unknown status '{status}' (P, E or U)"),
    "mark_in_future": ("Ngày {day} chưa đến: chưa thể điểm danh", "{day} is in the future: it cannot be marked yet"),
    "not_school_day": ("Ngày {day} không phải ngày học", "{day} is not a school day"),
    "not_enrolled_on": ("Ngày {day} trẻ {name} không thuộc lớp", "{name} is not enrolled on {day}"),
    # import
    "workbook_unreadable": ("Không đọc được tệp {file} như một bảng tính .xlsx",
                            "{file} cannot be read as an .xlsx workbook"),
    "workbook_xls": ("{file} là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx "
                     "(Tệp › Lưu thành › Sổ làm việc Excel)",
                     "{file} is an old Excel file (.xls): open it in Excel and save it as .xlsx "
                     "(File › Save As › Excel Workbook)"),
    "workbook_password": ("{file} có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại",
                          "{file} is protected by a password: open it in Excel, remove the password and save it"),
    "header_not_found": ("Không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu: cần cột 'Họ và tên' và ít nhất "
                         "cột 'Ngày sinh' hoặc 'Giới tính'",
                         "No header row found in the first {rows} rows: a row needs a 'Họ và tên' column and at "
                         "least 'Ngày sinh' or 'Giới tính'"),
    "import_no_children": ("Không có trẻ nào dưới dòng tiêu đề cột (dòng {row})",
                           "No children below the header row {row}"),
    "import_no_year": ("Tiêu đề danh sách không ghi năm học: hãy chọn năm học (--year 2025-2026)",
                       "The list's title names no school year: choose one (--year 2025-2026)"),
    "title_year_mismatch": ("Tiêu đề danh sách ghi năm học {title}, nhưng đã chọn năm học {given}",
                            "The list's title says school year {title}, but {given} was chosen"),
    "title_class_mismatch": ("Tiêu đề danh sách ghi lớp {title}, nhưng đã chọn lớp {given}",
                             "The list's title says class {title}, but class {given} was chosen"),
    "import_row_problems": ("Dòng {row}: {problems}", "Row {row}: {problems}"),
    "birth_not_a_date": ("Ngày sinh '{text}' không phải ngày (ngày/tháng/năm)",
                         "Date of birth '{text}' is not a date (dd/mm/yyyy)"),
    "birth_no_such_day": ("Ngày sinh {text}: không có ngày này", "Date of birth {text}: that day does not exist"),
    "birth_two_digit_year": ("Ngày sinh {text}: năm viết hai chữ số không cho ra tuổi mầm non; hãy ghi đủ bốn chữ số",
                             "Date of birth {text}: the two-digit year gives no kindergarten age; write all four "
                             "digits"),
    "birth_year_only": ("Ngày sinh '{text}' chỉ có năm; cần đủ ngày/tháng/năm",
                        "Date of birth '{text}' is only a year; the day and month are needed"),
    "sex_not_read": ("Giới tính '{text}' không phải Nam hay Nữ", "Sex '{text}' is neither Nam nor Nữ"),
    "sex_missing": ("Chưa có giới tính", "Sex is missing"),
    "ethnicity_not_read": ("Dân tộc '{text}' không thuộc 54 dân tộc", "Ethnicity '{text}' is not one of the 54 groups"),
    "import_no_class": ("Chưa có lớp (điền cột 'Lớp' hoặc chọn lớp)",
                        "No class (fill the 'Lớp' column or choose a class)"),
    "import_repeat": ("Trùng với dòng {row} (cùng họ tên và ngày sinh); không thêm lần nữa",
                      "Same as row {row} (same name and date of birth); not added twice"),
    "import_known_child": ("Trẻ đã có trong dữ liệu (cùng họ tên và ngày sinh): được xếp vào lớp này, không thêm mới",
                           "Already in the database (same name and date of birth): enrolled in this class, not "
                           "added again"),
    "import_moves_up": ("Trẻ đã có trong dữ liệu, đang ở lớp {name} năm học {year}: chuyển lên lớp này",
                        "Already in the database, in class {name} of {year}: moves up to this class"),
    "import_already_in_this_class": ("Trẻ đã có trong lớp {name}; bỏ qua", "Already in class {name}; skipped"),
    "import_already_in_other_class": ("Trẻ đã ở lớp {name} trong năm học này; bỏ qua (muốn đổi lớp thì dùng "
                                      "“Chuyển lớp”)",
                                      "Already in class {name} this school year; skipped (use “Transfer” to move the "
                                      "child)"),
    # import-roster command output
    "cli_read": ("{file}: dòng tiêu đề cột là dòng {header}, {children} trẻ, {invalid} dòng lỗi, năm học {year}",
                 "{file}: header on row {header}, {children} children, {invalid} invalid, school year {year}"),
    "cli_title": ("  Tiêu đề: lớp {name}, năm học {year}", "  Title: class {name}, school year {year}"),
    "cli_new_class": ("  Lớp mới {name} ({group})", "  New class {name} ({group})"),
    "cli_warning": ("  Lưu ý, dòng {row} ({name}): {text}", "  Note, row {row} ({name}): {text}"),
    "cli_invalid": ("  Lỗi: {text}", "  Invalid: {text}"),
    "cli_refused": ("{count} dòng lỗi; chưa nhập gì (sửa các dòng đó, hoặc dùng --skip-invalid để nhập "
                    "các dòng còn lại)",
                    "{count} invalid rows; nothing imported (correct them, or use --skip-invalid to import the "
                    "others)"),
    "cli_dry_run": ("Chạy thử: sẽ thêm {added} trẻ mới và xếp lớp {enrolled} trẻ đã có; chưa ghi gì.",
                    "Dry run: {added} children would be added and {enrolled} already known enrolled; nothing "
                    "written."),
    "cli_done": ("Đã nhập {added} trẻ mới, xếp lớp {enrolled} trẻ đã có.",
                 "Imported {added} children, enrolled {enrolled} already known."),
    "cli_created": ("  Đã tạo lớp: {names}", "  Created classes: {names}"),
    "cli_skipped": ("  Bỏ qua dòng {row} ({name}): {text}", "  Skipped row {row} ({name}): {text}"),
    "cli_nothing_added": ("Không có trẻ nào được thêm hay xếp lớp.", "No child was added or enrolled."),
}
