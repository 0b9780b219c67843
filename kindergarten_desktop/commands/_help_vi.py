"""Vietnamese for the command line's help and for argparse's own words.

The commands write their help in English (code is in English); ``commands.cli_language``
translates the built parser through :data:`HELP` and argparse's runtime messages (usage, errors)
through :data:`ARGPARSE`. ``tests/test_cli_language.py`` fails when a help text has no entry here.
"""

from __future__ import annotations

HELP: dict[str, str] = {
    # argparse's own group titles and actions
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    # the program
    "Kindergarten office: rosters, attendance, growth, meal fees, monthly agenda.":
        "Văn phòng trường mầm non: danh sách lớp, điểm danh, tăng trưởng, tiền ăn, trọng tâm tháng.",
    "database file (default: per-user data folder)": "tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)",
    "interface language (remembered)": "ngôn ngữ giao diện (được ghi nhớ)",
    "open a freshly generated demo school": "mở một trường mẫu vừa tạo",
    "start, open the database, show the window, exit 0 once it is painted "
    "(--smoke=data: once the restored tab's data is shown) (CI, timing)":
        "khởi động, mở cơ sở dữ liệu, hiện cửa sổ rồi thoát với mã 0 khi cửa sổ đã vẽ xong "
        "(--smoke=data: khi dữ liệu của thẻ được mở lại đã hiện) (kiểm thử, đo thời gian)",
    "the account working (password from KD_PASSWORD or a prompt); required once the school has accounts":
        "tài khoản đang làm việc (mật khẩu lấy từ KD_PASSWORD hoặc được hỏi); bắt buộc khi trường đã có tài khoản",
    # subcommands
    "export the audit trail (who changed what, when) to .csv or .xlsx":
        "xuất nhật ký thay đổi (ai đổi gì, khi nào) ra .csv hoặc .xlsx",
    "write a demo school of N school years into a new database": "tạo một trường mẫu gồm N năm học trong tệp mới",
    "import menus from an .xlsx or .csv file (one row per ingredient)":
        "nhập thực đơn từ tệp .xlsx hoặc .csv (mỗi dòng một thực phẩm)",
    "import children from an .xlsx class list": "nhập trẻ từ danh sách lớp .xlsx",
    "receipts, payouts and stock corrections (the accountant's counter)":
        "phiếu thu, phiếu chi và điều chỉnh kho (quầy của kế toán)",
    "write a report (class-list, ...) as PDF or Excel": "in một báo cáo (class-list, ...) ra PDF hoặc Excel",
    "render each main tab offscreen to DIR/<tab>.png": "chụp từng thẻ chính (không hiện cửa sổ) vào DIR/<thẻ>.png",
    "staff accounts: list, add, passwd, disable, enable, recover":
        "tài khoản nhân viên: list (liệt kê), add (thêm), passwd (đổi mật khẩu), disable (khóa), "
        "enable (mở khóa), recover (khôi phục)",
    "WHO z-scores for a .csv or .xlsx file of measurements": "tính chỉ số Z theo WHO cho tệp số đo .csv hoặc .xlsx",
    # common options
    "database file": "tệp cơ sở dữ liệu",
    "FILE.csv or FILE.xlsx": "TỆP.csv hoặc TỆP.xlsx",
    "check and report, write nothing": "chỉ kiểm tra và báo kết quả, không ghi gì",
    "import the valid rows, leave out the invalid ones": "nhập các dòng hợp lệ, bỏ qua các dòng lỗi",
    # audit
    "only changes from this day (yyyy-mm-dd or dd/mm/yyyy)":
        "chỉ các thay đổi từ ngày này (yyyy-mm-dd hoặc dd/mm/yyyy)",
    # demo-data
    "new database file to create": "tệp cơ sở dữ liệu mới sẽ tạo",
    "number of consecutive school years (default 1)": "số năm học liên tiếp (mặc định 1)",
    "September of this year starts the first school year (default: so that the last one is the current "
    "school year)": "tháng 9 của năm này mở đầu năm học thứ nhất (mặc định: sao cho năm học cuối là năm học hiện tại)",
    "random seed; the same seed gives the same school": "hạt giống ngẫu nhiên; cùng hạt giống cho cùng một trường",
    "also create the accounts hieutruong, ketoan, yte, bep, giaovien (password: demo)":
        "tạo thêm các tài khoản hieutruong, ketoan, yte, bep, giaovien (mật khẩu: demo)",
    # import-menu
    "Columns (Vietnamese headers, any order, title rows above allowed): Ngày, Khối, Bữa, Món ăn, Mã thực phẩm "
    "and/or Thực phẩm, Định lượng (g/trẻ). Importing a day again replaces that day's menu for that age group.":
        "Các cột (tiêu đề tiếng Việt, thứ tự bất kỳ, cho phép dòng tiêu đề phía trên): Ngày, Khối, Bữa, Món ăn, "
        "Mã thực phẩm và/hoặc Thực phẩm, Định lượng (g/trẻ). Nhập lại một ngày sẽ thay thực đơn ngày đó của khối đó.",
    "the .xlsx workbook (first sheet) or .csv file": "tệp .xlsx (trang tính đầu tiên) hoặc tệp .csv",
    # import-roster
    "the workbook (first sheet; title and footer lines are read and skipped)":
        "tệp Excel (trang tính đầu tiên; các dòng tiêu đề và chân trang được đọc rồi bỏ qua)",
    "school year, e.g. 2025-2026 (default: the 'Năm học' of the list's title)":
        "năm học, ví dụ 2025-2026 (mặc định: 'Năm học' ghi ở tiêu đề danh sách)",
    "class of rows without a 'Lớp' column value (default: the class in the list's title; created if missing)":
        "lớp của các dòng không có cột 'Lớp' (mặc định: lớp ghi ở tiêu đề danh sách; tạo mới nếu chưa có)",
    # money
    "write a receipt (phiếu thu) and optionally print it": "lập phiếu thu và in nếu muốn",
    "cancel a receipt (it keeps its number)": "hủy một phiếu thu (phiếu giữ nguyên số)",
    "print a receipt (liên 1 and liên 2) to a PDF": "in một phiếu thu (liên 1 và liên 2) ra PDF",
    "cancel a payout (it keeps its number)": "hủy một phiếu chi (phiếu giữ nguyên số)",
    "print a payout (liên 1 and liên 2) to a PDF": "in một phiếu chi (liên 1 và liên 2) ra PDF",
    "write a payout (phiếu chi): a refund of a child's credit, a supplier paid, other":
        "lập phiếu chi: hoàn tiền thừa cho trẻ, trả nhà cung cấp, chi khác",
    "correct a purchase of the market book by an adjustment entry":
        "sửa một khoản mua trong sổ đi chợ bằng bút toán điều chỉnh",
    "cancel a purchase of the market book by an adjustment entry":
        "hủy một khoản mua trong sổ đi chợ bằng bút toán điều chỉnh",
    "correct a stock use by an adjustment entry": "sửa một lần xuất kho bằng bút toán điều chỉnh",
    "cancel a stock use by an adjustment entry": "hủy một lần xuất kho bằng bút toán điều chỉnh",
    "the child's full name": "họ và tên của trẻ",
    "the child's class, when two children share the name": "lớp của trẻ, khi có hai trẻ trùng tên",
    "whole đồng, e.g. 616000 or 616.000": "số đồng chẵn, ví dụ 616000 hoặc 616.000",
    "the opening balance of the cash book or the bank book (where the book starts)":
        "số dư đầu của sổ quỹ tiền mặt hoặc sổ tiền gửi (nơi sổ bắt đầu)",
    "YYYY-MM-DD: the balance at the start of that day": "YYYY-MM-DD: số dư vào đầu ngày đó",
    "whole đồng, e.g. 12500000 or 12.500.000": "số đồng chẵn, ví dụ 12500000 hoặc 12.500.000",
    "YYYY-MM-DD (default today)": "YYYY-MM-DD (mặc định: hôm nay)",
    "who pays (default: the child's parents)": "người nộp tiền (mặc định: cha mẹ của trẻ)",
    "month(s) paid for, e.g. 10/2025 or '10, 11/2025'": "nộp cho tháng nào, ví dụ 10/2025 hoặc '10, 11/2025'",
    "allow an amount above the debt (paying ahead)": "cho phép nộp nhiều hơn số còn nợ (nộp trước)",
    "print the receipt (2 copies) to this PDF": "in phiếu thu (2 liên) ra tệp PDF này",
    "who cancels": "người hủy",
    "the child refunded (--kind refund)": "trẻ được hoàn tiền (--kind refund)",
    "the supplier paid (--kind supplier)": "nhà cung cấp được trả tiền (--kind supplier)",
    "who receives the money": "người nhận tiền",
    # report
    "Write a report; the format is taken from the --out extension. Run 'report --list' to see the available "
    "reports.": "In một báo cáo; định dạng theo đuôi tệp của --out. Chạy 'report --list' để xem các báo cáo có sẵn.",
    "document settings (remembered per report; default: the school settings)":
        "thông tin văn bản (ghi nhớ theo từng báo cáo; mặc định: thông tin của trường)",
    "which report, e.g. class-list": "báo cáo nào, ví dụ class-list",
    "list the available reports and their parameters": "liệt kê các báo cáo có sẵn và tham số của chúng",
    "school year (default: the current school year)": "năm học (mặc định: năm học hiện tại)",
    "the report's day where it has one, and the date line": "ngày của báo cáo (nếu có) và dòng ngày tháng",
    "class name, e.g. 'Lá 1'": "tên lớp, ví dụ 'Lá 1'",
    "measurement round number": "số thứ tự đợt cân đo",
    "output file: .pdf, .xlsx (or .csv where the report offers it)":
        "tệp kết quả: .pdf, .xlsx (hoặc .csv nếu báo cáo có)",
    "number and symbol, e.g. '15/KH-MNHM'": "số và ký hiệu, ví dụ '15/KH-MNHM'",
    "the summary line under the title (trích yếu)": "dòng trích yếu dưới tiêu đề",
    "a recipient under 'Nơi nhận' (repeat for each; '- Lưu: VT.' is added)":
        "một nơi nhận (lặp lại cho từng nơi; tự thêm '- Lưu: VT.')",
    "full name of the signer (default: the principal)": "họ tên người ký (mặc định: hiệu trưởng)",
    "e.g. 'PHÓ HIỆU TRƯỞNG' (then signed 'KT. HIỆU TRƯỞNG')": "ví dụ 'PHÓ HIỆU TRƯỞNG' (khi đó ký 'KT. HIỆU TRƯỞNG')",
    "signing authority line, e.g. 'KT. HIỆU TRƯỞNG'": "dòng thẩm quyền ký, ví dụ 'KT. HIỆU TRƯỞNG'",
    "'Người lập biểu' of a statistical table": "'Người lập biểu' của biểu thống kê",
    "place name of the date line": "địa danh ở dòng ngày tháng",
    # screenshot
    "also each page of a tab with pages, DIR/<tab>-N.png (default; --no-pages: tabs only)":
        "chụp cả từng trang của thẻ có nhiều trang, DIR/<thẻ>-N.png (mặc định; --no-pages: chỉ các thẻ)",
    # users
    "Staff accounts and their roles (principal, accountant, nurse, kitchen, teacher). Passwords come from "
    "KD_NEW_PASSWORD / KD_PASSWORD or a prompt.":
        "Tài khoản nhân viên và vai trò (principal: hiệu trưởng, accountant: kế toán, nurse: y tế, "
        "kitchen: bếp, teacher: giáo viên). Mật khẩu lấy từ KD_NEW_PASSWORD / KD_PASSWORD hoặc được hỏi.",
    "the account's user name": "tên đăng nhập của tài khoản",
    "list the accounts, their roles and classes": "liệt kê các tài khoản, vai trò và lớp được phân công",
    "add an account (--role, --class for a teacher, --name)":
        "thêm tài khoản (--role vai trò, --class lớp của giáo viên, --name họ tên)",
    "set an account's password": "đặt mật khẩu của một tài khoản",
    "disable an account (it can no longer sign in; its history stays)":
        "khóa tài khoản (không đăng nhập được nữa; lịch sử thay đổi vẫn giữ)",
    "enable a disabled account": "mở khóa một tài khoản đã bị khóa",
    "reset the principal's password with the recovery code (--code)":
        "đặt lại mật khẩu hiệu trưởng bằng mã khôi phục (--code)",
    "role of a new account (repeat, or separate with commas)":
        "vai trò của tài khoản mới (lặp lại, hoặc ngăn bằng dấu phẩy)",
    "a class a teacher is assigned (current school year; repeat for several)":
        "lớp được phân công cho giáo viên (năm học hiện tại; lặp lại nếu nhiều lớp)",
    "the person's full name": "họ và tên của người dùng",
    "recover: the recovery code shown when accounts were set up": "recover: mã khôi phục được hiện khi tạo tài khoản",
    # zscore
    "Adds WHO z-scores, flags and nutritional status to every row. Input columns (any case, Vietnamese names "
    "accepted): sex (1/2, M/F, nam/nữ); age_days, or birth_date and visit_date (dd/mm/yyyy, yyyy-mm-dd or Excel "
    "dates); weight_kg; height_cm; optional measure (l lying / h standing) and oedema. Other columns are copied "
    "unchanged; a bad row keeps its place with the reason in 'error'. Title lines above the header row are "
    "skipped (not copied).":
        "Thêm chỉ số Z theo WHO, cờ kiểm tra và tình trạng dinh dưỡng vào từng dòng. Các cột đầu vào (hoa thường "
        "tùy ý, chấp nhận tên tiếng Việt): giới tính (1/2, M/F, nam/nữ); age_days, hoặc ngày sinh và ngày đo "
        "(dd/mm/yyyy, yyyy-mm-dd hoặc ngày của Excel); cân nặng (kg); chiều cao (cm); tùy chọn cách đo (l nằm / "
        "h đứng) và phù. Các cột khác được chép nguyên; dòng sai giữ nguyên vị trí, lý do ghi ở cột 'error'. "
        "Các dòng tiêu đề phía trên dòng tên cột được bỏ qua (không chép).",
    "measurements, .csv or .xlsx": "tệp số đo, .csv hoặc .xlsx",
    "result file, .csv or .xlsx (replaced if it exists)": "tệp kết quả, .csv hoặc .xlsx (ghi đè nếu đã có)",
    "language of the *_label columns (default vi)": "ngôn ngữ của các cột *_label (mặc định vi)",
}

# argparse's runtime words (its gettext domain), Python 3.11+.
ARGPARSE: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu các tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần đúng một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn không rõ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng chung được với tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "subcommands": "lệnh con",
}
