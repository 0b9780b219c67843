<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="35"/>
        <source>Export PNG/PDF…</source>
        <translation>Xuất PNG/PDF…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="39"/>
        <source>Chart:</source>
        <translation>Biểu đồ:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="44"/>
        <source>Choose a child in the entry grid to see the chart.</source>
        <translation>Chọn một trẻ trong bảng nhập số đo để xem biểu đồ.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="49"/>
        <source>Age (months)</source>
        <translation>Tháng tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="49"/>
        <source>Weight (kg)</source>
        <translation>Cân nặng (kg)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="49"/>
        <source>Height (cm)</source>
        <translation>Chiều cao (cm)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="51"/>
        <source>Weight-for-age</source>
        <translation>Cân nặng theo tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="52"/>
        <source>Height-for-age</source>
        <translation>Chiều cao theo tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="53"/>
        <source>Weight-for-height</source>
        <translation>Cân nặng theo chiều cao</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="54"/>
        <source>BMI-for-age</source>
        <translation>BMI theo tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="54"/>
        <source>BMI (kg/m²)</source>
        <translation>BMI (kg/m²)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="62"/>
        <source>boy</source>
        <translation>trẻ trai</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="63"/>
        <source>girl</source>
        <translation>trẻ gái</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="100"/>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="114"/>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="102"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/chart_panel.py" line="115"/>
        <source>The chart could not be saved: %1</source>
        <translation>Không lưu được biểu đồ: %1</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="92"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="92"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="92"/>
        <source>Age (months)</source>
        <translation>Tháng tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="92"/>
        <source>Weight (kg)</source>
        <translation>Cân nặng (kg)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="93"/>
        <source>Height (cm)</source>
        <translation>Chiều cao (cm)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="93"/>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="191"/>
        <source>Lying</source>
        <translation>Nằm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="93"/>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="93"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="94"/>
        <source>W/A z</source>
        <translation>CN/T (z)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="94"/>
        <source>H/A z</source>
        <translation>CC/T (z)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="94"/>
        <source>W/H z</source>
        <translation>CN/CC (z)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="94"/>
        <source>Status</source>
        <translation>Tình trạng dinh dưỡng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="95"/>
        <source>Follow-up reason</source>
        <translation>Lý do theo dõi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="140"/>
        <source>Weight-for-height under 5 years, BMI-for-age from 5 years</source>
        <translation>Cân nặng theo chiều cao dưới 5 tuổi, BMI theo tuổi từ 5 tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="158"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="191"/>
        <source>Standing</source>
        <translation>Đứng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="227"/>
        <source>Unusual value, confirmed by the nurse</source>
        <translation>Số đo bất thường, đã được nhân viên y tế xác nhận</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="228"/>
        <source>WHO marks this value as implausible: measure again</source>
        <translation>Theo WHO, số đo này khó xảy ra: cần cân đo lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="231"/>
        <source>Last time (%1): %2 kg, %3 cm</source>
        <translation>Lần trước (%1): %2 kg, %3 cm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/entry_model.py" line="258"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: “%2” không phải là số</translation>
    </message>
</context>
<context>
    <name>GrowthLabels</name>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="15"/>
        <source>Normal weight</source>
        <translation>Cân nặng bình thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="16"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="37"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="62"/>
        <source>Underweight</source>
        <translation>SDD nhẹ cân</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="17"/>
        <source>Severely underweight</source>
        <translation>SDD nhẹ cân mức độ nặng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="18"/>
        <source>Weight above normal</source>
        <translation>Cân nặng cao hơn so với tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="19"/>
        <source>Normal height</source>
        <translation>Chiều cao bình thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="20"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="40"/>
        <source>Stunted</source>
        <translation>Thấp còi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="21"/>
        <source>Severely stunted</source>
        <translation>Thấp còi mức độ nặng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="22"/>
        <source>Normal weight-for-height</source>
        <translation>Cân nặng theo chiều cao bình thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="23"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="42"/>
        <source>Wasted</source>
        <translation>Gầy còm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="24"/>
        <source>Severely wasted</source>
        <translation>Gầy còm mức độ nặng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="25"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="44"/>
        <source>Overweight</source>
        <translation>Thừa cân</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="26"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="45"/>
        <source>Obese</source>
        <translation>Béo phì</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="29"/>
        <source>Measure again</source>
        <translation>Cần cân đo lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="36"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="38"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="41"/>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="43"/>
        <source>Severe</source>
        <translation>Mức độ nặng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="39"/>
        <source>Above +2</source>
        <translation>Trên +2SD</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="46"/>
        <source>Re-check</source>
        <translation>Đo lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="53"/>
        <source>Weight-for-age</source>
        <translation>Cân nặng theo tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="54"/>
        <source>Height-for-age</source>
        <translation>Chiều cao theo tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="55"/>
        <source>Weight-for-height / BMI-for-age</source>
        <translation>Cân nặng theo chiều cao / BMI theo tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="61"/>
        <source>Malnutrition</source>
        <translation>Suy dinh dưỡng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="63"/>
        <source>Stunting</source>
        <translation>Thấp còi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="64"/>
        <source>Wasting</source>
        <translation>Gầy còm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="65"/>
        <source>Overweight and obesity</source>
        <translation>Thừa cân, béo phì</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="71"/>
        <source>Under 24 months</source>
        <translation>Dưới 24 tháng tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="83"/>
        <source>%1 last time</source>
        <translation>%1 lần đo trước</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="90"/>
        <source>Weight %1 kg is outside 2–50 kg</source>
        <translation>Cân nặng %1 kg nằm ngoài khoảng 2–50 kg</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="91"/>
        <source>Height %1 cm is outside 45–150 cm</source>
        <translation>Chiều cao %1 cm nằm ngoài khoảng 45–150 cm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="92"/>
        <source>The visit date %1 is before the child&apos;s birth (%2)</source>
        <translation>Ngày cân đo %1 trước ngày sinh của trẻ (%2)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="93"/>
        <source>The visit date %1 is in the future</source>
        <translation>Ngày cân đo %1 là ngày trong tương lai</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="94"/>
        <source>The child is not enrolled in this class on %1</source>
        <translation>Trẻ không có tên trong lớp vào ngày %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="95"/>
        <source>The position must be lying or standing</source>
        <translation>Tư thế đo phải là nằm hoặc đứng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="96"/>
        <source>Weight %1 kg is %2 % less than last time (%3 kg on %4)</source>
        <translation>Cân nặng %1 kg giảm %2 % so với lần trước (%3 kg ngày %4)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="97"/>
        <source>Height %1 cm is less than last time (%2 cm on %3)</source>
        <translation>Chiều cao %1 cm thấp hơn lần trước (%2 cm ngày %3)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/labels.py" line="98"/>
        <source>WHO marks this %1 z-score (%2) as implausible: measure again</source>
        <translation>Theo WHO, chỉ số %1 (z = %2) khó xảy ra: cần cân đo lại</translation>
    </message>
</context>
<context>
    <name>GrowthTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="47"/>
        <source>New round…</source>
        <translation>Thêm đợt cân đo…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="54"/>
        <source>Date written on the new measurements of this class</source>
        <translation>Ngày ghi cho các số đo mới của lớp này</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="56"/>
        <source>Print growth cards…</source>
        <translation>In phiếu theo dõi tăng trưởng…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="57"/>
        <source>One page per child with the WHO charts and the measurements up to this round</source>
        <translation>Mỗi trẻ một trang: biểu đồ tăng trưởng WHO và các lần cân đo đến đợt này</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="59"/>
        <source>This class</source>
        <translation>Lớp này</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="60"/>
        <source>Whole school</source>
        <translation>Toàn trường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="62"/>
        <source>Targets…</source>
        <translation>Chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="63"/>
        <source>The plan&apos;s targets the summary compares with</source>
        <translation>Chỉ tiêu kế hoạch năm học dùng để so sánh trong bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="71"/>
        <source>Show the whole class</source>
        <translation>Hiện cả lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="72"/>
        <source>A monthly check shows only the children to follow up; tick to measure any child of the class</source>
        <translation>Lần kiểm tra hằng tháng chỉ hiện các trẻ cần theo dõi; đánh dấu để cân đo bất kỳ trẻ nào trong lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="76"/>
        <source>Type the weight and press Enter to go to the next child; Tab moves to the height. Space ticks “Lying” or “Absent”. Each row is saved as soon as it is entered. Ctrl+G shows the child&apos;s chart.</source>
        <translation>Gõ cân nặng rồi nhấn Enter để chuyển sang trẻ tiếp theo; Tab chuyển sang chiều cao. Phím cách để đánh dấu “Nằm” hoặc “Vắng”. Mỗi dòng được lưu ngay khi nhập. Ctrl+G xem biểu đồ của trẻ.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="94"/>
        <source>Enter measurements</source>
        <translation>Nhập số đo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="95"/>
        <source>Growth chart</source>
        <translation>Biểu đồ tăng trưởng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="96"/>
        <source>Summary and follow-up</source>
        <translation>Tổng hợp và theo dõi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="99"/>
        <source>Round:</source>
        <translation>Đợt cân đo:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="103"/>
        <source>Class:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="106"/>
        <source>Visit date:</source>
        <translation>Ngày cân đo:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="180"/>
        <source>This class (%1)</source>
        <translation>Lớp này (%1)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="203"/>
        <source>Monthly check: %1 of the class&apos;s %2 children are on the follow-up list (under 24 months, or malnourished or overweight last time).</source>
        <translation>Kiểm tra hằng tháng: %1 trong %2 trẻ của lớp thuộc danh sách theo dõi (dưới 24 tháng tuổi, hoặc suy dinh dưỡng, thừa cân ở lần đo trước).</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="206"/>
        <source>Only they are shown.</source>
        <translation>Chỉ hiện các trẻ này.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="215"/>
        <source>No school year yet: set up the school year, its classes and children on the Class lists tab first.</source>
        <translation>Chưa có năm học: hãy lập năm học, các lớp và trẻ ở thẻ “Danh sách lớp” trước.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="218"/>
        <source>No measurement round yet: add one with “New round…”.</source>
        <translation>Chưa có đợt cân đo: hãy thêm bằng nút “Thêm đợt cân đo…”.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="220"/>
        <source>No child in this class needs the monthly follow-up.</source>
        <translation>Không có trẻ cần theo dõi hằng tháng trong lớp này.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="221"/>
        <source>Tick “Show the whole class” to measure another child.</source>
        <translation>Đánh dấu “Hiện cả lớp” để cân đo trẻ khác.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="223"/>
        <source>No classes in %1 yet: create the classes and enrol the children on the Class lists tab.</source>
        <translation>Năm học %1 chưa có lớp: hãy tạo lớp và nhập trẻ ở thẻ “Danh sách lớp”.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="226"/>
        <source>No child is enrolled in %1 on %2, the date of this round.</source>
        <translation>Lớp %1 không có trẻ nào đang học vào ngày %2 (ngày của đợt cân đo này).</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="235"/>
        <source>%1 of %2 children measured</source>
        <translation>Đã cân đo %1/%2 trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="256"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="261"/>
        <source>Unusual value</source>
        <translation>Số đo bất thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="262"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="263"/>
        <source>Keep this value anyway?</source>
        <translation>Vẫn giữ số đo này?</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="264"/>
        <source>Keep the value</source>
        <translation>Giữ số đo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="265"/>
        <source>Enter it again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="283"/>
        <source>New measurement round</source>
        <translation>Thêm đợt cân đo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="284"/>
        <source>The date must be inside the school year %1.</source>
        <translation>Ngày phải nằm trong năm học %1.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="16"/>
        <source>New measurement round</source>
        <translation>Thêm đợt cân đo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="18"/>
        <source>Monthly check (children followed up)</source>
        <translation>Cân đo hằng tháng (trẻ cần theo dõi)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="19"/>
        <source>School-wide round</source>
        <translation>Đợt cân đo toàn trường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="27"/>
        <source>Leave empty for the usual name</source>
        <translation>Để trống để dùng tên thông thường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="32"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="33"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/round_dialog.py" line="34"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="120"/>
        <source>All children</source>
        <translation>Tất cả trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="120"/>
        <source>Boys</source>
        <translation>Trẻ trai</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="120"/>
        <source>Girls</source>
        <translation>Trẻ gái</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="138"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="145"/>
        <source>Category:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="154"/>
        <source>By class</source>
        <translation>Theo lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="155"/>
        <source>Children per category</source>
        <translation>Danh sách trẻ theo nhóm</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="156"/>
        <source>Monthly follow-up</source>
        <translation>Theo dõi hằng tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="172"/>
        <source>Whole school</source>
        <translation>Toàn trường</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="174"/>
        <source>Age group: %1</source>
        <translation>Khối: %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="181"/>
        <source>No round chosen.</source>
        <translation>Chưa chọn đợt cân đo.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="184"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="233"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="251"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="184"/>
        <source>Enrolled</source>
        <translation>Số trẻ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="184"/>
        <source>Measured</source>
        <translation>Được cân đo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="186"/>
        <source>W/A</source>
        <translation>CN/T</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="186"/>
        <source>H/A</source>
        <translation>CC/T</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="186"/>
        <source>W/H</source>
        <translation>CN/CC</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="193"/>
        <source>Target: under %1 %</source>
        <translation>Chỉ tiêu: dưới %1 %</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="194"/>
        <source>Change (points)</source>
        <translation>Thay đổi (điểm %)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="195"/>
        <source>Percentage points since the first round of the year</source>
        <translation>Số điểm phần trăm thay đổi so với đợt đầu năm học</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="217"/>
        <source>%1 — %2: %3 of %4 children measured.</source>
        <translation>%1 — %2: đã cân đo %3/%4 trẻ.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="221"/>
        <source>Changes are compared with %1.</source>
        <translation>Thay đổi so với %1.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="223"/>
        <source>This monthly check covers only the children on the follow-up list, not the whole class.</source>
        <translation>Lần kiểm tra hằng tháng này chỉ gồm các trẻ trong danh sách theo dõi, không phải cả lớp.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="233"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="251"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="233"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="251"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="233"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="251"/>
        <source>Age (months)</source>
        <translation>Tháng tuổi</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="234"/>
        <source>Weight (kg)</source>
        <translation>Cân nặng (kg)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="234"/>
        <source>Height (cm)</source>
        <translation>Chiều cao (cm)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="238"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="253"/>
        <source>Boy</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="238"/>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="253"/>
        <source>Girl</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="248"/>
        <source>%1 children to weigh and measure every month (on %2): under 24 months, or malnourished or overweight at their last measurement.</source>
        <translation>%1 trẻ cần cân đo hằng tháng (ngày %2): trẻ dưới 24 tháng tuổi, hoặc bị suy dinh dưỡng, thừa cân, béo phì ở lần cân đo gần nhất.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="252"/>
        <source>Last measured</source>
        <translation>Lần cân đo gần nhất</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/summary_panel.py" line="252"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="23"/>
        <source>Growth targets</source>
        <translation>Chỉ tiêu về dinh dưỡng, tăng trưởng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="26"/>
        <source>The school-year plan&apos;s targets: each rate should stay under this percentage of the children measured. Leave a field empty for no target.</source>
        <translation>Chỉ tiêu theo kế hoạch năm học: mỗi tỷ lệ cần dưới mức phần trăm này so với số trẻ được cân đo. Để trống nếu không đặt chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="33"/>
        <source>no target</source>
        <translation>không đặt chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="35"/>
        <source>%1 under (%):</source>
        <translation>%1 dưới (%):</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="55"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” không phải là số.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="59"/>
        <source>%1: %2 % is outside 0–100 %.</source>
        <translation>%1: %2 % nằm ngoài khoảng 0–100 %.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/growth/targets_dialog.py" line="69"/>
        <source>Nothing was saved:</source>
        <translation>Chưa lưu gì:</translation>
    </message>
</context>
</TS>
