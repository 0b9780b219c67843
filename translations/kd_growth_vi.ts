<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>GrowthTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="16"/>
        <source>Growth monitoring</source>
        <translation>Theo dõi tăng trưởng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/growth_tab.py" line="17"/>
        <source>Measurement rounds, the class entry grid and WHO growth charts will appear here.</source>
        <translation>Các đợt cân đo, bảng nhập theo lớp và biểu đồ tăng trưởng WHO sẽ hiển thị tại đây.</translation>
    </message>
</context>
</TS>
