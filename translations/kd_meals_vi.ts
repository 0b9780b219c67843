<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AdjustDialog</name>
    <message>
      <source>Correct</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <source>Cancel the entry</source>
      <translation>Hủy dòng này</translation>
    </message>
    <message>
      <source>&amp;Action:</source>
      <translation>&amp;Thao tác:</translation>
    </message>
    <message>
      <source>&amp;Quantity:</source>
      <translation>&amp;Số lượng:</translation>
    </message>
    <message>
      <source>Unit &amp;price:</source>
      <translation>Đơn &amp;giá:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <source>&amp;By:</source>
      <translation>&amp;Người thực hiện:</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancelled &amp;by:</source>
      <translation>&amp;Người hủy:</translation>
    </message>
    <message>
      <source>e.g. wrong amount, written again as no. …</source>
      <translation>vd. ghi sai số tiền, đã lập lại phiếu số …</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <source>Cancel the voucher</source>
      <translation>Hủy phiếu</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Giữ lại</translation>
    </message>
  </context>
  <context>
    <name>ChildChoice</name>
    <message>
      <source>born %1</source>
      <translation>sinh ngày %1</translation>
    </message>
  </context>
  <context>
    <name>CountPage</name>
    <message>
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Hôm nay</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Độ tuổi</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Sĩ số</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Vắng</translation>
    </message>
    <message>
      <source>Not marked</source>
      <translation>Chưa điểm danh</translation>
    </message>
    <message>
      <source>Eating</source>
      <translation>Ăn</translation>
    </message>
    <message>
      <source>To cook</source>
      <translation>Suất nấu</translation>
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
      <source>Child</source>
      <translation>Trẻ</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <source>Eats</source>
      <translation>Ăn</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <source>Meal change</source>
      <translation>Thay đổi báo ăn</translation>
    </message>
    <message>
      <source>Staff meals</source>
      <translation>Suất ăn cán bộ, giáo viên</translation>
    </message>
    <message>
      <source>&amp;Staff eating:</source>
      <translation>&amp;Số suất:</translation>
    </message>
    <message>
      <source>Save staff meals</source>
      <translation>Lưu suất ăn cán bộ</translation>
    </message>
    <message>
      <source>Enter in the number also saves</source>
      <translation>Nhấn Enter trong ô số cũng lưu</translation>
    </message>
    <message>
      <source>Change one child's meal</source>
      <translation>Báo ăn riêng cho một trẻ</translation>
    </message>
    <message>
      <source>&amp;Child:</source>
      <translation>T&amp;rẻ:</translation>
    </message>
    <message>
      <source>R&amp;eason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <source>Does not eat (reported absent, left before lunch)</source>
      <translation>Không ăn (đã báo nghỉ, về trước bữa trưa)</translation>
    </message>
    <message>
      <source>Eats (though not marked present)</source>
      <translation>Có ăn (dù chưa điểm danh có mặt)</translation>
    </message>
    <message>
      <source>Follow attendance (remove the change)</source>
      <translation>Theo điểm danh (bỏ báo riêng)</translation>
    </message>
    <message>
      <source>&amp;Meal:</source>
      <translation>Bữ&amp;a ăn:</translation>
    </message>
    <message>
      <source>e.g. parent phoned at 7:30</source>
      <translation>vd. phụ huynh gọi điện lúc 7 giờ 30</translation>
    </message>
    <message>
      <source>Save the change</source>
      <translation>Lưu báo ăn</translation>
    </message>
    <message>
      <source>Enter in the reason also saves</source>
      <translation>Nhấn Enter trong ô lý do cũng lưu</translation>
    </message>
    <message>
      <source>%1 is not a school day: no meals.</source>
      <translation>Ngày %1 không phải ngày học: không nấu ăn.</translation>
    </message>
    <message>
      <source>To cook on %1: %2 meals</source>
      <translation>Báo ăn ngày %1: %2 suất</translation>
    </message>
    <message>
      <source>%1 children eating, %2 not marked yet, %3 staff</source>
      <translation>%1 trẻ ăn, %2 trẻ chưa điểm danh, %3 suất cán bộ</translation>
    </message>
    <message>
      <source>No class has children on this day yet: create the classes and enrol the children on the Class lists tab.</source>
      <translation>Chưa có lớp nào có trẻ vào ngày này: hãy tạo lớp và nhập trẻ ở thẻ “Danh sách lớp”.</translation>
    </message>
    <message>
      <source>The books of %1 are closed: this day's meals can no longer change (reopen the month on the Monthly ledger page to correct them).</source>
      <translation>Sổ tháng %1 đã khóa: không thể thay đổi báo ăn của ngày này nữa (muốn sửa, mở lại tháng ở trang Sổ tiền ăn tháng).</translation>
    </message>
    <message>
      <source>%1 meal changes recorded for this day</source>
      <translation>Ngày này có %1 trẻ báo ăn riêng</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <source>Staff meals not saved</source>
      <translation>Chưa lưu được suất ăn cán bộ</translation>
    </message>
    <message>
      <source>Change not saved</source>
      <translation>Chưa lưu được báo ăn</translation>
    </message>
    <message>
      <source>Child: “%1” is not in the list of this class; choose a name from the list (click a class in the table to list its children).</source>
      <translation>Trẻ: “%1” không có trong danh sách của lớp; hãy chọn tên trong danh sách (bấm vào một lớp trong bảng để hiện danh sách trẻ của lớp).</translation>
    </message>
  </context>
  <context>
    <name>DiscountsPage</name>
    <message>
      <source>&amp;Month:</source>
      <translation>T&amp;háng:</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Trẻ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Every month</source>
      <translation>Hằng tháng</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Một tháng</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Đến</translation>
    </message>
    <message>
      <source>until ended</source>
      <translation>đến khi thôi</translation>
    </message>
    <message>
      <source>Per month</source>
      <translation>Mỗi tháng</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Miễn giảm</translation>
    </message>
    <message>
      <source>&amp;Child:</source>
      <translation>T&amp;rẻ:</translation>
    </message>
    <message>
      <source>Amount &amp;per month:</source>
      <translation>&amp;Số tiền mỗi tháng:</translation>
    </message>
    <message>
      <source>R&amp;eason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <source>Remo&amp;ve…</source>
      <translation>&amp;Xóa…</translation>
    </message>
    <message>
      <source>e.g. 50.000</source>
      <translation>ví dụ 50.000</translation>
    </message>
    <message>
      <source>e.g. Con giáo viên trong trường</source>
      <translation>ví dụ Con giáo viên trong trường</translation>
    </message>
    <message>
      <source>Every month from this month on (standing discount)</source>
      <translation>Hằng tháng, từ tháng này trở đi (miễn giảm thường xuyên)</translation>
    </message>
    <message>
      <source>Until the month of:</source>
      <translation>Đến hết tháng:</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>Thê&amp;m</translation>
    </message>
    <message>
      <source>&amp;Save changes</source>
      <translation>Lưu tha&amp;y đổi</translation>
    </message>
    <message>
      <source>Discount not saved</source>
      <translation>Chưa lưu được khoản miễn giảm</translation>
    </message>
    <message>
      <source>Child: “%1” has nothing in this month's ledger; choose a name from the list.</source>
      <translation>Trẻ: “%1” không có trong sổ tiền ăn tháng này; hãy chọn tên trong danh sách.</translation>
    </message>
    <message>
      <source>Remove the standing discount of %1 in every month from %2?</source>
      <translation>Xóa khoản miễn giảm thường xuyên của %1 ở mọi tháng từ %2?</translation>
    </message>
    <message>
      <source>Remove the discount of %1 for %2?</source>
      <translation>Xóa khoản miễn giảm của %1 tháng %2?</translation>
    </message>
    <message>
      <source>Remove discount</source>
      <translation>Xóa miễn giảm</translation>
    </message>
    <message>
      <source>Discount not removed</source>
      <translation>Chưa xóa được khoản miễn giảm</translation>
    </message>
  </context>
  <context>
    <name>LedgerPage</name>
    <message>
      <source>&amp;Month:</source>
      <translation>T&amp;háng:</translation>
    </message>
    <message>
      <source>Cl&amp;ass:</source>
      <translation>&amp;Lớp:</translation>
    </message>
    <message>
      <source>Find a child (accents optional)</source>
      <translation>Tìm trẻ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Meals</source>
      <translation>Tiền ăn</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Trả lại</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Miễn giảm</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Còn phải
nộp</translation>
    </message>
    <message>
      <source>Previous
balance</source>
      <translation>Nợ tháng
trước</translation>
    </message>
    <message>
      <source>Days
eaten</source>
      <translation>Số ngày
ăn</translation>
    </message>
    <message>
      <source>Days
× rate</source>
      <translation>Ngày ×
đơn giá</translation>
    </message>
    <message>
      <source>Monthly
fees</source>
      <translation>Khoản thu
tháng</translation>
    </message>
    <message>
      <source>Lunch
support</source>
      <translation>Hỗ trợ
ăn trưa</translation>
    </message>
    <message>
      <source>Decree 105</source>
      <translation>NĐ 105</translation>
    </message>
    <message>
      <source>Support and discount
reasons</source>
      <translation>Lý do hỗ trợ,
miễn giảm</translation>
    </message>
    <message>
      <source>&amp;Close this month…</source>
      <translation>Khóa &amp;sổ tháng này…</translation>
    </message>
    <message>
      <source>Re&amp;open this month…</source>
      <translation>&amp;Mở lại tháng này…</translation>
    </message>
    <message>
      <source>Whole school</source>
      <translation>Toàn trường</translation>
    </message>
    <message>
      <source>%1 children · %2 school days · meals %3 · fees %4 · refunds %5 · lunch support %6 · paid %7 · still owed %8</source>
      <translation>%1 trẻ · %2 ngày học · tiền ăn %3 · khoản thu %4 · trả lại %5 · hỗ trợ ăn trưa %6 · đã nộp %7 · còn nợ %8</translation>
    </message>
    <message>
      <source>nursery</source>
      <translation>nhà trẻ</translation>
    </message>
    <message>
      <source>kindergarten</source>
      <translation>mẫu giáo</translation>
    </message>
    <message>
      <source>No daily meal rate (%1) is set for some school days of this month: %2 children's meals are not charged yet. Set the rate on the “Rates and rules” page before printing notices or closing the month.</source>
      <translation>Chưa có định mức tiền ăn một ngày (%1) cho một số ngày học của tháng này: tiền ăn của %2 trẻ chưa được tính. Hãy nhập định mức ở trang “Định mức và quy định” trước khi in thông báo hoặc khóa sổ tháng.</translation>
    </message>
    <message>
      <source>pay in advance</source>
      <translation>thu trước</translation>
    </message>
    <message>
      <source>pay after</source>
      <translation>thu sau</translation>
    </message>
    <message>
      <source>This month is closed%1: its amounts can no longer change.</source>
      <translation>Tháng này đã khóa sổ%1: số liệu không thể thay đổi.</translation>
    </message>
    <message>
      <source>This month is open (%1).</source>
      <translation>Tháng này đang mở (%1).</translation>
    </message>
    <message>
      <source>Your name (kept in the closing history):</source>
      <translation>Họ tên người thực hiện (ghi vào lịch sử khóa sổ):</translation>
    </message>
    <message>
      <source>Close the month</source>
      <translation>Khóa sổ tháng</translation>
    </message>
    <message>
      <source>Close month %1? Its meals, receipts, purchases and attendance can no longer change; only the principal can reopen it.</source>
      <translation>Khóa sổ tháng %1? Sau khi khóa, tiền ăn, phiếu thu, đi chợ và điểm danh của tháng không sửa được nữa; chỉ hiệu trưởng mở lại được.</translation>
    </message>
    <message>
      <source>Close month %1/%2</source>
      <translation>Khóa sổ tháng %1/%2</translation>
    </message>
    <message>
      <source>Month not closed</source>
      <translation>Chưa khóa sổ được</translation>
    </message>
    <message>
      <source>Reopen the month</source>
      <translation>Mở lại sổ tháng</translation>
    </message>
    <message>
      <source>Reopening lets the month's payments, purchases and meals be changed again. Continue?</source>
      <translation>Mở lại sổ sẽ cho phép sửa các khoản thu, chi chợ và báo ăn của tháng. Tiếp tục?</translation>
    </message>
    <message>
      <source>Reopen month %1/%2</source>
      <translation>Mở lại sổ tháng %1/%2</translation>
    </message>
    <message>
      <source>Month not reopened</source>
      <translation>Chưa mở lại được sổ</translation>
    </message>
  </context>
  <context>
    <name>MarketPage</name>
    <message>
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>New purchase</source>
      <translation>Nhập chi chợ</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị</translation>
    </message>
    <message>
      <source>Unit price (đ)</source>
      <translation>Đơn giá (đ)</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Nhà cung cấp</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>T&amp;hêm</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>Đơn giá</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Điều chỉnh</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>đã điều chỉnh</translation>
    </message>
    <message>
      <source>Correct or cancel the selected purchase…</source>
      <translation>Sửa hoặc hủy dòng mua đã chọn…</translation>
    </message>
    <message>
      <source>Menu of the day</source>
      <translation>Thực đơn trong ngày</translation>
    </message>
    <message>
      <source>&amp;Breakfast:</source>
      <translation>Bữa &amp;sáng:</translation>
    </message>
    <message>
      <source>L&amp;unch:</source>
      <translation>Bữa t&amp;rưa:</translation>
    </message>
    <message>
      <source>Afternoon &amp;snack:</source>
      <translation>Bữa &amp;chiều:</translation>
    </message>
    <message>
      <source>Save the menu</source>
      <translation>Lưu thực đơn</translation>
    </message>
    <message>
      <source>Store (dry goods)</source>
      <translation>Kho (hàng khô)</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>Tồn kho</translation>
    </message>
    <message>
      <source>Used today</source>
      <translation>Xuất trong ngày</translation>
    </message>
    <message>
      <source>Quantity used</source>
      <translation>Số lượng xuất</translation>
    </message>
    <message>
      <source>&amp;Take out</source>
      <translation>&amp;Xuất kho</translation>
    </message>
    <message>
      <source>Record what the kitchen takes out of the store on the chosen day</source>
      <translation>Ghi số lượng nhà bếp xuất kho trong ngày đã chọn</translation>
    </message>
    <message>
      <source>Keep the item being bought in the store</source>
      <translation>Đưa thực phẩm đang mua vào theo dõi kho</translation>
    </message>
    <message>
      <source>Its purchases then count as stock in</source>
      <translation>Khi đó mỗi lần mua thực phẩm này được tính là nhập kho</translation>
    </message>
    <message>
      <source>%1 is not a school day.</source>
      <translation>Ngày %1 không phải ngày học.</translation>
    </message>
    <message>
      <source>Food money in: &lt;b&gt;%1&lt;/b&gt; (%2 children, %3 staff) · spent: &lt;b&gt;%4&lt;/b&gt; · day's balance: &lt;b&gt;%5&lt;/b&gt; · carried in: %6 · carried forward: &lt;b&gt;%7&lt;/b&gt;</source>
      <translation>Tiền ăn thu vào: &lt;b&gt;%1&lt;/b&gt; (%2 trẻ, %3 cán bộ) · đã chi: &lt;b&gt;%4&lt;/b&gt; · chênh lệch trong ngày: &lt;b&gt;%5&lt;/b&gt; · tồn đầu ngày: %6 · tồn chuyển sang: &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
      <source>No daily meal rate covers the meals of %1 school day(s) up to this day (first: %2): they count 0 ₫ of food money here. Set the rate on the Rates and rules page.</source>
      <translation>Chưa có định mức tiền ăn cho suất ăn của %1 ngày học tính đến ngày này (ngày đầu tiên: %2): các suất này đang được tính 0 ₫ tiền ăn. Hãy nhập định mức ở trang Định mức và quy định.</translation>
    </message>
    <message>
      <source>Stock use not saved</source>
      <translation>Chưa lưu được phiếu xuất kho</translation>
    </message>
    <message>
      <source>Item not added to the store</source>
      <translation>Chưa đưa được thực phẩm vào kho</translation>
    </message>
    <message>
      <source>Purchase not saved</source>
      <translation>Chưa lưu được khoản chi chợ</translation>
    </message>
    <message>
      <source>Correct or cancel a purchase</source>
      <translation>Sửa hoặc hủy dòng mua hàng</translation>
    </message>
    <message>
      <source>%1: %2 %3 at %4 = %5</source>
      <translation>%1: %2 %3 × %4 = %5</translation>
    </message>
    <message>
      <source>Purchase not changed</source>
      <translation>Chưa sửa được dòng mua hàng</translation>
    </message>
    <message>
      <source>Menu not saved</source>
      <translation>Chưa lưu được thực đơn</translation>
    </message>
  </context>
  <context>
    <name>MealsTab</name>
    <message>
      <source>Print kitchen slip</source>
      <translation>In phiếu báo ăn</translation>
    </message>
    <message>
      <source>The meal count of the day chosen on the Meal count page, for the kitchen</source>
      <translation>Số suất ăn của ngày chọn ở trang Báo ăn, gửi nhà bếp</translation>
    </message>
    <message>
      <source>Print meal ledger</source>
      <translation>In sổ tiền ăn</translation>
    </message>
    <message>
      <source>Print notices</source>
      <translation>In thông báo</translation>
    </message>
    <message>
      <source>Print receipts</source>
      <translation>In phiếu thu</translation>
    </message>
    <message>
      <source>Print market book</source>
      <translation>In sổ chợ</translation>
    </message>
    <message>
      <source>Print public posting</source>
      <translation>In công khai</translation>
    </message>
    <message>
      <source>Print lunch support list</source>
      <translation>In danh sách hỗ trợ ăn trưa</translation>
    </message>
    <message>
      <source>Decree 105 claim list of the payment round holding the month chosen on the Monthly ledger page (September–December or January–May)</source>
      <translation>Danh sách trẻ được hỗ trợ tiền ăn trưa theo Nghị định 105 của đợt chứa tháng chọn ở trang Sổ theo dõi tiền ăn (tháng 9–12 hoặc tháng 1–5)</translation>
    </message>
    <message>
      <source>Meals and fees</source>
      <translation>Tiền ăn bán trú</translation>
    </message>
    <message>
      <source>Some school days of this period have no daily meal rate yet, so their meals would print as 0 ₫. Set the rate on the “Rates and rules” page first.</source>
      <translation>Một số ngày học trong kỳ này chưa có đơn giá tiền ăn, nên suất ăn của những ngày đó sẽ in thành 0 ₫. Hãy nhập đơn giá ở trang “Định mức và quy định” trước.</translation>
    </message>
    <message>
      <source>The month and class chosen on the Monthly ledger page (Excel or PDF)</source>
      <translation>Tháng và lớp đang chọn ở trang Sổ tiền ăn tháng (Excel hoặc PDF)</translation>
    </message>
    <message>
      <source>Meal count</source>
      <translation>Báo ăn</translation>
    </message>
    <message>
      <source>Monthly ledger</source>
      <translation>Sổ tiền ăn tháng</translation>
    </message>
    <message>
      <source>Discounts</source>
      <translation>Miễn giảm</translation>
    </message>
    <message>
      <source>Receipts and debts</source>
      <translation>Thu tiền và công nợ</translation>
    </message>
    <message>
      <source>Market book and menu</source>
      <translation>Sổ chợ và thực đơn</translation>
    </message>
    <message>
      <source>Store and stock cards</source>
      <translation>Kho và thẻ kho</translation>
    </message>
    <message>
      <source>Rates and rules</source>
      <translation>Định mức và quy định</translation>
    </message>
    <message>
      <source>Meal-fee notices for the month and class chosen on the Monthly ledger page</source>
      <translation>Thông báo tiền ăn của tháng và lớp đang chọn ở trang Sổ tiền ăn tháng</translation>
    </message>
    <message>
      <source>A receipt for each payment of the month chosen on the Receipts page</source>
      <translation>Một phiếu thu cho mỗi lần nộp tiền trong tháng đang chọn ở trang Thu tiền và công nợ</translation>
    </message>
    <message>
      <source>The market book of the month of the day chosen on the Market book page</source>
      <translation>Sổ chợ của tháng chứa ngày đang chọn ở trang Sổ chợ và thực đơn</translation>
    </message>
    <message>
      <source>The day's public posting of meal finances (day chosen on the Market book page)</source>
      <translation>Công khai tài chính bữa ăn của ngày đang chọn ở trang Sổ chợ và thực đơn</translation>
    </message>
  </context>
  <context>
    <name>OpeningDialog</name>
    <message>
      <source>Opening balances of the books</source>
      <translation>Số dư đầu của sổ quỹ, sổ tiền gửi</translation>
    </message>
    <message>
      <source>The money in the safe (or in the bank account) at the start of the day the school starts keeping the book here. The book starts from it.</source>
      <translation>Số tiền có trong quỹ tiền mặt (hoặc trong tài khoản ngân hàng) vào đầu ngày trường bắt đầu ghi sổ trên phần mềm. Sổ được ghi tiếp từ số dư này.</translation>
    </message>
    <message>
      <source>Cash book</source>
      <translation>Sổ quỹ tiền mặt</translation>
    </message>
    <message>
      <source>Bank-transfer book</source>
      <translation>Sổ tiền gửi ngân hàng, kho bạc</translation>
    </message>
    <message>
      <source>&amp;Book:</source>
      <translation>&amp;Sổ:</translation>
    </message>
    <message>
      <source>Balance at the start of &amp;day:</source>
      <translation>Số dư đầu &amp;ngày:</translation>
    </message>
    <message>
      <source>whole đồng, e.g. 616.000</source>
      <translation>số đồng, vd. 616.000</translation>
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation>Số &amp;tiền:</translation>
    </message>
    <message>
      <source>e.g. counted on 08/09/2025, minutes no. 1</source>
      <translation>vd. kiểm kê quỹ ngày 08/09/2025, biên bản số 1</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <source>Opening balance not saved</source>
      <translation>Chưa lưu được số dư đầu</translation>
    </message>
    <message>
      <source>Opening balance not removed</source>
      <translation>Chưa xóa được số dư đầu</translation>
    </message>
  </context>
  <context>
    <name>PaymentsPage</name>
    <message>
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <source>Books and lists</source>
      <translation>Sổ sách và danh sách</translation>
    </message>
    <message>
      <source>Cash book of the month…</source>
      <translation>Sổ quỹ tiền mặt tháng…</translation>
    </message>
    <message>
      <source>Bank-transfer book of the month…</source>
      <translation>Sổ tiền gửi (chuyển khoản) tháng…</translation>
    </message>
    <message>
      <source>Receipts list of the month…</source>
      <translation>Bảng kê phiếu thu tháng…</translation>
    </message>
    <message>
      <source>Debt list…</source>
      <translation>Danh sách trẻ còn nợ…</translation>
    </message>
    <message>
      <source>Collection list per class…</source>
      <translation>Danh sách thu tiền theo lớp…</translation>
    </message>
    <message>
      <source>Cash book of the school year…</source>
      <translation>Sổ quỹ tiền mặt cả năm học…</translation>
    </message>
    <message>
      <source>Opening balances of the books…</source>
      <translation>Số dư đầu của sổ quỹ, sổ tiền gửi…</translation>
    </message>
    <message>
      <source>New receipt</source>
      <translation>Phiếu thu mới</translation>
    </message>
    <message>
      <source>Owes now:</source>
      <translation>Đang nợ:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>Ngà&amp;y:</translation>
    </message>
    <message>
      <source>whole đồng, e.g. 616.000</source>
      <translation>số đồng, vd. 616.000</translation>
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation>&amp;Số tiền:</translation>
    </message>
    <message>
      <source>e.g. 10/2025 or 10, 11/2025</source>
      <translation>vd. 10/2025 hoặc 10, 11/2025</translation>
    </message>
    <message>
      <source>For mon&amp;th(s):</source>
      <translation>Nộp ch&amp;o tháng:</translation>
    </message>
    <message>
      <source>&amp;Payer:</source>
      <translation>Người nộ&amp;p:</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tiền mặt</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Chuyển khoản</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>&amp;Hình thức:</translation>
    </message>
    <message>
      <source>Pri&amp;nt the receipt after saving (2 copies)</source>
      <translation>In phiếu thu ng&amp;ay sau khi lưu (2 liên)</translation>
    </message>
    <message>
      <source>&amp;Save receipt</source>
      <translation>&amp;Lưu phiếu thu</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Trẻ</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>CANCELLED: %1</source>
      <translation>ĐÃ HỦY: %1</translation>
    </message>
    <message>
      <source>Print the selected receipt</source>
      <translation>In phiếu thu đã chọn</translation>
    </message>
    <message>
      <source>Cancel the selected receipt…</source>
      <translation>Hủy phiếu thu đã chọn…</translation>
    </message>
    <message>
      <source>History of the selected receipt…</source>
      <translation>Lịch sử phiếu thu đang chọn…</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Số phiếu</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Cộng</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <source>Rec&amp;eipts of the month</source>
      <translation>Phiếu th&amp;u trong tháng</translation>
    </message>
    <message>
      <source>Totals per &amp;day</source>
      <translation>Tổng th&amp;eo ngày</translation>
    </message>
    <message>
      <source>Still &amp;owing</source>
      <translation>&amp;Danh sách còn nợ</translation>
    </message>
    <message>
      <source>New pa&amp;yout…</source>
      <translation>&amp;Lập phiếu chi…</translation>
    </message>
    <message>
      <source>Print the selected payout</source>
      <translation>In phiếu chi đã chọn</translation>
    </message>
    <message>
      <source>Cancel the selected payout…</source>
      <translation>Hủy phiếu chi đã chọn…</translation>
    </message>
    <message>
      <source>Pa&amp;youts</source>
      <translation>Phiếu &amp;chi</translation>
    </message>
    <message>
      <source>Month: cash %1, transfer %2, in all %3</source>
      <translation>Cả tháng: tiền mặt %1, chuyển khoản %2, tổng cộng %3</translation>
    </message>
    <message>
      <source>Ordered by “%1”, largest first; the same amount by name.</source>
      <translation>Xếp theo cột “%1”, số lớn trước; cùng số tiền thì theo tên.</translation>
    </message>
    <message>
      <source>Ordered by “%1”, smallest first; the same amount by name.</source>
      <translation>Xếp theo cột “%1”, số nhỏ trước; cùng số tiền thì theo tên.</translation>
    </message>
    <message>
      <source>Ordered by “%1”, largest first.</source>
      <translation>Xếp theo cột “%1”, số lớn trước.</translation>
    </message>
    <message>
      <source>Ordered by “%1”, smallest first.</source>
      <translation>Xếp theo cột “%1”, số nhỏ trước.</translation>
    </message>
    <message>
      <source>Ordered by “%1”, Z to A.</source>
      <translation>Xếp theo cột “%1”, từ Z đến A.</translation>
    </message>
    <message>
      <source>Ordered by “%1”, A to Z.</source>
      <translation>Xếp theo cột “%1”, từ A đến Z.</translation>
    </message>
    <message>
      <source>A click on a column's heading orders by it.</source>
      <translation>Bấm vào tên một cột để xếp theo cột đó.</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>không nợ</translation>
    </message>
    <message>
      <source>More than the debt</source>
      <translation>Nhiều hơn số nợ</translation>
    </message>
    <message>
      <source>Pay ahead</source>
      <translation>Thu trước</translation>
    </message>
    <message>
      <source>Change the amount</source>
      <translation>Sửa số tiền</translation>
    </message>
    <message>
      <source>Receipt not printed</source>
      <translation>Chưa in được phiếu thu</translation>
    </message>
    <message>
      <source>History of receipt no. %1</source>
      <translation>Lịch sử phiếu thu số %1</translation>
    </message>
    <message>
      <source>Cancel receipt</source>
      <translation>Hủy phiếu thu</translation>
    </message>
    <message>
      <source>Receipt no. %1 is already cancelled.</source>
      <translation>Phiếu thu số %1 đã bị hủy trước đó.</translation>
    </message>
    <message>
      <source>Receipt no. %1 (%2, %3) keeps its number and is printed “ĐÃ HỦY”; it no longer counts.</source>
      <translation>Phiếu thu số %1 (%2, %3) giữ nguyên số và được in “ĐÃ HỦY”; phiếu không còn được tính tiền.</translation>
    </message>
    <message>
      <source>Receipt not cancelled</source>
      <translation>Chưa hủy được phiếu thu</translation>
    </message>
    <message>
      <source>Cancel payout</source>
      <translation>Hủy phiếu chi</translation>
    </message>
    <message>
      <source>Payout no. %1 (%2, %3)</source>
      <translation>Phiếu chi số %1 (%2, %3)</translation>
    </message>
    <message>
      <source>Payout not cancelled</source>
      <translation>Chưa hủy được phiếu chi</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <source>&amp;Child:</source>
      <translation>T&amp;rẻ:</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Chuyển khoản</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Owed from
earlier months</source>
      <translation>Nợ các
tháng trước</translation>
    </message>
    <message>
      <source>Due
this month</source>
      <translation>Phải nộp
tháng này</translation>
    </message>
    <message>
      <source>Total
due</source>
      <translation>Tổng
phải nộp</translation>
    </message>
    <message>
      <source>Owes</source>
      <translation>Còn nợ</translation>
    </message>
    <message>
      <source>Paid to</source>
      <translation>Người nhận</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <source>%1 children owe %2 in all; %3 of them have not paid earlier months (%4)</source>
      <translation>%1 trẻ còn nợ, tổng %2; trong đó %3 trẻ chưa nộp các tháng trước (%4)</translation>
    </message>
    <message>
      <source>nothing (credit %1)</source>
      <translation>không nợ (thừa %1)</translation>
    </message>
    <message>
      <source>Receipt not saved</source>
      <translation>Chưa lưu được phiếu thu</translation>
    </message>
    <message>
      <source>Choose the child first.</source>
      <translation>Hãy chọn trẻ trước.</translation>
    </message>
    <message>
      <source>Child: “%1” is not in the list; choose a name from the list.</source>
      <translation>Trẻ: “%1” không có trong danh sách; hãy chọn một tên trong danh sách.</translation>
    </message>
    <message>
      <source>Receipt no. %1 saved: %2</source>
      <translation>Đã lưu phiếu thu số %1: %2</translation>
    </message>
  </context>
  <context>
    <name>PayoutDialog</name>
    <message>
      <source>New payout (phiếu chi)</source>
      <translation>Lập phiếu chi</translation>
    </message>
    <message>
      <source>Refund of a child's credit</source>
      <translation>Hoàn trả tiền thừa của trẻ</translation>
    </message>
    <message>
      <source>Payment to a supplier</source>
      <translation>Trả tiền nhà cung cấp</translation>
    </message>
    <message>
      <source>Other expense</source>
      <translation>Chi khác</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>L&amp;oại chi:</translation>
    </message>
    <message>
      <source>credit %1</source>
      <translation>thừa %1</translation>
    </message>
    <message>
      <source>C&amp;hild:</source>
      <translation>&amp;Trẻ:</translation>
    </message>
    <message>
      <source>&amp;Supplier:</source>
      <translation>Nhà cung &amp;cấp:</translation>
    </message>
    <message>
      <source>Pa&amp;id to:</source>
      <translation>Người &amp;nhận tiền:</translation>
    </message>
    <message>
      <source>A&amp;ddress:</source>
      <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <source>Da&amp;te:</source>
      <translation>N&amp;gày chi:</translation>
    </message>
    <message>
      <source>whole đồng, e.g. 616.000</source>
      <translation>số đồng, vd. 616.000</translation>
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation>&amp;Số tiền:</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Tiền mặt</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Chuyển khoản</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>&amp;Hình thức:</translation>
    </message>
    <message>
      <source>e.g. 2 invoices</source>
      <translation>vd. 2 hóa đơn</translation>
    </message>
    <message>
      <source>Attach&amp;ments:</source>
      <translation>&amp;Kèm theo:</translation>
    </message>
    <message>
      <source>&amp;Print the payout after saving</source>
      <translation>&amp;In phiếu chi ngay sau khi lưu</translation>
    </message>
    <message>
      <source>Payout not saved</source>
      <translation>Chưa lưu được phiếu chi</translation>
    </message>
  </context>
  <context>
    <name>RatesPage</name>
    <message>
      <source>Nursery</source>
      <translation>Nhà trẻ</translation>
    </message>
    <message>
      <source>Kindergarten</source>
      <translation>Mẫu giáo</translation>
    </message>
    <message>
      <source>All children</source>
      <translation>Toàn trường</translation>
    </message>
    <message>
      <source>&lt;b&gt;Daily meal rates&lt;/b&gt; (a new rate applies from its date on)</source>
      <translation>&lt;b&gt;Định mức tiền ăn một ngày&lt;/b&gt; (mức mới áp dụng từ ngày ghi)</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Đối tượng</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Fuel</source>
      <translation>Chất đốt</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <source>Daily rate</source>
      <translation>Mức một ngày</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>New rate</source>
      <translation>Định mức mới</translation>
    </message>
    <message>
      <source>e.g. 25.000</source>
      <translation>vd. 25.000</translation>
    </message>
    <message>
      <source>F&amp;or:</source>
      <translation>Đố&amp;i tượng:</translation>
    </message>
    <message>
      <source>From d&amp;ate:</source>
      <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
      <source>Foo&amp;d (đ/day):</source>
      <translation>Thực &amp;phẩm (đ/ngày):</translation>
    </message>
    <message>
      <source>F&amp;uel (đ/day):</source>
      <translation>&amp;Chất đốt (đ/ngày):</translation>
    </message>
    <message>
      <source>O&amp;ther (đ/day):</source>
      <translation>&amp;Khác (đ/ngày):</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>G&amp;hi chú:</translation>
    </message>
    <message>
      <source>Save the rate</source>
      <translation>Lưu định mức</translation>
    </message>
    <message>
      <source>Collection and refunds</source>
      <translation>Cách thu và trả lại</translation>
    </message>
    <message>
      <source>Pay in advance: the month's school days, unused days refunded</source>
      <translation>Thu trước: theo số ngày học của tháng, trả lại ngày nghỉ</translation>
    </message>
    <message>
      <source>Pay after: the days eaten</source>
      <translation>Thu sau: theo số ngày thực ăn</translation>
    </message>
    <message>
      <source>Collection:</source>
      <translation>Cách thu:</translation>
    </message>
    <message>
      <source>Excused absences only</source>
      <translation>Chỉ ngày nghỉ có phép</translation>
    </message>
    <message>
      <source>All absences</source>
      <translation>Mọi ngày nghỉ</translation>
    </message>
    <message>
      <source>Refunded absences:</source>
      <translation>Ngày nghỉ được trả:</translation>
    </message>
    <message>
      <source>Food money only</source>
      <translation>Chỉ tiền thực phẩm</translation>
    </message>
    <message>
      <source>The whole daily rate</source>
      <translation>Toàn bộ mức một ngày</translation>
    </message>
    <message>
      <source>Refunded part:</source>
      <translation>Phần được trả:</translation>
    </message>
    <message>
      <source>empty when the school uses no receipt book</source>
      <translation>để trống nếu trường không dùng quyển phiếu thu</translation>
    </message>
    <message>
      <source>Receipt boo&amp;k no.:</source>
      <translation>&amp;Quyển số phiếu thu:</translation>
    </message>
    <message>
      <source>Save the rules</source>
      <translation>Lưu quy định</translation>
    </message>
    <message>
      <source>Changing the rules changes the open months only.</source>
      <translation>Thay đổi quy định chỉ ảnh hưởng các tháng chưa khóa sổ.</translation>
    </message>
    <message>
      <source>Monthly fees (drinking water, care …)</source>
      <translation>Khoản thu hằng tháng (nước uống, chăm sóc bán trú …)</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Khoản thu</translation>
    </message>
    <message>
      <source>Per month</source>
      <translation>Mỗi tháng</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Cách thu</translation>
    </message>
    <message>
      <source>if enrolled</source>
      <translation>theo tháng học</translation>
    </message>
    <message>
      <source>if the child ate</source>
      <translation>khi trẻ có ăn</translation>
    </message>
    <message>
      <source>e.g. Nước uống</source>
      <translation>vd. Nước uống</translation>
    </message>
    <message>
      <source>Fee na&amp;me:</source>
      <translation>Tên kh&amp;oản thu:</translation>
    </message>
    <message>
      <source>Amount &amp;per month:</source>
      <translation>Số tiền &amp;mỗi tháng:</translation>
    </message>
    <message>
      <source>From dat&amp;e:</source>
      <translation>Áp &amp;dụng từ ngày:</translation>
    </message>
    <message>
      <source>From month:</source>
      <translation>Từ tháng:</translation>
    </message>
    <message>
      <source>Every month enrolled</source>
      <translation>Mọi tháng trẻ đi học</translation>
    </message>
    <message>
      <source>Only months with meals eaten</source>
      <translation>Chỉ tháng trẻ có ăn</translation>
    </message>
    <message>
      <source>Charged:</source>
      <translation>Cách thu:</translation>
    </message>
    <message>
      <source>Save the fee</source>
      <translation>Lưu khoản thu</translation>
    </message>
    <message>
      <source>State lunch support (Decree 105/2020)</source>
      <translation>Hỗ trợ tiền ăn trưa (Nghị định 105/2020)</translation>
    </message>
    <message>
      <source>Kindergarten-age children (never nursery) with a circumstance of art. 7 (poor or near-poor household, disadvantaged commune, no carer, child of a martyr or war invalid, disability), for each month they eat at school.</source>
      <translation>Trẻ mẫu giáo (không áp dụng cho nhà trẻ) thuộc đối tượng tại Điều 7 (hộ nghèo, hộ cận nghèo, vùng đặc biệt khó khăn, không nơi nương tựa, con liệt sĩ, thương binh, khuyết tật học hòa nhập), cho mỗi tháng trẻ ăn tại trường.</translation>
    </message>
    <message>
      <source>Most months a year</source>
      <translation>Số tháng tối đa/năm</translation>
    </message>
    <message>
      <source>e.g. 160.000</source>
      <translation>ví dụ 160.000</translation>
    </message>
    <message>
      <source>&amp;Support per month:</source>
      <translation>&amp;Số tiền mỗi tháng:</translation>
    </message>
    <message>
      <source>Most months a school &amp;year:</source>
      <translation>Số tháng tối đ&amp;a mỗi năm học:</translation>
    </message>
    <message>
      <source>e.g. the decree's number</source>
      <translation>ví dụ số hiệu nghị định</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <source>Save the lunch support rule</source>
      <translation>Lưu mức hỗ trợ ăn trưa</translation>
    </message>
    <message>
      <source>Lunch support rule not saved</source>
      <translation>Chưa lưu được mức hỗ trợ ăn trưa</translation>
    </message>
    <message>
      <source>Rate not saved</source>
      <translation>Chưa lưu được định mức</translation>
    </message>
    <message>
      <source>Fee not saved</source>
      <translation>Chưa lưu được khoản thu</translation>
    </message>
    <message>
      <source>Rules not saved</source>
      <translation>Chưa lưu được quy định</translation>
    </message>
  </context>
  <context>
    <name>StockPage</name>
    <message>
      <source>&amp;Item:</source>
      <translation>Mặt &amp;hàng:</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <source>Print stock cards…</source>
      <translation>In thẻ kho…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>Diễn giải</translation>
    </message>
    <message>
      <source>In</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>Xuất</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>Tồn</translation>
    </message>
    <message>
      <source>Average cost</source>
      <translation>Đơn giá bình quân</translation>
    </message>
    <message>
      <source>Value in</source>
      <translation>Tiền nhập</translation>
    </message>
    <message>
      <source>Value out</source>
      <translation>Tiền xuất</translation>
    </message>
    <message>
      <source>Value on hand</source>
      <translation>Tiền tồn</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Mặt hàng</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>ĐVT</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Điều chỉnh</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>đã hủy</translation>
    </message>
    <message>
      <source>entered %1</source>
      <translation>ghi ban đầu %1</translation>
    </message>
    <message>
      <source>&amp;Correct or cancel the selected use…</source>
      <translation>&amp;Sửa hoặc hủy lần xuất kho đã chọn…</translation>
    </message>
    <message>
      <source>&lt;b&gt;Stock card&lt;/b&gt;</source>
      <translation>&lt;b&gt;Thẻ kho&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Taken out of the store this month&lt;/b&gt;</source>
      <translation>&lt;b&gt;Xuất kho trong tháng&lt;/b&gt;</translation>
    </message>
    <message>
      <source>No item is kept in the store yet: mark rice, oil … as stocked on the market book page.</source>
      <translation>Chưa có mặt hàng nào được quản lý trong kho: đánh dấu gạo, dầu ăn … là hàng nhập kho ở trang Sổ chợ.</translation>
    </message>
    <message>
      <source>%1 (%2): opening %3 worth %4; in %5, out %6; closing %7 worth %8</source>
      <translation>%1 (%2): tồn đầu %3, trị giá %4; nhập %5, xuất %6; tồn cuối %7, trị giá %8</translation>
    </message>
    <message>
      <source>Correct or cancel a stock use</source>
      <translation>Sửa hoặc hủy lần xuất kho</translation>
    </message>
    <message>
      <source>%1: %2 %3 taken out on %4</source>
      <translation>%1: xuất %2 %3 ngày %4</translation>
    </message>
    <message>
      <source>Stock use not changed</source>
      <translation>Chưa sửa được lần xuất kho</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Not saved: %1</source>
      <translation>Chưa lưu: %1</translation>
    </message>
  </context>
</TS>