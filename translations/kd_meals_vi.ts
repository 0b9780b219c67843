<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AdjustDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="87" />
      <source>Correct</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="88" />
      <source>Cancel the entry</source>
      <translation>Hủy dòng này</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="89" />
      <source>&amp;Action:</source>
      <translation>&amp;Thao tác:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="91" />
      <source>&amp;Quantity:</source>
      <translation>&amp;Số lượng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="94" />
      <source>Unit &amp;price:</source>
      <translation>Đơn &amp;giá:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="96" />
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="98" />
      <source>&amp;By:</source>
      <translation>&amp;Người thực hiện:</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="65" />
      <source>Cancelled &amp;by:</source>
      <translation>&amp;Người hủy:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="67" />
      <source>e.g. wrong amount, written again as no. …</source>
      <translation>vd. ghi sai số tiền, đã lập lại phiếu số …</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="68" />
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="70" />
      <source>Cancel the voucher</source>
      <translation>Hủy phiếu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="71" />
      <source>Keep it</source>
      <translation>Giữ lại</translation>
    </message>
  </context>
  <context>
    <name>CountPage</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="44" />
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="50" />
      <source>&amp;Today</source>
      <translation>&amp;Hôm nay</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="59" />
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="60" />
      <source>Age group</source>
      <translation>Độ tuổi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="61" />
      <source>Enrolled</source>
      <translation>Sĩ số</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="62" />
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="63" />
      <source>Absent</source>
      <translation>Vắng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="64" />
      <source>Not marked</source>
      <translation>Chưa điểm danh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="65" />
      <source>Eating</source>
      <translation>Ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="66" />
      <source>To cook</source>
      <translation>Suất nấu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="80" />
      <source>Staff meals</source>
      <translation>Suất ăn cán bộ, giáo viên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="84" />
      <source>&amp;Staff eating:</source>
      <translation>&amp;Số suất:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="85" />
      <source>Save staff meals</source>
      <translation>Lưu suất ăn cán bộ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="87" />
      <source>Enter in the number also saves</source>
      <translation>Nhấn Enter trong ô số cũng lưu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="92" />
      <source>Change one child's meal</source>
      <translation>Báo ăn riêng cho một trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="97" />
      <source>C&amp;hild:</source>
      <translation>&amp;Trẻ:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="99" />
      <source>Does not eat (reported absent, left before lunch)</source>
      <translation>Không ăn (đã báo nghỉ, về trước bữa trưa)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="100" />
      <source>Eats (though not marked present)</source>
      <translation>Có ăn (dù chưa điểm danh có mặt)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="101" />
      <source>Follow attendance (remove the change)</source>
      <translation>Theo điểm danh (bỏ báo riêng)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="102" />
      <source>&amp;Meal:</source>
      <translation>&amp;Bữa ăn:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="104" />
      <source>e.g. parent phoned at 7:30</source>
      <translation>vd. phụ huynh gọi điện lúc 7 giờ 30</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="105" />
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="106" />
      <source>Save the change</source>
      <translation>Lưu báo ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="108" />
      <source>Enter in the reason also saves</source>
      <translation>Nhấn Enter trong ô lý do cũng lưu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="122" />
      <source>%1 is not a school day: no meals.</source>
      <translation>Ngày %1 không phải ngày học: không nấu ăn.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="126" />
      <source>To cook on %1: %2 meals</source>
      <translation>Báo ăn ngày %1: %2 suất</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="128" />
      <source>%1 children eating, %2 not marked yet, %3 staff</source>
      <translation>%1 trẻ ăn, %2 trẻ chưa điểm danh, %3 suất cán bộ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="132" />
      <source>No class has children on this day yet: create the classes and enrol the children on the Class lists tab.</source>
      <translation>Chưa có lớp nào có trẻ vào ngày này: hãy tạo lớp và nhập trẻ ở thẻ “Danh sách lớp”.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="139" />
      <source>%1 meal changes recorded for this day</source>
      <translation>Ngày này có %1 trẻ báo ăn riêng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="163" />
      <source>Staff meals not saved</source>
      <translation>Chưa lưu được suất ăn cán bộ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="174" />
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="184" />
      <source>Change not saved</source>
      <translation>Chưa lưu được báo ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/count_page.py" line="175" />
      <source>Child: “%1” is not in the list of this class; choose a name from the list (click a class in the table to list its children).</source>
      <translation>Trẻ: “%1” không có trong danh sách của lớp; hãy chọn tên trong danh sách (bấm vào một lớp trong bảng để hiện danh sách trẻ của lớp).</translation>
    </message>
  </context>
  <context>
    <name>LedgerPage</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="42" />
      <source>&amp;Month:</source>
      <translation>&amp;Tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="47" />
      <source>C&amp;lass:</source>
      <translation>&amp;Lớp:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="53" />
      <source>Find a child (accents optional)</source>
      <translation>Tìm trẻ (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="59" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="60" />
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="61" />
      <source>Previous balance</source>
      <translation>Nợ tháng trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="62" />
      <source>Days eaten</source>
      <translation>Số ngày ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="63" />
      <source>Days × rate</source>
      <translation>Ngày × đơn giá</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="64" />
      <source>Meals</source>
      <translation>Tiền ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="65" />
      <source>Monthly fees</source>
      <translation>Khoản thu tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="66" />
      <source>Refund</source>
      <translation>Trả lại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="67" />
      <source>Lunch support</source>
      <translation>Hỗ trợ ăn trưa</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="68" />
      <source>Discount</source>
      <translation>Miễn giảm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="69" />
      <source>Paid</source>
      <translation>Đã nộp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="70" />
      <source>Balance</source>
      <translation>Còn phải nộp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="94" />
      <source>&amp;Close this month…</source>
      <translation>&amp;Khóa sổ tháng này…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="96" />
      <source>&amp;Reopen this month…</source>
      <translation>&amp;Mở lại tháng này…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="108" />
      <source>Whole school</source>
      <translation>Toàn trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="138" />
      <source>%1 children · %2 school days · meals %3 · fees %4 · refunds %5 · lunch support %6 · paid %7 · still owed %8</source>
      <translation>%1 trẻ · %2 ngày học · tiền ăn %3 · khoản thu %4 · trả lại %5 · hỗ trợ ăn trưa %6 · đã nộp %7 · còn nợ %8</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="148" />
      <source>nursery</source>
      <translation>nhà trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="148" />
      <source>kindergarten</source>
      <translation>mẫu giáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="150" />
      <source>No daily meal rate (%1) is set for some school days of this month: %2 children's meals are not charged yet. Set the rate on the “Rates and rules” page before printing notices or closing the month.</source>
      <translation>Chưa có định mức tiền ăn một ngày (%1) cho một số ngày học của tháng này: tiền ăn của %2 trẻ chưa được tính. Hãy nhập định mức ở trang “Định mức và quy định” trước khi in thông báo hoặc khóa sổ tháng.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="156" />
      <source>pay in advance</source>
      <translation>thu trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="156" />
      <source>pay after</source>
      <translation>thu sau</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="160" />
      <source>This month is closed%1: its amounts can no longer change.</source>
      <translation>Tháng này đã khóa sổ%1: số liệu không thể thay đổi.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="162" />
      <source>This month is open (%1).</source>
      <translation>Tháng này đang mở (%1).</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="167" />
      <source>Your name (kept in the closing history):</source>
      <translation>Họ tên người thực hiện (ghi vào lịch sử khóa sổ):</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="172" />
      <source>Close month %1/%2</source>
      <translation>Khóa sổ tháng %1/%2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="178" />
      <source>Month not closed</source>
      <translation>Chưa khóa sổ được</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="186" />
      <source>Reopen the month</source>
      <translation>Mở lại sổ tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="187" />
      <source>Reopening lets the month's payments, purchases and meals be changed again. Continue?</source>
      <translation>Mở lại sổ sẽ cho phép sửa các khoản thu, chi chợ và báo ăn của tháng. Tiếp tục?</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="190" />
      <source>Reopen month %1/%2</source>
      <translation>Mở lại sổ tháng %1/%2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/ledger_page.py" line="196" />
      <source>Month not reopened</source>
      <translation>Chưa mở lại được sổ</translation>
    </message>
  </context>
  <context>
    <name>MarketPage</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="65" />
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="83" />
      <source>New purchase</source>
      <translation>Nhập chi chợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="89" />
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="112" />
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="149" />
      <source>Item</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="92" />
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="114" />
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="94" />
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="115" />
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="150" />
      <source>Unit</source>
      <translation>Đơn vị</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="97" />
      <source>Unit price (đ)</source>
      <translation>Đơn giá (đ)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="102" />
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="113" />
      <source>Supplier</source>
      <translation>Nhà cung cấp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="103" />
      <source>&amp;Add</source>
      <translation>&amp;Thêm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="116" />
      <source>Unit price</source>
      <translation>Đơn giá</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="117" />
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="126" />
      <source>Correct or cancel the selected purchase…</source>
      <translation>Sửa hoặc hủy dòng mua đã chọn…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="134" />
      <source>Menu of the day</source>
      <translation>Thực đơn trong ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="137" />
      <source>&amp;Breakfast:</source>
      <translation>Bữa &amp;sáng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="138" />
      <source>&amp;Lunch:</source>
      <translation>Bữa t&amp;rưa:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="139" />
      <source>Afternoon &amp;snack:</source>
      <translation>Bữa &amp;chiều:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="140" />
      <source>Save the menu</source>
      <translation>Lưu thực đơn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="146" />
      <source>Store (dry goods)</source>
      <translation>Kho (hàng khô)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="151" />
      <source>On hand</source>
      <translation>Tồn kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="152" />
      <source>Used today</source>
      <translation>Xuất trong ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="167" />
      <source>Quantity used</source>
      <translation>Số lượng xuất</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="169" />
      <source>&amp;Take out</source>
      <translation>&amp;Xuất kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="170" />
      <source>Record what the kitchen takes out of the store on the chosen day</source>
      <translation>Ghi số lượng nhà bếp xuất kho trong ngày đã chọn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="175" />
      <source>Keep the item being bought in the store</source>
      <translation>Đưa thực phẩm đang mua vào theo dõi kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="176" />
      <source>Its purchases then count as stock in</source>
      <translation>Khi đó mỗi lần mua thực phẩm này được tính là nhập kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="190" />
      <source>%1 is not a school day.</source>
      <translation>Ngày %1 không phải ngày học.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="193" />
      <source>Food money in: &lt;b&gt;%1&lt;/b&gt; (%2 children, %3 staff) · spent: &lt;b&gt;%4&lt;/b&gt; · day's balance: &lt;b&gt;%5&lt;/b&gt; · carried in: %6 · carried forward: &lt;b&gt;%7&lt;/b&gt;</source>
      <translation>Tiền ăn thu vào: &lt;b&gt;%1&lt;/b&gt; (%2 trẻ, %3 cán bộ) · đã chi: &lt;b&gt;%4&lt;/b&gt; · chênh lệch trong ngày: &lt;b&gt;%5&lt;/b&gt; · tồn đầu ngày: %6 · tồn chuyển sang: &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="203" />
      <source>No daily meal rate covers the meals of %1 school day(s) up to this day (first: %2): they count 0 ₫ of food money here. Set the rate on the Rates and rules page.</source>
      <translation>Chưa có định mức tiền ăn cho suất ăn của %1 ngày học tính đến ngày này (ngày đầu tiên: %2): các suất này đang được tính 0 ₫ tiền ăn. Hãy nhập định mức ở trang Định mức và quy định.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="240" />
      <source>Stock use not saved</source>
      <translation>Chưa lưu được phiếu xuất kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="251" />
      <source>Item not added to the store</source>
      <translation>Chưa đưa được thực phẩm vào kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="270" />
      <source>Purchase not saved</source>
      <translation>Chưa lưu được khoản chi chợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="289" />
      <source>Correct or cancel a purchase</source>
      <translation>Sửa hoặc hủy dòng mua hàng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="289" />
      <source>%1: %2 %3 at %4 = %5</source>
      <translation>%1: %2 %3 × %4 = %5</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/market_page.py" line="303" />
      <source>Purchase not changed</source>
      <translation>Chưa sửa được dòng mua hàng</translation>
    </message>
  </context>
  <context>
    <name>MealsMessages</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="15" />
      <source>amount</source>
      <translation>số tiền</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="15" />
      <source>category</source>
      <translation>đối tượng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="16" />
      <source>child</source>
      <translation>trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="16" />
      <source>closed by</source>
      <translation>người khóa sổ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="17" />
      <source>collection mode</source>
      <translation>cách thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="17" />
      <source>date</source>
      <translation>ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="18" />
      <source>effective from</source>
      <translation>áp dụng từ ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="18" />
      <source>fee name</source>
      <translation>tên khoản thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="19" />
      <source>food</source>
      <translation>tiền thực phẩm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="19" />
      <source>fuel</source>
      <translation>tiền chất đốt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="20" />
      <source>other</source>
      <translation>khoản khác</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="20" />
      <source>item</source>
      <translation>thực phẩm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="21" />
      <source>method</source>
      <translation>hình thức nộp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="21" />
      <source>month</source>
      <translation>tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="22" />
      <source>quantity</source>
      <translation>số lượng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="22" />
      <source>reason</source>
      <translation>lý do</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="23" />
      <source>refunded absences</source>
      <translation>ngày nghỉ được trả lại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="24" />
      <source>refunded components</source>
      <translation>phần được trả lại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="25" />
      <source>reopened by</source>
      <translation>người mở lại sổ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="25" />
      <source>rule</source>
      <translation>cách tính</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="26" />
      <source>staff meals</source>
      <translation>suất ăn cán bộ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="26" />
      <source>supplier</source>
      <translation>nhà cung cấp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="27" />
      <source>unit price</source>
      <translation>đơn giá</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="27" />
      <source>discount</source>
      <translation>miễn giảm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="28" />
      <source>payment</source>
      <translation>khoản thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="28" />
      <source>purchase</source>
      <translation>khoản chi chợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="29" />
      <source>rate</source>
      <translation>định mức tiền ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="29" />
      <source>fee</source>
      <translation>khoản thu tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="30" />
      <source>meal override</source>
      <translation>báo ăn riêng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="30" />
      <source>lunch support</source>
      <translation>hỗ trợ ăn trưa</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="31" />
      <source>lunch support max months</source>
      <translation>số tháng hỗ trợ tối đa</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="32" />
      <source>payment warning</source>
      <translation>mức thu cần xác nhận</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="34" />
      <source>%1 is more than %2: is the amount right?</source>
      <translation>%1 lớn hơn %2: số tiền có đúng không?</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="35" />
      <source>must be all, nursery or kindergarten</source>
      <translation>phải là toàn trường, nhà trẻ hoặc mẫu giáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="36" />
      <source>must be nursery or kindergarten</source>
      <translation>phải là nhà trẻ hoặc mẫu giáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="37" />
      <source>no child with number %1</source>
      <translation>không có trẻ mã số %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="38" />
      <source>say who closes the month</source>
      <translation>cần ghi tên người khóa sổ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="39" />
      <source>must be one of %1</source>
      <translation>phải là một trong: %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="40" />
      <source>a date is required</source>
      <translation>cần nhập ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="41" />
      <source>a payment cannot be dated in the future</source>
      <translation>không thể ghi khoản thu vào ngày trong tương lai</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="42" />
      <source>the name is empty</source>
      <translation>chưa nhập tên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="43" />
      <source>the daily rate cannot be 0</source>
      <translation>định mức một ngày không thể bằng 0</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="44" />
      <source>the item is empty</source>
      <translation>chưa nhập tên thực phẩm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="45" />
      <source>must be cash or transfer</source>
      <translation>phải là tiền mặt hoặc chuyển khoản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="46" />
      <source>%1 is not a month written YYYY-MM</source>
      <translation>%1 không phải tháng dạng YYYY-MM</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="47" />
      <source>month %1 is already closed</source>
      <translation>tháng %1 đã khóa sổ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="48" />
      <source>month %1 is not closed</source>
      <translation>tháng %1 chưa khóa sổ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="49" />
      <source>months close in order: close %1 first</source>
      <translation>khóa sổ lần lượt từng tháng: hãy khóa tháng %1 trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="50" />
      <source>reopen the later months first, from %1 back</source>
      <translation>hãy mở lại các tháng sau trước, bắt đầu từ tháng %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="51" />
      <source>%1 is not a number</source>
      <translation>%1 không phải là số</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="52" />
      <source>%1 is not a plausible quantity</source>
      <translation>%1 không phải số lượng hợp lý</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="53" />
      <source>the quantity is empty</source>
      <translation>chưa nhập số lượng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="54" />
      <source>the quantity must be more than 0</source>
      <translation>số lượng phải lớn hơn 0</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="55" />
      <source>say why the discount is given</source>
      <translation>cần ghi lý do miễn giảm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="56" />
      <source>say who reopens the month</source>
      <translation>cần ghi tên người mở lại sổ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="57" />
      <source>must be enrolled or attended</source>
      <translation>phải là theo tháng học hoặc theo tháng có ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="58" />
      <source>%1 staff meals in one day is not plausible</source>
      <translation>%1 suất ăn cán bộ một ngày là không hợp lý</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="59" />
      <source>must be a whole number, 0 or more</source>
      <translation>phải là số nguyên, từ 0 trở lên</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="60" />
      <source>a purchase needs its unit price</source>
      <translation>khoản chi chợ cần có đơn giá</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="61" />
      <source>not an amount of money</source>
      <translation>không phải số tiền</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="62" />
      <source>money is whole đồng, without decimals</source>
      <translation>số tiền tính bằng đồng, không có phần lẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="63" />
      <source>money is whole đồng, without decimals or letters</source>
      <translation>số tiền tính bằng đồng, không có phần lẻ hay chữ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="64" />
      <source>the amount is empty</source>
      <translation>chưa nhập số tiền</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="65" />
      <source>the amount cannot be negative</source>
      <translation>số tiền không được âm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="66" />
      <source>the amount must be more than 0</source>
      <translation>số tiền phải lớn hơn 0</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="67" />
      <source>no daily rate covers some school days of month %1: set the rate first</source>
      <translation>một số ngày học của tháng %1 chưa có định mức tiền ăn: hãy nhập định mức trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="68" />
      <source>the books are closed up to %1; reopen month %1 first to change %2</source>
      <translation>sổ đã khóa đến tháng %1; hãy mở lại tháng %1 trước khi sửa tháng %2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="69" />
      <source>stock use</source>
      <translation>xuất kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="70" />
      <source>%1 is not in the list of items: buy it first</source>
      <translation>%1 chưa có trong danh mục thực phẩm: hãy nhập lần mua đầu tiên trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="71" />
      <source>%1 has stock uses recorded: it stays in the store</source>
      <translation>%1 đã có phiếu xuất kho: không thể bỏ theo dõi kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="72" />
      <source>%1 is not kept in the store</source>
      <translation>%1 không được theo dõi trong kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="73" />
      <source>only %1 %2 of %3 in store on %4</source>
      <translation>kho chỉ còn %1 %2 %3 vào ngày %4</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/messages.py" line="74" />
      <source>the store would run short of %1 on %2</source>
      <translation>kho sẽ bị thiếu %1 vào ngày %2</translation>
    </message>
  </context>
  <context>
    <name>MealsTab</name>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="33" />
      <source>Meal &amp;count</source>
      <translation>&amp;Báo ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="34" />
      <source>Monthly &amp;ledger</source>
      <translation>&amp;Sổ tiền ăn tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="35" />
      <source>&amp;Receipts and debts</source>
      <translation>&amp;Thu tiền và công nợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="36" />
      <source>Mar&amp;ket book and menu</source>
      <translation>Sổ &amp;chợ và thực đơn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="37" />
      <source>S&amp;tore and stock cards</source>
      <translation>&amp;Kho và thẻ kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="38" />
      <source>Rates and &amp;rules</source>
      <translation>Định &amp;mức và quy định</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="52" />
      <source>Print meal ledger</source>
      <translation>In sổ tiền ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="54" />
      <source>Print notices</source>
      <translation>In thông báo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="56" />
      <source>Print receipts</source>
      <translation>In phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="58" />
      <source>Print market book</source>
      <translation>In sổ chợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="60" />
      <source>Print public posting</source>
      <translation>In công khai</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="90" />
      <source>Meals and fees</source>
      <translation>Tiền ăn bán trú</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="91" />
      <source>Some school days of this period have no daily meal rate yet, so their meals would print as 0 ₫. Set the rate on the “Rates and rules” page first.</source>
      <translation>Một số ngày học trong kỳ này chưa có đơn giá tiền ăn, nên suất ăn của những ngày đó sẽ in thành 0 ₫. Hãy nhập đơn giá ở trang “Định mức và quy định” trước.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="53" />
      <source>The month and class chosen on the Monthly ledger page (Excel or PDF)</source>
      <translation>Tháng và lớp đang chọn ở trang Sổ tiền ăn tháng (Excel hoặc PDF)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="55" />
      <source>Meal-fee notices for the month and class chosen on the Monthly ledger page</source>
      <translation>Thông báo tiền ăn của tháng và lớp đang chọn ở trang Sổ tiền ăn tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="57" />
      <source>A receipt for each payment of the month chosen on the Receipts page</source>
      <translation>Một phiếu thu cho mỗi lần nộp tiền trong tháng đang chọn ở trang Thu tiền và công nợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="59" />
      <source>The market book of the month of the day chosen on the Market book page</source>
      <translation>Sổ chợ của tháng chứa ngày đang chọn ở trang Sổ chợ và thực đơn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="61" />
      <source>The day's public posting of meal finances (day chosen on the Market book page)</source>
      <translation>Công khai tài chính bữa ăn của ngày đang chọn ở trang Sổ chợ và thực đơn</translation>
    </message>
  </context>
  <context>
    <name>PaymentsPage</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="78" />
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="84" />
      <source>Books and lists</source>
      <translation>Sổ sách và danh sách</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="87" />
      <source>Cash book of the month…</source>
      <translation>Sổ quỹ tiền mặt tháng…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="88" />
      <source>Bank-transfer book of the month…</source>
      <translation>Sổ tiền gửi (chuyển khoản) tháng…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="89" />
      <source>Receipts list of the month…</source>
      <translation>Bảng kê phiếu thu tháng…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="90" />
      <source>Debt list…</source>
      <translation>Danh sách trẻ còn nợ…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="91" />
      <source>Collection list per class…</source>
      <translation>Danh sách thu tiền theo lớp…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="93" />
      <source>Cash book of the school year…</source>
      <translation>Sổ quỹ tiền mặt cả năm học…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="98" />
      <source>New receipt</source>
      <translation>Phiếu thu mới</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="106" />
      <source>C&amp;hild:</source>
      <translation>&amp;Trẻ:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="108" />
      <source>Owes now:</source>
      <translation>Đang nợ:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="113" />
      <source>&amp;Date:</source>
      <translation>&amp;Ngày:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="115" />
      <source>whole đồng, e.g. 616.000</source>
      <translation>số đồng, vd. 616.000</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="116" />
      <source>&amp;Amount:</source>
      <translation>Số &amp;tiền:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="118" />
      <source>e.g. 10/2025 or 10, 11/2025</source>
      <translation>vd. 10/2025 hoặc 10, 11/2025</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="119" />
      <source>For mon&amp;th(s):</source>
      <translation>Nộp ch&amp;o tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="121" />
      <source>&amp;Payer:</source>
      <translation>Người &amp;nộp:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="123" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="142" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="157" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="178" />
      <source>Cash</source>
      <translation>Tiền mặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="124" />
      <source>Bank transfer</source>
      <translation>Chuyển khoản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="125" />
      <source>&amp;Method:</source>
      <translation>&amp;Hình thức:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="126" />
      <source>Pri&amp;nt the receipt after saving (2 copies)</source>
      <translation>&amp;In phiếu thu ngay sau khi lưu (2 liên)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="129" />
      <source>&amp;Save receipt</source>
      <translation>&amp;Lưu phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="138" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="174" />
      <source>No.</source>
      <translation>Số</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="139" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="175" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="140" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="166" />
      <source>Child</source>
      <translation>Trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="141" />
      <source>For</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="144" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="180" />
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="144" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="180" />
      <source>CANCELLED: %1</source>
      <translation>ĐÃ HỦY: %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="148" />
      <source>Print the selected receipt</source>
      <translation>In phiếu thu đã chọn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="151" />
      <source>Cancel the selected receipt…</source>
      <translation>Hủy phiếu thu đã chọn…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="155" />
      <source>Day</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="156" />
      <source>Receipts</source>
      <translation>Số phiếu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="159" />
      <source>Total</source>
      <translation>Cộng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="160" />
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="202" />
      <source>Totals per &amp;day</source>
      <translation>Tổn&amp;g theo ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="207" />
      <source>Still &amp;owing</source>
      <translation>Còn &amp;nợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="212" />
      <source>New pa&amp;yout…</source>
      <translation>&amp;Lập phiếu chi…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="214" />
      <source>Print the selected payout</source>
      <translation>In phiếu chi đã chọn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="216" />
      <source>Cancel the selected payout…</source>
      <translation>Hủy phiếu chi đã chọn…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="222" />
      <source>Pa&amp;youts</source>
      <translation>Phiếu &amp;chi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="251" />
      <source>Month: cash %1, transfer %2, in all %3</source>
      <translation>Cả tháng: tiền mặt %1, chuyển khoản %2, tổng cộng %3</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="294" />
      <source>More than the debt</source>
      <translation>Nhiều hơn số nợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="296" />
      <source>Pay ahead</source>
      <translation>Thu trước</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="297" />
      <source>Change the amount</source>
      <translation>Sửa số tiền</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="327" />
      <source>Receipt not printed</source>
      <translation>Chưa in được phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="345" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="348" />
      <source>Cancel receipt</source>
      <translation>Hủy phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="345" />
      <source>Receipt no. %1 is already cancelled.</source>
      <translation>Phiếu thu số %1 đã bị hủy trước đó.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="349" />
      <source>Receipt no. %1 (%2, %3) keeps its number and is printed “ĐÃ HỦY”; it no longer counts.</source>
      <translation>Phiếu thu số %1 (%2, %3) giữ nguyên số và được in “ĐÃ HỦY”; phiếu không còn được tính tiền.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="357" />
      <source>Receipt not cancelled</source>
      <translation>Chưa hủy được phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="392" />
      <source>Cancel payout</source>
      <translation>Hủy phiếu chi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="392" />
      <source>Payout no. %1 (%2, %3)</source>
      <translation>Phiếu chi số %1 (%2, %3)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="400" />
      <source>Payout not cancelled</source>
      <translation>Chưa hủy được phiếu chi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="142" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="178" />
      <source>Method</source>
      <translation>Hình thức</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="142" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="158" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="178" />
      <source>Transfer</source>
      <translation>Chuyển khoản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="143" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="179" />
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="167" />
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="168" />
      <source>Overdue (before this month)</source>
      <translation>Nợ quá hạn (các tháng trước)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="169" />
      <source>Owes</source>
      <translation>Còn nợ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="176" />
      <source>Paid to</source>
      <translation>Người nhận</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="177" />
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="189" />
      <source>&lt;b&gt;Receipts of the month&lt;/b&gt;</source>
      <translation>&lt;b&gt;Phiếu thu trong tháng&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="259" />
      <source>%1 children owe %2 in all; %3 of them have not paid earlier months (%4)</source>
      <translation>%1 trẻ còn nợ, tổng %2; trong đó %3 trẻ chưa nộp các tháng trước (%4)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="265" />
      <source>nothing (credit %1)</source>
      <translation>không nợ (thừa %1)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="279" />
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="305" />
      <source>Receipt not saved</source>
      <translation>Chưa lưu được phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="280" />
      <source>Choose the child first.</source>
      <translation>Hãy chọn trẻ trước.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="281" />
      <source>Child: “%1” is not in the list; choose a name from the list.</source>
      <translation>Trẻ: “%1” không có trong danh sách; hãy chọn một tên trong danh sách.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/payments_page.py" line="312" />
      <source>Receipt no. %1 saved: %2</source>
      <translation>Đã lưu phiếu thu số %1: %2</translation>
    </message>
  </context>
  <context>
    <name>PayoutDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="121" />
      <source>New payout (phiếu chi)</source>
      <translation>Lập phiếu chi</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="124" />
      <source>Refund of a child's credit</source>
      <translation>Hoàn trả tiền thừa của trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="125" />
      <source>Payment to a supplier</source>
      <translation>Trả tiền nhà cung cấp</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="126" />
      <source>Other expense</source>
      <translation>Chi khác</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="127" />
      <source>&amp;Kind:</source>
      <translation>L&amp;oại chi:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="129" />
      <source>credit %1</source>
      <translation>thừa %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="132" />
      <source>C&amp;hild:</source>
      <translation>&amp;Trẻ:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="137" />
      <source>&amp;Supplier:</source>
      <translation>Nhà cung &amp;cấp:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="139" />
      <source>Pa&amp;id to:</source>
      <translation>Người &amp;nhận tiền:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="141" />
      <source>A&amp;ddress:</source>
      <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="143" />
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="147" />
      <source>Da&amp;te:</source>
      <translation>N&amp;gày chi:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="149" />
      <source>whole đồng, e.g. 616.000</source>
      <translation>số đồng, vd. 616.000</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="150" />
      <source>&amp;Amount:</source>
      <translation>&amp;Số tiền:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="152" />
      <source>Cash</source>
      <translation>Tiền mặt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="153" />
      <source>Bank transfer</source>
      <translation>Chuyển khoản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="154" />
      <source>&amp;Method:</source>
      <translation>&amp;Hình thức:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="156" />
      <source>e.g. 2 invoices</source>
      <translation>vd. 2 hóa đơn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="157" />
      <source>Attach&amp;ments:</source>
      <translation>&amp;Kèm theo:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="158" />
      <source>&amp;Print the payout after saving</source>
      <translation>&amp;In phiếu chi ngay sau khi lưu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/money_dialogs.py" line="185" />
      <source>Payout not saved</source>
      <translation>Chưa lưu được phiếu chi</translation>
    </message>
  </context>
  <context>
    <name>RatesPage</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="43" />
      <source>Nursery</source>
      <translation>Nhà trẻ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="43" />
      <source>Kindergarten</source>
      <translation>Mẫu giáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="44" />
      <source>All children</source>
      <translation>Toàn trường</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="47" />
      <source>&lt;b&gt;Daily meal rates&lt;/b&gt; (a new rate applies from its date on)</source>
      <translation>&lt;b&gt;Định mức tiền ăn một ngày&lt;/b&gt; (mức mới áp dụng từ ngày ghi)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="49" />
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="120" />
      <source>For</source>
      <translation>Đối tượng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="50" />
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="121" />
      <source>From</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="51" />
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="52" />
      <source>Fuel</source>
      <translation>Chất đốt</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="53" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="54" />
      <source>Daily rate</source>
      <translation>Mức một ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="55" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="67" />
      <source>New rate</source>
      <translation>Định mức mới</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="72" />
      <source>&amp;For:</source>
      <translation>Đối &amp;tượng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="74" />
      <source>From &amp;date:</source>
      <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="76" />
      <source>e.g. 25.000</source>
      <translation>vd. 25.000</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="77" />
      <source>F&amp;ood (đ/day):</source>
      <translation>Thực &amp;phẩm (đ/ngày):</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="78" />
      <source>F&amp;uel (đ/day):</source>
      <translation>Chất đố&amp;t (đ/ngày):</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="79" />
      <source>O&amp;ther (đ/day):</source>
      <translation>&amp;Khác (đ/ngày):</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="81" />
      <source>&amp;Note:</source>
      <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="82" />
      <source>Save the rate</source>
      <translation>Lưu định mức</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="89" />
      <source>Collection and refunds</source>
      <translation>Cách thu và trả lại</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="92" />
      <source>Pay in advance: the month's school days, unused days refunded</source>
      <translation>Thu trước: theo số ngày học của tháng, trả lại ngày nghỉ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="93" />
      <source>Pay after: the days eaten</source>
      <translation>Thu sau: theo số ngày thực ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="94" />
      <source>Collection:</source>
      <translation>Cách thu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="96" />
      <source>Excused absences only</source>
      <translation>Chỉ ngày nghỉ có phép</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="97" />
      <source>All absences</source>
      <translation>Mọi ngày nghỉ</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="98" />
      <source>Refunded absences:</source>
      <translation>Ngày nghỉ được trả:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="100" />
      <source>Food money only</source>
      <translation>Chỉ tiền thực phẩm</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="101" />
      <source>The whole daily rate</source>
      <translation>Toàn bộ mức một ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="102" />
      <source>Refunded part:</source>
      <translation>Phần được trả:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="108" />
      <source>empty when the school uses no receipt book</source>
      <translation>để trống nếu trường không dùng quyển phiếu thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="109" />
      <source>Receipt boo&amp;k no.:</source>
      <translation>&amp;Quyển số phiếu thu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="110" />
      <source>Save the rules</source>
      <translation>Lưu quy định</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="113" />
      <source>Changing the rules changes the open months only.</source>
      <translation>Thay đổi quy định chỉ ảnh hưởng các tháng chưa khóa sổ.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="116" />
      <source>Monthly fees (drinking water, care …)</source>
      <translation>Khoản thu hằng tháng (nước uống, chăm sóc bán trú …)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="119" />
      <source>Fee</source>
      <translation>Khoản thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="122" />
      <source>Per month</source>
      <translation>Mỗi tháng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="123" />
      <source>Charged</source>
      <translation>Cách thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="123" />
      <source>if enrolled</source>
      <translation>theo tháng học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="124" />
      <source>if the child ate</source>
      <translation>khi trẻ có ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="132" />
      <source>e.g. Nước uống</source>
      <translation>vd. Nước uống</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="133" />
      <source>Fee &amp;name:</source>
      <translation>&amp;Tên khoản thu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="135" />
      <source>Amount per &amp;month:</source>
      <translation>Số tiền &amp;mỗi tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="137" />
      <source>From month:</source>
      <translation>Từ tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="139" />
      <source>Every month enrolled</source>
      <translation>Mọi tháng trẻ đi học</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="140" />
      <source>Only months with meals eaten</source>
      <translation>Chỉ tháng trẻ có ăn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="141" />
      <source>Charged:</source>
      <translation>Cách thu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="142" />
      <source>Save the fee</source>
      <translation>Lưu khoản thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="163" />
      <source>Rate not saved</source>
      <translation>Chưa lưu được định mức</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="175" />
      <source>Fee not saved</source>
      <translation>Chưa lưu được khoản thu</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/rates_page.py" line="187" />
      <source>Rules not saved</source>
      <translation>Chưa lưu được quy định</translation>
    </message>
  </context>
  <context>
    <name>StockPage</name>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="56" />
      <source>&amp;Item:</source>
      <translation>&amp;Mặt hàng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="63" />
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="68" />
      <source>Print stock cards…</source>
      <translation>In thẻ kho…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="76" />
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="88" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="77" />
      <source>Entry</source>
      <translation>Diễn giải</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="78" />
      <source>In</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="79" />
      <source>Out</source>
      <translation>Xuất</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="80" />
      <source>On hand</source>
      <translation>Tồn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="81" />
      <source>Average cost</source>
      <translation>Đơn giá bình quân</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="82" />
      <source>Value in</source>
      <translation>Tiền nhập</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="83" />
      <source>Value out</source>
      <translation>Tiền xuất</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="84" />
      <source>Value on hand</source>
      <translation>Tiền tồn</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="89" />
      <source>Item</source>
      <translation>Mặt hàng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="90" />
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="91" />
      <source>Unit</source>
      <translation>ĐVT</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="92" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="93" />
      <source>Corrections</source>
      <translation>Điều chỉnh</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="93" />
      <source>cancelled</source>
      <translation>đã hủy</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="94" />
      <source>entered %1</source>
      <translation>ghi ban đầu %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="97" />
      <source>&amp;Correct or cancel the selected use…</source>
      <translation>&amp;Sửa hoặc hủy lần xuất kho đã chọn…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="104" />
      <source>&lt;b&gt;Stock card&lt;/b&gt;</source>
      <translation>&lt;b&gt;Thẻ kho&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="109" />
      <source>&lt;b&gt;Taken out of the store this month&lt;/b&gt;</source>
      <translation>&lt;b&gt;Xuất kho trong tháng&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="137" />
      <source>No item is kept in the store yet: mark rice, oil … as stocked on the market book page.</source>
      <translation>Chưa có mặt hàng nào được quản lý trong kho: đánh dấu gạo, dầu ăn … là hàng nhập kho ở trang Sổ chợ.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="142" />
      <source>%1 (%2): opening %3 worth %4; in %5, out %6; closing %7 worth %8</source>
      <translation>%1 (%2): tồn đầu %3, trị giá %4; nhập %5, xuất %6; tồn cuối %7, trị giá %8</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="155" />
      <source>Correct or cancel a stock use</source>
      <translation>Sửa hoặc hủy lần xuất kho</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="155" />
      <source>%1: %2 %3 taken out on %4</source>
      <translation>%1: xuất %2 %3 ngày %4</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/meals/stock_page.py" line="171" />
      <source>Stock use not changed</source>
      <translation>Chưa sửa được lần xuất kho</translation>
    </message>
  </context>
</TS>