<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>Application</name>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="58" />
      <source>the database is already open in another window of the app</source>
      <translation>cơ sở dữ liệu đang được mở ở một cửa sổ khác của ứng dụng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="71" />
      <source>Cannot open %1:
%2</source>
      <translation>Không mở được %1:
%2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="101" />
      <source>Open another…</source>
      <translation>Mở tệp khác…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="103" />
      <source>Create new…</source>
      <translation>Tạo mới…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="105" />
      <source>Quit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="118" />
      <source>School database</source>
      <translation>Cơ sở dữ liệu của trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="119" />
      <source>School database (*.sqlite3 *.db);;All files (*)</source>
      <translation>Cơ sở dữ liệu của trường (*.sqlite3 *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/app.py" line="191" />
      <source>Backup saved:
%1</source>
      <translation>Đã sao lưu:
%1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="40" />
      <source>Class rosters</source>
      <translation>Danh sách lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="41" />
      <source>Growth</source>
      <translation>Tăng trưởng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="42" />
      <source>Meals &amp;&amp; fees</source>
      <translation>Tiền ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="43" />
      <source>Monthly agenda</source>
      <translation>Lịch trọng tâm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="69" />
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="72" />
      <source>School year:</source>
      <translation>Năm học:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="95" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="96" />
      <source>&amp;Open database…</source>
      <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="97" />
      <source>&amp;New database…</source>
      <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="99" />
      <source>School &amp;settings…</source>
      <translation>&amp;Thông tin nhà trường…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="100" />
      <source>S&amp;taff…</source>
      <translation>&amp;Nhân sự…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="102" />
      <source>&amp;Back up now</source>
      <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="103" />
      <source>&amp;Restore a backup…</source>
      <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="105" />
      <source>&amp;Quit</source>
      <translation>T&amp;hoát</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="111" />
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="121" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="122" />
      <source>&amp;About</source>
      <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="129" />
      <source>&amp;Reports</source>
      <translation>&amp;Báo cáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="156" />
      <source>Database: %1</source>
      <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="158" />
      <source>School year %1</source>
      <translation>Năm học %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="159" />
      <source>No school year</source>
      <translation>Chưa có năm học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="207" />
      <source>About kindergarten-desktop</source>
      <translation>Giới thiệu kindergarten-desktop</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/main_window.py" line="208" />
      <source>&lt;h3&gt;kindergarten-desktop %1&lt;/h3&gt;&lt;p&gt;Office application of a Vietnamese kindergarten: class rosters and attendance, WHO growth monitoring, meal fees and the monthly focus agenda.&lt;/p&gt;&lt;p&gt;Growth charts and z-scores use the WHO Child Growth Standards (2006) and the WHO Growth Reference 2007, © World Health Organization.&lt;/p&gt;&lt;p&gt;Documents are set in Liberation Serif and Liberation Sans (SIL Open Font License).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;kindergarten-desktop %1&lt;/h3&gt;&lt;p&gt;Phần mềm quản lý trường mầm non: danh sách lớp và điểm danh, theo dõi tăng trưởng theo chuẩn WHO, tiền ăn bán trú và kế hoạch trọng tâm tháng.&lt;/p&gt;&lt;p&gt;Biểu đồ tăng trưởng và chỉ số Z dùng Chuẩn tăng trưởng trẻ em của WHO (2006) và Quần thể tham chiếu WHO 2007, © Tổ chức Y tế Thế giới.&lt;/p&gt;&lt;p&gt;Văn bản in dùng phông Liberation Serif và Liberation Sans (giấy phép SIL Open Font License).&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/backup_dialog.py" line="24" />
      <source>Restore a backup</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/backup_dialog.py" line="27" />
      <source>Choose a backup. The current data is backed up first, so a restore can be undone.</source>
      <translation>Chọn một bản sao lưu. Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/backup_dialog.py" line="34" />
      <source>There are no backups yet.</source>
      <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/backup_dialog.py" line="38" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
  </context>
  <context>
    <name>SchoolSettingsDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="32" />
      <source>School settings</source>
      <translation>Thông tin nhà trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="36" />
      <source>e.g. Trường Mầm non Hoa Mai</source>
      <translation>ví dụ: Trường Mầm non Hoa Mai</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="38" />
      <source>e.g. UBND PHƯỜNG AN KHÁNH</source>
      <translation>ví dụ: UBND PHƯỜNG AN KHÁNH</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="40" />
      <source>e.g. Sở GD&amp;ĐT thành phố Hà Nội</source>
      <translation>ví dụ: Sở GD&amp;ĐT thành phố Hà Nội</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="42" />
      <source>e.g. MNHM, as in 15/KH-MNHM</source>
      <translation>ví dụ: MNHM, như trong 15/KH-MNHM</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="45" />
      <source>place name used in document dates</source>
      <translation>địa danh ghi ở dòng ngày tháng văn bản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="51" />
      <source>School name</source>
      <translation>Tên trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="52" />
      <source>Governing body</source>
      <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="53" />
      <source>Department of Education</source>
      <translation>Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="54" />
      <source>Symbol in document numbers</source>
      <translation>Ký hiệu trường trong số văn bản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="55" />
      <source>Place (for document dates)</source>
      <translation>Địa danh (ghi ngày văn bản)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="56" />
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="57" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="58" />
      <source>Principal's full name</source>
      <translation>Họ tên hiệu trưởng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="59" />
      <source>Current school year</source>
      <translation>Năm học hiện tại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="74" />
      <source>%1 (new)</source>
      <translation>%1 (mới)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/settings_dialog.py" line="87" />
      <source>The school name cannot be empty.</source>
      <translation>Tên trường không được để trống.</translation>
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="70" />
      <source>Staff</source>
      <translation>Nhân sự</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="82" />
      <source>e.g. Nguyễn Thị Lan</source>
      <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="87" />
      <source>Still working at the school</source>
      <translation>Đang công tác tại trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="92" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="93" />
      <source>Role</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="94" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="96" />
      <source>New person</source>
      <translation>Thêm người</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="97" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="151" />
      <source>Full name: please type the person's full name (at most 100 characters).</source>
      <translation>Họ và tên: hãy nhập đầy đủ họ tên (tối đa 100 ký tự).</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="152" />
      <source>Role: choose a role from the list.</source>
      <translation>Chức vụ: hãy chọn một chức vụ trong danh sách.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="153" />
      <source>Phone: %1 is not a Vietnamese phone number (10 digits starting 03, 05, 07, 08 or 09, or a landline of 11 digits starting 02).</source>
      <translation>Điện thoại: %1 không phải số điện thoại Việt Nam (di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02).</translation>
    </message>
  </context>
  <context>
    <name>StaffModel</name>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="53" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="53" />
      <source>Role</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="53" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="53" />
      <source>Working</source>
      <translation>Đang công tác</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="61" />
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/staff_dialog.py" line="61" />
      <source>no (left)</source>
      <translation>không (đã nghỉ)</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <location filename="../kindergarten_desktop/ui/workers.py" line="72" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
</TS>