<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AttendanceGridModel</name>
    <message>
      <source>E</source>
      <comment>excused absence mark</comment>
      <translation>P</translation>
    </message>
    <message>
      <source>U</source>
      <comment>unexcused absence mark</comment>
      <translation>K</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Mo</source>
      <translation>T2</translation>
    </message>
    <message>
      <source>Tu</source>
      <translation>T3</translation>
    </message>
    <message>
      <source>We</source>
      <translation>T4</translation>
    </message>
    <message>
      <source>Th</source>
      <translation>T5</translation>
    </message>
    <message>
      <source>Fr</source>
      <translation>T6</translation>
    </message>
    <message>
      <source>Sa</source>
      <translation>T7</translation>
    </message>
    <message>
      <source>Su</source>
      <translation>CN</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>Có phép</translation>
    </message>
    <message>
      <source>Unexcused</source>
      <translation>Không phép</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <source>Present per day</source>
      <translation>Số trẻ có mặt</translation>
    </message>
    <message>
      <source>Excused absence</source>
      <translation>Nghỉ có phép</translation>
    </message>
    <message>
      <source>Unexcused absence</source>
      <translation>Nghỉ không phép</translation>
    </message>
    <message>
      <source>Not taken</source>
      <translation>Chưa điểm danh</translation>
    </message>
    <message>
      <source>Not in this class on that day</source>
      <translation>Ngày này trẻ không học lớp này</translation>
    </message>
    <message>
      <source>Still to come: it can be marked on the day</source>
      <translation>Chưa đến ngày: chỉ điểm danh được vào đúng ngày</translation>
    </message>
    <message>
      <source>month closed, read-only</source>
      <translation>tháng đã khóa sổ, chỉ xem</translation>
    </message>
    <message>
      <source>Attendance not recorded</source>
      <translation>Chưa ghi được điểm danh</translation>
    </message>
  </context>
  <context>
    <name>AttendancePanel</name>
    <message>
      <source>Previous month</source>
      <translation>Tháng trước</translation>
    </message>
    <message>
      <source>Next month</source>
      <translation>Tháng sau</translation>
    </message>
    <message>
      <source>Mark every child without a mark present on the chosen day</source>
      <translation>Đánh dấu có mặt cho mọi trẻ chưa được điểm danh trong ngày đã chọn</translation>
    </message>
    <message>
      <source>Save again the marks shown in red, which could not be saved</source>
      <translation>Lưu lại các ô điểm danh tô đỏ (chưa lưu được)</translation>
    </message>
    <message>
      <source>x present · E excused · U unexcused — click a cell to change it, or type X (present), E or P (excused), U or K (unexcused), Delete; capitals or not. Grey days are still to come.</source>
      <translation>x có mặt · P nghỉ có phép · K nghỉ không phép — bấm vào ô để đổi, hoặc gõ X (có mặt), P hoặc E (có phép), K hoặc U (không phép), Delete (xóa); chữ hoa hay thường đều được. Ngày màu xám là ngày chưa đến.</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <source>Attendance is read-only for you. %1</source>
      <translation>Bạn chỉ được xem điểm danh. %1</translation>
    </message>
    <message>
      <source>The meal fees of %1 are closed: attendance of this month is read-only (only %2 can reopen the month).</source>
      <translation>Tiền ăn tháng %1 đã khóa sổ: điểm danh của tháng này chỉ xem được (chỉ %2 mới mở lại được sổ tháng).</translation>
    </message>
    <message>
      <source>All present on %1</source>
      <translation>Cả lớp có mặt ngày %1</translation>
    </message>
    <message>
      <source>All present</source>
      <translation>Cả lớp có mặt</translation>
    </message>
    <message>
      <source>Attendance rate this month: %1 (%2 present of %3 marked days)</source>
      <translation>Tỷ lệ chuyên cần tháng: %1 (%2 lượt có mặt / %3 lượt điểm danh)</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <source>%1 is in the future.</source>
      <translation>Ngày %1 chưa tới.</translation>
    </message>
    <message>
      <source>Attendance not recorded</source>
      <translation>Chưa ghi được điểm danh</translation>
    </message>
    <message>
      <source>Save again (%1 not saved)</source>
      <translation>Lưu lại (%1 ô chưa lưu)</translation>
    </message>
  </context>
  <context>
    <name>ChildDialog</name>
    <message>
      <source>New child</source>
      <translation>Thêm trẻ mới</translation>
    </message>
    <message>
      <source>Child's record</source>
      <translation>Hồ sơ trẻ</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>A parent named in a list's “Họ tên cha/mẹ” column, when it does not say father or mother</source>
      <translation>Cha hoặc mẹ ghi ở cột “Họ tên cha/mẹ” của danh sách, khi không rõ là cha hay mẹ</translation>
    </message>
    <message>
      <source>e.g. 0912 345 678</source>
      <translation>VD: 0912 345 678</translation>
    </message>
    <message>
      <source>Full name *</source>
      <translation>Họ và tên *</translation>
    </message>
    <message>
      <source>Sex, date of birth *, ethnicity</source>
      <translation>Giới tính, ngày sinh *, dân tộc</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Father</source>
      <translation>Họ tên cha</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation>Họ tên mẹ</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Người giám hộ</translation>
    </message>
    <message>
      <source>Parent (father or mother)</source>
      <translation>Cha/mẹ (không rõ cha hay mẹ)</translation>
    </message>
    <message>
      <source>Enrolled on</source>
      <translation>Ngày nhập học</translation>
    </message>
    <message>
      <source>Allergies</source>
      <translation>Dị ứng</translation>
    </message>
    <message>
      <source>Health notes</source>
      <translation>Ghi chú sức khỏe</translation>
    </message>
    <message>
      <source>Circumstances (fee exemption, lunch support)</source>
      <translation>Hoàn cảnh (miễn giảm học phí, hỗ trợ ăn trưa)</translation>
    </message>
    <message>
      <source>Holds from</source>
      <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
      <source>to (empty: still holds)</source>
      <translation>đến ngày (để trống: vẫn còn)</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>From – to</source>
      <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
      <source>Movement</source>
      <translation>Biến động</translation>
    </message>
    <message>
      <source>Class history</source>
      <translation>Quá trình học</translation>
    </message>
    <message>
      <source>Change &amp;history…</source>
      <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
      <source>Poor household</source>
      <translation>Hộ nghèo</translation>
    </message>
    <message>
      <source>Near-poor household</source>
      <translation>Hộ cận nghèo</translation>
    </message>
    <message>
      <source>Particularly disadvantaged commune/village</source>
      <translation>Xã/thôn đặc biệt khó khăn</translation>
    </message>
    <message>
      <source>Ethnic minority</source>
      <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
      <source>Orphan or without carer</source>
      <translation>Mồ côi / không nơi nương tựa</translation>
    </message>
    <message>
      <source>Child of a martyr or war invalid</source>
      <translation>Con liệt sĩ, thương binh</translation>
    </message>
    <message>
      <source>Disability, inclusive class</source>
      <translation>Khuyết tật học hòa nhập</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nhập học</translation>
    </message>
    <message>
      <source>promotion</source>
      <translation>lên lớp</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>chuyển lớp</translation>
    </message>
    <message>
      <source>return</source>
      <translation>trở lại</translation>
    </message>
    <message>
      <source>withdrawal</source>
      <translation>thôi học</translation>
    </message>
    <message>
      <source>graduation</source>
      <translation>ra trường</translation>
    </message>
    <message>
      <source>correction: transfer undone</source>
      <translation>sửa nhầm: hủy chuyển lớp</translation>
    </message>
    <message>
      <source>correction: withdrawal undone</source>
      <translation>sửa nhầm: hủy thôi học</translation>
    </message>
    <message>
      <source>correction: return undone</source>
      <translation>sửa nhầm: hủy trở lại học</translation>
    </message>
    <message>
      <source>correction: moved to the right class</source>
      <translation>sửa nhầm: chuyển sang đúng lớp</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>%1: '%2' is not a date (dd/mm/yyyy)</source>
      <translation>%1: '%2' không phải ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Enrolled on %1: after the end of school year %2 (%3)</source>
      <translation>Ngày nhập học %1: sau khi kết thúc năm học %2 (%3)</translation>
    </message>
    <message>
      <source>Likely duplicate: a child with the same name and date of birth is already in the database</source>
      <translation>Có thể trùng: đã có trẻ cùng họ tên và ngày sinh trong dữ liệu</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Xin xác nhận</translation>
    </message>
    <message>
      <source>Save anyway?</source>
      <translation>Vẫn lưu?</translation>
    </message>
    <message>
      <source>Child not saved</source>
      <translation>Chưa lưu được thông tin trẻ</translation>
    </message>
    <message>
      <source>History of %1</source>
      <translation>Lịch sử thay đổi: %1</translation>
    </message>
  </context>
  <context>
    <name>ChildrenModel</name>
    <message>
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>Dân tộc</translation>
    </message>
    <message>
      <source>Father</source>
      <translation>Họ tên cha</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation>Họ tên mẹ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <source>Father or mother: %1</source>
      <translation>Cha/mẹ: %1</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
  </context>
  <context>
    <name>ClassDialog</name>
    <message>
      <source>New class</source>
      <translation>Lớp mới</translation>
    </message>
    <message>
      <source>Edit class</source>
      <translation>Sửa thông tin lớp</translation>
    </message>
    <message>
      <source>e.g. Chồi 2</source>
      <translation>VD: Chồi 2</translation>
    </message>
    <message>
      <source>at most %1</source>
      <translation>tối đa %1 trẻ</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>chưa đặt</translation>
    </message>
    <message>
      <source>Class name *</source>
      <translation>Tên lớp *</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Độ tuổi</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Phòng học</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Sĩ số tối đa</translation>
    </message>
    <message>
      <source>Teachers</source>
      <translation>Giáo viên</translation>
    </message>
    <message>
      <source>Nursery 3–12 months</source>
      <translation>Nhà trẻ 3–12 tháng</translation>
    </message>
    <message>
      <source>Nursery 13–24 months</source>
      <translation>Nhà trẻ 13–24 tháng</translation>
    </message>
    <message>
      <source>Nursery 25–36 months</source>
      <translation>Nhà trẻ 25–36 tháng</translation>
    </message>
    <message>
      <source>Kindergarten 3–4 years</source>
      <translation>Mẫu giáo 3–4 tuổi (bé)</translation>
    </message>
    <message>
      <source>Kindergarten 4–5 years</source>
      <translation>Mẫu giáo 4–5 tuổi (nhỡ)</translation>
    </message>
    <message>
      <source>Kindergarten 5–6 years</source>
      <translation>Mẫu giáo 5–6 tuổi (lớn)</translation>
    </message>
    <message>
      <source>Mixed-age</source>
      <translation>Lớp ghép</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Xin xác nhận</translation>
    </message>
    <message>
      <source>Save anyway?</source>
      <translation>Vẫn lưu?</translation>
    </message>
    <message>
      <source>Class not saved</source>
      <translation>Chưa lưu được lớp</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import %1</source>
      <translation>Nhập danh sách %1</translation>
    </message>
    <message>
      <source>The list's title says: class %1, school year %2.</source>
      <translation>Tiêu đề danh sách ghi: lớp %1, năm học %2.</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <source>Class (for rows without a class)</source>
      <translation>Lớp (cho các dòng không ghi lớp)</translation>
    </message>
    <message>
      <source>Header found on row %1. %2 children read: %3 to add, %4 already known to enrol, %5 invalid, %6 left out.</source>
      <translation>Dòng tiêu đề cột: dòng %1. Đọc được %2 trẻ: %3 trẻ mới, %4 trẻ đã có sẽ được xếp lớp, %5 dòng lỗi, %6 dòng bỏ qua.</translation>
    </message>
    <message>
      <source>New classes: %1.</source>
      <translation>Lớp mới sẽ tạo: %1.</translation>
    </message>
    <message>
      <source>Leave out the %1 invalid rows and import the others</source>
      <translation>Bỏ qua %1 dòng sai và nhập các dòng còn lại</translation>
    </message>
    <message>
      <source>school year %1 (the title says %2)</source>
      <translation>năm học %1 (tiêu đề ghi %2)</translation>
    </message>
    <message>
      <source>class %1 (the title says %2)</source>
      <translation>lớp %1 (tiêu đề ghi %2)</translation>
    </message>
    <message>
      <source>Import into %1?</source>
      <translation>Nhập vào %1?</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>Chưa nhập được danh sách</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
  </context>
  <context>
    <name>ImportResultDialog</name>
    <message>
      <source>Import finished</source>
      <translation>Đã nhập xong</translation>
    </message>
    <message>
      <source>%1 children added, %2 already known enrolled.</source>
      <translation>Đã thêm %1 trẻ mới, xếp lớp %2 trẻ đã có.</translation>
    </message>
    <message>
      <source>Classes created: %1.</source>
      <translation>Đã tạo lớp: %1.</translation>
    </message>
    <message>
      <source>Rows left out (spreadsheet row, name: why):</source>
      <translation>Các dòng bị bỏ qua (số dòng trong bảng tính, họ tên: lý do):</translation>
    </message>
    <message>
      <source>No row was left out.</source>
      <translation>Không có dòng nào bị bỏ qua.</translation>
    </message>
  </context>
  <context>
    <name>ImportRowsModel</name>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <source>Parents</source>
      <translation>Cha mẹ</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Hợp lệ</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
  </context>
  <context>
    <name>MovementDialog</name>
    <message>
      <source>Transfer to another class</source>
      <translation>Chuyển lớp</translation>
    </message>
    <message>
      <source>Withdrawal</source>
      <translation>Thôi học</translation>
    </message>
    <message>
      <source>Return to school</source>
      <translation>Trở lại học</translation>
    </message>
    <message>
      <source>Correct the class</source>
      <translation>Sửa nhầm lớp</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>%1 (%2 children)</source>
      <translation>%1 (%2 trẻ)</translation>
    </message>
    <message>
      <source>Choose a class…</source>
      <translation>Chọn lớp…</translation>
    </message>
    <message>
      <source>New class</source>
      <translation>Lớp mới</translation>
    </message>
    <message>
      <source>First day in the new class</source>
      <translation>Ngày bắt đầu học lớp mới</translation>
    </message>
    <message>
      <source>Last day at school</source>
      <translation>Ngày học cuối cùng</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Lý do *</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Back from</source>
      <translation>Học lại từ ngày</translation>
    </message>
    <message>
      <source>The child was entered in the wrong class: the stay from %1 is moved to the right class with the same dates. The change is recorded.</source>
      <translation>Trẻ bị xếp nhầm lớp: thời gian học từ %1 được chuyển sang đúng lớp, giữ nguyên ngày. Việc sửa được ghi lại.</translation>
    </message>
    <message>
      <source>Right class</source>
      <translation>Lớp đúng</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Choose the class.</source>
      <translation>Hãy chọn lớp.</translation>
    </message>
    <message>
      <source>'%1' is not a date (dd/mm/yyyy)</source>
      <translation>'%1' không phải ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Xin xác nhận</translation>
    </message>
    <message>
      <source>Continue anyway?</source>
      <translation>Vẫn tiếp tục?</translation>
    </message>
    <message>
      <source>Change not saved</source>
      <translation>Chưa lưu được thay đổi</translation>
    </message>
  </context>
  <context>
    <name>PromotionDialog</name>
    <message>
      <source>Promotion to %1</source>
      <translation>Lên lớp năm học %1</translation>
    </message>
    <message>
      <source>Each child moves to the class shown in the last column on %1. Double-click a class to change it; children of the 5–6 years classes graduate.</source>
      <translation>Mỗi trẻ sẽ chuyển sang lớp ghi ở cột cuối trong năm học %1. Bấm đúp vào tên lớp để đổi; trẻ các lớp 5–6 tuổi ra trường.</translation>
    </message>
    <message>
      <source>Promote</source>
      <translation>Lên lớp</translation>
    </message>
    <message>
      <source>graduate or leave: %1</source>
      <translation>ra trường hoặc nghỉ: %1</translation>
    </message>
    <message>
      <source>%1 would have %2 children (legal maximum %3)</source>
      <translation>Lớp %1 sẽ có %2 trẻ (tối đa theo quy định %3)</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>Lên lớp</translation>
    </message>
    <message>
      <source>%1 children move up to classes of %2 and %3 graduate. Do it now? Their stays in this year's classes end on the last day of the school year.</source>
      <translation>%1 trẻ lên lớp của năm học %2 và %3 trẻ ra trường. Thực hiện ngay? Thời gian học ở các lớp năm nay kết thúc vào ngày cuối năm học.</translation>
    </message>
    <message>
      <source>Promotion not done</source>
      <translation>Chưa thực hiện được việc lên lớp</translation>
    </message>
  </context>
  <context>
    <name>PromotionModel</name>
    <message>
      <source>Graduates / leaves</source>
      <translation>Ra trường / nghỉ</translation>
    </message>
    <message>
      <source>(new)</source>
      <translation>(mới)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Class now</source>
      <translation>Lớp hiện tại</translation>
    </message>
    <message>
      <source>Class in %1</source>
      <translation>Lớp năm học %1</translation>
    </message>
  </context>
  <context>
    <name>RosterTab</name>
    <message>
      <source>Search by name (accents optional)…</source>
      <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <source>%1 (%2 children)</source>
      <translation>%1 (%2 trẻ)</translation>
    </message>
    <message>
      <source>Include children who left</source>
      <translation>Gồm cả trẻ đã chuyển đi</translation>
    </message>
    <message>
      <source>New child…</source>
      <translation>Thêm trẻ…</translation>
    </message>
    <message>
      <source>Record…</source>
      <translation>Hồ sơ…</translation>
    </message>
    <message>
      <source>Transfer…</source>
      <translation>Chuyển lớp…</translation>
    </message>
    <message>
      <source>Withdrawal…</source>
      <translation>Thôi học…</translation>
    </message>
    <message>
      <source>Return…</source>
      <translation>Trở lại học…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Xóa…</translation>
    </message>
    <message>
      <source>Correct a mistake…</source>
      <translation>Sửa nhầm…</translation>
    </message>
    <message>
      <source>Correct a wrong movement: wrong class, or undo the last transfer, withdrawal or return</source>
      <translation>Sửa khi nhập nhầm: nhầm lớp, hoặc hủy lần chuyển lớp, thôi học hay trở lại học gần nhất</translation>
    </message>
    <message>
      <source>Wrong class: move the stay to the right class…</source>
      <translation>Nhầm lớp: chuyển sang đúng lớp…</translation>
    </message>
    <message>
      <source>Undo the last transfer, withdrawal or return…</source>
      <translation>Hủy lần chuyển lớp, thôi học hoặc trở lại học gần nhất…</translation>
    </message>
    <message>
      <source>New child in this class (Insert)</source>
      <translation>Thêm trẻ vào lớp này (phím Insert)</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Danh sách trẻ</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Các lớp</translation>
    </message>
    <message>
      <source>New class…</source>
      <translation>Thêm lớp…</translation>
    </message>
    <message>
      <source>Edit class…</source>
      <translation>Sửa lớp…</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>Nhập từ Excel…</translation>
    </message>
    <message>
      <source>Year-end promotion…</source>
      <translation>Lên lớp cuối năm…</translation>
    </message>
    <message>
      <source>More children than the legal maximum of %1 for this age group</source>
      <translation>Vượt sĩ số tối đa %1 trẻ theo Điều lệ cho độ tuổi này</translation>
    </message>
    <message>
      <source>No school year yet: choose or create one in File › School settings…</source>
      <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
      <source>No classes in %1 yet: create one with “New class…”.</source>
      <translation>Năm học %1 chưa có lớp: bấm “Thêm lớp…” để tạo.</translation>
    </message>
    <message>
      <source>Class %1 — %2 children</source>
      <translation>Lớp %1 — %2 trẻ</translation>
    </message>
    <message>
      <source>Import a class list</source>
      <translation>Nhập danh sách lớp</translation>
    </message>
    <message>
      <source>Class lists (*.xlsx *.xls *.csv)</source>
      <translation>Danh sách lớp (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
      <source>The class list cannot be read</source>
      <translation>Không đọc được danh sách lớp</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>Lên lớp</translation>
    </message>
    <message>
      <source>%1 children promoted, %2 graduated; %3 classes created in %4.</source>
      <translation>%1 trẻ lên lớp, %2 trẻ ra trường; đã tạo %3 lớp trong năm học %4.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Hủy thao tác</translation>
    </message>
    <message>
      <source>the transfer of %1 from %2 to %3 on %4: the child goes back to %2</source>
      <translation>lần chuyển lớp của %1 từ %2 sang %3 ngày %4: trẻ trở về lớp %2</translation>
    </message>
    <message>
      <source>the withdrawal of %1 after %2: the child is in %3 again</source>
      <translation>lần thôi học của %1 sau ngày %2: trẻ học lại lớp %3</translation>
    </message>
    <message>
      <source>the return of %1 to %2 on %3</source>
      <translation>lần trở lại học của %1 vào lớp %2 ngày %3</translation>
    </message>
    <message>
      <source>Undo %1?
Why (kept with the correction):</source>
      <translation>Hủy %1?
Lý do (được ghi cùng việc sửa):</translation>
    </message>
    <message>
      <source>Not undone</source>
      <translation>Chưa hoàn tác được</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Không xóa được</translation>
    </message>
    <message>
      <source>%1 cannot be deleted: other records refer to the child (%2). Use “Withdrawal…” when a child leaves the school.</source>
      <translation>Không thể xóa %1: đã có dữ liệu khác gắn với trẻ (%2). Khi trẻ nghỉ học, hãy dùng “Thôi học…”.</translation>
    </message>
    <message>
      <source>Delete a child</source>
      <translation>Xóa trẻ</translation>
    </message>
    <message>
      <source>Delete %1 and the class history for good? Only do this for a child entered by mistake.</source>
      <translation>Xóa hẳn %1 cùng quá trình học? Chỉ làm vậy với trẻ nhập nhầm.</translation>
    </message>
    <message>
      <source>Child not deleted</source>
      <translation>Chưa xóa được trẻ</translation>
    </message>
    <message>
      <source>attendance marks: %1</source>
      <translation>điểm danh: %1</translation>
    </message>
    <message>
      <source>measurements: %1</source>
      <translation>cân đo: %1</translation>
    </message>
    <message>
      <source>meal-fee records: %1</source>
      <translation>tiền ăn: %1</translation>
    </message>
  </context>
</TS>