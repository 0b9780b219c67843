<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>ReportDialog</name>
    <message>
      <source>School settings still empty (placeholders will be printed): %1. Fill them in under File → School settings.</source>
      <translation>Thông tin trường còn trống (sẽ in chỗ trống để điền tay): %1. Hãy điền trong Tệp → Thông tin nhà trường.</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <source>School year:</source>
      <translation>Năm học:</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>Tháng:</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Ngày:</translation>
    </message>
    <message>
      <source>Class:</source>
      <translation>Lớp:</translation>
    </message>
    <message>
      <source>Round:</source>
      <translation>Đợt:</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>Văn bản PDF</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>Bảng tính Excel</translation>
    </message>
    <message>
      <source>CSV file (data exchange)</source>
      <translation>Tệp CSV (trao đổi dữ liệu)</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Định dạng:</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>Lưu…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>In…</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <source>e.g. 15/KH-MNHM</source>
      <translation>ví dụ: 15/KH-MNHM</translation>
    </message>
    <message>
      <source>the report's own summary line</source>
      <translation>để trống: dùng trích yếu mặc định của báo cáo</translation>
    </message>
    <message>
      <source>one recipient per line; “- Lưu: VT.” is added</source>
      <translation>mỗi dòng một nơi nhận; tự thêm “- Lưu: VT.”</translation>
    </message>
    <message>
      <source>Principal</source>
      <translation>Hiệu trưởng</translation>
    </message>
    <message>
      <source>Vice-principal (signs “KT. HIỆU TRƯỞNG”)</source>
      <translation>Phó hiệu trưởng (ký “KT. HIỆU TRƯỞNG”)</translation>
    </message>
    <message>
      <source>The report's own date</source>
      <translation>Ngày mặc định của báo cáo</translation>
    </message>
    <message>
      <source>This date:</source>
      <translation>Ngày sau:</translation>
    </message>
    <message>
      <source>Number and symbol:</source>
      <translation>Số, ký hiệu:</translation>
    </message>
    <message>
      <source>Summary line (trích yếu):</source>
      <translation>Trích yếu:</translation>
    </message>
    <message>
      <source>Recipients:</source>
      <translation>Nơi nhận:</translation>
    </message>
    <message>
      <source>Signer:</source>
      <translation>Người ký:</translation>
    </message>
    <message>
      <source>Signer's title:</source>
      <translation>Chức vụ người ký:</translation>
    </message>
    <message>
      <source>Prepared by (Người lập biểu):</source>
      <translation>Người lập biểu:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Địa danh:</translation>
    </message>
    <message>
      <source>Date line:</source>
      <translation>Ngày tháng văn bản:</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Nhận xét, đánh giá</translation>
    </message>
    <message>
      <source>General assessment:</source>
      <translation>Đánh giá chung:</translation>
    </message>
    <message>
      <source>Causes:</source>
      <translation>Nguyên nhân:</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>Biện pháp:</translation>
    </message>
    <message>
      <source>Proposals:</source>
      <translation>Kiến nghị:</translation>
    </message>
    <message>
      <source>Printed in the report and kept for this round. Empty parts are printed as dotted lines to write by hand.</source>
      <translation>Được in vào báo cáo và lưu cho đợt cân đo này. Phần để trống được in thành dòng chấm để viết tay.</translation>
    </message>
    <message>
      <source>At most %1 characters</source>
      <translation>Tối đa %1 ký tự</translation>
    </message>
    <message>
      <source>Report not made</source>
      <translation>Chưa lập được báo cáo</translation>
    </message>
    <message>
      <source>Document settings not saved</source>
      <translation>Chưa lưu được thông tin văn bản</translation>
    </message>
    <message>
      <source>%1/%2</source>
      <translation>Tháng %1/%2</translation>
    </message>
    <message>
      <source>All classes</source>
      <translation>Tất cả các lớp</translation>
    </message>
  </context>
  <context>
    <name>ReportExport</name>
    <message>
      <source>Cannot save %1:
%2</source>
      <translation>Không lưu được tệp %1:
%2</translation>
    </message>
    <message>
      <source>Preparing %1…</source>
      <translation>Đang lập %1…</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Đã lưu: %1</translation>
    </message>
    <message>
      <source>Open / print</source>
      <translation>Mở / In</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Mở thư mục</translation>
    </message>
    <message>
      <source>The report was not saved.</source>
      <translation>Báo cáo chưa được lưu.</translation>
    </message>
    <message>
      <source>Some school settings are empty, so the document shows placeholders. Fill them in under File → School settings: %1.</source>
      <translation>Một số thông tin của trường còn trống nên văn bản in chỗ trống. Hãy điền trong Tệp → Thông tin nhà trường: %1.</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <source>No school year yet: choose or create one in File › School settings…</source>
      <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
      <source>Continue anyway?</source>
      <translation>Vẫn tiếp tục?</translation>
    </message>
    <message>
      <source>Save %1</source>
      <translation>Lưu %1</translation>
    </message>
  </context>
</TS>