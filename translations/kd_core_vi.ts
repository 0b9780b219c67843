<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <source>Waiting for the database: another program is using it…</source>
      <translation>Đang chờ tệp dữ liệu: một chương trình khác đang dùng nó…</translation>
    </message>
    <message>
      <source>What you entered stays in the table, marked in red as not saved. When the cause is fixed, enter it again (or click the cell) to save it.</source>
      <translation>Những gì bạn đã nhập vẫn được giữ trong bảng, tô đỏ là chưa lưu. Khi đã khắc phục nguyên nhân, hãy nhập lại (hoặc bấm vào ô đó) để lưu.</translation>
    </message>
    <message>
      <source>an unexpected error (the details are in the log file)</source>
      <translation>lỗi không mong muốn (chi tiết đã được ghi vào tệp nhật ký)</translation>
    </message>
    <message>
      <source>Not saved: %1
Enter it again (or click it) to save it.</source>
      <translation>Chưa lưu: %1
Hãy nhập lại (hoặc bấm vào ô) để lưu.</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <source>The backup was not made.</source>
      <translation>Chưa sao lưu được.</translation>
    </message>
    <message>
      <source>%1 is an empty file (0 bytes).</source>
      <translation>%1 là tệp rỗng (0 byte).</translation>
    </message>
    <message>
      <source>%1 does not exist.</source>
      <translation>Không có tệp %1.</translation>
    </message>
    <message>
      <source>Create a new, empty school database there?</source>
      <translation>Tạo dữ liệu trường mới (chưa có gì) tại đó?</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
      <source>Open another…</source>
      <translation>Mở tệp khác…</translation>
    </message>
    <message>
      <source>Create new…</source>
      <translation>Tạo mới…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <source>School database</source>
      <translation>Cơ sở dữ liệu của trường</translation>
    </message>
    <message>
      <source>School database (*.sqlite3 *.db);;All files (*)</source>
      <translation>Cơ sở dữ liệu của trường (*.sqlite3 *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <source>Save what can be read…</source>
      <translation>Lưu phần đọc được…</translation>
    </message>
    <message>
      <source>Backup saved:
%1</source>
      <translation>Đã sao lưu:
%1</translation>
    </message>
    <message>
      <source>The backup of %1 was restored.</source>
      <translation>Đã khôi phục bản sao lưu %1.</translation>
    </message>
    <message>
      <source>The data as it was before the restore is kept as %1 (you can restore it too).</source>
      <translation>Dữ liệu trước khi khôi phục được giữ lại thành %1 (bạn cũng có thể khôi phục lại bản này).</translation>
    </message>
    <message>
      <source>Save what can be read</source>
      <translation>Lưu phần đọc được</translation>
    </message>
    <message>
      <source>Choose a new file, not the damaged database or one of its backups.</source>
      <translation>Hãy chọn một tệp mới, không chọn chính tệp dữ liệu bị hỏng hay các bản sao lưu của nó.</translation>
    </message>
    <message>
      <source>Saved %1 rows into %2.</source>
      <translation>Đã lưu %1 dòng dữ liệu vào %2.</translation>
    </message>
    <message>
      <source>Some records could not be read and are missing: %1.</source>
      <translation>Một số dữ liệu không đọc được nên bị thiếu: %1.</translation>
    </message>
    <message>
      <source>Open the new file</source>
      <translation>Mở tệp mới</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Unexpected error</source>
      <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
      <source>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been completed.</source>
      <translation>Đã xảy ra lỗi mà phần mềm không lường trước. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi có thể chưa hoàn tất.</translation>
    </message>
    <message>
      <source>The details were written to the log file:
%1</source>
      <translation>Chi tiết đã được ghi vào tệp nhật ký:
%1</translation>
    </message>
    <message>
      <source>The log file could not be written.</source>
      <translation>Không ghi được tệp nhật ký.</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Sao chép chi tiết</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Chưa lưu được</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Class rosters</source>
      <translation>Danh sách lớp</translation>
    </message>
    <message>
      <source>Growth</source>
      <translation>Tăng trưởng</translation>
    </message>
    <message>
      <source>Meals &amp;&amp; fees</source>
      <translation>Tiền ăn</translation>
    </message>
    <message>
      <source>Monthly agenda</source>
      <translation>Lịch trọng tâm</translation>
    </message>
    <message>
      <source>Kitchen</source>
      <translation>Bếp</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <source>School year:</source>
      <translation>Năm học:</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
      <source>&amp;New database…</source>
      <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
      <source>School &amp;settings…</source>
      <translation>&amp;Thông tin nhà trường…</translation>
    </message>
    <message>
      <source>S&amp;taff…</source>
      <translation>&amp;Nhân sự…</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <source>Open the &amp;data folder</source>
      <translation>Mở thư mục &amp;dữ liệu</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
      <source>&amp;Reports</source>
      <translation>&amp;Báo cáo</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
      <source>School year %1</source>
      <translation>Năm học %1</translation>
    </message>
    <message>
      <source>No school year</source>
      <translation>Chưa có năm học</translation>
    </message>
    <message>
      <source>About kindergarten-desktop</source>
      <translation>Giới thiệu kindergarten-desktop</translation>
    </message>
    <message>
      <source>&lt;h3&gt;kindergarten-desktop %1&lt;/h3&gt;&lt;p&gt;Office application of a Vietnamese kindergarten: class rosters and attendance, WHO growth monitoring, meal fees and the monthly focus agenda.&lt;/p&gt;&lt;p&gt;Growth charts and z-scores use the WHO Child Growth Standards (2006) and the WHO Growth Reference 2007, © World Health Organization.&lt;/p&gt;&lt;p&gt;Food composition: Bảng thành phần thực phẩm Việt Nam 2007, National Institute of Nutrition (Viện Dinh dưỡng).&lt;/p&gt;&lt;p&gt;Documents are set in Liberation Serif and Liberation Sans (SIL Open Font License).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;kindergarten-desktop %1&lt;/h3&gt;&lt;p&gt;Phần mềm văn phòng của trường mầm non Việt Nam: danh sách lớp và điểm danh, theo dõi tăng trưởng theo chuẩn WHO, tiền ăn bán trú và kế hoạch trọng tâm tháng.&lt;/p&gt;&lt;p&gt;Biểu đồ tăng trưởng và chỉ số z dùng Chuẩn tăng trưởng trẻ em của WHO (2006) và Quần thể tham chiếu WHO 2007, © Tổ chức Y tế Thế giới.&lt;/p&gt;&lt;p&gt;Thành phần dinh dưỡng: Bảng thành phần thực phẩm Việt Nam 2007, Viện Dinh dưỡng.&lt;/p&gt;&lt;p&gt;Văn bản dùng phông Liberation Serif và Liberation Sans (Giấy phép SIL Open Font).&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore a backup</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <source>Choose a backup. The current data is backed up first, so a restore can be undone.</source>
      <translation>Chọn một bản sao lưu. Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
      <source>There are no backups yet.</source>
      <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
  </context>
  <context>
    <name>SchoolSettingsDialog</name>
    <message>
      <source>School settings</source>
      <translation>Thông tin nhà trường</translation>
    </message>
    <message>
      <source>e.g. Trường Mầm non Hoa Mai</source>
      <translation>ví dụ: Trường Mầm non Hoa Mai</translation>
    </message>
    <message>
      <source>e.g. UBND PHƯỜNG AN KHÁNH</source>
      <translation>ví dụ: UBND PHƯỜNG AN KHÁNH</translation>
    </message>
    <message>
      <source>e.g. Sở GD&amp;ĐT thành phố Hà Nội</source>
      <translation>ví dụ: Sở GD&amp;ĐT thành phố Hà Nội</translation>
    </message>
    <message>
      <source>e.g. MNHM, as in 15/KH-MNHM</source>
      <translation>ví dụ: MNHM, như trong 15/KH-MNHM</translation>
    </message>
    <message>
      <source>place name used in document dates</source>
      <translation>địa danh ghi ở dòng ngày tháng văn bản</translation>
    </message>
    <message>
      <source>School name</source>
      <translation>Tên trường</translation>
    </message>
    <message>
      <source>Governing body</source>
      <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
      <source>Department of Education</source>
      <translation>Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
      <source>Symbol in document numbers</source>
      <translation>Ký hiệu trường trong số văn bản</translation>
    </message>
    <message>
      <source>Place (for document dates)</source>
      <translation>Địa danh (ghi ngày văn bản)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Principal's full name</source>
      <translation>Họ tên hiệu trưởng</translation>
    </message>
    <message>
      <source>Current school year</source>
      <translation>Năm học hiện tại</translation>
    </message>
    <message>
      <source>%1 (new)</source>
      <translation>%1 (mới)</translation>
    </message>
    <message>
      <source>The school name cannot be empty.</source>
      <translation>Tên trường không được để trống.</translation>
    </message>
    <message>
      <source>School settings not saved</source>
      <translation>Chưa lưu được thông tin trường</translation>
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <source>Staff</source>
      <translation>Nhân sự</translation>
    </message>
    <message>
      <source>e.g. Nguyễn Thị Lan</source>
      <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
      <source>Still working at the school</source>
      <translation>Đang công tác tại trường</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Thêm người</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Staff member not saved</source>
      <translation>Chưa lưu được thông tin nhân viên</translation>
    </message>
    <message>
      <source>Full name: please type the person's full name (at most 100 characters).</source>
      <translation>Họ và tên: hãy nhập đầy đủ họ tên (tối đa 100 ký tự).</translation>
    </message>
    <message>
      <source>Role: choose a role from the list.</source>
      <translation>Chức vụ: hãy chọn một chức vụ trong danh sách.</translation>
    </message>
    <message>
      <source>Phone: %1 is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a landline of 11 digits starting 02).</source>
      <translation>Điện thoại: %1 không phải số điện thoại Việt Nam (di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02).</translation>
    </message>
  </context>
  <context>
    <name>StaffModel</name>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Working</source>
      <translation>Đang công tác</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>no (left)</source>
      <translation>không (đã nghỉ)</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
</TS>