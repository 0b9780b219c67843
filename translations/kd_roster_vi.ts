<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="63"/>
        <source>E</source>
        <comment>excused absence mark</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="64"/>
        <source>U</source>
        <comment>unexcused absence mark</comment>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="89"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="91"/>
        <source>Mo</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="91"/>
        <source>Tu</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="91"/>
        <source>We</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="91"/>
        <source>Th</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="91"/>
        <source>Fr</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="92"/>
        <source>Sa</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="92"/>
        <source>Su</source>
        <translation>CN</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="94"/>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="144"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="94"/>
        <source>Excused</source>
        <translation>Có phép</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="94"/>
        <source>Unexcused</source>
        <translation>Không phép</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="94"/>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="116"/>
        <source>Present per day</source>
        <translation>Số trẻ có mặt</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="144"/>
        <source>Excused absence</source>
        <translation>Nghỉ có phép</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="145"/>
        <source>Unexcused absence</source>
        <translation>Nghỉ không phép</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="145"/>
        <source>Not taken</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="147"/>
        <source>Not in this class on that day</source>
        <translation>Ngày này trẻ không học lớp này</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="242"/>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="243"/>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="247"/>
        <source>Mark every child without a mark present on the chosen day</source>
        <translation>Đánh dấu có mặt cho mọi trẻ chưa được điểm danh trong ngày đã chọn</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="250"/>
        <source>x present · E excused · U unexcused — click a cell to change it, or type X, E (excused), U (unexcused), Delete</source>
        <translation>x có mặt · P nghỉ có phép · K nghỉ không phép — bấm vào ô để đổi, hoặc gõ X, P (có phép), K (không phép), Delete (xoá)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="254"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="299"/>
        <source>All present on %1</source>
        <translation>Cả lớp có mặt ngày %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="300"/>
        <source>All present</source>
        <translation>Cả lớp có mặt</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="306"/>
        <source>Attendance rate this month: %1 (%2 present of %3 marked days)</source>
        <translation>Tỷ lệ chuyên cần tháng: %1 (%2 lượt có mặt / %3 lượt điểm danh)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="315"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="315"/>
        <source>%1 is in the future.</source>
        <translation>Ngày %1 chưa tới.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="349"/>
        <source>Attendance not recorded</source>
        <translation>Chưa ghi được điểm danh</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="43"/>
        <source>New child</source>
        <translation>Thêm trẻ mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="43"/>
        <source>Child&apos;s record</source>
        <translation>Hồ sơ trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="46"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="47"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="49"/>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="57"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="61"/>
        <source>e.g. 0912 345 678</source>
        <translation>VD: 0912 345 678</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="65"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="70"/>
        <source>Sex, date of birth *, ethnicity</source>
        <translation>Giới tính, ngày sinh *, dân tộc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="72"/>
        <source>Father</source>
        <translation>Họ tên cha</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="73"/>
        <source>Mother</source>
        <translation>Họ tên mẹ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="74"/>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="79"/>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="161"/>
        <source>Enrolled on</source>
        <translation>Ngày nhập học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="80"/>
        <source>Allergies</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="81"/>
        <source>Health notes</source>
        <translation>Ghi chú sức khỏe</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="83"/>
        <source>Circumstances (fee exemption, lunch support)</source>
        <translation>Hoàn cảnh (miễn giảm học phí, hỗ trợ ăn trưa)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="93"/>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="93"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="93"/>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="94"/>
        <source>Movement</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="100"/>
        <source>Class history</source>
        <translation>Quá trình học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="119"/>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="119"/>
        <source>Near-poor household</source>
        <translation>Hộ cận nghèo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="120"/>
        <source>Particularly disadvantaged commune/village</source>
        <translation>Xã/thôn đặc biệt khó khăn</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="121"/>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="121"/>
        <source>Orphan or without carer</source>
        <translation>Mồ côi / không nơi nương tựa</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="122"/>
        <source>Child of a martyr or war invalid</source>
        <translation>Con liệt sĩ, thương binh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="123"/>
        <source>Disability, inclusive class</source>
        <translation>Khuyết tật học hòa nhập</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="141"/>
        <source>new</source>
        <translation>nhập học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="141"/>
        <source>promotion</source>
        <translation>lên lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="141"/>
        <source>transfer</source>
        <translation>chuyển lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="142"/>
        <source>return</source>
        <translation>trở lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="142"/>
        <source>withdrawal</source>
        <translation>thôi học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="143"/>
        <source>graduation</source>
        <translation>ra trường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="161"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="168"/>
        <source>%1: &apos;%2&apos; is not a date (dd/mm/yyyy)</source>
        <translation>%1: &apos;%2&apos; không phải ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="192"/>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="201"/>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="220"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="197"/>
        <source>Enrolled on %1: after the end of school year %2 (%3)</source>
        <translation>Ngày nhập học %1: sau khi kết thúc năm học %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="206"/>
        <source>Likely duplicate: a child with the same name and date of birth is already in the database</source>
        <translation>Có thể trùng: đã có trẻ cùng họ tên và ngày sinh trong dữ liệu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="210"/>
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="210"/>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32"/>
        <source>Father</source>
        <translation>Họ tên cha</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32"/>
        <source>Mother</source>
        <translation>Họ tên mẹ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="63"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="63"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="31"/>
        <source>New class</source>
        <translation>Lớp mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="31"/>
        <source>Edit class</source>
        <translation>Sửa thông tin lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="33"/>
        <source>e.g. Chồi 2</source>
        <translation>VD: Chồi 2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="37"/>
        <source>at most %1</source>
        <translation>tối đa %1 trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="42"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="51"/>
        <source>Class name *</source>
        <translation>Tên lớp *</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="52"/>
        <source>Age group</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="53"/>
        <source>Room</source>
        <translation>Phòng học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="54"/>
        <source>Capacity</source>
        <translation>Sĩ số tối đa</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="55"/>
        <source>Teachers</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="88"/>
        <source>Nursery 3–12 months</source>
        <translation>Nhà trẻ 3–12 tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="88"/>
        <source>Nursery 13–24 months</source>
        <translation>Nhà trẻ 13–24 tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="89"/>
        <source>Nursery 25–36 months</source>
        <translation>Nhà trẻ 25–36 tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="89"/>
        <source>Kindergarten 3–4 years</source>
        <translation>Mẫu giáo 3–4 tuổi (bé)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="90"/>
        <source>Kindergarten 4–5 years</source>
        <translation>Mẫu giáo 4–5 tuổi (nhỡ)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="90"/>
        <source>Kindergarten 5–6 years</source>
        <translation>Mẫu giáo 5–6 tuổi (lớn)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="91"/>
        <source>Mixed-age</source>
        <translation>Lớp ghép</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="103"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="107"/>
        <source>Please confirm</source>
        <translation>Xin xác nhận</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="107"/>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="76"/>
        <source>Import %1</source>
        <translation>Nhập danh sách %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="78"/>
        <source>Header found on row %1. %2 children read: %3 to add, %4 invalid, %5 already in the database.</source>
        <translation>Dòng tiêu đề ở dòng %1. Đọc được %2 trẻ: %3 trẻ sẽ thêm, %4 dòng sai, %5 trẻ đã có trong dữ liệu.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="83"/>
        <source>New classes: %1.</source>
        <translation>Lớp mới sẽ tạo: %1.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="93"/>
        <source>Leave out the %1 invalid rows and import the others</source>
        <translation>Bỏ qua %1 dòng sai và nhập các dòng còn lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="97"/>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="117"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="44"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="44"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="44"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="44"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="45"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="45"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="58"/>
        <source>OK</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="60"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="60"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="34"/>
        <source>Transfer to another class</source>
        <translation>Chuyển lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="34"/>
        <source>Withdrawal</source>
        <translation>Thôi học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="35"/>
        <source>Return to school</source>
        <translation>Trở lại học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="38"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="50"/>
        <source>New class</source>
        <translation>Lớp mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="51"/>
        <source>First day in the new class</source>
        <translation>Ngày bắt đầu học lớp mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="53"/>
        <source>Last day at school</source>
        <translation>Ngày học cuối cùng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="54"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="56"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="57"/>
        <source>Back from</source>
        <translation>Học lại từ ngày</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="70"/>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="81"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="70"/>
        <source>&apos;%1&apos; is not a date (dd/mm/yyyy)</source>
        <translation>&apos;%1&apos; không phải ngày (dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="109"/>
        <source>Promotion to %1</source>
        <translation>Lên lớp năm học %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="110"/>
        <source>Each child moves to the class shown in the last column on %1. Double-click a class to change it; children of the 5–6 years classes graduate.</source>
        <translation>Mỗi trẻ sẽ chuyển sang lớp ghi ở cột cuối trong năm học %1. Bấm đúp vào tên lớp để đổi; trẻ các lớp 5–6 tuổi ra trường.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="128"/>
        <source>Promote</source>
        <translation>Lên lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="143"/>
        <source>graduate or leave: %1</source>
        <translation>ra trường hoặc nghỉ: %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="148"/>
        <source>%1 would have %2 children (legal maximum %3)</source>
        <translation>Lớp %1 sẽ có %2 trẻ (tối đa theo quy định %3)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="154"/>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="162"/>
        <source>Promotion</source>
        <translation>Lên lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="155"/>
        <source>Promote %1 children to %2 now? Their stays in this year&apos;s classes end on the last day of the school year.</source>
        <translation>Cho %1 trẻ lên lớp năm học %2 ngay bây giờ? Việc học ở lớp năm nay sẽ kết thúc vào ngày cuối năm học.</translation>
    </message>
</context>
<context>
    <name>PromotionModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="44"/>
        <source>Graduates / leaves</source>
        <translation>Ra trường / nghỉ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="46"/>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="56"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="56"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="56"/>
        <source>Class now</source>
        <translation>Lớp hiện tại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="57"/>
        <source>Class in %1</source>
        <translation>Lớp năm học %1</translation>
    </message>
</context>
<context>
    <name>RosterMessages</name>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="20"/>
        <source>Full name is empty</source>
        <translation>Chưa nhập họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="22"/>
        <source>Date of birth is missing</source>
        <translation>Chưa nhập ngày sinh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="24"/>
        <source>Sex must be male or female</source>
        <translation>Giới tính phải là nam hoặc nữ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="26"/>
        <source>Enrolment date is before the date of birth</source>
        <translation>Ngày nhập học trước ngày sinh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="28"/>
        <source>Class name is empty</source>
        <translation>Chưa nhập tên lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="30"/>
        <source>Class name is %1 characters long; at most %2 are allowed</source>
        <translation>Tên lớp dài %1 ký tự; tối đa %2 ký tự</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="32"/>
        <source>Capacity must be at least 1</source>
        <translation>Sĩ số tối đa phải từ 1 trở lên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="34"/>
        <source>Give the reason for the withdrawal</source>
        <translation>Hãy ghi lý do thôi học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="36"/>
        <source>The child has never been enrolled; enrol it as a new child</source>
        <translation>Trẻ chưa từng nhập học; hãy thêm như trẻ mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="38"/>
        <source>Date of birth %1 is in the future</source>
        <translation>Ngày sinh %1 ở tương lai</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="40"/>
        <source>On %1 the child is %2 years %3 months old; a kindergarten takes children from 6 months to 7 years</source>
        <translation>Ngày %1 trẻ được %2 tuổi %3 tháng; trường mầm non nhận trẻ từ 6 tháng đến 7 tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="43"/>
        <source>On %1 the child is %2 years %3 months old, at the limit of kindergarten age (6 months to 7 years)</source>
        <translation>Ngày %1 trẻ được %2 tuổi %3 tháng, sát giới hạn tuổi mầm non (6 tháng đến 7 tuổi)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="46"/>
        <source>Born in %1: children of this class&apos;s age group are usually born in %2</source>
        <translation>Sinh năm %1: trẻ cùng độ tuổi của lớp này thường sinh năm %2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="48"/>
        <source>&apos;%1&apos; has no family name</source>
        <translation>&apos;%1&apos; thiếu họ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="50"/>
        <source>Unknown ethnicity &apos;%1&apos;</source>
        <translation>Dân tộc &apos;%1&apos; không có trong danh mục</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="52"/>
        <source>ethnicity &apos;%1&apos; is not one of the 54 groups</source>
        <translation>dân tộc &apos;%1&apos; không thuộc 54 dân tộc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="54"/>
        <source>A class named &apos;%1&apos; already exists in this school year</source>
        <translation>Năm học này đã có lớp tên &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="56"/>
        <source>Capacity %1 is above the legal maximum of %2 children for this age group (Thông tư 52/2020)</source>
        <translation>Sĩ số %1 vượt mức tối đa %2 trẻ của độ tuổi này (Thông tư 52/2020)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="59"/>
        <source>The class holds %1 children, above the legal maximum of %2</source>
        <translation>Lớp đang có %1 trẻ, vượt mức tối đa %2 trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="62"/>
        <source>&apos;%1&apos; is not a Vietnamese phone number (a mobile has 10 digits starting 03, 05, 07, 08 or 09; a landline 11 starting 02)</source>
        <translation>&apos;%1&apos; không phải số điện thoại Việt Nam (di động 10 số bắt đầu 03, 05, 07, 08, 09; cố định 11 số bắt đầu 02)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="65"/>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>&apos;%1&apos; không phải số điện thoại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="67"/>
        <source>%1 is outside the school year of class %2 (%3 – %4)</source>
        <translation>Ngày %1 nằm ngoài năm học của lớp %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="69"/>
        <source>The child is already in class %1 from %2 to %3</source>
        <translation>Trẻ đang học lớp %1 từ %2 đến %3</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="71"/>
        <source>The child is already in class %1 from %2</source>
        <translation>Trẻ đang học lớp %1 từ %2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="73"/>
        <source>The child is already in class %1</source>
        <translation>Trẻ đang học lớp %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="75"/>
        <source>The child is in no class on %1</source>
        <translation>Ngày %1 trẻ không học lớp nào</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="77"/>
        <source>The stay in %1 already ends on %2</source>
        <translation>Việc học ở lớp %1 đã kết thúc ngày %2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="79"/>
        <source>The transfer date must be after the start in %1 (%2)</source>
        <translation>Ngày chuyển lớp phải sau ngày bắt đầu học lớp %1 (%2)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="81"/>
        <source>The child has %1 attendance marks after %2; remove them first or choose a later date</source>
        <translation>Trẻ có %1 lượt điểm danh sau ngày %2; hãy xoá các lượt đó hoặc chọn ngày muộn hơn</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="84"/>
        <source>The children have already been promoted to %1</source>
        <translation>Trẻ đã được lên lớp sang năm học %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="86"/>
        <source>%1 is not a school day</source>
        <translation>Ngày %1 không phải ngày học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="88"/>
        <source>%1 is not enrolled on %2</source>
        <translation>%1 không học ở trường ngày %2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="90"/>
        <source>date of birth &apos;%1&apos; is not a date (dd/mm/yyyy)</source>
        <translation>ngày sinh &apos;%1&apos; không phải ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="92"/>
        <source>sex &apos;%1&apos; is neither Nam nor Nữ</source>
        <translation>giới tính &apos;%1&apos; không phải Nam hay Nữ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="94"/>
        <source>sex is missing</source>
        <translation>thiếu giới tính</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="96"/>
        <source>no class (fill the &apos;Lớp&apos; column or choose a class)</source>
        <translation>chưa có lớp (điền cột &apos;Lớp&apos; hoặc chọn lớp)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="98"/>
        <source>likely duplicate: a child with the same name and date of birth is already in the database (not added again)</source>
        <translation>có thể trùng: đã có trẻ cùng họ tên và ngày sinh trong dữ liệu (không thêm lại)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="101"/>
        <source>likely duplicate of row %1 (same name and date of birth)</source>
        <translation>có thể trùng với dòng %1 (cùng họ tên và ngày sinh)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="103"/>
        <source>No header row found in the first 20 rows: a row needs a &apos;Họ và tên&apos; column and at least &apos;Ngày sinh&apos; or &apos;Giới tính&apos;</source>
        <translation>Không tìm thấy dòng tiêu đề trong 20 dòng đầu: cần có cột &apos;Họ và tên&apos; và ít nhất cột &apos;Ngày sinh&apos; hoặc &apos;Giới tính&apos;</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="106"/>
        <source>No children below the header row %1</source>
        <translation>Không có trẻ nào dưới dòng tiêu đề %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="108"/>
        <source>%1 cannot be read as an .xlsx workbook</source>
        <translation>Không đọc được %1 như một tệp Excel .xlsx</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="114"/>
        <source>Father&apos;s phone</source>
        <translation>Điện thoại cha</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="115"/>
        <source>Mother&apos;s phone</source>
        <translation>Điện thoại mẹ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/roster/messages.py" line="116"/>
        <source>Guardian&apos;s phone</source>
        <translation>Điện thoại người giám hộ</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="61"/>
        <source>Search by name (accents optional)…</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="143"/>
        <source>%1 (%2 children)</source>
        <translation>%1 (%2 trẻ)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="64"/>
        <source>Include children who left</source>
        <translation>Gồm cả trẻ đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="79"/>
        <source>New child…</source>
        <translation>Thêm trẻ…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="80"/>
        <source>Record…</source>
        <translation>Hồ sơ…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="81"/>
        <source>Transfer…</source>
        <translation>Chuyển lớp…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="82"/>
        <source>Withdrawal…</source>
        <translation>Thôi học…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="83"/>
        <source>Return…</source>
        <translation>Trở lại học…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="84"/>
        <source>Delete…</source>
        <translation>Xoá…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="92"/>
        <source>New child in this class (Insert)</source>
        <translation>Thêm trẻ vào lớp này (phím Insert)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="98"/>
        <source>Children</source>
        <translation>Danh sách trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="99"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="105"/>
        <source>Classes</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="108"/>
        <source>New class…</source>
        <translation>Thêm lớp…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="109"/>
        <source>Edit class…</source>
        <translation>Sửa lớp…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="110"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="111"/>
        <source>Year-end promotion…</source>
        <translation>Lên lớp cuối năm…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="148"/>
        <source>More children than the legal maximum of %1 for this age group</source>
        <translation>Vượt sĩ số tối đa %1 trẻ theo Điều lệ cho độ tuổi này</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="169"/>
        <source>No school year yet: choose or create one in File › School settings…</source>
        <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="170"/>
        <source>No classes in %1 yet: create one with “New class…”.</source>
        <translation>Năm học %1 chưa có lớp: bấm “Thêm lớp…” để tạo.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="176"/>
        <source>Class %1 — %2 children</source>
        <translation>Lớp %1 — %2 trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="223"/>
        <source>Import a class list</source>
        <translation>Nhập danh sách lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="224"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="231"/>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="236"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="236"/>
        <source>%1 children imported.</source>
        <translation>Đã nhập %1 trẻ.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="250"/>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="254"/>
        <source>Promotion</source>
        <translation>Lên lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="255"/>
        <source>%1 children promoted, %2 graduated; %3 classes created in %4.</source>
        <translation>%1 trẻ lên lớp, %2 trẻ ra trường; đã tạo %3 lớp trong năm học %4.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="319"/>
        <source>Cannot delete</source>
        <translation>Không xoá được</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="320"/>
        <source>%1 cannot be deleted: other records refer to the child (%2). Use “Withdrawal…” when a child leaves the school.</source>
        <translation>Không thể xoá %1: đã có dữ liệu khác gắn với trẻ (%2). Khi trẻ nghỉ học, hãy dùng “Thôi học…”.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="325"/>
        <source>Delete a child</source>
        <translation>Xoá trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="326"/>
        <source>Delete %1 and the class history for good? Only do this for a child entered by mistake.</source>
        <translation>Xoá hẳn %1 cùng quá trình học? Chỉ làm vậy với trẻ nhập nhầm.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="335"/>
        <source>attendance marks: %1</source>
        <translation>điểm danh: %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="335"/>
        <source>measurements: %1</source>
        <translation>cân đo: %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="336"/>
        <source>meal-fee records: %1</source>
        <translation>tiền ăn: %1</translation>
    </message>
</context>
</TS>
