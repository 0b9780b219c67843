<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>ReportDialog</name>
    <message>
      <source>School settings still empty (placeholders will be printed): %1. Fill them in under File → School settings.</source>
      <translation>Thông tin trường còn trống (sẽ in chỗ trống để điền tay): %1. Hãy điền trong Tệp → Thông tin nhà trường.</translation>
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
      <source>Save %1</source>
      <translation>Lưu %1</translation>
    </message>
  </context>
</TS>