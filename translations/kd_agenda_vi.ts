<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AgendaCommands</name>
    <message>
      <source>Not redone</source>
      <translation>Chưa làm lại được</translation>
    </message>
    <message>
      <source>Not undone</source>
      <translation>Chưa hoàn tác được</translation>
    </message>
    <message>
      <source>add “%1”</source>
      <translation>thêm “%1”</translation>
    </message>
    <message>
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
    <message>
      <source>delete “%1”</source>
      <translation>xóa “%1”</translation>
    </message>
  </context>
  <context>
    <name>AgendaItemsModel</name>
    <message>
      <source>Week</source>
      <translation>Tuần</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Nội dung công việc</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Phụ trách</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>hạn %1</translation>
    </message>
    <message>
      <source>Every month</source>
      <translation>Hằng tháng</translation>
    </message>
    <message>
      <source>Shown every month; edit it with “Recurring items…”</source>
      <translation>Có trong mọi tháng; sửa bằng nút “Việc hằng tháng…”</translation>
    </message>
    <message>
      <source>To review: copied from last year or from the template</source>
      <translation>Cần xem lại: sao chép từ năm trước hoặc từ mẫu</translation>
    </message>
  </context>
  <context>
    <name>AgendaLabels</name>
    <message>
      <source>Planned</source>
      <translation>Kế hoạch</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Đã xong</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Tạm hoãn</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Whole month</source>
      <translation>Cả tháng</translation>
    </message>
    <message>
      <source>Week %1</source>
      <translation>Tuần %1</translation>
    </message>
    <message>
      <source>Month %1/%2</source>
      <translation>Tháng %1/%2</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Nội dung công việc</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Ngày kết thúc</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Hạn hoàn thành</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Tuần</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Các tháng</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Năm học</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <source>&amp;List</source>
      <translation>&amp;Danh sách</translation>
    </message>
    <message>
      <source>&amp;Calendar</source>
      <translation>&amp;Lịch tháng</translation>
    </message>
    <message>
      <source>Previous month (Ctrl+PgUp)</source>
      <translation>Tháng trước (Ctrl+PgUp)</translation>
    </message>
    <message>
      <source>Next month (Ctrl+PgDown)</source>
      <translation>Tháng sau (Ctrl+PgDown)</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Thêm…</translation>
    </message>
    <message>
      <source>Add an item to this month (Insert)</source>
      <translation>Thêm công việc vào tháng này (Insert)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <source>Edit the chosen item (Enter)</source>
      <translation>Sửa công việc đang chọn (Enter)</translation>
    </message>
    <message>
      <source>Mark d&amp;one</source>
      <translation>Đánh dấu đã &amp;xong</translation>
    </message>
    <message>
      <source>Mark the chosen item done (Ctrl+D)</source>
      <translation>Đánh dấu công việc đang chọn đã xong (Ctrl+D)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Delete the chosen item (Delete)</source>
      <translation>Xóa công việc đang chọn (Delete)</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Lên</translation>
    </message>
    <message>
      <source>Move up (Ctrl+Up)</source>
      <translation>Chuyển lên (Ctrl+Mũi tên lên)</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Xuống</translation>
    </message>
    <message>
      <source>Move down (Ctrl+Down)</source>
      <translation>Chuyển xuống (Ctrl+Mũi tên xuống)</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Hoàn tác</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Hoàn tác %1</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Làm lại</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Làm lại %1</translation>
    </message>
    <message>
      <source>&amp;Recurring items…</source>
      <translation>Việc &amp;hằng tháng…</translation>
    </message>
    <message>
      <source>Items shown in every month</source>
      <translation>Những việc có trong mọi tháng</translation>
    </message>
    <message>
      <source>Copy last year's plan</source>
      <translation>Sao chép kế hoạch năm học trước</translation>
    </message>
    <message>
      <source>Start from the template</source>
      <translation>Bắt đầu từ kế hoạch mẫu</translation>
    </message>
    <message>
      <source>New year's plan</source>
      <translation>Kế hoạch năm học mới</translation>
    </message>
    <message>
      <source>Print this month's agenda (PDF)</source>
      <translation>In kế hoạch tháng này (PDF)</translation>
    </message>
    <message>
      <source>Save this month's agenda as PDF or Excel…</source>
      <translation>Lưu kế hoạch tháng này (PDF hoặc Excel)…</translation>
    </message>
    <message>
      <source>Save the whole year's plan as PDF or Excel…</source>
      <translation>Lưu kế hoạch cả năm học (PDF hoặc Excel)…</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;In</translation>
    </message>
    <message>
      <source>No school year yet: choose or create one in File › School settings…</source>
      <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
      <source>%1: %2 items, %3 done</source>
      <translation>%1: %2 công việc, %3 đã xong</translation>
    </message>
    <message>
      <source>%1 to review (in italics)</source>
      <translation>%1 việc cần xem lại (in nghiêng)</translation>
    </message>
    <message>
      <source>This school year has no plan yet: use “New year's plan” to start from last year's plan or from the template.</source>
      <translation>Năm học này chưa có kế hoạch: dùng nút “Kế hoạch năm học mới” để sao chép từ năm trước hoặc từ kế hoạch mẫu.</translation>
    </message>
    <message>
      <source>“%1” not marked done</source>
      <translation>Chưa đánh dấu “%1” là đã xong</translation>
    </message>
    <message>
      <source>Delete item</source>
      <translation>Xóa công việc</translation>
    </message>
    <message>
      <source>Delete “%1”?

You can undo it with Ctrl+Z while the program stays open.</source>
      <translation>Xóa “%1”?

Có thể hoàn tác bằng Ctrl+Z khi chương trình còn mở.</translation>
    </message>
    <message>
      <source>“%1” not deleted</source>
      <translation>Chưa xóa được “%1”</translation>
    </message>
    <message>
      <source>Order not saved</source>
      <translation>Chưa lưu được thứ tự</translation>
    </message>
    <message>
      <source>Replace the plan</source>
      <translation>Thay kế hoạch</translation>
    </message>
    <message>
      <source>The school year %1 already has a plan. Replace it? Its items will be deleted and this cannot be undone.</source>
      <translation>Năm học %1 đã có kế hoạch. Thay thế? Các công việc hiện có sẽ bị xóa và không thể hoàn tác.</translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>Kế hoạch mới</translation>
    </message>
    <message>
      <source>%1 items were added. Items to review are shown in italics: check their dates and mark them reviewed in the item dialog.</source>
      <translation>Đã thêm %1 công việc. Các việc cần xem lại được in nghiêng: hãy kiểm tra ngày và đánh dấu đã xem lại trong hộp thoại sửa.</translation>
    </message>
    <message>
      <source>New plan not made</source>
      <translation>Chưa lập được kế hoạch mới</translation>
    </message>
    <message>
      <source>There is no earlier school year to copy: start from the template.</source>
      <translation>Không có năm học trước để sao chép: hãy bắt đầu từ kế hoạch mẫu.</translation>
    </message>
  </context>
  <context>
    <name>CalendarModel</name>
    <message>
      <source>Monday</source>
      <translation>Thứ Hai</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Thứ Ba</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Thứ Tư</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Thứ Năm</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Thứ Sáu</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Thứ Bảy</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Chủ nhật</translation>
    </message>
    <message>
      <source>Week %1</source>
      <translation>Tuần %1</translation>
    </message>
    <message>
      <source>(%1 lunar)</source>
      <translation>(%1 ÂL)</translation>
    </message>
    <message>
      <source>⏰ due: %1</source>
      <translation>⏰ hạn: %1</translation>
    </message>
    <message>
      <source>… %1 more</source>
      <translation>… thêm %1 việc</translation>
    </message>
  </context>
  <context>
    <name>ItemDialog</name>
    <message>
      <source>Edit item</source>
      <translation>Sửa công việc</translation>
    </message>
    <message>
      <source>New item</source>
      <translation>Thêm công việc</translation>
    </message>
    <message>
      <source>e.g. Health check for all children</source>
      <translation>vd. Khám sức khỏe định kỳ cho trẻ</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <source>Class %1</source>
      <translation>Lớp %1</translation>
    </message>
    <message>
      <source>Others, separated by ';' (e.g. Hội phụ nữ xã)</source>
      <translation>Người/bộ phận khác, cách nhau bởi ';' (vd. Hội phụ nữ xã)</translation>
    </message>
    <message>
      <source>To review (copied from last year or from the template)</source>
      <translation>Cần xem lại (sao chép từ năm trước hoặc từ mẫu)</translation>
    </message>
    <message>
      <source>same weekday of the same week</source>
      <translation>cùng thứ trong cùng tuần</translation>
    </message>
    <message>
      <source>same day and month (e.g. 20/11)</source>
      <translation>giữ nguyên ngày tháng (vd. 20/11)</translation>
    </message>
    <message>
      <source>same lunar date (e.g. Mid-Autumn)</source>
      <translation>giữ nguyên ngày âm lịch (vd. Trung thu)</translation>
    </message>
    <message>
      <source>&amp;Work:</source>
      <translation>&amp;Nội dung:</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>&amp;Tháng:</translation>
    </message>
    <message>
      <source>W&amp;eek:</source>
      <translation>T&amp;uần:</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>Thời gian:</translation>
    </message>
    <message>
      <source>Deadline:</source>
      <translation>Hạn hoàn thành:</translation>
    </message>
    <message>
      <source>&amp;Responsible:</source>
      <translation>&amp;Phụ trách:</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
      <source>Next year:</source>
      <translation>Sang năm sau:</translation>
    </message>
    <message>
      <source>Item not saved</source>
      <translation>Chưa lưu được công việc</translation>
    </message>
  </context>
  <context>
    <name>RecurringDialog</name>
    <message>
      <source>Recurring items — school year %1</source>
      <translation>Việc hằng tháng — năm học %1</translation>
    </message>
    <message>
      <source>e.g. Ban giám hiệu; Công đoàn</source>
      <translation>vd. Ban giám hiệu; Công đoàn</translation>
    </message>
    <message>
      <source>&amp;Work:</source>
      <translation>&amp;Nội dung:</translation>
    </message>
    <message>
      <source>&amp;Responsible:</source>
      <translation>&amp;Phụ trách:</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
      <source>Shown in:</source>
      <translation>Có trong các tháng:</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>Thêm &amp;mới</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lưu</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Recurring item not saved</source>
      <translation>Chưa lưu được công việc hằng tháng</translation>
    </message>
    <message>
      <source>Delete recurring item</source>
      <translation>Xóa việc hằng tháng</translation>
    </message>
    <message>
      <source>Delete “%1” from every month? You can undo it with Ctrl+Z.</source>
      <translation>Xóa “%1” khỏi mọi tháng? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <source>“%1” not deleted</source>
      <translation>Chưa xóa được “%1”</translation>
    </message>
  </context>
</TS>