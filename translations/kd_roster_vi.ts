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
      <source>x present · E excused · U unexcused — click a cell to change it, or type X, E (excused), U (unexcused), Delete</source>
      <translation>x có mặt · P nghỉ có phép · K nghỉ không phép — bấm vào ô để đổi, hoặc gõ X, P (có phép), K (không phép), Delete (xoá)</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>Tháng:</translation>
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
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import %1</source>
      <translation>Nhập danh sách %1</translation>
    </message>
    <message>
      <source>Header found on row %1. %2 children read: %3 to add, %4 invalid, %5 already in the database.</source>
      <translation>Dòng tiêu đề ở dòng %1. Đọc được %2 trẻ: %3 trẻ sẽ thêm, %4 dòng sai, %5 trẻ đã có trong dữ liệu.</translation>
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
      <source>Import</source>
      <translation>Nhập</translation>
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
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
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
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>'%1' is not a date (dd/mm/yyyy)</source>
      <translation>'%1' không phải ngày (dd/mm/yyyy)</translation>
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
      <source>Promote %1 children to %2 now? Their stays in this year's classes end on the last day of the school year.</source>
      <translation>Cho %1 trẻ lên lớp năm học %2 ngay bây giờ? Việc học ở lớp năm nay sẽ kết thúc vào ngày cuối năm học.</translation>
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
    <name>RosterMessages</name>
    <message>
      <source>Full name is empty</source>
      <translation>Chưa nhập họ và tên</translation>
    </message>
    <message>
      <source>Date of birth is missing</source>
      <translation>Chưa nhập ngày sinh</translation>
    </message>
    <message>
      <source>Sex must be male or female</source>
      <translation>Giới tính phải là nam hoặc nữ</translation>
    </message>
    <message>
      <source>Enrolment date is before the date of birth</source>
      <translation>Ngày nhập học trước ngày sinh</translation>
    </message>
    <message>
      <source>Class name is empty</source>
      <translation>Chưa nhập tên lớp</translation>
    </message>
    <message>
      <source>Class name is %1 characters long; at most %2 are allowed</source>
      <translation>Tên lớp dài %1 ký tự; tối đa %2 ký tự</translation>
    </message>
    <message>
      <source>Capacity must be at least 1</source>
      <translation>Sĩ số tối đa phải từ 1 trở lên</translation>
    </message>
    <message>
      <source>Give the reason for the withdrawal</source>
      <translation>Hãy ghi lý do thôi học</translation>
    </message>
    <message>
      <source>The child has never been enrolled; enrol it as a new child</source>
      <translation>Trẻ chưa từng nhập học; hãy thêm như trẻ mới</translation>
    </message>
    <message>
      <source>Date of birth %1 is in the future</source>
      <translation>Ngày sinh %1 ở tương lai</translation>
    </message>
    <message>
      <source>On %1 the child is %2 years %3 months old; a kindergarten takes children from 6 months to 7 years</source>
      <translation>Ngày %1 trẻ được %2 tuổi %3 tháng; trường mầm non nhận trẻ từ 6 tháng đến 7 tuổi</translation>
    </message>
    <message>
      <source>On %1 the child is %2 years %3 months old, at the limit of kindergarten age (6 months to 7 years)</source>
      <translation>Ngày %1 trẻ được %2 tuổi %3 tháng, sát giới hạn tuổi mầm non (6 tháng đến 7 tuổi)</translation>
    </message>
    <message>
      <source>Born in %1: children of this class's age group are usually born in %2</source>
      <translation>Sinh năm %1: trẻ cùng độ tuổi của lớp này thường sinh năm %2</translation>
    </message>
    <message>
      <source>'%1' has no family name</source>
      <translation>'%1' thiếu họ</translation>
    </message>
    <message>
      <source>Unknown ethnicity '%1'</source>
      <translation>Dân tộc '%1' không có trong danh mục</translation>
    </message>
    <message>
      <source>ethnicity '%1' is not one of the 54 groups</source>
      <translation>dân tộc '%1' không thuộc 54 dân tộc</translation>
    </message>
    <message>
      <source>A class named '%1' already exists in this school year</source>
      <translation>Năm học này đã có lớp tên '%1'</translation>
    </message>
    <message>
      <source>Capacity %1 is above the legal maximum of %2 children for this age group (Thông tư 52/2020)</source>
      <translation>Sĩ số %1 vượt mức tối đa %2 trẻ của độ tuổi này (Thông tư 52/2020)</translation>
    </message>
    <message>
      <source>The class holds %1 children, above the legal maximum of %2</source>
      <translation>Lớp đang có %1 trẻ, vượt mức tối đa %2 trẻ</translation>
    </message>
    <message>
      <source>'%1' is not a Vietnamese phone number (a mobile has 10 digits starting 03, 05, 07, 08 or 09; a landline 11 starting 02)</source>
      <translation>'%1' không phải số điện thoại Việt Nam (di động 10 số bắt đầu 03, 05, 07, 08, 09; cố định 11 số bắt đầu 02)</translation>
    </message>
    <message>
      <source>'%1' is not a phone number</source>
      <translation>'%1' không phải số điện thoại</translation>
    </message>
    <message>
      <source>%1 is outside the school year of class %2 (%3 – %4)</source>
      <translation>Ngày %1 nằm ngoài năm học của lớp %2 (%3 – %4)</translation>
    </message>
    <message>
      <source>The child is already in class %1 from %2 to %3</source>
      <translation>Trẻ đang học lớp %1 từ %2 đến %3</translation>
    </message>
    <message>
      <source>The child is already in class %1 from %2</source>
      <translation>Trẻ đang học lớp %1 từ %2</translation>
    </message>
    <message>
      <source>The child is already in class %1</source>
      <translation>Trẻ đang học lớp %1</translation>
    </message>
    <message>
      <source>The child is in no class on %1</source>
      <translation>Ngày %1 trẻ không học lớp nào</translation>
    </message>
    <message>
      <source>The stay in %1 already ends on %2</source>
      <translation>Việc học ở lớp %1 đã kết thúc ngày %2</translation>
    </message>
    <message>
      <source>The transfer date must be after the start in %1 (%2)</source>
      <translation>Ngày chuyển lớp phải sau ngày bắt đầu học lớp %1 (%2)</translation>
    </message>
    <message>
      <source>The child has %1 attendance marks after %2; remove them first or choose a later date</source>
      <translation>Trẻ có %1 lượt điểm danh sau ngày %2; hãy xoá các lượt đó hoặc chọn ngày muộn hơn</translation>
    </message>
    <message>
      <source>The children have already been promoted to %1</source>
      <translation>Trẻ đã được lên lớp sang năm học %1</translation>
    </message>
    <message>
      <source>%1 is not a school day</source>
      <translation>Ngày %1 không phải ngày học</translation>
    </message>
    <message>
      <source>%1 is not enrolled on %2</source>
      <translation>%1 không học ở trường ngày %2</translation>
    </message>
    <message>
      <source>date of birth '%1' is not a date (dd/mm/yyyy)</source>
      <translation>ngày sinh '%1' không phải ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
      <source>sex '%1' is neither Nam nor Nữ</source>
      <translation>giới tính '%1' không phải Nam hay Nữ</translation>
    </message>
    <message>
      <source>sex is missing</source>
      <translation>thiếu giới tính</translation>
    </message>
    <message>
      <source>no class (fill the 'Lớp' column or choose a class)</source>
      <translation>chưa có lớp (điền cột 'Lớp' hoặc chọn lớp)</translation>
    </message>
    <message>
      <source>likely duplicate: a child with the same name and date of birth is already in the database (not added again)</source>
      <translation>có thể trùng: đã có trẻ cùng họ tên và ngày sinh trong dữ liệu (không thêm lại)</translation>
    </message>
    <message>
      <source>likely duplicate of row %1 (same name and date of birth)</source>
      <translation>có thể trùng với dòng %1 (cùng họ tên và ngày sinh)</translation>
    </message>
    <message>
      <source>No header row found in the first 20 rows: a row needs a 'Họ và tên' column and at least 'Ngày sinh' or 'Giới tính'</source>
      <translation>Không tìm thấy dòng tiêu đề trong 20 dòng đầu: cần có cột 'Họ và tên' và ít nhất cột 'Ngày sinh' hoặc 'Giới tính'</translation>
    </message>
    <message>
      <source>No children below the header row %1</source>
      <translation>Không có trẻ nào dưới dòng tiêu đề %1</translation>
    </message>
    <message>
      <source>%1 cannot be read as an .xlsx workbook</source>
      <translation>Không đọc được %1 như một tệp Excel .xlsx</translation>
    </message>
    <message>
      <source>Father's phone</source>
      <translation>Điện thoại cha</translation>
    </message>
    <message>
      <source>Mother's phone</source>
      <translation>Điện thoại mẹ</translation>
    </message>
    <message>
      <source>Guardian's phone</source>
      <translation>Điện thoại người giám hộ</translation>
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
      <translation>Xoá…</translation>
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
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>%1 children imported.</source>
      <translation>Đã nhập %1 trẻ.</translation>
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
      <source>Cannot delete</source>
      <translation>Không xoá được</translation>
    </message>
    <message>
      <source>%1 cannot be deleted: other records refer to the child (%2). Use “Withdrawal…” when a child leaves the school.</source>
      <translation>Không thể xoá %1: đã có dữ liệu khác gắn với trẻ (%2). Khi trẻ nghỉ học, hãy dùng “Thôi học…”.</translation>
    </message>
    <message>
      <source>Delete a child</source>
      <translation>Xoá trẻ</translation>
    </message>
    <message>
      <source>Delete %1 and the class history for good? Only do this for a child entered by mistake.</source>
      <translation>Xoá hẳn %1 cùng quá trình học? Chỉ làm vậy với trẻ nhập nhầm.</translation>
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