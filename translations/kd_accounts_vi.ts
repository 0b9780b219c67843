<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AccountEditDialog</name>
    <message>
      <source>New account</source>
      <translation>Tài khoản mới</translation>
    </message>
    <message>
      <source>Account %1</source>
      <translation>Tài khoản %1</translation>
    </message>
    <message>
      <source>e.g. ketoan, cohoa</source>
      <translation>ví dụ: ketoan, cohoa</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
      <source>Password &amp;again:</source>
      <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <source>Classes of the teacher (this school year):</source>
      <translation>Lớp giáo viên phụ trách (năm học này):</translation>
    </message>
    <message>
      <source>The first account is the principal's: it manages the others.</source>
      <translation>Tài khoản đầu tiên là của hiệu trưởng: tài khoản này quản lý các tài khoản khác.</translation>
    </message>
    <message>
      <source>Account not saved</source>
      <translation>Chưa lưu được tài khoản</translation>
    </message>
  </context>
  <context>
    <name>AccountLabels</name>
    <message>
      <source>principal</source>
      <translation>hiệu trưởng</translation>
    </message>
    <message>
      <source>accountant</source>
      <translation>kế toán</translation>
    </message>
    <message>
      <source>nurse</source>
      <translation>nhân viên y tế</translation>
    </message>
    <message>
      <source>kitchen</source>
      <translation>nhà bếp</translation>
    </message>
    <message>
      <source>teacher</source>
      <translation>giáo viên</translation>
    </message>
    <message>
      <source>no role</source>
      <translation>chưa có vai trò</translation>
    </message>
    <message>
      <source>School settings and school years</source>
      <translation>Thông tin trường và năm học</translation>
    </message>
    <message>
      <source>Classes and children's records</source>
      <translation>Lớp và hồ sơ trẻ</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <source>Growth measurements</source>
      <translation>Cân đo</translation>
    </message>
    <message>
      <source>Meals, fees, discounts and receipts</source>
      <translation>Tiền ăn, khoản thu, miễn giảm và phiếu thu</translation>
    </message>
    <message>
      <source>Closing months</source>
      <translation>Khóa sổ tháng</translation>
    </message>
    <message>
      <source>Reopening closed months</source>
      <translation>Mở lại tháng đã khóa sổ</translation>
    </message>
    <message>
      <source>Market book and purchases</source>
      <translation>Sổ chợ và mua hàng</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>Kho</translation>
    </message>
    <message>
      <source>Suppliers</source>
      <translation>Nhà cung cấp</translation>
    </message>
    <message>
      <source>Menus and food inspection</source>
      <translation>Thực đơn và kiểm thực</translation>
    </message>
    <message>
      <source>Monthly agenda</source>
      <translation>Lịch trọng tâm</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <source>added</source>
      <translation>thêm</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>sửa</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>xóa</translation>
    </message>
    <message>
      <source>Child's record</source>
      <translation>Hồ sơ trẻ</translation>
    </message>
    <message>
      <source>Child's circumstances</source>
      <translation>Hoàn cảnh trẻ</translation>
    </message>
    <message>
      <source>Enrolment and movements</source>
      <translation>Xếp lớp, chuyển lớp</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Class teachers</source>
      <translation>Phân công lớp</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Nhân sự</translation>
    </message>
    <message>
      <source>School settings</source>
      <translation>Thông tin trường</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <source>School calendar</source>
      <translation>Lịch nghỉ, học bù</translation>
    </message>
    <message>
      <source>Measurement round</source>
      <translation>Đợt cân đo</translation>
    </message>
    <message>
      <source>Measurement</source>
      <translation>Cân đo</translation>
    </message>
    <message>
      <source>Meal rate</source>
      <translation>Mức tiền ăn</translation>
    </message>
    <message>
      <source>Monthly fee</source>
      <translation>Khoản thu tháng</translation>
    </message>
    <message>
      <source>Meal exception</source>
      <translation>Báo cơm</translation>
    </message>
    <message>
      <source>Staff meals</source>
      <translation>Suất ăn nhân viên</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Phiếu thu</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Miễn giảm</translation>
    </message>
    <message>
      <source>Month closing</source>
      <translation>Khóa sổ, mở sổ</translation>
    </message>
    <message>
      <source>Closing balance</source>
      <translation>Số dư khóa sổ</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Nhà cung cấp</translation>
    </message>
    <message>
      <source>Market item</source>
      <translation>Mặt hàng</translation>
    </message>
    <message>
      <source>Purchase</source>
      <translation>Sổ chợ</translation>
    </message>
    <message>
      <source>Stock use</source>
      <translation>Xuất kho</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Thực đơn</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Việc trong kế hoạch</translation>
    </message>
    <message>
      <source>Recurring agenda item</source>
      <translation>Việc thường xuyên</translation>
    </message>
    <message>
      <source>Recurring item skipped</source>
      <translation>Tháng bỏ qua việc thường xuyên</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <source>Account role</source>
      <translation>Vai trò tài khoản</translation>
    </message>
    <message>
      <source>Teacher's class</source>
      <translation>Lớp giáo viên phụ trách</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>Class rosters tab</source>
      <translation>thẻ Danh sách lớp</translation>
    </message>
    <message>
      <source>Growth tab</source>
      <translation>thẻ Tăng trưởng</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Meal count</source>
      <translation>Tiền ăn ▸ Báo ăn</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Monthly ledger</source>
      <translation>Tiền ăn ▸ Sổ tiền ăn tháng</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Discounts</source>
      <translation>Tiền ăn ▸ Miễn giảm</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Receipts and debts</source>
      <translation>Tiền ăn ▸ Thu tiền và công nợ</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Market book and menu</source>
      <translation>Tiền ăn ▸ Sổ chợ và thực đơn</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Store and stock cards</source>
      <translation>Tiền ăn ▸ Kho và thẻ kho</translation>
    </message>
    <message>
      <source>Meals &amp; fees ▸ Rates and rules</source>
      <translation>Tiền ăn ▸ Định mức và quy định</translation>
    </message>
    <message>
      <source>Monthly agenda tab</source>
      <translation>thẻ Lịch trọng tâm</translation>
    </message>
    <message>
      <source>Kitchen tab</source>
      <translation>thẻ Bếp</translation>
    </message>
    <message>
      <source>Enrolment correction</source>
      <translation>Sửa nhầm xếp lớp</translation>
    </message>
    <message>
      <source>Round assessment</source>
      <translation>Nhận xét đợt cân đo</translation>
    </message>
    <message>
      <source>Payout</source>
      <translation>Phiếu chi</translation>
    </message>
    <message>
      <source>Standing discount</source>
      <translation>Miễn giảm thường xuyên</translation>
    </message>
    <message>
      <source>Opening balance of a book</source>
      <translation>Số dư đầu sổ quỹ, sổ tiền gửi</translation>
    </message>
    <message>
      <source>Lunch support rule</source>
      <translation>Mức hỗ trợ tiền ăn trưa</translation>
    </message>
    <message>
      <source>Stock adjustment</source>
      <translation>Điều chỉnh kho</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Món ăn</translation>
    </message>
    <message>
      <source>Dish ingredient</source>
      <translation>Định lượng món ăn</translation>
    </message>
    <message>
      <source>Menu line</source>
      <translation>Món trong thực đơn</translation>
    </message>
    <message>
      <source>Rotation menu line</source>
      <translation>Món trong thực đơn luân phiên</translation>
    </message>
    <message>
      <source>Day's market order</source>
      <translation>Tiền đi chợ trong ngày</translation>
    </message>
    <message>
      <source>Food inspection</source>
      <translation>Kiểm thực ba bước</translation>
    </message>
    <message>
      <source>Kept food sample</source>
      <translation>Lưu mẫu thức ăn</translation>
    </message>
    <message>
      <source>Nutrition norm</source>
      <translation>Định mức dinh dưỡng</translation>
    </message>
    <message>
      <source>Meal's share of the day</source>
      <translation>Tỷ lệ năng lượng các bữa</translation>
    </message>
    <message>
      <source>Document settings</source>
      <translation>Thông tin văn bản in</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <source>Accounts</source>
      <translation>Tài khoản</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Thêm…</translation>
    </message>
    <message>
      <source>&amp;Roles and classes…</source>
      <translation>&amp;Vai trò và lớp…</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
      <source>&amp;Disable</source>
      <translation>&amp;Khóa</translation>
    </message>
    <message>
      <source>&amp;Lock after</source>
      <translation>Tự khóa &amp;sau</translation>
    </message>
    <message>
      <source> min without use</source>
      <translation> phút không dùng</translation>
    </message>
    <message>
      <source>This school has no accounts yet: anyone who opens the app can change everything. Create the principal's account first (the administrator); from then on the app asks who is working and each role sees and changes only its own work.</source>
      <translation>Trường chưa có tài khoản nào: ai mở ứng dụng cũng thay đổi được mọi thứ. Hãy tạo tài khoản của hiệu trưởng trước (người quản trị); từ đó ứng dụng sẽ hỏi ai đang làm việc và mỗi vai trò chỉ xem và sửa phần việc của mình.</translation>
    </message>
    <message>
      <source>Each person signs in with their own name and password. Roles: the principal does everything; the accountant meals, fees, receipts, stock and the market book; the nurse growth; the kitchen menus, food inspection and stock use; a teacher attendance and growth of the classes assigned.</source>
      <translation>Mỗi người đăng nhập bằng tên và mật khẩu của mình. Vai trò: hiệu trưởng làm được mọi việc; kế toán lo tiền ăn, khoản thu, phiếu thu, kho và sổ chợ; nhân viên y tế lo cân đo; nhà bếp lo thực đơn, kiểm thực và xuất kho; giáo viên điểm danh và cân đo cho các lớp được phân công.</translation>
    </message>
    <message>
      <source>&amp;Enable</source>
      <translation>Mở &amp;khóa</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
      <source>Account not changed</source>
      <translation>Chưa thay đổi được tài khoản</translation>
    </message>
    <message>
      <source>Sign-out time not saved</source>
      <translation>Chưa lưu được thời gian tự đăng xuất</translation>
    </message>
  </context>
  <context>
    <name>AccountsMenu</name>
    <message>
      <source>&amp;Accounts…</source>
      <translation>Tài kh&amp;oản…</translation>
    </message>
    <message>
      <source>Audit tra&amp;il…</source>
      <translation>Nhật ký th&amp;ay đổi…</translation>
    </message>
    <message>
      <source>Change my &amp;password…</source>
      <translation>Đổi mật khẩu &amp;của tôi…</translation>
    </message>
    <message>
      <source>What can I &amp;do?</source>
      <translation>Tôi được &amp;làm gì?</translation>
    </message>
    <message>
      <source>Sign o&amp;ut</source>
      <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
      <source>Signed in: %1 (%2)</source>
      <translation>Đang đăng nhập: %1 (%2)</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Đã khóa</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <source>User name</source>
      <translation>Tên đăng nhập</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>active</source>
      <translation>đang dùng</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>đã khóa</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Dữ liệu</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Trẻ</translation>
    </message>
    <message>
      <source>Changes (before → after)</source>
      <translation>Thay đổi (trước → sau)</translation>
    </message>
  </context>
  <context>
    <name>AuditViewer</name>
    <message>
      <source>Audit trail</source>
      <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>&amp;Khoảng thời gian:</translation>
    </message>
    <message>
      <source>&amp;Who:</source>
      <translation>&amp;Người:</translation>
    </message>
    <message>
      <source>W&amp;hat:</source>
      <translation>&amp;Dữ liệu:</translation>
    </message>
    <message>
      <source>&amp;Child:</source>
      <translation>&amp;Trẻ:</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Xem</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>X&amp;uất tệp…</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tất cả mọi người</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Tất cả dữ liệu</translation>
    </message>
    <message>
      <source>All children</source>
      <translation>Tất cả trẻ</translation>
    </message>
    <message>
      <source>No change recorded.</source>
      <translation>Chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
      <source>%1 changes shown; scroll down for older ones.</source>
      <translation>Đang hiện %1 thay đổi; cuộn xuống để xem các thay đổi cũ hơn.</translation>
    </message>
    <message>
      <source>%1 changes.</source>
      <translation>%1 thay đổi.</translation>
    </message>
    <message>
      <source>Export the audit trail</source>
      <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Bảng tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>%1 changes written to %2.</source>
      <translation>Đã ghi %1 thay đổi vào %2.</translation>
    </message>
    <message>
      <source>Exporting the audit trail…</source>
      <translation>Đang xuất nhật ký thay đổi…</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>Change my password</source>
      <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
      <source>New password for %1</source>
      <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
      <source>&amp;Current password:</source>
      <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
      <source>&amp;New password:</source>
      <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
      <source>New password &amp;again:</source>
      <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
      <source>Password not changed</source>
      <translation>Chưa đổi được mật khẩu</translation>
    </message>
  </context>
  <context>
    <name>PermissionsDialog</name>
    <message>
      <source>What can I do?</source>
      <translation>Tôi được làm gì?</translation>
    </message>
    <message>
      <source>This school has no accounts: whoever opens the app may change everything. The principal can create accounts in File ▸ Accounts.</source>
      <translation>Trường chưa có tài khoản: ai mở ứng dụng cũng thay đổi được mọi thứ. Hiệu trưởng có thể tạo tài khoản trong Tệp ▸ Tài khoản.</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2).</source>
      <translation>Đang đăng nhập: %1 (%2).</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Phần việc</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Bạn</translation>
    </message>
    <message>
      <source>Who changes it</source>
      <translation>Ai được sửa</translation>
    </message>
    <message>
      <source>changes</source>
      <translation>được sửa</translation>
    </message>
    <message>
      <source>changes, for the classes assigned</source>
      <translation>được sửa, cho các lớp được phân công</translation>
    </message>
    <message>
      <source>changes your own password only</source>
      <translation>chỉ được đổi mật khẩu của mình</translation>
    </message>
    <message>
      <source>sees only</source>
      <translation>chỉ được xem</translation>
    </message>
    <message>
      <source>sees only, the classes assigned</source>
      <translation>chỉ được xem, các lớp được phân công</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>không được xem</translation>
    </message>
    <message>
      <source>sees only: %1</source>
      <translation>chỉ được xem: %1</translation>
    </message>
  </context>
  <context>
    <name>RecoverDialog</name>
    <message>
      <source>Reset the principal's password</source>
      <translation>Đặt lại mật khẩu hiệu trưởng</translation>
    </message>
    <message>
      <source>Type the recovery code written down when the first account was created, and a new password. A new recovery code is then shown once.</source>
      <translation>Nhập mã khôi phục đã ghi lại khi tạo tài khoản đầu tiên và một mật khẩu mới. Sau đó một mã khôi phục mới sẽ được hiện một lần.</translation>
    </message>
    <message>
      <source>P&amp;rincipal:</source>
      <translation>&amp;Hiệu trưởng:</translation>
    </message>
    <message>
      <source>Recovery &amp;code:</source>
      <translation>Mã &amp;khôi phục:</translation>
    </message>
    <message>
      <source>&amp;New password:</source>
      <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
      <source>New password &amp;again:</source>
      <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
      <source>Password not reset</source>
      <translation>Chưa đặt lại được mật khẩu</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCode</name>
    <message>
      <source>Recovery code</source>
      <translation>Mã khôi phục</translation>
    </message>
    <message>
      <source>&lt;p&gt;Write this recovery code down and keep it somewhere safe. It is shown only this once; it resets the principal's password if it is forgotten.&lt;/p&gt;&lt;p style='font-size:16pt'&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;Hãy chép mã khôi phục này ra giấy và cất ở nơi an toàn. Mã chỉ hiện một lần này; mã dùng để đặt lại mật khẩu hiệu trưởng khi bị quên.&lt;/p&gt;&lt;p style='font-size:16pt'&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Sign in</source>
      <translation>Đăng nhập</translation>
    </message>
    <message>
      <source>The screen was locked after a time without use. Sign in to go on.</source>
      <translation>Màn hình đã tự khóa vì lâu không dùng. Hãy đăng nhập để làm tiếp.</translation>
    </message>
    <message>
      <source>Who is working? Choose your name and type your password.</source>
      <translation>Ai đang làm việc? Chọn tên của bạn và nhập mật khẩu.</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Tên:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
      <source>&amp;Sign in</source>
      <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <source>&amp;Forgot the principal's password…</source>
      <translation>&amp;Quên mật khẩu hiệu trưởng…</translation>
    </message>
    <message>
      <source>Type your password, then press Enter.</source>
      <translation>Hãy nhập mật khẩu rồi nhấn Enter.</translation>
    </message>
    <message>
      <source>You can try again now.</source>
      <translation>Bây giờ bạn có thể thử lại.</translation>
    </message>
    <message>
      <source>The password was reset. Sign in with the new password.</source>
      <translation>Đã đặt lại mật khẩu. Hãy đăng nhập bằng mật khẩu mới.</translation>
    </message>
  </context>
  <context>
    <name>WriteGuard</name>
    <message>
      <source>or</source>
      <translation>hoặc</translation>
    </message>
    <message>
      <source>Only %1 may change this.</source>
      <translation>Chỉ %1 được thay đổi mục này.</translation>
    </message>
  </context>
</TS>