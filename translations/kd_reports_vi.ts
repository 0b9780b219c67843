<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="39"/>
        <source>School settings still empty (placeholders will be printed): %1. Fill them in under File → School settings.</source>
        <translation>Thông tin trường còn trống (sẽ in chỗ trống để điền tay): %1. Hãy điền trong Tệp → Thông tin nhà trường.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="53"/>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="57"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="62"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="65"/>
        <source>Class:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="69"/>
        <source>Round:</source>
        <translation>Đợt:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="72"/>
        <source>PDF document</source>
        <translation>Văn bản PDF</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="72"/>
        <source>Excel workbook</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="73"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="78"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="81"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="96"/>
        <source>%1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/dialog.py" line="104"/>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="69"/>
        <source>Cannot save %1:
%2</source>
        <translation>Không lưu được tệp %1:
%2</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="74"/>
        <source>Preparing %1…</source>
        <translation>Đang lập %1…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="89"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="95"/>
        <source>Open / print</source>
        <translation>Mở / In</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="97"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="99"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="111"/>
        <source>The report was not saved.</source>
        <translation>Báo cáo chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="120"/>
        <source>Some school settings are empty, so the document shows placeholders. Fill them in under File → School settings: %1.</source>
        <translation>Một số thông tin của trường còn trống nên văn bản in chỗ trống. Hãy điền trong Tệp → Thông tin nhà trường: %1.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="132"/>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="141"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="132"/>
        <source>No school year yet: choose or create one in File › School settings…</source>
        <translation>Chưa có năm học: chọn hoặc tạo năm học trong Tệp › Thông tin nhà trường…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/reports/export.py" line="151"/>
        <source>Save %1</source>
        <translation>Lưu %1</translation>
    </message>
</context>
</TS>
