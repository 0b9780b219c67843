<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>ChartPanel</name>
    <message>
      <source>Export PNG/PDF…</source>
      <translation>Xuất PNG/PDF…</translation>
    </message>
    <message>
      <source>Chart:</source>
      <translation>Biểu đồ:</translation>
    </message>
    <message>
      <source>Point at or click a measurement to see its values.</source>
      <translation>Trỏ chuột hoặc bấm vào một lần đo để xem số liệu.</translation>
    </message>
    <message>
      <source>Choose a child in the entry grid to see the chart.</source>
      <translation>Chọn một trẻ trong bảng nhập số đo để xem biểu đồ.</translation>
    </message>
    <message>
      <source>Age (months)</source>
      <translation>Tháng tuổi</translation>
    </message>
    <message>
      <source>Weight (kg)</source>
      <translation>Cân nặng (kg)</translation>
    </message>
    <message>
      <source>Height (cm)</source>
      <translation>Chiều cao (cm)</translation>
    </message>
    <message>
      <source>Weight-for-age</source>
      <translation>Cân nặng theo tuổi</translation>
    </message>
    <message>
      <source>Height-for-age</source>
      <translation>Chiều cao theo tuổi</translation>
    </message>
    <message>
      <source>Weight-for-length (0–2 years)</source>
      <translation>Cân nặng theo chiều dài nằm (0–2 tuổi)</translation>
    </message>
    <message>
      <source>Length (cm)</source>
      <translation>Chiều dài nằm (cm)</translation>
    </message>
    <message>
      <source>Weight-for-height (2–5 years)</source>
      <translation>Cân nặng theo chiều cao (2–5 tuổi)</translation>
    </message>
    <message>
      <source>BMI-for-age</source>
      <translation>BMI theo tuổi</translation>
    </message>
    <message>
      <source>BMI (kg/m²)</source>
      <translation>BMI (kg/m²)</translation>
    </message>
    <message>
      <source>boy</source>
      <translation>trẻ trai</translation>
    </message>
    <message>
      <source>girl</source>
      <translation>trẻ gái</translation>
    </message>
    <message>
      <source>%1 — %2 months — %3 — z = %4</source>
      <translation>%1 — %2 tháng — %3 — z = %4</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày đo</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Tư thế đo</translation>
    </message>
    <message>
      <source>W/A z</source>
      <translation>CN/T (z)</translation>
    </message>
    <message>
      <source>H/A z</source>
      <translation>CC/T (z)</translation>
    </message>
    <message>
      <source>W/L or W/H z</source>
      <translation>CN/CD hoặc CN/CC (z)</translation>
    </message>
    <message>
      <source>BMI/A z</source>
      <translation>BMI/T (z)</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Đánh giá</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Bình thường</translation>
    </message>
    <message>
      <source>Lying</source>
      <translation>Nằm</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Đứng</translation>
    </message>
    <message>
      <source>%1 — %2, born %3</source>
      <translation>%1 — %2, sinh ngày %3</translation>
    </message>
    <message>
      <source>Export chart</source>
      <translation>Xuất biểu đồ</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;PNG image (*.png)</source>
      <translation>PDF (*.pdf);;Ảnh PNG (*.png)</translation>
    </message>
  </context>
  <context>
    <name>EntryModel</name>
    <message>
      <source>No.</source>
      <translation>STT</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Age (months)</source>
      <translation>Tháng tuổi</translation>
    </message>
    <message>
      <source>Weight (kg)</source>
      <translation>Cân nặng (kg)</translation>
    </message>
    <message>
      <source>Height (cm)</source>
      <translation>Chiều cao (cm)</translation>
    </message>
    <message>
      <source>Lying</source>
      <translation>Nằm</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Vắng</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>W/A z</source>
      <translation>CN/T (z)</translation>
    </message>
    <message>
      <source>H/A z</source>
      <translation>CC/T (z)</translation>
    </message>
    <message>
      <source>BMI/A z</source>
      <translation>BMI/T (z)</translation>
    </message>
    <message>
      <source>W/H or BMI/A z</source>
      <translation>CN/CC hoặc BMI/T (z)</translation>
    </message>
    <message>
      <source>W/H z</source>
      <translation>CN/CC (z)</translation>
    </message>
    <message>
      <source>Weight-for-age z-score</source>
      <translation>Chỉ số Z cân nặng theo tuổi</translation>
    </message>
    <message>
      <source>Length/height-for-age z-score</source>
      <translation>Chỉ số Z chiều dài/chiều cao theo tuổi</translation>
    </message>
    <message>
      <source>Weight-for-length/height z-score under 5 years, BMI-for-age z-score from 5 years</source>
      <translation>Chỉ số Z cân nặng theo chiều dài/chiều cao dưới 5 tuổi, BMI theo tuổi từ 5 tuổi</translation>
    </message>
    <message>
      <source>Measurement of %1 not saved</source>
      <translation>Chưa lưu được số đo của %1</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng dinh dưỡng</translation>
    </message>
    <message>
      <source>Follow-up reason</source>
      <translation>Lý do theo dõi</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Bình thường</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Đứng</translation>
    </message>
    <message>
      <source>Change to check</source>
      <translation>Cần kiểm tra thay đổi</translation>
    </message>
    <message>
      <source>Confirmed by the nurse:</source>
      <translation>Nhân viên y tế đã xác nhận:</translation>
    </message>
    <message>
      <source>Unusual value, confirmed by the nurse</source>
      <translation>Số đo bất thường, đã được nhân viên y tế xác nhận</translation>
    </message>
    <message>
      <source>WHO marks this value as implausible: measure again</source>
      <translation>Theo WHO, số đo này khó xảy ra: cần cân đo lại</translation>
    </message>
    <message>
      <source>Last time (%1): %2 kg, %3 cm</source>
      <translation>Lần trước (%1): %2 kg, %3 cm</translation>
    </message>
    <message>
      <source>%1: “%2” is not a number</source>
      <translation>%1: “%2” không phải là số</translation>
    </message>
  </context>
  <context>
    <name>GrowthLabels</name>
    <message>
      <source>Normal weight</source>
      <translation>Cân nặng bình thường</translation>
    </message>
    <message>
      <source>Underweight</source>
      <translation>SDD nhẹ cân</translation>
    </message>
    <message>
      <source>Severely underweight</source>
      <translation>SDD nhẹ cân mức độ nặng</translation>
    </message>
    <message>
      <source>Weight above normal</source>
      <translation>Cân nặng cao hơn so với tuổi</translation>
    </message>
    <message>
      <source>Normal height</source>
      <translation>Chiều cao bình thường</translation>
    </message>
    <message>
      <source>Stunted</source>
      <translation>Thấp còi</translation>
    </message>
    <message>
      <source>Severely stunted</source>
      <translation>Thấp còi mức độ nặng</translation>
    </message>
    <message>
      <source>Normal weight-for-height</source>
      <translation>Cân nặng theo chiều cao bình thường</translation>
    </message>
    <message>
      <source>Wasted</source>
      <translation>Gầy còm</translation>
    </message>
    <message>
      <source>Severely wasted</source>
      <translation>Gầy còm mức độ nặng</translation>
    </message>
    <message>
      <source>Overweight</source>
      <translation>Thừa cân</translation>
    </message>
    <message>
      <source>Obese</source>
      <translation>Béo phì</translation>
    </message>
    <message>
      <source>Measure again</source>
      <translation>Cần cân đo lại</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Bình thường</translation>
    </message>
    <message>
      <source>Severe</source>
      <translation>Mức độ nặng</translation>
    </message>
    <message>
      <source>Above +2</source>
      <translation>Trên +2SD</translation>
    </message>
    <message>
      <source>Re-check</source>
      <translation>Đo lại</translation>
    </message>
    <message>
      <source>Weight-for-age</source>
      <translation>Cân nặng theo tuổi</translation>
    </message>
    <message>
      <source>Height-for-age</source>
      <translation>Chiều cao theo tuổi</translation>
    </message>
    <message>
      <source>Weight-for-height / BMI-for-age</source>
      <translation>Cân nặng theo chiều cao / BMI theo tuổi</translation>
    </message>
    <message>
      <source>Malnutrition</source>
      <translation>Suy dinh dưỡng</translation>
    </message>
    <message>
      <source>Stunting</source>
      <translation>Thấp còi</translation>
    </message>
    <message>
      <source>Wasting</source>
      <translation>Gầy còm</translation>
    </message>
    <message>
      <source>Overweight and obesity</source>
      <translation>Thừa cân, béo phì</translation>
    </message>
    <message>
      <source>Under 24 months</source>
      <translation>Dưới 24 tháng tuổi</translation>
    </message>
    <message>
      <source>%1 last time</source>
      <translation>%1 lần đo trước</translation>
    </message>
    <message>
      <source>Weight %1 kg is outside 2–50 kg</source>
      <translation>Cân nặng %1 kg nằm ngoài khoảng 2–50 kg</translation>
    </message>
    <message>
      <source>Height %1 cm is outside 45–150 cm</source>
      <translation>Chiều cao %1 cm nằm ngoài khoảng 45–150 cm</translation>
    </message>
    <message>
      <source>The visit date %1 is before the child's birth (%2)</source>
      <translation>Ngày cân đo %1 trước ngày sinh của trẻ (%2)</translation>
    </message>
    <message>
      <source>The visit date %1 is in the future</source>
      <translation>Ngày cân đo %1 là ngày trong tương lai</translation>
    </message>
    <message>
      <source>The child is not enrolled in this class on %1</source>
      <translation>Trẻ không có tên trong lớp vào ngày %1</translation>
    </message>
    <message>
      <source>The position must be lying or standing</source>
      <translation>Tư thế đo phải là nằm hoặc đứng</translation>
    </message>
    <message>
      <source>Weight %1 kg is %2 % less than last time (%3 kg on %4)</source>
      <translation>Cân nặng %1 kg giảm %2 % so với lần trước (%3 kg ngày %4)</translation>
    </message>
    <message>
      <source>Height %1 cm is less than last time (%2 cm on %3)</source>
      <translation>Chiều cao %1 cm thấp hơn lần trước (%2 cm ngày %3)</translation>
    </message>
    <message>
      <source>WHO marks this %1 z-score (%2) as implausible: measure again</source>
      <translation>Theo WHO, chỉ số %1 (z = %2) khó xảy ra: cần cân đo lại</translation>
    </message>
  </context>
  <context>
    <name>GrowthTab</name>
    <message>
      <source>New round…</source>
      <translation>Thêm đợt cân đo…</translation>
    </message>
    <message>
      <source>Date written on the new measurements of this class</source>
      <translation>Ngày ghi cho các số đo mới của lớp này</translation>
    </message>
    <message>
      <source>R&amp;ound:</source>
      <translation>Đợt cân đ&amp;o:</translation>
    </message>
    <message>
      <source>C&amp;lass:</source>
      <translation>&amp;Lớp:</translation>
    </message>
    <message>
      <source>Print growth cards…</source>
      <translation>In phiếu theo dõi tăng trưởng…</translation>
    </message>
    <message>
      <source>One page per child with the WHO charts and the measurements up to this round</source>
      <translation>Mỗi trẻ một trang: biểu đồ tăng trưởng WHO và các lần cân đo đến đợt này</translation>
    </message>
    <message>
      <source>This class</source>
      <translation>Lớp này</translation>
    </message>
    <message>
      <source>Whole school</source>
      <translation>Toàn trường</translation>
    </message>
    <message>
      <source>Targets…</source>
      <translation>Chỉ tiêu…</translation>
    </message>
    <message>
      <source>The plan's targets the summary compares with</source>
      <translation>Chỉ tiêu kế hoạch năm học dùng để so sánh trong bảng tổng hợp</translation>
    </message>
    <message>
      <source>Show the whole class</source>
      <translation>Hiện cả lớp</translation>
    </message>
    <message>
      <source>A monthly check shows only the children to follow up; tick to measure any child of the class</source>
      <translation>Lần kiểm tra hằng tháng chỉ hiện các trẻ cần theo dõi; đánh dấu để cân đo bất kỳ trẻ nào trong lớp</translation>
    </message>
    <message>
      <source>Type a value and press Enter; Tab goes to the next field. Space ticks “Lying” or “Absent”. Each row is saved as soon as it is entered. Ctrl+G: the child's chart.</source>
      <translation>Gõ số đo rồi nhấn Enter; Tab sang ô nhập tiếp theo. Phím cách đánh dấu “Nằm” hoặc “Vắng”. Mỗi dòng được lưu ngay khi nhập. Ctrl+G: biểu đồ của trẻ.</translation>
    </message>
    <message>
      <source>Enter: next child (down the column)</source>
      <translation>Enter: sang trẻ tiếp theo (theo cột)</translation>
    </message>
    <message>
      <source>Enter: weight → height → next child</source>
      <translation>Enter: cân nặng → chiều cao → trẻ tiếp theo</translation>
    </message>
    <message>
      <source>Where the cursor goes after Enter</source>
      <translation>Con trỏ đi đâu sau khi nhấn Enter</translation>
    </message>
    <message>
      <source>Enter measurements</source>
      <translation>Nhập số đo</translation>
    </message>
    <message>
      <source>Growth chart</source>
      <translation>Biểu đồ tăng trưởng</translation>
    </message>
    <message>
      <source>Summary and follow-up</source>
      <translation>Tổng hợp và theo dõi</translation>
    </message>
    <message>
      <source>Visit date:</source>
      <translation>Ngày cân đo:</translation>
    </message>
    <message>
      <source>This class (%1)</source>
      <translation>Lớp này (%1)</translation>
    </message>
    <message>
      <source>Monthly check: %1 of the class's %2 children are on the follow-up list (under 24 months, or malnourished or overweight last time).</source>
      <translation>Kiểm tra hằng tháng: %1 trong %2 trẻ của lớp thuộc danh sách theo dõi (dưới 24 tháng tuổi, hoặc suy dinh dưỡng, thừa cân ở lần đo trước).</translation>
    </message>
    <message>
      <source>Only they are shown.</source>
      <translation>Chỉ hiện các trẻ này.</translation>
    </message>
    <message>
      <source>No school year yet: set up the school year, its classes and children on the Class lists tab first.</source>
      <translation>Chưa có năm học: hãy lập năm học, các lớp và trẻ ở thẻ “Danh sách lớp” trước.</translation>
    </message>
    <message>
      <source>No measurement round yet: add one with “New round…”.</source>
      <translation>Chưa có đợt cân đo: hãy thêm bằng nút “Thêm đợt cân đo…”.</translation>
    </message>
    <message>
      <source>No child in this class needs the monthly follow-up.</source>
      <translation>Không có trẻ cần theo dõi hằng tháng trong lớp này.</translation>
    </message>
    <message>
      <source>Tick “Show the whole class” to measure another child.</source>
      <translation>Đánh dấu “Hiện cả lớp” để cân đo trẻ khác.</translation>
    </message>
    <message>
      <source>No classes in %1 yet: create the classes and enrol the children on the Class lists tab.</source>
      <translation>Năm học %1 chưa có lớp: hãy tạo lớp và nhập trẻ ở thẻ “Danh sách lớp”.</translation>
    </message>
    <message>
      <source>No child is enrolled in %1 on %2, the date of this round.</source>
      <translation>Lớp %1 không có trẻ nào đang học vào ngày %2 (ngày của đợt cân đo này).</translation>
    </message>
    <message>
      <source>%1 of %2 children measured</source>
      <translation>Đã cân đo %1/%2 trẻ</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>Unusual value</source>
      <translation>Số đo bất thường</translation>
    </message>
    <message>
      <source>%1:</source>
      <translation>%1:</translation>
    </message>
    <message>
      <source>Keep this value anyway?</source>
      <translation>Vẫn giữ số đo này?</translation>
    </message>
    <message>
      <source>&amp;Keep the value</source>
      <translation>&amp;Giữ giá trị</translation>
    </message>
    <message>
      <source>&amp;Enter it again</source>
      <translation>&amp;Nhập lại</translation>
    </message>
  </context>
  <context>
    <name>QualityPage</name>
    <message>
      <source>Implausible changes since the previous measurement</source>
      <translation>Thay đổi bất thường so với lần đo trước</translation>
    </message>
    <message>
      <source>No weight gain or weight loss since the previous measurement</source>
      <translation>Trẻ không tăng cân hoặc sụt cân so với lần đo trước</translation>
    </message>
    <message>
      <source>All ages</source>
      <translation>Mọi lứa tuổi</translation>
    </message>
    <message>
      <source>60 months and over</source>
      <translation>Từ 60 tháng trở lên</translation>
    </message>
    <message>
      <source>%1–%2 months</source>
      <translation>%1–%2 tháng</translation>
    </message>
    <message>
      <source>W/A</source>
      <translation>CN/T</translation>
    </message>
    <message>
      <source>H/A</source>
      <translation>CC/T</translation>
    </message>
    <message>
      <source>W/H</source>
      <translation>CN/CC</translation>
    </message>
    <message>
      <source>BMI/A</source>
      <translation>BMI/T</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Tuổi</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Sĩ số</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Đã đo</translation>
    </message>
    <message>
      <source>% missing</source>
      <translation>% chưa có số đo</translation>
    </message>
    <message>
      <source>% flagged</source>
      <translation>% số đo bị đánh dấu</translation>
    </message>
    <message>
      <source>Enrolled children without a measurement in this round</source>
      <translation>Trẻ có tên trong lớp nhưng chưa có số đo trong đợt này</translation>
    </message>
    <message>
      <source>Measured children with a z-score WHO marks as implausible</source>
      <translation>Trẻ đã đo có chỉ số Z bị WHO đánh dấu là không hợp lý</translation>
    </message>
    <message>
      <source>%1 mean</source>
      <translation>%1 TB</translation>
    </message>
    <message>
      <source>%1 SD</source>
      <translation>%1 ĐLC</translation>
    </message>
    <message>
      <source>Number of z-scores (flagged ones left out)</source>
      <translation>Số chỉ số Z (không tính số bị đánh dấu)</translation>
    </message>
    <message>
      <source>Mean z-score</source>
      <translation>Chỉ số Z trung bình</translation>
    </message>
    <message>
      <source>Standard deviation of the z-scores</source>
      <translation>Độ lệch chuẩn của chỉ số Z</translation>
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
      <source>Age (months)</source>
      <translation>Tháng tuổi</translation>
    </message>
    <message>
      <source>Last measured</source>
      <translation>Lần đo gần nhất</translation>
    </message>
    <message>
      <source>Weight before (kg)</source>
      <translation>Cân nặng lần trước (kg)</translation>
    </message>
    <message>
      <source>Height before (cm)</source>
      <translation>Chiều cao lần trước (cm)</translation>
    </message>
    <message>
      <source>Weight (kg)</source>
      <translation>Cân nặng (kg)</translation>
    </message>
    <message>
      <source>Height (cm)</source>
      <translation>Chiều cao (cm)</translation>
    </message>
    <message>
      <source>Change (kg)</source>
      <translation>Thay đổi (kg)</translation>
    </message>
    <message>
      <source>To check</source>
      <translation>Cần kiểm tra</translation>
    </message>
    <message>
      <source>Weight loss</source>
      <translation>Sụt cân</translation>
    </message>
    <message>
      <source>No weight gain</source>
      <translation>Không tăng cân</translation>
    </message>
    <message>
      <source>%1 children</source>
      <translation>%1 trẻ</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <source>New measurement round</source>
      <translation>Thêm đợt cân đo</translation>
    </message>
    <message>
      <source>Monthly check (children followed up)</source>
      <translation>Cân đo hằng tháng (trẻ cần theo dõi)</translation>
    </message>
    <message>
      <source>School-wide round</source>
      <translation>Đợt cân đo toàn trường</translation>
    </message>
    <message>
      <source>Leave empty for the usual name</source>
      <translation>Để trống để dùng tên thông thường</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Loại:</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <source>Measurement round not added</source>
      <translation>Chưa thêm được đợt cân đo</translation>
    </message>
  </context>
  <context>
    <name>SummaryPanel</name>
    <message>
      <source>All children</source>
      <translation>Tất cả trẻ</translation>
    </message>
    <message>
      <source>Boys</source>
      <translation>Trẻ trai</translation>
    </message>
    <message>
      <source>Girls</source>
      <translation>Trẻ gái</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Hiển thị:</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation>Nhóm:</translation>
    </message>
    <message>
      <source>By class</source>
      <translation>Theo lớp</translation>
    </message>
    <message>
      <source>Children per category</source>
      <translation>Danh sách trẻ theo nhóm</translation>
    </message>
    <message>
      <source>Monthly follow-up</source>
      <translation>Theo dõi hằng tháng</translation>
    </message>
    <message>
      <source>Data quality</source>
      <translation>Chất lượng số liệu</translation>
    </message>
    <message>
      <source>Whole school</source>
      <translation>Toàn trường</translation>
    </message>
    <message>
      <source>Age group: %1</source>
      <translation>Khối: %1</translation>
    </message>
    <message>
      <source>No round chosen.</source>
      <translation>Chưa chọn đợt cân đo.</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Lớp</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Số trẻ</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Được cân đo</translation>
    </message>
    <message>
      <source>W/A</source>
      <translation>CN/T</translation>
    </message>
    <message>
      <source>H/A</source>
      <translation>CC/T</translation>
    </message>
    <message>
      <source>W/H</source>
      <translation>CN/CC</translation>
    </message>
    <message>
      <source>Target: under %1 %</source>
      <translation>Chỉ tiêu: dưới %1 %</translation>
    </message>
    <message>
      <source>Change (points)</source>
      <translation>Thay đổi (điểm %)</translation>
    </message>
    <message>
      <source>Percentage points since the first round of the year</source>
      <translation>Số điểm phần trăm thay đổi so với đợt đầu năm học</translation>
    </message>
    <message>
      <source>%1 — %2: %3 of %4 children measured.</source>
      <translation>%1 — %2: đã cân đo %3/%4 trẻ.</translation>
    </message>
    <message>
      <source>Changes are compared with %1.</source>
      <translation>Thay đổi so với %1.</translation>
    </message>
    <message>
      <source>This monthly check covers only the children on the follow-up list, not the whole class.</source>
      <translation>Lần kiểm tra hằng tháng này chỉ gồm các trẻ trong danh sách theo dõi, không phải cả lớp.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Age (months)</source>
      <translation>Tháng tuổi</translation>
    </message>
    <message>
      <source>Weight (kg)</source>
      <translation>Cân nặng (kg)</translation>
    </message>
    <message>
      <source>Height (cm)</source>
      <translation>Chiều cao (cm)</translation>
    </message>
    <message>
      <source>Boy</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>Girl</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <source>%1 children to weigh and measure every month (on %2): under 24 months, or malnourished or overweight at their last measurement.</source>
      <translation>%1 trẻ cần cân đo hằng tháng (ngày %2): trẻ dưới 24 tháng tuổi, hoặc bị suy dinh dưỡng, thừa cân, béo phì ở lần cân đo gần nhất.</translation>
    </message>
    <message>
      <source>Last measured</source>
      <translation>Lần cân đo gần nhất</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
  </context>
  <context>
    <name>TargetsDialog</name>
    <message>
      <source>Growth targets</source>
      <translation>Chỉ tiêu về dinh dưỡng, tăng trưởng</translation>
    </message>
    <message>
      <source>The school-year plan's targets: each rate should stay under this percentage of the children measured. Leave a field empty for no target.</source>
      <translation>Chỉ tiêu theo kế hoạch năm học: mỗi tỷ lệ cần dưới mức phần trăm này so với số trẻ được cân đo. Để trống nếu không đặt chỉ tiêu.</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>không đặt chỉ tiêu</translation>
    </message>
    <message>
      <source>%1 under (%):</source>
      <translation>%1 dưới (%):</translation>
    </message>
    <message>
      <source>%1: “%2” is not a number.</source>
      <translation>%1: “%2” không phải là số.</translation>
    </message>
    <message>
      <source>%1: %2 % is outside 0–100 %.</source>
      <translation>%1: %2 % nằm ngoài khoảng 0–100 %.</translation>
    </message>
    <message>
      <source>Nothing was saved:</source>
      <translation>Chưa lưu gì:</translation>
    </message>
    <message>
      <source>Targets not saved</source>
      <translation>Chưa lưu được chỉ tiêu</translation>
    </message>
  </context>
</TS>