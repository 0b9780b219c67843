<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AttendanceGridModel</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="61" />
      <source>E</source>
      <comment>excused absence mark</comment>
      <translation>P</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="62" />
      <source>U</source>
      <comment>unexcused absence mark</comment>
      <translation>K</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="87" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="89" />
      <source>Mo</source>
      <translation>T2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="89" />
      <source>Tu</source>
      <translation>T3</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="89" />
      <source>We</source>
      <translation>T4</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="89" />
      <source>Th</source>
      <translation>T5</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="89" />
      <source>Fr</source>
      <translation>T6</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="90" />
      <source>Sa</source>
      <translation>T7</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="90" />
      <source>Su</source>
      <translation>CN</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="92" />
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="142" />
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="92" />
      <source>Excused</source>
      <translation>Có phép</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="92" />
      <source>Unexcused</source>
      <translation>Không phép</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="92" />
      <source>Rate</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="114" />
      <source>Present per day</source>
      <translation>Số trẻ có mặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="142" />
      <source>Excused absence</source>
      <translation>Nghỉ có phép</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="143" />
      <source>Unexcused absence</source>
      <translation>Nghỉ không phép</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="143" />
      <source>Not taken</source>
      <translation>Chưa điểm danh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="145" />
      <source>Not in this class on that day</source>
      <translation>Ngày này trẻ không học lớp này</translation>
    </message>
  </context>
  <context>
    <name>AttendancePanel</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="240" />
      <source>Previous month</source>
      <translation>Tháng trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="241" />
      <source>Next month</source>
      <translation>Tháng sau</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="245" />
      <source>Mark every child without a mark present on the chosen day</source>
      <translation>Đánh dấu có mặt cho mọi trẻ chưa được điểm danh trong ngày đã chọn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="248" />
      <source>x present · E excused · U unexcused — click a cell to change it, or type X, P (excused), K (unexcused), Delete</source>
      <translation>x có mặt · P nghỉ có phép · K nghỉ không phép — bấm vào ô để đổi, hoặc gõ X, P (có phép), K (không phép), Delete (xoá)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="252" />
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="297" />
      <source>All present on %1</source>
      <translation>Cả lớp có mặt ngày %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="298" />
      <source>All present</source>
      <translation>Cả lớp có mặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="304" />
      <source>Attendance rate this month: %1 (%2 present of %3 marked days)</source>
      <translation>Tỷ lệ chuyên cần tháng: %1 (%2 lượt có mặt / %3 lượt điểm danh)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="313" />
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="313" />
      <source>%1 is in the future.</source>
      <translation>Ngày %1 chưa tới.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/attendance_grid.py" line="347" />
      <source>Attendance not recorded</source>
      <translation>Chưa ghi được điểm danh</translation>
    </message>
  </context>
  <context>
    <name>ChildDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="42" />
      <source>New child</source>
      <translation>Thêm trẻ mới</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="42" />
      <source>Child's record</source>
      <translation>Hồ sơ trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="45" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="46" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="48" />
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="56" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="60" />
      <source>e.g. 0912 345 678</source>
      <translation>VD: 0912 345 678</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="64" />
      <source>Full name *</source>
      <translation>Họ và tên *</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="69" />
      <source>Sex, date of birth *, ethnicity</source>
      <translation>Giới tính, ngày sinh *, dân tộc</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="70" />
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="71" />
      <source>Father</source>
      <translation>Họ tên cha</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="72" />
      <source>Mother</source>
      <translation>Họ tên mẹ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="73" />
      <source>Guardian</source>
      <translation>Người giám hộ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="78" />
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="160" />
      <source>Enrolled on</source>
      <translation>Ngày nhập học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="79" />
      <source>Allergies</source>
      <translation>Dị ứng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="80" />
      <source>Health notes</source>
      <translation>Ghi chú sức khỏe</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="82" />
      <source>Circumstances (fee exemption, lunch support)</source>
      <translation>Hoàn cảnh (miễn giảm học phí, hỗ trợ ăn trưa)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="92" />
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="92" />
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="92" />
      <source>From – to</source>
      <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="93" />
      <source>Movement</source>
      <translation>Biến động</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="99" />
      <source>Class history</source>
      <translation>Quá trình học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="118" />
      <source>Poor household</source>
      <translation>Hộ nghèo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="118" />
      <source>Near-poor household</source>
      <translation>Hộ cận nghèo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="119" />
      <source>Particularly disadvantaged commune/village</source>
      <translation>Xã/thôn đặc biệt khó khăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="120" />
      <source>Ethnic minority</source>
      <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="120" />
      <source>Orphan or without carer</source>
      <translation>Mồ côi / không nơi nương tựa</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="121" />
      <source>Child of a martyr or war invalid</source>
      <translation>Con liệt sĩ, thương binh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="122" />
      <source>Disability, inclusive class</source>
      <translation>Khuyết tật học hòa nhập</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="140" />
      <source>new</source>
      <translation>nhập học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="140" />
      <source>promotion</source>
      <translation>lên lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="140" />
      <source>transfer</source>
      <translation>chuyển lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="141" />
      <source>return</source>
      <translation>trở lại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="141" />
      <source>withdrawal</source>
      <translation>thôi học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="142" />
      <source>graduation</source>
      <translation>ra trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="160" />
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="167" />
      <source>%1: '%2' is not a date (dd/mm/yyyy)</source>
      <translation>%1: '%2' không phải ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="191" />
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="195" />
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="210" />
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="199" />
      <source>Please confirm</source>
      <translation>Xin xác nhận</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/child_dialog.py" line="200" />
      <source>Save anyway?</source>
      <translation>Vẫn lưu?</translation>
    </message>
  </context>
  <context>
    <name>ChildrenModel</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31" />
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31" />
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="31" />
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32" />
      <source>Ethnicity</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32" />
      <source>Father</source>
      <translation>Họ tên cha</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32" />
      <source>Mother</source>
      <translation>Họ tên mẹ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="32" />
      <source>Until</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="63" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/children_model.py" line="63" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
  </context>
  <context>
    <name>ClassDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="30" />
      <source>New class</source>
      <translation>Lớp mới</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="30" />
      <source>Edit class</source>
      <translation>Sửa thông tin lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="32" />
      <source>e.g. Chồi 2</source>
      <translation>VD: Chồi 2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="36" />
      <source>at most %1</source>
      <translation>tối đa %1 trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="41" />
      <source>not set</source>
      <translation>chưa đặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="50" />
      <source>Class name *</source>
      <translation>Tên lớp *</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="51" />
      <source>Age group</source>
      <translation>Độ tuổi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="52" />
      <source>Room</source>
      <translation>Phòng học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="53" />
      <source>Capacity</source>
      <translation>Sĩ số tối đa</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="54" />
      <source>Teachers</source>
      <translation>Giáo viên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="74" />
      <source>Nursery 3–12 months</source>
      <translation>Nhà trẻ 3–12 tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="74" />
      <source>Nursery 13–24 months</source>
      <translation>Nhà trẻ 13–24 tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="75" />
      <source>Nursery 25–36 months</source>
      <translation>Nhà trẻ 25–36 tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="75" />
      <source>Kindergarten 3–4 years</source>
      <translation>Mẫu giáo 3–4 tuổi (bé)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="76" />
      <source>Kindergarten 4–5 years</source>
      <translation>Mẫu giáo 4–5 tuổi (nhỡ)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="76" />
      <source>Kindergarten 5–6 years</source>
      <translation>Mẫu giáo 5–6 tuổi (lớn)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="77" />
      <source>Mixed-age</source>
      <translation>Lớp ghép</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="89" />
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="92" />
      <source>Please confirm</source>
      <translation>Xin xác nhận</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/class_dialog.py" line="92" />
      <source>Save anyway?</source>
      <translation>Vẫn lưu?</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="75" />
      <source>Import %1</source>
      <translation>Nhập danh sách %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="77" />
      <source>Header found on row %1. %2 children read: %3 to add, %4 invalid, %5 already in the database.</source>
      <translation>Dòng tiêu đề ở dòng %1. Đọc được %2 trẻ: %3 trẻ sẽ thêm, %4 dòng sai, %5 trẻ đã có trong dữ liệu.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="82" />
      <source>New classes: %1.</source>
      <translation>Lớp mới sẽ tạo: %1.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="92" />
      <source>Leave out the %1 invalid rows and import the others</source>
      <translation>Bỏ qua %1 dòng sai và nhập các dòng còn lại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="96" />
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="116" />
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
  </context>
  <context>
    <name>ImportRowsModel</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="43" />
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="43" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="43" />
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="43" />
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="44" />
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="44" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="57" />
      <source>OK</source>
      <translation>Hợp lệ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="59" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/import_dialog.py" line="59" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
  </context>
  <context>
    <name>MovementDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="33" />
      <source>Transfer to another class</source>
      <translation>Chuyển lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="33" />
      <source>Withdrawal</source>
      <translation>Thôi học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="34" />
      <source>Return to school</source>
      <translation>Trở lại học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="37" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="49" />
      <source>New class</source>
      <translation>Lớp mới</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="50" />
      <source>First day in the new class</source>
      <translation>Ngày bắt đầu học lớp mới</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="52" />
      <source>Last day at school</source>
      <translation>Ngày học cuối cùng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="53" />
      <source>Reason *</source>
      <translation>Lý do *</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="55" />
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="56" />
      <source>Back from</source>
      <translation>Học lại từ ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="69" />
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="80" />
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/movement_dialog.py" line="69" />
      <source>'%1' is not a date (dd/mm/yyyy)</source>
      <translation>'%1' không phải ngày (dd/mm/yyyy)</translation>
    </message>
  </context>
  <context>
    <name>PromotionDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="108" />
      <source>Promotion to %1</source>
      <translation>Lên lớp năm học %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="109" />
      <source>Each child moves to the class shown in the last column on %1. Double-click a class to change it; children of the 5–6 years classes graduate.</source>
      <translation>Mỗi trẻ sẽ chuyển sang lớp ghi ở cột cuối trong năm học %1. Bấm đúp vào tên lớp để đổi; trẻ các lớp 5–6 tuổi ra trường.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="127" />
      <source>Promote</source>
      <translation>Lên lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="142" />
      <source>graduate or leave: %1</source>
      <translation>ra trường hoặc nghỉ: %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="147" />
      <source>%1 would have %2 children (legal maximum %3)</source>
      <translation>Lớp %1 sẽ có %2 trẻ (tối đa theo quy định %3)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="153" />
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="161" />
      <source>Promotion</source>
      <translation>Lên lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="154" />
      <source>Promote %1 children to %2 now? Their stays in this year's classes end on the last day of the school year.</source>
      <translation>Cho %1 trẻ lên lớp năm học %2 ngay bây giờ? Việc học ở lớp năm nay sẽ kết thúc vào ngày cuối năm học.</translation>
    </message>
  </context>
  <context>
    <name>PromotionModel</name>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="43" />
      <source>Graduates / leaves</source>
      <translation>Ra trường / nghỉ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="45" />
      <source>(new)</source>
      <translation>(mới)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="55" />
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="55" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="55" />
      <source>Class now</source>
      <translation>Lớp hiện tại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/roster/promotion_dialog.py" line="56" />
      <source>Class in %1</source>
      <translation>Lớp năm học %1</translation>
    </message>
  </context>
  <context>
    <name>RosterTab</name>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="60" />
      <source>Search by name (accents optional)…</source>
      <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="168" />
      <source>No school year yet.</source>
      <translation>Chưa có năm học.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="142" />
      <source>%1 (%2 children)</source>
      <translation>%1 (%2 trẻ)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="63" />
      <source>Include children who left</source>
      <translation>Gồm cả trẻ đã chuyển đi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="78" />
      <source>New child…</source>
      <translation>Thêm trẻ…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="79" />
      <source>Record…</source>
      <translation>Hồ sơ…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="80" />
      <source>Transfer…</source>
      <translation>Chuyển lớp…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="81" />
      <source>Withdrawal…</source>
      <translation>Thôi học…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="82" />
      <source>Return…</source>
      <translation>Trở lại học…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="83" />
      <source>Delete…</source>
      <translation>Xoá…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="91" />
      <source>New child in this class (Insert)</source>
      <translation>Thêm trẻ vào lớp này (phím Insert)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="97" />
      <source>Children</source>
      <translation>Danh sách trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="98" />
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="104" />
      <source>Classes</source>
      <translation>Các lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="107" />
      <source>New class…</source>
      <translation>Thêm lớp…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="108" />
      <source>Edit class…</source>
      <translation>Sửa lớp…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="109" />
      <source>Import from Excel…</source>
      <translation>Nhập từ Excel…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="110" />
      <source>Year-end promotion…</source>
      <translation>Lên lớp cuối năm…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="147" />
      <source>More children than the legal maximum of %1 for this age group</source>
      <translation>Vượt sĩ số tối đa %1 trẻ theo Điều lệ cho độ tuổi này</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="169" />
      <source>No classes in %1 yet: create one with “New class…”.</source>
      <translation>Năm học %1 chưa có lớp: bấm “Thêm lớp…” để tạo.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="175" />
      <source>Class %1 — %2 children</source>
      <translation>Lớp %1 — %2 trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="222" />
      <source>Import a class list</source>
      <translation>Nhập danh sách lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="223" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="230" />
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="234" />
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="234" />
      <source>%1 children imported.</source>
      <translation>Đã nhập %1 trẻ.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="248" />
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="252" />
      <source>Promotion</source>
      <translation>Lên lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="253" />
      <source>%1 children promoted, %2 graduated; %3 classes created in %4.</source>
      <translation>%1 trẻ lên lớp, %2 trẻ ra trường; đã tạo %3 lớp trong năm học %4.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="317" />
      <source>Cannot delete</source>
      <translation>Không xoá được</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="318" />
      <source>%1 cannot be deleted: other records refer to the child (%2). Use “Withdrawal…” when a child leaves the school.</source>
      <translation>Không thể xoá %1: đã có dữ liệu khác gắn với trẻ (%2). Khi trẻ nghỉ học, hãy dùng “Thôi học…”.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="323" />
      <source>Delete a child</source>
      <translation>Xoá trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="324" />
      <source>Delete %1 and the class history for good? Only do this for a child entered by mistake.</source>
      <translation>Xoá hẳn %1 cùng quá trình học? Chỉ làm vậy với trẻ nhập nhầm.</translation>
    </message>
  </context>
</TS>