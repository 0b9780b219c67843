"""Texts of the ``growth.*`` error and warning codes: (Vietnamese, English). See errors.py.

Numbers arrive already written in the language's style (``15,8`` / ``15.8``): see
:meth:`kindergarten_desktop.growth.measurements.Problem.text`.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # rounds
    "bad_kind": ("Loại đợt cân đo không hợp lệ: {kind}", "Unknown kind of round: {kind}"),
    "outside_year": ("Ngày {day} nằm ngoài năm học {year}.", "The date {day} is outside the school year {year}."),
    "no_name": ("Đợt cân đo cần có tên.", "The round needs a name."),
    "duplicate_day": ("Ngày {day} đã có đợt “{name}”: hãy chọn ngày khác.",
                      "The round “{name}” is already on {day}: choose another date."),
    "duplicate_name": ("Năm học {year} đã có đợt “{name}” (ngày {day}): hãy đặt tên khác hoặc chọn ngày khác.",
                       "The school year {year} already has the round “{name}” (on {day}): give another name or "
                       "choose another date."),
    "missing_round": ("Đợt cân đo này không còn tồn tại.", "This round no longer exists."),
    "has_measurements": (
        "Đợt này đã có {count} số đo nên không thể xóa.",
        "This round already holds {count} measurements; it cannot be deleted.",
    ),
    "missing_child": ("Không tìm thấy trẻ (mã {child_id}).", "No child with id {child_id}."),
    # a measurement refused or questioned
    "measurement_refused": ("{name}Số đo không được lưu: {problems}",
                            "{name}The measurement was not saved: {problems}"),
    "needs_confirmation": ("{name}Số đo bất thường: {problems}", "{name}Unusual measurement: {problems}"),
    "weight_range": ("Cân nặng {value} kg nằm ngoài khoảng {low}–{high} kg",
                     "Weight {value} kg is outside {low}–{high} kg"),
    "height_range": ("Chiều cao {value} cm nằm ngoài khoảng {low}–{high} cm",
                     "Height {value} cm is outside {low}–{high} cm"),
    "before_birth": ("Ngày đo {day} trước ngày sinh của trẻ ({birth})",
                     "The visit date {day} is before the child's birth ({birth})"),
    "future": ("Ngày đo {day} ở tương lai", "The visit date {day} is in the future"),
    "not_enrolled": ("Trẻ không có tên trong lớp vào ngày {day} của đợt cân đo",
                     "The child is not enrolled on the round's date {day}"),
    "bad_measure": ("Tư thế đo phải là nằm hoặc đứng", "The position must be lying or standing"),
    "weight_drop": ("Cân nặng {value} kg giảm {percent} % so với lần trước ({previous} kg ngày {day})",
                    "Weight {value} kg is {percent} % less than last time ({previous} kg on {day})"),
    "weight_gain_fast": (
        "Cân nặng {value} kg tăng {gain} kg so với lần trước ({previous} kg ngày {day}); sau {days} ngày "
        "mức tăng hợp lý tối đa khoảng {limit} kg",
        "Weight {value} kg is {gain} kg more than last time ({previous} kg on {day}); in {days} days a "
        "plausible gain is at most about {limit} kg",
    ),
    "height_gain_fast": (
        "Chiều cao {value} cm tăng {gain} cm so với lần trước ({previous} cm ngày {day}); sau {days} ngày "
        "mức tăng hợp lý tối đa khoảng {limit} cm",
        "Height {value} cm is {gain} cm more than last time ({previous} cm on {day}); in {days} days a "
        "plausible gain is at most about {limit} cm",
    ),
    "height_drop": (
        "Chiều cao {value} cm thấp hơn lần trước {loss} cm ({previous} cm ngày {day}), quá sai số đo {error} cm",
        "Height {value} cm is {loss} cm less than last time ({previous} cm on {day}), beyond the "
        "measurement error of {error} cm",
    ),
    "who_flag": ("WHO coi chỉ số z {indicator} ({z}) là không hợp lý: hãy đo lại",
                 "WHO marks the {indicator} z-score ({z}) as implausible: measure again"),
    # zscore files (command line)
    "file_type": ("{path}: tệp phải là .csv hoặc .xlsx", "{path}: the file must be .csv or .xlsx"),
    "output_type": ("{path}: tệp kết quả phải là .csv hoặc .xlsx", "{path}: the output must be .csv or .xlsx"),
    "no_file": ("{path}: không có tệp này", "{path}: no such file"),
    "is_folder": ("{path}: đây là thư mục, không phải tệp", "{path}: is a folder, not a file"),
    "permission": ("{path}: không có quyền đọc", "{path}: permission denied"),
    "unreadable": ("{path}: không đọc được dạng {format} ({detail})", "{path}: cannot be read as {format} ({detail})"),
    "empty_file": ("{path}: tệp trống (không có dòng tiêu đề)", "{path}: the file is empty (no header row)"),
    "not_text_csv": ("{path}: đây không phải tệp CSV dạng văn bản", "{path}: this is not a text CSV file"),
    "no_output_folder": ("{path}: không có thư mục này để ghi kết quả", "{path}: no such folder for the output"),
    "missing_columns": ("Thiếu cột: {missing}. Các cột có trong tệp: {found}",
                        "missing column(s): {missing}. Columns found: {found}"),
    "row_not_number": ("{what}: '{value}' không phải là số", "{what}: '{value}' is not a number"),
    "row_not_date": ("{what}: '{value}' không phải là ngày (dùng dd/mm/yyyy hoặc yyyy-mm-dd)",
                     "{what}: '{value}' is not a date (use dd/mm/yyyy or yyyy-mm-dd)"),
    "row_bad_date": ("{what}: '{value}' không phải là ngày có thật", "{what}: '{value}' is not a real date"),
    "row_no_sex": ("giới tính: thiếu", "sex: missing"),
    "row_bad_sex": ("giới tính: '{value}' không phải 1/2, M/F hoặc nam/nữ", "sex: '{value}' is not 1/2, M/F or nam/nữ"),
    "row_bad_measure": ("tư thế đo: '{value}' không phải l (nằm) hoặc h (đứng)",
                        "measure: '{value}' is not l (lying) or h (standing)"),
    "row_bad_oedema": ("phù: '{value}' không phải y/n", "oedema: '{value}' is not y/n"),
    "row_not_positive": ("{what}: {value} phải lớn hơn 0", "{what}: {value} must be more than 0"),
    "row_nothing_measured": ("không có cân nặng và chiều cao", "no weight_kg and no height_cm"),
    "row_no_age": ("không có tuổi: cần age_days, hoặc ngày sinh và ngày cân",
                   "no age: give age_days, or birth_date and visit_date"),
    "row_visit_before_birth": ("ngày cân trước ngày sinh", "visit_date is before birth_date"),
    "row_negative_age": ("age_days: {value} là số âm", "age_days: {value} is negative"),
    "row_too_old": ("tuổi {years} năm: quá 19 tuổi, WHO không có chuẩn tham chiếu",
                    "age {years} years: beyond 19 years, WHO has no reference"),
}
