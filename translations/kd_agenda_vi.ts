<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgendaCommands</name>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/commands.py" line="21"/>
        <source>add “%1”</source>
        <translation>thêm “%1”</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/commands.py" line="40"/>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/commands.py" line="62"/>
        <location filename="../kindergarten_desktop/ui/agenda/commands.py" line="76"/>
        <source>delete “%1”</source>
        <translation>xóa “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaItemsModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="34"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="34"/>
        <source>Work</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="34"/>
        <source>Date</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="34"/>
        <source>Responsible</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="34"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="35"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="67"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="73"/>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="97"/>
        <source>Shown every month; edit it with “Recurring items…”</source>
        <translation>Có trong mọi tháng; sửa bằng nút “Việc hằng tháng…”</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/items_model.py" line="99"/>
        <source>To review: copied from last year or from the template</source>
        <translation>Cần xem lại: sao chép từ năm trước hoặc từ mẫu</translation>
    </message>
</context>
<context>
    <name>AgendaLabels</name>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="17"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="18"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="19"/>
        <source>Postponed</source>
        <translation>Tạm hoãn</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="20"/>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="26"/>
        <source>Whole month</source>
        <translation>Cả tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="27"/>
        <source>Week %1</source>
        <translation>Tuần %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="31"/>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="37"/>
        <source>Work</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="38"/>
        <source>Date</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="39"/>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="40"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="41"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="42"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="43"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="44"/>
        <source>Months</source>
        <translation>Các tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="45"/>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="52"/>
        <source>the work to do must be written</source>
        <translation>phải ghi nội dung công việc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="53"/>
        <source>it is outside the school year</source>
        <translation>nằm ngoài năm học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="54"/>
        <source>an end date needs a start date</source>
        <translation>có ngày kết thúc thì phải có ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="55"/>
        <source>the end date is before the start date</source>
        <translation>ngày kết thúc trước ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="56"/>
        <source>the deadline is before the start date</source>
        <translation>hạn hoàn thành trước ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="57"/>
        <source>the week must be 1 to 5</source>
        <translation>tuần phải từ 1 đến 5</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="58"/>
        <source>a dated item stays in the week of its date; change its date instead</source>
        <translation>việc đã có ngày thì thuộc tuần của ngày đó; hãy đổi ngày</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="60"/>
        <source>this school year already has a plan</source>
        <translation>năm học này đã có kế hoạch</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="61"/>
        <source>the previous school year has no plan to copy</source>
        <translation>năm học trước chưa có kế hoạch để sao chép</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="62"/>
        <source>a plan cannot be copied onto itself</source>
        <translation>không thể sao chép kế hoạch vào chính nó</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="63"/>
        <source>the item no longer exists</source>
        <translation>công việc không còn nữa</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/labels.py" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="78"/>
        <source>&amp;List</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="79"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="84"/>
        <source>Previous month (Ctrl+PgUp)</source>
        <translation>Tháng trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="87"/>
        <source>Next month (Ctrl+PgDown)</source>
        <translation>Tháng sau (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="90"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="90"/>
        <source>Add an item to this month (Insert)</source>
        <translation>Thêm công việc vào tháng này (Insert)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="92"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="92"/>
        <source>Edit the chosen item (Enter)</source>
        <translation>Sửa công việc đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="94"/>
        <source>Mark d&amp;one</source>
        <translation>Đánh dấu đã &amp;xong</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="94"/>
        <source>Mark the chosen item done (Ctrl+D)</source>
        <translation>Đánh dấu công việc đang chọn đã xong (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="96"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="96"/>
        <source>Delete the chosen item (Delete)</source>
        <translation>Xóa công việc đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="98"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="98"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Chuyển lên (Ctrl+Mũi tên lên)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="100"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="100"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Chuyển xuống (Ctrl+Mũi tên xuống)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="103"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="105"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="113"/>
        <source>&amp;Recurring items…</source>
        <translation>Việc &amp;hằng tháng…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="113"/>
        <source>Items shown in every month</source>
        <translation>Những việc có trong mọi tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="116"/>
        <source>Copy last year&apos;s plan</source>
        <translation>Sao chép kế hoạch năm học trước</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="118"/>
        <source>Start from the template</source>
        <translation>Bắt đầu từ kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="121"/>
        <source>New year&apos;s plan</source>
        <translation>Kế hoạch năm học mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="127"/>
        <source>Print this month&apos;s agenda (PDF)</source>
        <translation>In kế hoạch tháng này (PDF)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="128"/>
        <source>Save this month&apos;s agenda as PDF or Excel…</source>
        <translation>Lưu kế hoạch tháng này (PDF hoặc Excel)…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="129"/>
        <source>Save the whole year&apos;s plan as PDF or Excel…</source>
        <translation>Lưu kế hoạch cả năm học (PDF hoặc Excel)…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="137"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="199"/>
        <source>No school year yet: choose or create one in File › School settings…</source>
        <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="207"/>
        <source>%1: %2 items, %3 done</source>
        <translation>%1: %2 công việc, %3 đã xong</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="210"/>
        <source>%1 to review (in italics)</source>
        <translation>%1 việc cần xem lại (in nghiêng)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="212"/>
        <source>This school year has no plan yet: use “New year&apos;s plan” to start from last year&apos;s plan or from the template.</source>
        <translation>Năm học này chưa có kế hoạch: dùng nút “Kế hoạch năm học mới” để sao chép từ năm trước hoặc từ kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="290"/>
        <source>Delete item</source>
        <translation>Xóa công việc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="291"/>
        <source>Delete “%1”?

You can undo it with Ctrl+Z while the program stays open.</source>
        <translation>Xóa “%1”?

Có thể hoàn tác bằng Ctrl+Z khi chương trình còn mở.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="298"/>
        <source>Not possible</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="355"/>
        <source>Replace the plan</source>
        <translation>Thay kế hoạch</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="356"/>
        <source>The school year %1 already has a plan. Replace it? Its items will be deleted and this cannot be undone.</source>
        <translation>Năm học %1 đã có kế hoạch. Thay thế? Các công việc hiện có sẽ bị xóa và không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="365"/>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="384"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="366"/>
        <source>%1 items were added. Items to review are shown in italics: check their dates and mark them reviewed in the item dialog.</source>
        <translation>Đã thêm %1 công việc. Các việc cần xem lại được in nghiêng: hãy kiểm tra ngày và đánh dấu đã xem lại trong hộp thoại sửa.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="385"/>
        <source>There is no earlier school year to copy: start from the template.</source>
        <translation>Không có năm học trước để sao chép: hãy bắt đầu từ kế hoạch mẫu.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="45"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="45"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="45"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="45"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="46"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="46"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="46"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="51"/>
        <source>Week %1</source>
        <translation>Tuần %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="55"/>
        <source>(%1 lunar)</source>
        <translation>(%1 ÂL)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="64"/>
        <source>⏰ due: %1</source>
        <translation>⏰ hạn: %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/calendar_view.py" line="78"/>
        <source>… %1 more</source>
        <translation>… thêm %1 việc</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="69"/>
        <source>Edit item</source>
        <translation>Sửa công việc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="69"/>
        <source>New item</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="75"/>
        <source>e.g. Health check for all children</source>
        <translation>vd. Khám sức khỏe định kỳ cho trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="83"/>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="84"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="85"/>
        <source>Due by</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="93"/>
        <source>Class %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="95"/>
        <source>Others, separated by &apos;;&apos; (e.g. Hội phụ nữ xã)</source>
        <translation>Người/bộ phận khác, cách nhau bởi &apos;;&apos; (vd. Hội phụ nữ xã)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="100"/>
        <source>To review (copied from last year or from the template)</source>
        <translation>Cần xem lại (sao chép từ năm trước hoặc từ mẫu)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="102"/>
        <source>same weekday of the same week</source>
        <translation>cùng thứ trong cùng tuần</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="103"/>
        <source>same day and month (e.g. 20/11)</source>
        <translation>giữ nguyên ngày tháng (vd. 20/11)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="104"/>
        <source>same lunar date (e.g. Mid-Autumn)</source>
        <translation>giữ nguyên ngày âm lịch (vd. Trung thu)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="110"/>
        <source>&amp;Work:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="111"/>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="112"/>
        <source>W&amp;eek:</source>
        <translation>T&amp;uần:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="116"/>
        <source>Dates:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="117"/>
        <source>Deadline:</source>
        <translation>Hạn hoàn thành:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="118"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Phụ trách:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="120"/>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="121"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/item_dialog.py" line="122"/>
        <source>Next year:</source>
        <translation>Sang năm sau:</translation>
    </message>
</context>
<context>
    <name>RecurringDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="43"/>
        <source>Recurring items — school year %1</source>
        <translation>Việc hằng tháng — năm học %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="54"/>
        <source>e.g. Ban giám hiệu; Công đoàn</source>
        <translation>vd. Ban giám hiệu; Công đoàn</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="65"/>
        <source>&amp;Work:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="66"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Phụ trách:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="67"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="68"/>
        <source>Shown in:</source>
        <translation>Có trong các tháng:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="69"/>
        <source>&amp;New</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="70"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="166"/>
        <source>Delete recurring item</source>
        <translation>Xóa việc hằng tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/agenda/recurring_dialog.py" line="167"/>
        <source>Delete “%1” from every month? You can undo it with Ctrl+Z.</source>
        <translation>Xóa “%1” khỏi mọi tháng? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
</TS>
