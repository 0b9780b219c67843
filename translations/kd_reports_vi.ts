<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="48" />
      <source>School settings still empty (placeholders will be printed): %1. Fill them in under File → School settings.</source>
      <translation>Thông tin trường còn trống (sẽ in chỗ trống để điền tay): %1. Hãy điền trong Tệp → Thông tin nhà trường.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="57" />
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="65" />
      <source>School year:</source>
      <translation>Năm học:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="69" />
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="74" />
      <source>Date:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="77" />
      <source>Class:</source>
      <translation>Lớp:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="81" />
      <source>Round:</source>
      <translation>Đợt:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="84" />
      <source>PDF document</source>
      <translation>Văn bản PDF</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="84" />
      <source>Excel workbook</source>
      <translation>Bảng tính Excel</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="85" />
      <source>Format:</source>
      <translation>Định dạng:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="95" />
      <source>Save…</source>
      <translation>Lưu…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="98" />
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="109" />
      <source>Document</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="114" />
      <source>e.g. 15/KH-MNHM</source>
      <translation>ví dụ: 15/KH-MNHM</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="117" />
      <source>the report's own summary line</source>
      <translation>để trống: dùng trích yếu mặc định của báo cáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="119" />
      <source>one recipient per line; “- Lưu: VT.” is added</source>
      <translation>mỗi dòng một nơi nhận; tự thêm “- Lưu: VT.”</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="130" />
      <source>Principal</source>
      <translation>Hiệu trưởng</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="131" />
      <source>Vice-principal (signs “KT. HIỆU TRƯỞNG”)</source>
      <translation>Phó hiệu trưởng (ký “KT. HIỆU TRƯỞNG”)</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="147" />
      <source>The report's own date</source>
      <translation>Ngày mặc định của báo cáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="148" />
      <source>This date:</source>
      <translation>Ngày sau:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="151" />
      <source>Number and symbol:</source>
      <translation>Số, ký hiệu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="152" />
      <source>Summary line (trích yếu):</source>
      <translation>Trích yếu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="153" />
      <source>Recipients:</source>
      <translation>Nơi nhận:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="154" />
      <source>Signer:</source>
      <translation>Người ký:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="155" />
      <source>Signer's title:</source>
      <translation>Chức vụ người ký:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="157" />
      <source>Prepared by (Người lập biểu):</source>
      <translation>Người lập biểu:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="158" />
      <source>Place:</source>
      <translation>Địa danh:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="160" />
      <source>Date line:</source>
      <translation>Ngày tháng văn bản:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="188" />
      <source>Assessment</source>
      <translation>Nhận xét, đánh giá</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="189" />
      <source>General assessment:</source>
      <translation>Đánh giá chung:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="189" />
      <source>Causes:</source>
      <translation>Nguyên nhân:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="190" />
      <source>Measures:</source>
      <translation>Biện pháp:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="190" />
      <source>Proposals:</source>
      <translation>Kiến nghị:</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="191" />
      <source>Printed in the report and kept for this round. Empty parts are printed as dotted lines to write by hand.</source>
      <translation>Được in vào báo cáo và lưu cho đợt cân đo này. Phần để trống được in thành dòng chấm để viết tay.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="199" />
      <source>At most %1 characters</source>
      <translation>Tối đa %1 ký tự</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="261" />
      <source>%1/%2</source>
      <translation>Tháng %1/%2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="269" />
      <source>All classes</source>
      <translation>Tất cả các lớp</translation>
    </message>
  </context>
  <context>
    <name>ReportExport</name>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="70" />
      <source>Cannot save %1:
%2</source>
      <translation>Không lưu được tệp %1:
%2</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="75" />
      <source>Preparing %1…</source>
      <translation>Đang lập %1…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="90" />
      <source>Saved: %1</source>
      <translation>Đã lưu: %1</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="96" />
      <source>Open / print</source>
      <translation>Mở / In</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="98" />
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="100" />
      <source>Open folder</source>
      <translation>Mở thư mục</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="112" />
      <source>The report was not saved.</source>
      <translation>Báo cáo chưa được lưu.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="121" />
      <source>Some school settings are empty, so the document shows placeholders. Fill them in under File → School settings: %1.</source>
      <translation>Một số thông tin của trường còn trống nên văn bản in chỗ trống. Hãy điền trong Tệp → Thông tin nhà trường: %1.</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="133" />
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="138" />
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="133" />
      <source>No school year yet: choose or create one in File › School settings…</source>
      <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="150" />
      <source>Continue anyway?</source>
      <translation>Vẫn tiếp tục?</translation>
    </message>
    <message>
      <location filename="../kindergarten_desktop/ui/reports/export.py" line="165" />
      <source>Save %1</source>
      <translation>Lưu %1</translation>
    </message>
  </context>
</TS>