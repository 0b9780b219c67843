<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>CataloguePage</name>
    <message>
      <source>Search:</source>
      <translation>Tìm:</translation>
    </message>
    <message>
      <source>name or code, with or without accents</source>
      <translation>tên hoặc mã, có dấu hay không dấu đều được</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Waste %</source>
      <translation>Thải bỏ %</translation>
    </message>
    <message>
      <source>kcal/100 g</source>
      <translation>kcal/100 g</translation>
    </message>
    <message>
      <source>Protein</source>
      <translation>Protein</translation>
    </message>
    <message>
      <source>Fat</source>
      <translation>Lipid</translation>
    </message>
    <message>
      <source>Carb.</source>
      <translation>Glucid</translation>
    </message>
    <message>
      <source>Animal</source>
      <translation>Động vật</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>ĐVT</translation>
    </message>
    <message>
      <source>Latest price</source>
      <translation>Giá mới nhất</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Nơi cung cấp</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <source>2007 table</source>
      <translation>Bảng 2007</translation>
    </message>
    <message>
      <source>school</source>
      <translation>của trường</translation>
    </message>
    <message>
      <source>Unit, price and supplier…</source>
      <translation>Đơn vị, giá và nơi cung cấp…</translation>
    </message>
    <message>
      <source>Add a school food…</source>
      <translation>Thêm thực phẩm của trường…</translation>
    </message>
    <message>
      <source>Delete school food</source>
      <translation>Xóa thực phẩm của trường</translation>
    </message>
    <message>
      <source>Source: Bảng thành phần thực phẩm Việt Nam 2007, Viện Dinh dưỡng (National Institute of Nutrition); values per 100 g edible part.</source>
      <translation>Nguồn: Bảng thành phần thực phẩm Việt Nam 2007, Viện Dinh dưỡng; giá trị tính trên 100 g phần ăn được.</translation>
    </message>
    <message>
      <source>%1 foods</source>
      <translation>%1 thực phẩm</translation>
    </message>
    <message>
      <source>Purchase unit:</source>
      <translation>Đơn vị mua:</translation>
    </message>
    <message>
      <source>Grams in one unit:</source>
      <translation>Số gam của một đơn vị:</translation>
    </message>
    <message>
      <source>Latest price (đồng per unit):</source>
      <translation>Giá mới nhất (đồng/đơn vị):</translation>
    </message>
    <message>
      <source>Supplier:</source>
      <translation>Nơi cung cấp:</translation>
    </message>
    <message>
      <source>Name in the market book:</source>
      <translation>Tên trong sổ chợ:</translation>
    </message>
    <message>
      <source>Price not saved</source>
      <translation>Chưa lưu được giá mua</translation>
    </message>
    <message>
      <source>Delete “%1” from the catalogue?</source>
      <translation>Xóa “%1” khỏi danh mục?</translation>
    </message>
    <message>
      <source>Food not deleted</source>
      <translation>Chưa xóa được thực phẩm</translation>
    </message>
    <message>
      <source>Add a school food</source>
      <translation>Thêm thực phẩm của trường</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <source>Food group:</source>
      <translation>Nhóm thực phẩm:</translation>
    </message>
    <message>
      <source>Waste %:</source>
      <translation>Tỉ lệ thải bỏ (%):</translation>
    </message>
    <message>
      <source>Energy (kcal)</source>
      <translation>Năng lượng (kcal)</translation>
    </message>
    <message>
      <source>Protein (g)</source>
      <translation>Protein (g)</translation>
    </message>
    <message>
      <source>Fat (g)</source>
      <translation>Lipid (g)</translation>
    </message>
    <message>
      <source>Carbohydrate (g)</source>
      <translation>Glucid (g)</translation>
    </message>
    <message>
      <source>Calcium (mg)</source>
      <translation>Canxi (mg)</translation>
    </message>
    <message>
      <source>Iron (mg)</source>
      <translation>Sắt (mg)</translation>
    </message>
    <message>
      <source>Vitamin A (mcg)</source>
      <translation>Vitamin A (mcg)</translation>
    </message>
    <message>
      <source>Vitamin B1 (mg)</source>
      <translation>Vitamin B1 (mg)</translation>
    </message>
    <message>
      <source>Vitamin C (mg)</source>
      <translation>Vitamin C (mg)</translation>
    </message>
    <message>
      <source>per 100 g; empty = unknown</source>
      <translation>trong 100 g; để trống = chưa có số liệu</translation>
    </message>
    <message>
      <source>Food not saved</source>
      <translation>Chưa lưu được thực phẩm</translation>
    </message>
  </context>
  <context>
    <name>DishesPage</name>
    <message>
      <source>Dish</source>
      <translation>Món ăn</translation>
    </message>
    <message>
      <source>New dish…</source>
      <translation>Món mới…</translation>
    </message>
    <message>
      <source>Delete dish</source>
      <translation>Xóa món</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>%1: net g per child</source>
      <translation>%1: g tinh/trẻ</translation>
    </message>
    <message>
      <source>Add ingredient…</source>
      <translation>Thêm thực phẩm…</translation>
    </message>
    <message>
      <source>Remove ingredient</source>
      <translation>Bỏ thực phẩm</translation>
    </message>
    <message>
      <source>Dish not saved</source>
      <translation>Chưa lưu được món ăn</translation>
    </message>
    <message>
      <source>New dish</source>
      <translation>Món mới</translation>
    </message>
    <message>
      <source>Name of the dish:</source>
      <translation>Tên món ăn:</translation>
    </message>
    <message>
      <source>Dish not created</source>
      <translation>Chưa tạo được món ăn</translation>
    </message>
    <message>
      <source>Delete the dish “%1”? Menus already planned keep it.</source>
      <translation>Xóa món “%1”? Các thực đơn đã lên vẫn giữ món này.</translation>
    </message>
    <message>
      <source>Add ingredient to %1</source>
      <translation>Thêm thực phẩm vào món %1</translation>
    </message>
    <message>
      <source>type to search the catalogue</source>
      <translation>gõ để tìm trong danh mục</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>Tìm:</translation>
    </message>
    <message>
      <source>Food:</source>
      <translation>Thực phẩm:</translation>
    </message>
  </context>
  <context>
    <name>InspectionDialog</name>
    <message>
      <source>Inspection record of %1</source>
      <translation>Ghi chép kiểm thực ngày %1</translation>
    </message>
    <message>
      <source>1. Receiving</source>
      <translation>1. Nhận thực phẩm</translation>
    </message>
    <message>
      <source>2. Cooking</source>
      <translation>2. Chế biến</translation>
    </message>
    <message>
      <source>3. Before serving</source>
      <translation>3. Trước khi ăn</translation>
    </message>
    <message>
      <source>Passed the sensory check</source>
      <translation>Đạt yêu cầu cảm quan</translation>
    </message>
    <message>
      <source>Step:</source>
      <translation>Bước:</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Giờ:</translation>
    </message>
    <message>
      <source>Food or dish:</source>
      <translation>Thực phẩm hoặc món ăn:</translation>
    </message>
    <message>
      <source>Supplier:</source>
      <translation>Nơi cung cấp:</translation>
    </message>
    <message>
      <source>Quantity:</source>
      <translation>Số lượng:</translation>
    </message>
    <message>
      <source>Papers:</source>
      <translation>Giấy tờ, hóa đơn:</translation>
    </message>
    <message>
      <source>Remark:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <source>Inspector:</source>
      <translation>Người kiểm tra:</translation>
    </message>
    <message>
      <source>Inspection record not saved</source>
      <translation>Chưa lưu được bản ghi kiểm thực</translation>
    </message>
  </context>
  <context>
    <name>InspectionPage</name>
    <message>
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>Fill from the menu and purchases</source>
      <translation>Điền sẵn theo thực đơn và hàng mua</translation>
    </message>
    <message>
      <source>1. Receiving</source>
      <translation>1. Nhận thực phẩm</translation>
    </message>
    <message>
      <source>2. Cooking</source>
      <translation>2. Chế biến</translation>
    </message>
    <message>
      <source>3. Before serving</source>
      <translation>3. Trước khi ăn</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Bước</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Giờ</translation>
    </message>
    <message>
      <source>Food or dish</source>
      <translation>Thực phẩm hoặc món ăn</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Nơi cung cấp</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Papers</source>
      <translation>Giấy tờ</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Cảm quan</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>đạt</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>không đạt</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Người kiểm tra</translation>
    </message>
    <message>
      <source>Three-step food inspection</source>
      <translation>Kiểm thực ba bước</translation>
    </message>
    <message>
      <source>Add record…</source>
      <translation>Thêm dòng…</translation>
    </message>
    <message>
      <source>Edit record…</source>
      <translation>Sửa dòng…</translation>
    </message>
    <message>
      <source>Delete record</source>
      <translation>Xóa dòng</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Bữa</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Món ăn</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Giờ lấy mẫu</translation>
    </message>
    <message>
      <source>Discarded</source>
      <translation>Giờ hủy mẫu</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Người lấy mẫu</translation>
    </message>
    <message>
      <source>Discarded by</source>
      <translation>Người hủy mẫu</translation>
    </message>
    <message>
      <source>Kept samples (at least 24 hours)</source>
      <translation>Lưu mẫu thức ăn (ít nhất 24 giờ)</translation>
    </message>
    <message>
      <source>Add sample…</source>
      <translation>Thêm mẫu…</translation>
    </message>
    <message>
      <source>Edit sample…</source>
      <translation>Sửa mẫu…</translation>
    </message>
    <message>
      <source>Discarded now</source>
      <translation>Hủy mẫu lúc này</translation>
    </message>
    <message>
      <source>Delete sample</source>
      <translation>Xóa mẫu</translation>
    </message>
    <message>
      <source>Inspection not filled in</source>
      <translation>Chưa điền được sổ kiểm thực</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Kiểm thực</translation>
    </message>
    <message>
      <source>Nothing to add: the day already has its records, or no menu and no purchase.</source>
      <translation>Không có gì để thêm: ngày này đã có sổ, hoặc chưa có thực đơn và hàng mua.</translation>
    </message>
    <message>
      <source>Delete the inspection of “%1” on %2 from the book?</source>
      <translation>Xóa dòng kiểm thực “%1” ngày %2 khỏi sổ?</translation>
    </message>
    <message>
      <source>Inspection record not deleted</source>
      <translation>Chưa xóa được bản ghi kiểm thực</translation>
    </message>
    <message>
      <source>The sample of “%1” was already discarded at %2. Write %3 instead?

To correct the time by hand: Edit sample…</source>
      <translation>Mẫu “%1” đã được ghi hủy lúc %2. Ghi lại thành %3?

Muốn sửa giờ hủy cho đúng: Sửa mẫu…</translation>
    </message>
    <message>
      <source>Sample not marked discarded</source>
      <translation>Chưa ghi được việc hủy mẫu</translation>
    </message>
    <message>
      <source>Delete the kept sample of “%1” on %2 from the book?</source>
      <translation>Xóa mẫu lưu “%1” ngày %2 khỏi sổ?</translation>
    </message>
    <message>
      <source>Sample not deleted</source>
      <translation>Chưa xóa được mẫu lưu</translation>
    </message>
  </context>
  <context>
    <name>Kitchen</name>
    <message>
      <source>Nursery</source>
      <translation>Nhà trẻ</translation>
    </message>
    <message>
      <source>Kindergarten</source>
      <translation>Mẫu giáo</translation>
    </message>
    <message>
      <source>Breakfast</source>
      <translation>Bữa sáng</translation>
    </message>
    <message>
      <source>Lunch</source>
      <translation>Bữa trưa</translation>
    </message>
    <message>
      <source>Afternoon meal</source>
      <translation>Bữa chiều</translation>
    </message>
    <message>
      <source>Snack</source>
      <translation>Bữa phụ</translation>
    </message>
    <message>
      <source>Below the norm</source>
      <translation>Thấp hơn định mức</translation>
    </message>
    <message>
      <source>Within the norm</source>
      <translation>Đạt định mức</translation>
    </message>
    <message>
      <source>Above the norm</source>
      <translation>Cao hơn định mức</translation>
    </message>
    <message>
      <source>Energy (kcal)</source>
      <translation>Năng lượng (kcal)</translation>
    </message>
    <message>
      <source>Protein (% of energy)</source>
      <translation>Protein (% năng lượng)</translation>
    </message>
    <message>
      <source>Fat (% of energy)</source>
      <translation>Lipid (% năng lượng)</translation>
    </message>
    <message>
      <source>Carbohydrate (% of energy)</source>
      <translation>Glucid (% năng lượng)</translation>
    </message>
  </context>
  <context>
    <name>KitchenTab</name>
    <message>
      <source>Day's &amp;portion</source>
      <translation>&amp;Khẩu phần ngày</translation>
    </message>
    <message>
      <source>&amp;Menus</source>
      <translation>T&amp;hực đơn</translation>
    </message>
    <message>
      <source>&amp;Dishes</source>
      <translation>&amp;Món ăn</translation>
    </message>
    <message>
      <source>Food &amp;catalogue</source>
      <translation>&amp;Danh mục thực phẩm</translation>
    </message>
    <message>
      <source>Mar&amp;ket list</source>
      <translation>Danh sách đi &amp;chợ</translation>
    </message>
    <message>
      <source>&amp;Inspection and samples</source>
      <translation>Kiểm thực và &amp;lưu mẫu</translation>
    </message>
    <message>
      <source>Print portion sheet</source>
      <translation>In bảng tính khẩu phần</translation>
    </message>
    <message>
      <source>Print weekly menu</source>
      <translation>In thực đơn tuần</translation>
    </message>
    <message>
      <source>Print inspection book</source>
      <translation>In sổ kiểm thực</translation>
    </message>
    <message>
      <source>Print sample book</source>
      <translation>In sổ lưu mẫu</translation>
    </message>
  </context>
  <context>
    <name>MarketListPage</name>
    <message>
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>Nơi cung cấp</translation>
    </message>
    <message>
      <source>(no supplier)</source>
      <translation>(chưa có nơi cung cấp)</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Net kg</source>
      <translation>Tinh (kg)</translation>
    </message>
    <message>
      <source>Gross kg</source>
      <translation>Thô (kg)</translation>
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
      <source>Latest price</source>
      <translation>Giá mới nhất</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>From the store</source>
      <translation>Xuất kho</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>Write to the market book</source>
      <translation>Ghi vào sổ chợ</translation>
    </message>
    <message>
      <source>Record the purchases in the market book and take dry goods out of the store, once for the day</source>
      <translation>Ghi hàng mua vào sổ chợ và xuất kho hàng khô, một lần cho mỗi ngày</translation>
    </message>
    <message>
      <source>Children eating: nursery %1, kindergarten %2; staff meals %3</source>
      <translation>Trẻ ăn: nhà trẻ %1, mẫu giáo %2; suất ăn cán bộ %3</translation>
    </message>
    <message>
      <source>Food money of the day's meals: %1 · to buy: %2 · from the store: %3 · %4</source>
      <translation>Tiền ăn (phần thực phẩm) trong ngày: %1 · mua: %2 · xuất kho: %3 · %4</translation>
    </message>
    <message>
      <source>surplus %1</source>
      <translation>thừa %1</translation>
    </message>
    <message>
      <source>deficit %1</source>
      <translation>thiếu %1</translation>
    </message>
    <message>
      <source>No price yet for: %1</source>
      <translation>Chưa có giá của: %1</translation>
    </message>
    <message>
      <source>No daily meal rate for these meals yet: the food money counts them 0.</source>
      <translation>Chưa có mức thu tiền ăn cho các suất này: tiền ăn tính bằng 0.</translation>
    </message>
    <message>
      <source>Already written to the market book.</source>
      <translation>Đã ghi vào sổ chợ.</translation>
    </message>
    <message>
      <source>Market book</source>
      <translation>Sổ chợ</translation>
    </message>
    <message>
      <source>Write %1 purchases of %2 to the market book and take the dry goods out of the store?</source>
      <translation>Ghi %1 khoản mua ngày %2 vào sổ chợ và xuất kho hàng khô?</translation>
    </message>
    <message>
      <source>Purchases not written</source>
      <translation>Chưa ghi được vào sổ chợ</translation>
    </message>
  </context>
  <context>
    <name>MenuImportDialog</name>
    <message>
      <source>Import menus</source>
      <translation>Nhập thực đơn</translation>
    </message>
    <message>
      <source>One row per ingredient. Columns: Ngày, Khối, Bữa, Món ăn, Mã thực phẩm and/or Thực phẩm, Định lượng (g/trẻ). Importing a day again replaces that day's menu for that age group.</source>
      <translation>Mỗi dòng một thực phẩm. Các cột: Ngày, Khối, Bữa, Món ăn, Mã thực phẩm và/hoặc Thực phẩm, Định lượng (g/trẻ). Nhập lại một ngày sẽ thay thực đơn ngày đó của khối đó.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Khối</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Bữa</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Món ăn</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Net g per child</source>
      <translation>g tinh/trẻ</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Lỗi</translation>
    </message>
    <message>
      <source>Import the valid rows and leave out the invalid ones</source>
      <translation>Nhập các dòng đúng, bỏ qua các dòng lỗi</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <source>Menu file</source>
      <translation>Tệp thực đơn</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>%1 rows, %2 invalid, %3 day menus.</source>
      <translation>%1 dòng, %2 dòng lỗi, %3 thực đơn ngày.</translation>
    </message>
    <message>
      <source>Replaces the menus of: %1.</source>
      <translation>Thay thực đơn của: %1.</translation>
    </message>
    <message>
      <source>Menus not imported</source>
      <translation>Chưa nhập được thực đơn</translation>
    </message>
  </context>
  <context>
    <name>MenuPage</name>
    <message>
      <source>Week of:</source>
      <translation>Tuần có ngày:</translation>
    </message>
    <message>
      <source>Age group:</source>
      <translation>Khối:</translation>
    </message>
    <message>
      <source>Add dish…</source>
      <translation>Thêm món…</translation>
    </message>
    <message>
      <source>Remove dish…</source>
      <translation>Bỏ món…</translation>
    </message>
    <message>
      <source>Copy week to…</source>
      <translation>Sao chép tuần sang…</translation>
    </message>
    <message>
      <source>Keep as rotation week…</source>
      <translation>Lưu làm tuần luân phiên…</translation>
    </message>
    <message>
      <source>Fill month from rotation</source>
      <translation>Lên thực đơn cả tháng theo luân phiên</translation>
    </message>
    <message>
      <source>Import menus…</source>
      <translation>Nhập thực đơn…</translation>
    </message>
    <message>
      <source>Menus</source>
      <translation>Thực đơn</translation>
    </message>
    <message>
      <source>Choose a day and a meal in the table first.</source>
      <translation>Hãy chọn một ngày và một bữa trong bảng trước.</translation>
    </message>
    <message>
      <source>No dish yet: create dishes on the Dishes page.</source>
      <translation>Chưa có món ăn nào: tạo món ở trang Món ăn.</translation>
    </message>
    <message>
      <source>Add dish</source>
      <translation>Thêm món</translation>
    </message>
    <message>
      <source>Dish for %1, %2:</source>
      <translation>Món cho ngày %1, %2:</translation>
    </message>
    <message>
      <source>Dish not added to the menu</source>
      <translation>Chưa thêm được món vào thực đơn</translation>
    </message>
    <message>
      <source>Remove dish</source>
      <translation>Bỏ món</translation>
    </message>
    <message>
      <source>Dish to remove:</source>
      <translation>Món cần bỏ:</translation>
    </message>
    <message>
      <source>Dish not removed from the menu</source>
      <translation>Chưa bỏ được món khỏi thực đơn</translation>
    </message>
    <message>
      <source>Copy week</source>
      <translation>Sao chép tuần</translation>
    </message>
    <message>
      <source>Copy this week's menus (both age groups) to the week of:</source>
      <translation>Sao chép thực đơn tuần này (cả hai khối) sang tuần có ngày:</translation>
    </message>
    <message>
      <source>Week not copied</source>
      <translation>Chưa sao chép được thực đơn tuần</translation>
    </message>
    <message>
      <source>%1 day menus copied.</source>
      <translation>Đã sao chép %1 thực đơn ngày.</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Thực đơn luân phiên</translation>
    </message>
    <message>
      <source>Keep this week's menus (both age groups) as week number (1-4) of the rotation:</source>
      <translation>Lưu thực đơn tuần này (cả hai khối) làm tuần số (1-4) của thực đơn luân phiên:</translation>
    </message>
    <message>
      <source>Rotation not kept</source>
      <translation>Chưa lưu được thực đơn luân phiên</translation>
    </message>
    <message>
      <source>Fill month</source>
      <translation>Lên thực đơn cả tháng</translation>
    </message>
    <message>
      <source>Give every school day of %1 its menu from the 4-week rotation? Menus already planned in that month are replaced; holidays stay empty.</source>
      <translation>Lên thực đơn cho mọi ngày học của tháng %1 theo thực đơn luân phiên 4 tuần? Thực đơn đã có trong tháng sẽ được thay; ngày nghỉ lễ để trống.</translation>
    </message>
    <message>
      <source>Month not filled</source>
      <translation>Chưa xếp được thực đơn cả tháng</translation>
    </message>
    <message>
      <source>%1 day menus written.</source>
      <translation>Đã ghi %1 thực đơn ngày.</translation>
    </message>
  </context>
  <context>
    <name>NormsDialog</name>
    <message>
      <source>Nutrition norms</source>
      <translation>Định mức dinh dưỡng</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Khối</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>Energy (kcal)</source>
      <translation>Năng lượng (kcal)</translation>
    </message>
    <message>
      <source>Protein %</source>
      <translation>Protein %</translation>
    </message>
    <message>
      <source>Fat %</source>
      <translation>Lipid %</translation>
    </message>
    <message>
      <source>Carbohydrate %</source>
      <translation>Glucid %</translation>
    </message>
    <message>
      <source>Day's need (kcal)</source>
      <translation>Nhu cầu cả ngày (kcal)</translation>
    </message>
    <message>
      <source>Meal shares %</source>
      <translation>Tỉ lệ các bữa %</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <source>Age group:</source>
      <translation>Khối:</translation>
    </message>
    <message>
      <source>In force from:</source>
      <translation>Áp dụng từ ngày:</translation>
    </message>
    <message>
      <source>Energy (kcal):</source>
      <translation>Năng lượng (kcal):</translation>
    </message>
    <message>
      <source>Protein (% of energy):</source>
      <translation>Protein (% năng lượng):</translation>
    </message>
    <message>
      <source>Fat (% of energy):</source>
      <translation>Lipid (% năng lượng):</translation>
    </message>
    <message>
      <source>Carbohydrate (% of energy):</source>
      <translation>Glucid (% năng lượng):</translation>
    </message>
    <message>
      <source>Day's need, whole day (kcal):</source>
      <translation>Nhu cầu năng lượng cả ngày (kcal):</translation>
    </message>
    <message>
      <source>%1, % of the day's need (0–0: none):</source>
      <translation>%1, % nhu cầu cả ngày (0–0: không quy định):</translation>
    </message>
    <message>
      <source>Source:</source>
      <translation>Căn cứ:</translation>
    </message>
    <message>
      <source>Save these norms</source>
      <translation>Lưu định mức này</translation>
    </message>
    <message>
      <source>Delete the selected norms</source>
      <translation>Xóa định mức đang chọn</translation>
    </message>
    <message>
      <source>Norms not saved</source>
      <translation>Chưa lưu được định mức dinh dưỡng</translation>
    </message>
  </context>
  <context>
    <name>PortionPage</name>
    <message>
      <source>Day:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>Norms…</source>
      <translation>Định mức…</translation>
    </message>
    <message>
      <source>Nutrition norms per age group (Thông tư 28/2016 by default)</source>
      <translation>Định mức dinh dưỡng theo khối (mặc định theo Thông tư 28/2016)</translation>
    </message>
    <message>
      <source>Per child</source>
      <translation>Một trẻ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Đạt được</translation>
    </message>
    <message>
      <source>Norm</source>
      <translation>Định mức</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Đánh giá</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Bữa</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Món ăn</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Thực phẩm</translation>
    </message>
    <message>
      <source>Net g</source>
      <translation>Tinh (g)</translation>
    </message>
    <message>
      <source>Gross g</source>
      <translation>Thô (g)</translation>
    </message>
    <message>
      <source>kcal</source>
      <translation>kcal</translation>
    </message>
    <message>
      <source>Protein g</source>
      <translation>Protein (g)</translation>
    </message>
    <message>
      <source>Fat g</source>
      <translation>Lipid (g)</translation>
    </message>
    <message>
      <source>Carb. g</source>
      <translation>Glucid (g)</translation>
    </message>
    <message>
      <source>Average of the week (per child)</source>
      <translation>Trung bình tuần (một trẻ)</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <source>Animal / vegetable protein</source>
      <translation>Protein động vật / thực vật</translation>
    </message>
    <message>
      <source>Animal / vegetable fat</source>
      <translation>Lipid động vật / thực vật</translation>
    </message>
    <message>
      <source>Calcium (mg)</source>
      <translation>Canxi (mg)</translation>
    </message>
    <message>
      <source>Iron (mg)</source>
      <translation>Sắt (mg)</translation>
    </message>
    <message>
      <source>Vitamin A (mcg)</source>
      <translation>Vitamin A (mcg)</translation>
    </message>
    <message>
      <source>Vitamin B1 (mg)</source>
      <translation>Vitamin B1 (mg)</translation>
    </message>
    <message>
      <source>Vitamin C (mg)</source>
      <translation>Vitamin C (mg)</translation>
    </message>
    <message>
      <source>%1: share of the day's need</source>
      <translation>%1: tỉ lệ so với nhu cầu cả ngày</translation>
    </message>
    <message>
      <source>%1 — %2 children eating</source>
      <translation>%1 — %2 trẻ ăn</translation>
    </message>
    <message>
      <source>No menu on this day yet: plan it on the Menus page.</source>
      <translation>Ngày này chưa có thực đơn: lên thực đơn ở trang Thực đơn.</translation>
    </message>
    <message>
      <source>The food table gives no value for some nutrients of: %1 (counted as 0).</source>
      <translation>Bảng thành phần thực phẩm không có số liệu một số chất của: %1 (tính bằng 0).</translation>
    </message>
  </context>
  <context>
    <name>SampleDialog</name>
    <message>
      <source>Kept sample of %1</source>
      <translation>Mẫu lưu ngày %1</translation>
    </message>
    <message>
      <source>Discarded</source>
      <translation>Đã hủy mẫu</translation>
    </message>
    <message>
      <source>Meal:</source>
      <translation>Bữa:</translation>
    </message>
    <message>
      <source>Dish:</source>
      <translation>Món ăn:</translation>
    </message>
    <message>
      <source>Quantity:</source>
      <translation>Số lượng:</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>Đơn vị:</translation>
    </message>
    <message>
      <source>Taken at:</source>
      <translation>Giờ lấy mẫu:</translation>
    </message>
    <message>
      <source>Discarded at:</source>
      <translation>Giờ hủy mẫu:</translation>
    </message>
    <message>
      <source>Taken by:</source>
      <translation>Người lấy mẫu:</translation>
    </message>
    <message>
      <source>Discarded by:</source>
      <translation>Người hủy mẫu:</translation>
    </message>
    <message>
      <source>Sample not saved</source>
      <translation>Chưa lưu được mẫu thức ăn</translation>
    </message>
  </context>
  <context>
    <name>WeekModel</name>
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
      <source>Energy per child</source>
      <translation>Năng lượng một trẻ</translation>
    </message>
  </context>
</TS>